import { count } from 'drizzle-orm';
import { addTeamMember, createCase } from '../../modules/inspections/inspections.service';
import { applyAction } from '../../modules/inspections/inspections.actions';
import { saveDraft } from '../../modules/inspections/inspections.conclusions';
import { addItem, saveReport } from '../../modules/inspections/inspections.findings';
import * as frepo from '../../modules/inspections/inspections-followup.repository';
import { applyRecommendationAction, assignFollowUp } from '../../modules/inspections/inspections.recommendations';
import { inspectionCases } from '../../modules/inspections/inspections.table';
import { findAgencyByCode } from '../../modules/orgs';
import { findUserByUsername } from '../../modules/users';
import type { Actor } from '../../shared/domain/access';
import { kindBasis, type RecommendationKind } from '../../shared/domain/inspections/followup';
import type { Deps } from '../deps';
import { daysBefore } from './demo-petitions';

const ctx = { actorUserId: null, actorName: 'Dữ liệu mẫu', ip: null, requestId: null };

/**
 * Two demo inspections of Thanh tra thành phố Hà Nội carried through the same services the officers use: one in direct
 * inspection with its inspected items and findings (one awaiting the leader's approval), one concluded and published
 * whose recommendations are followed up — a money recovery partly paid and overdue, a discipline overdue, rules being
 * amended, a transfer to the investigators closed.
 */
export async function seedDemoInspections(deps: Deps): Promise<{ created: number }> {
  const [existing] = await deps.db.select({ n: count() }).from(inspectionCases);
  if ((existing?.n ?? 0) > 0) return { created: 0 };
  const agency = await findAgencyByCode(deps.db, 'TT-01');
  const headUser = await findUserByUsername(deps.db, 'hn.chanhthanhtra');
  const leaderUser = await findUserByUsername(deps.db, 'hn.thanhtravien');
  if (!agency || !headUser || !leaderUser) return { created: 0 };
  const head: Actor = { userId: headUser.id, grants: [{ agencyId: agency.id, agencyPath: agency.path, role: 'agency_head' }] };
  const leader: Actor = { userId: leaderUser.id, grants: [{ agencyId: agency.id, agencyPath: agency.path, role: 'inspector' }] };
  const today = new Date(deps.clock.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  const day = (n: number) => daysBefore(today, n);
  const ahead = (n: number) => new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);
  const step = (who: Actor, id: string, event: string, date: string, payload: Record<string, unknown> = {}) => applyAction(deps, ctx, who, id, { event, date, payload } as never);

  // 1. Concluded, published, recommendations followed up.
  const done = await createCase(deps, ctx, head, {
    agencyId: agency.id,
    title: 'Thanh tra việc quản lý, sử dụng ngân sách và đầu tư công tại Công ty TNHH Xây dựng Thăng Long',
    origin: 'planned',
    subjectName: 'Công ty TNHH Xây dựng Thăng Long',
    subjectTaxCode: '0101234567',
    subjectAddress: 'Số 12 phố Láng Hạ, phường Giảng Võ, thành phố Hà Nội',
    content: 'Việc chấp hành pháp luật về quản lý, sử dụng vốn ngân sách nhà nước, đầu tư công và đất đai trong thời kỳ 2022–2024.',
    periodFrom: '2022-01-01',
    periodTo: '2024-12-31',
    decisionNo: '45/QĐ-TTr',
    decisionDate: day(170),
    signerName: 'Trần Thị Hồng',
    durationDays: 45,
  });
  await addTeamMember(deps, ctx, head, done.id, { userId: leaderUser.id, role: 'leader' });
  await step(head, done.id, 'prepare', day(168));
  await step(leader, done.id, 'announce', day(165));
  const budget = await addItem(deps, ctx, leader, done.id, { title: 'Quản lý, sử dụng vốn ngân sách nhà nước', description: 'Dự án cải tạo trụ sở và hạ tầng khu đô thị' });
  const land = await addItem(deps, ctx, leader, done.id, { title: 'Quản lý, sử dụng đất được giao', description: 'Khu đất 2,5 ha tại xã Sóc Sơn' });
  const now = deps.clock.now();
  const findings = await deps.db.transaction(async (tx) => [
    await frepo.insertFinding(tx, { caseId: done.id, itemId: budget.id, description: 'Nghiệm thu, thanh toán khối lượng không đúng thực tế tại gói thầu số 3.', legalBasis: 'Nghị định 06/2021/NĐ-CP, Điều 21', amountVnd: 850_000_000, responsible: 'Giám đốc Ban quản lý dự án; nhà thầu thi công', status: 'approved', createdBy: leaderUser.id, createdByName: leaderUser.fullName, createdAt: now, approvedBy: leaderUser.id, approvedAt: now }, []),
    await frepo.insertFinding(tx, { caseId: done.id, itemId: land.id, description: 'Sử dụng 0,8 ha đất sai mục đích được giao làm bãi tập kết vật liệu.', legalBasis: 'Luật Đất đai 2024, khoản 1 Điều 31', amountVnd: null, responsible: 'Giám đốc công ty', status: 'approved', createdBy: leaderUser.id, createdByName: leaderUser.fullName, createdAt: now, approvedBy: leaderUser.id, approvedAt: now }, []),
  ]);
  await saveReport(deps, ctx, leader, done.id, { sections: [{ heading: 'I. Kết luận về từng nội dung', text: 'Nghiệm thu, thanh toán sai khối lượng 850.000.000 đồng; sử dụng 0,8 ha đất sai mục đích.' }, { heading: 'II. Kiến nghị', text: 'Thu hồi số tiền thanh toán sai; kiểm điểm trách nhiệm; sửa quy chế nghiệm thu.' }] });
  await step(leader, done.id, 'end_direct', day(125));
  await step(leader, done.id, 'submit_report', day(110));
  await step(head, done.id, 'assign_draft', day(106));
  await saveDraft(deps, ctx, leader, done.id, { parts: [{ id: 'p1', heading: 'I. Kết quả kiểm tra, xác minh', text: 'Nghiệm thu, thanh toán sai khối lượng 850.000.000 đồng tại gói thầu số 3; sử dụng 0,8 ha đất sai mục đích.' }, { id: 'p2', heading: 'II. Kiến nghị', text: 'Thu hồi 850.000.000 đồng về ngân sách; kiểm điểm trách nhiệm; sửa quy chế nghiệm thu; chuyển cơ quan điều tra vụ việc tại gói thầu số 5.' }] });
  const recs: { kind: RecommendationKind; content: string; addressee: string; due: string; amountVnd?: number; persons?: string[]; ruleBody?: string; ruleName?: string; agency?: string; findingId?: string }[] = [
    { kind: 'recover_money', content: 'Thu hồi số tiền nghiệm thu, thanh toán sai khối lượng về ngân sách nhà nước.', addressee: 'Công ty TNHH Xây dựng Thăng Long', due: day(12), amountVnd: 850_000_000, findingId: findings[0]!.id },
    { kind: 'discipline', content: 'Tổ chức kiểm điểm, xem xét xử lý trách nhiệm đối với các cá nhân liên quan đến sai phạm nghiệm thu.', addressee: 'Sở Xây dựng thành phố Hà Nội', due: day(5), persons: ['Giám đốc Ban quản lý dự án', 'Kế toán trưởng'] },
    { kind: 'amend_rules', content: 'Sửa đổi quy chế nghiệm thu, thanh toán khối lượng công trình cho phù hợp quy định hiện hành.', addressee: 'Công ty TNHH Xây dựng Thăng Long', due: ahead(30), ruleBody: 'Công ty TNHH Xây dựng Thăng Long', ruleName: 'Quy chế nghiệm thu, thanh toán năm 2021' },
    { kind: 'transfer_investigation', content: 'Chuyển hồ sơ vụ việc có dấu hiệu tội phạm tại gói thầu số 5.', addressee: 'Cơ quan Cảnh sát điều tra Công an thành phố Hà Nội', due: day(60), agency: 'Cơ quan Cảnh sát điều tra Công an thành phố Hà Nội' },
  ];
  const ids = await deps.db.transaction(async (tx) => {
    const out: string[] = [];
    for (const r of recs) {
      const row = await frepo.insertRecommendation(tx, { caseId: done.id, kind: r.kind, content: r.content, addressee: r.addressee, dueDate: r.due, amountVnd: r.amountVnd ?? null, persons: r.persons ?? null, ruleBody: r.ruleBody ?? null, ruleName: r.ruleName ?? null, investigationAgency: r.agency ?? null, findingId: r.findingId ?? null, basis: kindBasis(r.kind, done.regime), status: 'issued', createdBy: leaderUser.id, createdAt: now });
      out.push(row.id);
    }
    return out;
  });
  await step(leader, done.id, 'submit_draft', day(95));
  await step(head, done.id, 'sign_conclusion', day(90), { conclusionNo: '12/KL-TTr', signerName: 'Trần Thị Hồng' });
  await step(head, done.id, 'publish', day(85), { publicationForms: ['portal', 'posting_at_subject_premises'] });
  const rec = (i: number, event: string, date: string, payload: Record<string, unknown> = {}, note?: string) => applyRecommendationAction(deps, ctx, head, done.id, ids[i]!, { event, date, payload, ...(note ? { note } : {}) });
  await assignFollowUp(deps, ctx, head, done.id, ids[0]!, { userId: leaderUser.id });
  await rec(0, 'direct', day(75), {}, 'Văn bản chỉ đạo số 1520/UBND-NC');
  await rec(0, 'start', day(70));
  await rec(0, 'record_progress', day(50), { payment: { paidOn: day(50), amountVnd: 300_000_000, document: 'Giấy nộp tiền vào tài khoản tạm giữ số 01' } });
  await rec(0, 'record_progress', day(20), { payment: { paidOn: day(20), amountVnd: 150_000_000, document: 'Giấy nộp tiền số 02' } });
  await rec(0, 'mark_partial', day(10));
  await rec(1, 'direct', day(75), {}, 'Văn bản chỉ đạo số 1520/UBND-NC');
  await rec(2, 'direct', day(75));
  await rec(2, 'start', day(40), {}, 'Công ty đã lập kế hoạch sửa đổi quy chế');
  await rec(3, 'start', day(88), {}, 'Đã chuyển hồ sơ, Văn bản số 320/TTr-P4');
  await rec(3, 'mark_implemented', day(70), {}, 'Cơ quan điều tra thông báo đã thụ lý');
  await rec(3, 'close', day(65));

  // 2. In direct inspection: items and findings, one awaiting the leader's approval.
  const open = await createCase(deps, ctx, head, {
    agencyId: agency.id,
    title: 'Thanh tra việc chấp hành pháp luật về bảo hiểm xã hội tại Công ty Cổ phần May Hồng Hà',
    origin: 'ad_hoc',
    subjectName: 'Công ty Cổ phần May Hồng Hà',
    subjectTaxCode: '0109876543',
    content: 'Việc đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp cho người lao động năm 2024–2025.',
    decisionNo: '88/QĐ-TTr',
    decisionDate: day(21),
    signerName: 'Trần Thị Hồng',
    durationDays: 30,
  });
  await addTeamMember(deps, ctx, head, open.id, { userId: leaderUser.id, role: 'leader' });
  await step(head, open.id, 'prepare', day(20));
  await step(leader, open.id, 'announce', day(18));
  const social = await addItem(deps, ctx, leader, open.id, { title: 'Đóng bảo hiểm xã hội bắt buộc', description: 'Số lao động, mức lương đóng, thời hạn đóng' });
  await addItem(deps, ctx, leader, open.id, { title: 'Chế độ ốm đau, thai sản' });
  await deps.db.transaction(async (tx) => {
    await frepo.insertFinding(tx, { caseId: open.id, itemId: social.id, description: 'Chậm đóng bảo hiểm xã hội 6 tháng cho 120 lao động.', legalBasis: 'Luật Bảo hiểm xã hội 2024, Điều 39', amountVnd: 1_450_000_000, responsible: 'Tổng Giám đốc; Trưởng phòng Hành chính – Nhân sự', status: 'approved', createdBy: leaderUser.id, createdByName: leaderUser.fullName, createdAt: now, approvedBy: leaderUser.id, approvedAt: now }, []);
    await frepo.insertFinding(tx, { caseId: open.id, itemId: social.id, description: 'Đóng bảo hiểm xã hội thấp hơn mức lương ghi trong hợp đồng của 35 lao động.', legalBasis: 'Luật Bảo hiểm xã hội 2024, Điều 31', amountVnd: 210_000_000, responsible: 'Trưởng phòng Hành chính – Nhân sự', createdBy: leaderUser.id, createdByName: leaderUser.fullName, createdAt: now }, []);
  });
  const more = await seedStateCases(deps, { agencyId: agency.id, head, leader, leaderUserId: leaderUser.id, day });
  return { created: 2 + more };
}

type StateSeed = { agencyId: string; head: Actor; leader: Actor; leaderUserId: string; day: (n: number) => string };

/** Demo parties (the demo subjects registry's first tax codes are not known here: names and tax codes of their own). */
const PARTIES = [
  ['Công ty Cổ phần Nước sạch Sông Đà', '0100100008'],
  ['Ban Quản lý dự án đầu tư xây dựng quận Đống Đa', '0100100015'],
  ['Công ty TNHH Thực phẩm Hà Thành', '0100100022'],
  ['Trường Cao đẳng Công nghệ Thăng Long', '0100100039'],
  ['Bệnh viện Đa khoa Đông Anh', '0100100046'],
  ['Công ty Cổ phần Vận tải Thủ Đô', '0100100053'],
  ['Hợp tác xã Nông nghiệp Gia Lâm', '0100100060'],
  ['Công ty TNHH Điện tử Long Biên', '0100100077'],
  ['Trung tâm Phát triển quỹ đất Sóc Sơn', '0100100084'],
  ['Công ty Cổ phần Môi trường Đô thị Hà Nội', '0100100091'],
  ['Công ty TNHH Dược phẩm Hoàn Kiếm', '0100100107'],
  ['Ban Quản lý chợ Đồng Xuân', '0100100114'],
  ['Công ty Cổ phần Xi măng Sơn Tây', '0100100121'],
  ['Công ty TNHH Du lịch Hồ Tây', '0100100138'],
  ['Quỹ Đầu tư phát triển thành phố Hà Nội', '0100100145'],
  ['Công ty Cổ phần Chiếu sáng Thăng Long', '0100100152'],
] as const;

/**
 * One Hà Nội inspection in each state of the inspection-case machine that a recorded decision can reach (issue 5
 * item 11): each walked through the same steps an officer takes, with the dates of a real case. The first states
 * (proposed, information gathering) are before a decision and are not recorded as inspections by this module.
 */
async function seedStateCases(deps: Deps, s: StateSeed): Promise<number> {
  const { head, leader, day } = s;
  const managementHeadUser = await findUserByUsername(deps.db, 'hn.chutich');
  const committee = await findAgencyByCode(deps.db, 'UBND-01');
  const managementHead: Actor | null = managementHeadUser && committee ? { userId: managementHeadUser.id, grants: [{ agencyId: committee.id, agencyPath: committee.path, role: 'agency_head' }] } : null;
  const step = (who: Actor, id: string, event: string, date: string, payload: Record<string, unknown> = {}) => applyAction(deps, ctx, who, id, { event, date, payload } as never);
  let n = 0;
  const open = async (i: number, decidedDaysAgo: number, origin: 'planned' | 'ad_hoc', topic: string) => {
    const [name, taxCode] = PARTIES[i]!;
    const c = await createCase(deps, ctx, head, {
      agencyId: s.agencyId,
      title: `Thanh tra ${topic} tại ${name}`,
      origin,
      subjectName: name,
      subjectTaxCode: taxCode,
      content: `Việc chấp hành pháp luật về ${topic} trong thời kỳ 2023–2025.`,
      periodFrom: '2023-01-01',
      periodTo: '2025-12-31',
      decisionNo: `${100 + i}/QĐ-TTr`,
      decisionDate: day(decidedDaysAgo),
      signerName: 'Trần Thị Hồng',
      durationDays: 45,
    });
    await addTeamMember(deps, ctx, head, c.id, { userId: s.leaderUserId, role: 'leader' });
    n++;
    return c.id;
  };
  /** Decided `d` days ago, then prepared and announced; returns the case. */
  const announced = async (i: number, d: number, topic: string) => {
    const id = await open(i, d, i % 2 ? 'ad_hoc' : 'planned', topic);
    await step(head, id, 'prepare', day(d - 1));
    await step(leader, id, 'announce', day(d - 3));
    return id;
  };
  /** Direct inspection ended and the report submitted `d - 40` days ago. */
  const reported = async (i: number, d: number, topic: string) => {
    const id = await announced(i, d, topic);
    await step(leader, id, 'end_direct', day(d - 35));
    await saveReport(deps, ctx, leader, id, { sections: [{ heading: 'I. Kết quả thanh tra', text: `Kết quả kiểm tra, xác minh việc chấp hành pháp luật về ${topic}.` }] });
    await step(leader, id, 'submit_report', day(d - 40));
    return id;
  };
  const drafted = async (i: number, d: number, topic: string) => {
    const id = await reported(i, d, topic);
    await step(head, id, 'assign_draft', day(d - 42));
    await saveDraft(deps, ctx, leader, id, { parts: [{ id: 'p1', heading: 'I. Kết luận', text: `Đơn vị cơ bản chấp hành pháp luật về ${topic}; còn một số thiếu sót về hồ sơ.` }, { id: 'p2', heading: 'II. Kiến nghị', text: 'Chấn chỉnh công tác lưu trữ hồ sơ.' }] });
    return id;
  };
  const submitted = async (i: number, d: number, topic: string) => {
    const id = await drafted(i, d, topic);
    await step(leader, id, 'submit_draft', day(d - 50));
    return id;
  };
  const signed = async (i: number, d: number, topic: string) => {
    const id = await submitted(i, d, topic);
    await step(head, id, 'sign_conclusion', day(d - 55), { conclusionNo: `${20 + i}/KL-TTr`, signerName: 'Trần Thị Hồng' });
    return id;
  };
  const published = async (i: number, d: number, topic: string) => {
    const id = await signed(i, d, topic);
    await step(head, id, 'publish', day(d - 58), { publicationForms: ['portal', 'posting_at_subject_premises'] });
    return id;
  };

  await open(0, 3, 'ad_hoc', 'chất lượng nước sạch'); // decided
  await step(head, await open(1, 8, 'planned', 'quản lý dự án đầu tư công'), 'prepare', day(6)); // preparing
  // In direct inspection, its duration extended once (Art 20(1)).
  const extended = await announced(2, 40, 'an toàn thực phẩm');
  await step(head, extended, 'extend', day(2), { reasonText: 'Khối lượng hồ sơ lớn, cần thêm thời gian xác minh.' });
  const suspended = await announced(3, 30, 'quản lý tài chính, tài sản công');
  await step(head, suspended, 'suspend', day(10), { suspensionGround: 'force_majeure', reasonText: 'Mưa lũ kéo dài tại địa bàn.' });
  const ended = await announced(4, 50, 'khám bệnh, chữa bệnh bảo hiểm y tế');
  await step(leader, ended, 'end_direct', day(12));
  await reported(5, 70, 'an toàn giao thông vận tải');
  const assigned = await reported(6, 80, 'quản lý, sử dụng đất nông nghiệp');
  await step(head, assigned, 'assign_draft', day(36));
  await submitted(7, 100, 'thuế, phí, lệ phí');
  const appraising = await submitted(8, 110, 'bồi thường, giải phóng mặt bằng');
  await step(head, appraising, 'assign_appraisal', day(55), { reasonText: 'Phân công Phòng Nghiệp vụ thẩm định trong 10 ngày.' });
  const finalised = await submitted(9, 120, 'bảo vệ môi trường');
  await step(head, finalised, 'assign_appraisal', day(66));
  await step(head, finalised, 'finish_appraisal', day(62));
  const awaiting = await submitted(10, 130, 'kinh doanh dược phẩm');
  await step(head, awaiting, 'report_to_head', day(70));
  await signed(11, 140, 'quản lý chợ và thu phí chợ'); // concluded
  const terminated = await open(12, 60, 'ad_hoc', 'sản xuất xi măng');
  await step(head, terminated, 'terminate', day(40), { terminationGround: 'criminal_case_initiated', reasonText: 'Cơ quan điều tra đã khởi tố vụ án.' });
  if (managementHead) {
    // The chairman of the city's People's Committee directs the implementation (Art 53); follow-up; closed.
    const directed = await published(13, 150, 'kinh doanh lữ hành');
    await step(managementHead, directed, 'direct_implementation', day(88));
    const followed = await published(14, 160, 'quản lý quỹ đầu tư');
    await step(managementHead, followed, 'direct_implementation', day(98));
    await step(head, followed, 'start_follow_up', day(95));
    const closed = await published(15, 170, 'chiếu sáng công cộng');
    await step(managementHead, closed, 'direct_implementation', day(108));
    await step(head, closed, 'start_follow_up', day(105));
    await step(head, closed, 'close', day(60));
  }
  return n;
}
