import { countPlans, firstSubjectsManagedBy, insertPlan, insertPlanEvents, insertPlanItem, insertPlanVersion, snapshotOf } from '../../modules/inspection-plans';
import { findAgencyByCode } from '../../modules/orgs';
import { diffPlanItems, ruleSetForInspection } from '../../shared/domain/inspections';
import { recordAudit } from '../audit/audit';
import type { Deps } from '../deps';

const day = (at: Date, offset: number) => new Date(at.getTime() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Annual inspection plans for the demo inspectorates of Hà Nội (TT-01) and Hồ Chí Minh City (TT-79), with items on
 * their managed subjects: Hà Nội's draft for next year with a company that Hồ Chí Minh City's issued plan inspects on
 * the same content in the same quarter (a blocking overlap on Hà Nội's side; settled on Hồ Chí Minh City's side by
 * the Inspector General's letter), and Hà Nội's plan for this year issued, distributed and amended once.
 */
export async function seedDemoPlans(deps: Deps): Promise<{ created: number }> {
  if ((await countPlans(deps.db)) > 0) return { created: 0 };
  const [hn, hcm] = [await findAgencyByCode(deps.db, 'TT-01'), await findAgencyByCode(deps.db, 'TT-79')];
  if (!hn || !hcm) return { created: 0 };
  const [hnSubjects, hcmSubjects] = [await firstSubjectsManagedBy(deps.db, hn.id, 5), await firstSubjectsManagedBy(deps.db, hcm.id, 3)];
  if (hnSubjects.length < 5 || hcmSubjects.length < 3) return { created: 0 };
  const now = deps.clock.now();
  const year = Number(day(now, 0).slice(0, 4));
  const actor = { actorUserId: null, actorLabel: 'Dữ liệu mẫu' };
  const item = (s: { id: string | null; name: string; taxCode: string | null; kind: string } | null, name: string, content: string, topics: string[], quarter: number, lead: string) => ({
    subjectId: s?.id ?? null,
    subjectName: s?.name ?? name,
    subjectTaxCode: s?.taxCode ?? null,
    subjectKind: s?.kind ?? 'public_service_unit',
    content,
    topics,
    periodFrom: `${year - 2}-01-01`,
    periodTo: `${year - 1}-12-31`,
    plannedQuarter: quarter,
    leadUnit: lead,
  });
  const shared = hnSubjects[0]!;
  let created = 0;
  await deps.db.transaction(async (tx) => {
    const plan = async (agencyId: string, planYear: number, drafted: number, status: string, issued: number | null, revision: number) => {
      const draftedOn = day(now, drafted);
      const row = await insertPlan(tx, { agencyId, planYear, title: `Kế hoạch thanh tra năm ${planYear}`, regime: ruleSetForInspection(draftedOn).ruleSet, draftedOn, status, revision, issuedOn: issued === null ? null : day(now, issued), facts: { planIssuer: 'other' }, createdBy: null });
      created++;
      await insertPlanEvents(tx, [{ planId: row!.id, at: now, ...actor, event: 'create', toState: 'drafting', note: `Lập dự thảo kế hoạch thanh tra năm ${planYear}` }]);
      return row!;
    };
    const items = async (planId: string, list: ReturnType<typeof item>[], resolutions: Record<number, Record<string, { note: string; byName: string; at: string }>> = {}) => {
      const rows = [];
      for (const [n, i] of list.entries()) rows.push(await insertPlanItem(tx, { ...i, planId, seq: n + 1, resolutions: resolutions[n] ?? {} }));
      return rows;
    };

    // Hà Nội, next year: a draft; its first item is the same company and content in the same quarter (blocking).
    const hnPlan = await plan(hn.id, year + 1, -10, 'drafting', null, 0);
    const [hnFirst] = await items(hnPlan.id, [
      item(shared, '', 'Thanh tra việc chấp hành pháp luật về thuế đối với doanh nghiệp.', ['tax'], 2, 'Phòng Thanh tra kinh tế - xã hội'),
      item(hnSubjects[1]!, '', 'Thanh tra việc chấp hành pháp luật về môi trường, tài nguyên nước.', ['environment', 'natural_resources'], 2, 'Phòng Thanh tra kinh tế - xã hội'),
      item(hnSubjects[2]!, '', 'Thanh tra việc chấp hành pháp luật về đất đai, xây dựng tại dự án khu đô thị.', ['land', 'construction'], 3, 'Phòng Thanh tra kinh tế - xã hội'),
      item(null, 'Sở Y tế thành phố Hà Nội', 'Thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng, tiêu cực.', ['anti_corruption'], 4, 'Phòng Phòng, chống tham nhũng'),
    ]);

    // Hồ Chí Minh City, next year: issued; its first item met Hà Nội's draft and was settled by the Inspector General.
    const hcmPlan = await plan(hcm.id, year + 1, -25, 'issued', -3, 1);
    const letter = { note: 'Văn bản số 102/TTCP-KHTH của Thanh tra Chính phủ: Thanh tra Thành phố Hồ Chí Minh thanh tra chi nhánh; Thanh tra thành phố Hà Nội điều chỉnh thời gian.', byName: 'Huỳnh Văn Phúc', at: now.toISOString() };
    const hcmItems = await items(
      hcmPlan.id,
      [
        item({ ...shared, id: null }, '', 'Thanh tra việc chấp hành pháp luật về thuế, ngân sách đối với chi nhánh tại Thành phố Hồ Chí Minh.', ['tax', 'finance_budget'], 2, 'Phòng Thanh tra kinh tế'),
        item(hcmSubjects[0]!, '', 'Thanh tra việc chấp hành pháp luật về đất đai, xây dựng.', ['land', 'construction'], 1, 'Phòng Thanh tra kinh tế'),
        item(hcmSubjects[1]!, '', 'Thanh tra việc chấp hành pháp luật về bảo hiểm xã hội, lao động.', ['labour_social_insurance'], 3, 'Phòng Thanh tra xã hội'),
        item(null, 'Bệnh viện Nhân dân Gia Định', 'Thanh tra việc thực hiện pháp luật về phòng, chống tham nhũng, tiêu cực.', ['anti_corruption'], 4, 'Phòng Phòng, chống tham nhũng'),
      ],
      { 0: { [`SAME_SCOPE_SAME_TIME|item:${hnFirst!.id}`]: letter, [`ONCE_A_YEAR|item:${hnFirst!.id}`]: letter } },
    );
    await insertPlanVersion(tx, { planId: hcmPlan.id, revision: 1, kind: 'issue', reason: null, on: day(now, -3), diff: diffPlanItems([], snapshotOf(hcmItems)), items: snapshotOf(hcmItems), byUserId: null, byName: 'Huỳnh Văn Phúc', at: now });
    await insertPlanEvents(tx, [{ planId: hcmPlan.id, at: now, ...actor, event: 'issue', fromState: 'opinion_received', toState: 'issued', note: 'Chánh Thanh tra ban hành kế hoạch thanh tra (Luật Thanh tra 2025, đoạn 4 khoản 2 Điều 18)' }]);

    // Hà Nội, this year: issued, distributed, amended once (a quarter moved, one inspection added).
    const current = await plan(hn.id, year, -390, 'amended', -360, 2);
    // Stored as revision 2 stands; revision 1 had the second inspection in the second quarter and no third one.
    const rows = await items(current.id, [
      item(hnSubjects[3]!, '', 'Thanh tra việc chấp hành pháp luật về thuế, ngân sách.', ['tax', 'finance_budget'], 1, 'Phòng Thanh tra kinh tế - xã hội'),
      item(hnSubjects[4]!, '', 'Thanh tra việc chấp hành pháp luật về lao động, bảo hiểm xã hội.', ['labour_social_insurance'], 3, 'Phòng Thanh tra xã hội'),
      item(null, 'Trường Đại học Thủ đô Hà Nội', 'Thanh tra việc quản lý, sử dụng ngân sách và tài sản công.', ['finance_budget', 'education'], 4, 'Phòng Thanh tra kinh tế - xã hội'),
    ]);
    const v2 = snapshotOf(rows);
    const v1 = v2.filter((i) => i.seq !== 3).map((i) => (i.seq === 2 ? { ...i, plannedQuarter: 2 } : i));
    await insertPlanVersion(tx, { planId: current.id, revision: 1, kind: 'issue', reason: null, on: day(now, -360), diff: diffPlanItems([], v1), items: v1, byUserId: null, byName: 'Trần Thị Hồng', at: now });
    await insertPlanVersion(tx, { planId: current.id, revision: 2, kind: 'amend', reason: 'Lùi thời gian thanh tra do đơn vị đang được kiểm toán nhà nước; bổ sung theo chỉ đạo của Chủ tịch UBND thành phố.', on: day(now, -200), diff: diffPlanItems(v1, v2), items: v2, byUserId: null, byName: 'Trần Thị Hồng', at: now });
    await insertPlanEvents(tx, [
      { planId: current.id, at: now, ...actor, event: 'issue', fromState: 'opinion_received', toState: 'issued', note: 'Chánh Thanh tra ban hành kế hoạch thanh tra' },
      { planId: current.id, at: now, ...actor, event: 'distribute', fromState: 'issued', toState: 'distributed', note: 'Gửi kế hoạch và thông báo đối tượng thanh tra' },
      { planId: current.id, at: now, ...actor, event: 'amend', fromState: 'distributed', toState: 'amended', note: 'Điều chỉnh, bổ sung kế hoạch thanh tra lần 1' },
    ]);
    await recordAudit(tx, { actorUserId: null, actorName: 'Dữ liệu mẫu', ip: null, requestId: null }, { action: 'system.seed_demo_plans', entityType: 'system', after: { plans: created } }, now);
  });
  return { created };
}
