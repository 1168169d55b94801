import { and, count, eq } from 'drizzle-orm';
import { applyAction } from '../../modules/inspections/inspections.actions';
import { createCheck } from '../../modules/inspections/inspections.checks';
import { addItem } from '../../modules/inspections/inspections.findings';
import { createRecommendation } from '../../modules/inspections/inspections.recommendations';
import { addTeamMember, createRequest } from '../../modules/inspections/inspections.service';
import { inspectionCases } from '../../modules/inspections/inspections.table';
import { findAgencyByCode } from '../../modules/orgs';
import { findUserByUsername } from '../../modules/users';
import type { Actor } from '../../shared/domain/access';
import type { Deps } from '../deps';
import { daysBefore } from './demo-petitions';

const ctx = { actorUserId: null, actorName: 'Dữ liệu mẫu', ip: null, requestId: null };

/**
 * Specialised checks (NĐ 217/2025) of Sở Y tế thành phố Hà Nội, a line department, carried through the services the
 * officers use: one decided awaiting its execution plan, one in the check with its clock and a request to the party,
 * one with its check record, rectification letter and a recommendation followed up, one caught in the act and
 * terminated because the content had been inspected.
 */
export async function seedDemoChecks(deps: Deps): Promise<{ created: number }> {
  const agency = await findAgencyByCode(deps.db, 'SYT-01');
  const headUser = await findUserByUsername(deps.db, 'hn.syt.giamdoc');
  const leaderUser = await findUserByUsername(deps.db, 'hn.syt.kiemtra');
  const memberUser = await findUserByUsername(deps.db, 'hn.syt.chuyenvien');
  if (!agency || !headUser || !leaderUser || !memberUser) return { created: 0 };
  const [existing] = await deps.db.select({ n: count() }).from(inspectionCases).where(and(eq(inspectionCases.agencyId, agency.id), eq(inspectionCases.caseType, 'specialised_check')));
  if ((existing?.n ?? 0) > 0) return { created: 0 };
  const head: Actor = { userId: headUser.id, grants: [{ agencyId: agency.id, agencyPath: agency.path, role: 'agency_head' }] };
  const leader: Actor = { userId: leaderUser.id, grants: [{ agencyId: agency.id, agencyPath: agency.path, role: 'inspector' }] };
  const member: Actor = { userId: memberUser.id, grants: [{ agencyId: agency.id, agencyPath: agency.path, role: 'inspector' }] };
  const today = new Date(deps.clock.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  const day = (n: number) => daysBefore(today, n);
  const ahead = (n: number) => new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);
  const step = (who: Actor, id: string, event: string, date: string, payload: Record<string, unknown> = {}) => applyAction(deps, ctx, who, id, { event, date, payload } as never);
  const check = (title: string, subjectName: string, extra: Record<string, unknown>) =>
    createCheck(deps, ctx, head, { agencyId: agency.id, title, subjectName, signerName: headUser.fullName, durationDays: 10, bases: ['signs_of_violation_or_incident'], content: '', decisionDate: today, ...extra } as never);
  const team = async (id: string) => {
    await addTeamMember(deps, ctx, head, id, { userId: leaderUser.id, role: 'leader' });
    await addTeamMember(deps, ctx, head, id, { userId: memberUser.id, role: 'member_non_inspector' });
  };

  // 1. Rectification letter issued, its recommendation followed up.
  const done = await check('Kiểm tra việc chấp hành pháp luật về dược tại Nhà thuốc An Khang', 'Nhà thuốc An Khang', {
    subjectAddress: 'Số 25 phố Trần Duy Hưng, phường Yên Hòa, thành phố Hà Nội',
    content: 'Điều kiện kinh doanh dược; bảo quản thuốc; bán thuốc kê đơn; niêm yết giá thuốc.',
    decisionNo: '112/QĐ-SYT',
    decisionDate: day(40),
  });
  await team(done.id);
  await step(head, done.id, 'approve_plan', day(39));
  await step(leader, done.id, 'start_check', day(37));
  await addItem(deps, ctx, leader, done.id, { title: 'Bán thuốc kê đơn', description: 'Sổ bán thuốc, đơn thuốc lưu' });
  await step(leader, done.id, 'record_check', day(30), { recordSignedBySubject: true, recordSummary: 'Bán 12 loại thuốc kê đơn không có đơn thuốc; nhiệt độ kho bảo quản vượt 30°C.', subjectOpinion: 'Thống nhất với kết quả kiểm tra.' });
  await createRecommendation(deps, ctx, head, done.id, { kind: 'other', content: 'Chấm dứt bán thuốc kê đơn không có đơn; lắp điều hòa, nhiệt kế tự ghi cho kho thuốc.', addressee: 'Nhà thuốc An Khang', dueDate: ahead(5) });
  await step(head, done.id, 'request_rectification', day(28));
  await step(head, done.id, 'start_follow_up', day(27));

  // 2. In the check: the duration runs from the announcement; a request to the party is open.
  const running = await check('Kiểm tra điều kiện hoạt động khám bệnh, chữa bệnh tại Phòng khám đa khoa Hà Thành', 'Công ty TNHH Phòng khám đa khoa Hà Thành', {
    subjectTaxCode: '0108765432',
    content: 'Giấy phép hoạt động; chứng chỉ hành nghề của người hành nghề; quảng cáo dịch vụ khám bệnh, chữa bệnh.',
    decisionNo: '131/QĐ-SYT',
    decisionDate: day(6),
    bases: ['management_direction_or_request'],
    basisDetails: 'Văn bản chỉ đạo của Ủy ban nhân dân thành phố về chấn chỉnh quảng cáo dịch vụ y tế',
  });
  await team(running.id);
  await step(head, running.id, 'approve_plan', day(5));
  await step(leader, running.id, 'start_check', day(3));
  await createRequest(deps, ctx, member, running.id, { kind: 'documents', title: 'Chứng chỉ hành nghề của bác sĩ', details: 'Bản sao chứng chỉ hành nghề và hợp đồng lao động của các bác sĩ đang làm việc tại phòng khám.', dueDate: ahead(2) });

  // 3. Decided, awaiting the execution plan (thematic plan).
  const decided = await check('Kiểm tra chuyên đề an toàn thực phẩm tại bếp ăn tập thể Trường Tiểu học Nghĩa Tân', 'Công ty Cổ phần Dịch vụ suất ăn Nghĩa Tân', {
    content: 'Điều kiện bảo đảm an toàn thực phẩm của bếp ăn tập thể; nguồn gốc nguyên liệu; lưu mẫu thức ăn.',
    decisionNo: '140/QĐ-SYT',
    decisionDate: day(1),
    bases: ['thematic_check_plan'],
    basisDetails: 'Kế hoạch kiểm tra chuyên đề số 20/KH-SYT về an toàn thực phẩm bếp ăn tập thể trường học',
  });
  await team(decided.id);

  // 4. Caught in the act, then terminated: the content had been inspected (NĐ 217 Art 7(2)(đ)).
  const stopped = await check('Kiểm tra hoạt động kinh doanh mỹ phẩm tại Cửa hàng Hương Xuân', 'Hộ kinh doanh Cửa hàng Hương Xuân', {
    content: 'Nguồn gốc, xuất xứ mỹ phẩm; phiếu công bố sản phẩm mỹ phẩm.',
    decisionNo: '125/QĐ-SYT',
    decisionDate: day(15),
    caughtInTheAct: true,
  });
  await team(stopped.id);
  await step(leader, stopped.id, 'start_check', day(15));
  await step(head, stopped.id, 'terminate', day(12), { terminationGround: 'already_inspected' });
  return { created: 4 };
}
