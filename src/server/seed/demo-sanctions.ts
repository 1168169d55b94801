import { findAgenciesByCodes, type AgencyRow } from '../../modules/orgs';
import { applySanctionAction, assignSanctioningTitle, countSanctionCases, createSanctionCase, recordSanctionPayment, subjectsManagedBy } from '../../modules/sanctions';
import { findUserByUsername } from '../../modules/users';
import type { Actor } from '../../shared/domain/access';
import type { Deps } from '../deps';
import { daysBefore } from './demo-petitions';

type Act = { field: string; act: string; provision: string; min: number; max: number; fieldMax: number };
/** Violations and their brackets for an individual (sector decrees; organisations pay twice, Art 3(1)(e)). */
const ACTS: Act[] = [
  { field: 'giao thông đường bộ', act: 'Không thực hiện đúng quy định về kiểm tra điều kiện an toàn giao thông của xe trước khi xuất bến', provision: 'điểm a khoản 5 Điều 28 Nghị định 168/2024/NĐ-CP', min: 4_000_000, max: 6_000_000, fieldMax: 75_000_000 },
  { field: 'lao động', act: 'Trả lương không đúng hạn cho người lao động', provision: 'điểm a khoản 2 Điều 17 Nghị định 12/2022/NĐ-CP', min: 5_000_000, max: 10_000_000, fieldMax: 75_000_000 },
  { field: 'kế toán', act: 'Lập báo cáo tài chính không đầy đủ nội dung theo quy định', provision: 'khoản 2 Điều 12 Nghị định 41/2018/NĐ-CP', min: 5_000_000, max: 10_000_000, fieldMax: 50_000_000 },
  { field: 'bảo vệ môi trường', act: 'Không thực hiện báo cáo công tác bảo vệ môi trường định kỳ theo quy định', provision: 'điểm b khoản 1 Điều 43 Nghị định 45/2022/NĐ-CP', min: 5_000_000, max: 10_000_000, fieldMax: 1_000_000_000 },
  { field: 'xây dựng', act: 'Tổ chức thi công xây dựng công trình sai nội dung giấy phép xây dựng', provision: 'điểm a khoản 6 Điều 16 Nghị định 16/2022/NĐ-CP', min: 20_000_000, max: 40_000_000, fieldMax: 500_000_000 },
];
const PEOPLE = ['Nguyễn Văn Bình', 'Trần Thị Thu', 'Lê Hoàng Nam', 'Phạm Minh Đức'];
/** Individuals of the cases added for the other states (names of their own, so each demo person stays one case's). */
const MORE_PEOPLE = ['Hoàng Thị Lan', 'Vũ Đức Thắng', 'Đặng Thu Trang', 'Bùi Quang Huy'];

/**
 * Sanction cases at the Hà Nội and Hồ Chí Minh City inspectorates in every kind of state — detected, recorded,
 * time-barred (decision refused), decided and unpaid past the period (overdue), partly paid, paid and closed, paid in
 * instalments — against organisations of the managed-subjects registry and individuals, carried through the same
 * services the officers use with the clock of each step. The chief inspectors hold "Chánh Thanh tra tỉnh" and the
 * inspectors "Thanh tra viên" (titles an administrator would assign).
 */
export async function seedDemoSanctions(deps: Deps): Promise<{ created: number }> {
  if ((await countSanctionCases(deps.db)) > 0) return { created: 0 };
  const agencies = await findAgenciesByCodes(deps.db, ['TT-01', 'TT-79']);
  const today = new Date(deps.clock.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  let created = 0;
  for (const agency of agencies) {
    const prefix = agency.code === 'TT-01' ? 'hn' : 'hcm';
    const head = await findUserByUsername(deps.db, `${prefix}.chanhthanhtra`);
    if (!head) continue;
    // Hồ Chí Minh City gets a smaller set: each decision lays out its PDF and DOCX, and the first start must stay fast.
    created += await seedAgency(deps, agency, head.id, today, agency.code === 'TT-01' ? 0 : 2, agency.code === 'TT-01');
  }
  return { created };
}

async function seedAgency(deps: Deps, agency: AgencyRow, headId: string, today: string, shift: number, full: boolean): Promise<number> {
  const actor: Actor = { userId: headId, grants: [{ agencyId: agency.id, agencyPath: agency.path, role: 'system_admin' }, { agencyId: agency.id, agencyPath: agency.path, role: 'agency_head' }] };
  const ctx = { actorUserId: headId, actorName: 'Dữ liệu mẫu', ip: null, requestId: null };
  const on = (days: number) => daysBefore(today, days);
  const at = (days: number) => ({ ...deps, clock: { now: () => new Date(`${on(days)}T02:00:00Z`) } });
  await assignSanctioningTitle(deps, ctx, actor, { agencyId: agency.id, userId: headId, title: 'chanh_thanh_tra_tinh', effectiveFrom: '2025-07-01', basis: 'Quyết định bổ nhiệm Chánh Thanh tra tỉnh (dữ liệu mẫu)' });
  await assignSanctioningTitle(deps, ctx, actor, { agencyId: agency.id, role: 'inspector', title: 'thanh_tra_vien', effectiveFrom: '2025-07-01', basis: 'Thanh tra viên đang thi hành công vụ (dữ liệu mẫu)' });
  const orgs = await subjectsManagedBy(deps.db, agency.id, 6);
  const address = agency.name.replace(/^Thanh tra /u, '');
  let n = 0;
  /** Records a violation detected `days` ago and takes it through `steps` (each on its own day). */
  const make = async (i: number, detectedDaysAgo: number, opts: { individual?: boolean; endedDaysAgo?: number; act?: number }, steps: (id: string) => Promise<void>) => {
    const a = ACTS[opts.act ?? (i + shift) % ACTS.length]!;
    const org = opts.individual ? undefined : orgs[i % Math.max(1, orgs.length)];
    const c = await createSanctionCase(at(detectedDaysAgo), ctx, actor, {
      agencyId: agency.id,
      violatorKind: org ? 'organisation' : 'individual',
      violatorName: org?.name ?? (i >= 8 ? MORE_PEOPLE[i % MORE_PEOPLE.length]! : PEOPLE[i % PEOPLE.length]!),
      violatorAddress: org?.address ?? `${address}`,
      ...(org?.taxCode ? { taxCode: org.taxCode } : { violatorIdNo: `0010${String(80_000_000 + i * 7919).padStart(8, '0')}` }),
      field: a.field,
      act: a.act,
      legalProvision: a.provision,
      bracketMinIndividual: a.min,
      bracketMaxIndividual: a.max,
      fieldMaxIndividual: a.fieldMax,
      licenceOrSuspension: false,
      violationState: 'ended',
      violationOn: on(opts.endedDaysAgo ?? detectedDaysAgo + 3),
      violationEndedOn: on(opts.endedDaysAgo ?? detectedDaysAgo + 3),
      detectedOn: on(detectedDaysAgo),
      place: `Trụ sở đơn vị, ${address}`,
    });
    n++;
    await steps(c.id);
    return c.id;
  };
  const record = (id: string, days: number, no: number) => applySanctionAction(at(days), ctx, actor, id, { event: 'make_record', date: on(days), payload: { recordNo: `${String(no).padStart(2, '0')}/BB-VPHC`, signedByViolator: true } });
  const decide = (id: string, days: number, fine: number) =>
    applySanctionAction(at(days), ctx, actor, id, {
      event: 'decide',
      payload: { decision: { signerUserId: headId, decidedOn: on(days), decisionCase: 'normal', extensionGranted: false, forms: ['fine'], fineAmount: fine, additionalPenalties: [], remedialMeasures: ['Buộc khắc phục vi phạm theo quy định'], aggravating: [], mitigating: ['Người vi phạm đã thành khẩn khai báo'], executionDays: 10 } },
    });
  const deliver = (id: string, days: number) => applySanctionAction(at(days), ctx, actor, id, { event: 'deliver', date: on(days), payload: { receivedOn: on(days) } });
  const pay = (id: string, days: number, amount: number, receipt: string, lateFeeAmount = 0) => recordSanctionPayment(at(days), ctx, actor, id, { paidOn: on(days), amount, lateFeeAmount, receiptNo: receipt });

  await make(0, 2, {}, async () => undefined);
  await make(1, 6, {}, (id) => record(id, 5, 11));
  // Decided, delivered, unpaid past its period and marked overdue.
  await make(2, 45, {}, async (id) => {
    await record(id, 44, 12);
    await decide(id, 41, 2 * ACTS[(2 + shift) % ACTS.length]!.max);
    await deliver(id, 40);
    await applySanctionAction(at(20), ctx, actor, id, { event: 'mark_overdue', date: on(20), payload: {} });
  });
  if (full) {
    // Partly paid on time, the rest overdue.
    await make(3, 38, {}, async (id) => {
      await record(id, 37, 13);
      await decide(id, 35, 2 * ACTS[(3 + shift) % ACTS.length]!.min);
      await deliver(id, 34);
      await pay(id, 30, ACTS[(3 + shift) % ACTS.length]!.min, `BL-${agency.code}-0001`);
    });
    // Paid on time, complied with and closed.
    await make(4, 30, { individual: true }, async (id) => {
      await record(id, 29, 14);
      await decide(id, 27, ACTS[(4 + shift) % ACTS.length]!.min);
      await deliver(id, 26);
      await pay(id, 20, ACTS[(4 + shift) % ACTS.length]!.min, `BL-${agency.code}-0002`);
      await applySanctionAction(at(19), ctx, actor, id, { event: 'close', date: on(19), payload: {} });
    });
    // Decided and delivered, still within the period.
    await make(5, 9, {}, async (id) => {
      await record(id, 8, 15);
      await decide(id, 4, 2 * ACTS[(5 + shift) % ACTS.length]!.min);
      await deliver(id, 3);
    });
    // An individual fined 30,000,000 đồng paying in two instalments (Art 79).
    await make(6, 22, { individual: true, act: 4 }, async (id) => {
      await record(id, 21, 16);
      await decide(id, 18, 30_000_000);
      await deliver(id, 17);
      await applySanctionAction(at(15), ctx, actor, id, { event: 'grant_instalments', date: on(15), payload: { instalments: [{ dueOn: on(-10), amount: 12_000_000 }, { dueOn: on(-70), amount: 18_000_000 }] } });
    });
  }
  if (full) {
    // The other states of the sanction machine (issue 5 item 11), each reached through the officers' steps.
    const act = (id: string, days: number, event: string, payload: Record<string, unknown> = {}) => applySanctionAction(at(days), ctx, actor, id, { event, date: on(days), payload } as never);
    const big = 4; // construction: bracket up to 40,000,000 đồng, so the violator may explain (Art 61) and postpone (Art 76)
    await make(8, 12, { act: big }, async (id) => {
      await record(id, 11, 18);
      await act(id, 10, 'open_explanation');
    });
    await make(9, 14, {}, async (id) => {
      await record(id, 13, 19);
      await act(id, 12, 'consider');
    });
    await make(10, 7, {}, async (id) => {
      await record(id, 6, 20);
      await decide(id, 1, 2 * ACTS[(10 + shift) % ACTS.length]!.min);
    });
    await make(11, 20, { individual: true }, async (id) => {
      await record(id, 19, 21);
      await act(id, 15, 'no_decision', { noDecisionGround: 'violator_died_or_dissolved' });
    });
    await make(12, 10, {}, (id) => act(id, 9, 'transfer_competent'));
    await make(13, 16, {}, async (id) => {
      await record(id, 15, 22);
      await act(id, 12, 'transfer_criminal');
    });
    await make(14, 25, { individual: true, act: big }, async (id) => {
      await record(id, 24, 23);
      await decide(id, 21, 25_000_000);
      await deliver(id, 20);
      await act(id, 18, 'postpone', { postponedUntil: on(-60) });
    });
    await make(15, 60, {}, async (id) => {
      await record(id, 59, 24);
      await decide(id, 56, 2 * ACTS[(15 + shift) % ACTS.length]!.min);
      await deliver(id, 55);
      await act(id, 40, 'mark_overdue');
      await act(id, 35, 'decide_enforcement');
    });
    await make(16, 70, {}, async (id) => {
      await record(id, 69, 25);
      await decide(id, 66, 2 * ACTS[(16 + shift) % ACTS.length]!.min);
      await deliver(id, 65);
      await act(id, 50, 'mark_overdue');
      await act(id, 45, 'decide_enforcement');
      await act(id, 30, 'enforce');
    });
    await make(17, 16, { individual: true }, async (id) => {
      await record(id, 15, 26);
      await decide(id, 13, ACTS[(17 + shift) % ACTS.length]!.min);
      await deliver(id, 12);
      await pay(id, 8, ACTS[(17 + shift) % ACTS.length]!.min, `BL-${agency.code}-0003`);
    });
    // More than a year after the decision (Art 74) and after compliance (Art 7): only once the titles were in force.
    if (on(440) >= '2025-07-01') {
      await make(18, 440, {}, async (id) => {
        await record(id, 439, 27);
        await decide(id, 436, 2 * ACTS[(18 + shift) % ACTS.length]!.min);
        await deliver(id, 435);
        await act(id, 400, 'mark_overdue');
        await act(id, 2, 'time_bar_execution');
      });
      await make(19, 450, { individual: true }, async (id) => {
        await record(id, 449, 28);
        await decide(id, 446, ACTS[(19 + shift) % ACTS.length]!.min);
        await deliver(id, 445);
        await pay(id, 440, ACTS[(19 + shift) % ACTS.length]!.min, `BL-${agency.code}-0004`);
        await act(id, 439, 'close');
        await act(id, 2, 'deem_never_sanctioned');
      });
    }
  }
  // The act (labour: 01-year limitation) ended 14 months ago: the limitation has passed; the case waits with "decide" refused (Art 6, 65).
  await make(7, 5, { individual: true, endedDaysAgo: 425, act: 1 }, (id) => record(id, 4, 17));
  return n;
}
