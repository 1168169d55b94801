import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { fileOf, minimalPdf, postMultipart } from '../../../test/helpers/multipart';
import { verifyAuditChain } from '../../server/audit/audit';
import type { AgencyRow } from '../orgs';
import { runFollowUpReminders } from './inspections.followup';

let ctx: TestContext;
let agency: AgencyRow;
let other: AgencyRow;
const names: Record<string, string> = {};
let head: Client;
let leader: Client;
let leaderId: string;
let member: Client;
let memberId: string;
let officer: Client;
let officerId: string;
let foreignHead: Client;
// Wednesday 4 November 2026, 09:00 in Hà Nội; moved forward to test overdue recommendations.
let now = new Date('2026-11-04T02:00:00Z');
const clock = { now: () => now };

const rowsOf = async (q: Promise<unknown>) => ((await q) as { rows: Record<string, unknown>[] }).rows;
const count = async (table: string) => Number((await rowsOf(ctx.deps.db.execute(sql.raw(`select count(*)::int as n from ${table}`))))[0]!.n);
const vi = /[ạảãáàâầấậẫẩăằắặẵẳêềếệễểôồốộỗổơờớợỡởưừứựữửđ]/i;

async function relogin() {
  head = await login(ctx, names.head!);
  leader = await login(ctx, names.leader!);
  member = await login(ctx, names.member!);
  officer = await login(ctx, names.officer!);
  foreignHead = await login(ctx, names.foreign!);
}

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thử nghiệm', provinceCode: '01' });
  other = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Khác', provinceCode: '79' });
  names.head = (await buildUser(ctx, agency, ['agency_head'])).username;
  const l = await buildUser(ctx, agency, ['inspector']);
  leaderId = l.user.id;
  names.leader = l.username;
  const m = await buildUser(ctx, agency, ['inspector']);
  memberId = m.user.id;
  names.member = m.username;
  const o = await buildUser(ctx, agency, ['inspector']);
  officerId = o.user.id;
  names.officer = o.username;
  names.foreign = (await buildUser(ctx, other, ['agency_head'])).username;
  await relogin();
});
afterAll(async () => ctx?.close());

const act = (who: Client, id: string, body: object) => who.post(`/api/v1/inspections/${id}/actions`, body);
const recAct = (who: Client, id: string, rid: string, body: object) => who.post(`/api/v1/inspections/${id}/recommendations/${rid}/actions`, body);

/** A case announced with its team: leader and one inspector member. */
async function announcedCase() {
  const res = await head.post('/api/v1/inspections', {
    agencyId: agency.id,
    title: 'Thanh tra việc quản lý, sử dụng ngân sách tại Công ty TNHH Thử Nghiệm',
    origin: 'planned',
    subjectName: 'Công ty TNHH Thử Nghiệm',
    subjectTaxCode: '0101234567',
    content: 'Việc chấp hành pháp luật về ngân sách, đất đai trong thời kỳ 2023–2025.',
    decisionNo: '123/QĐ-TTr',
    decisionDate: '2026-10-26',
    durationDays: 45,
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  await head.post(`/api/v1/inspections/${id}/team`, { userId: leaderId, role: 'leader' });
  await head.post(`/api/v1/inspections/${id}/team`, { userId: memberId, role: 'member_inspector' });
  expect((await act(head, id, { event: 'prepare', date: '2026-10-28' })).statusCode).toBe(200);
  expect((await act(leader, id, { event: 'announce', date: '2026-11-02' })).statusCode).toBe(200);
  return id;
}

let caseId = '';
let moneyId = '';
let disciplineId = '';
let transferId = '';

describe('inspected items, findings with evidence and the report (Art 28, 33)', () => {
  it('records items and findings with evidence; the leader approves; the report is sent only when all are approved', async () => {
    caseId = await announcedCase();
    // Items: by the decision-maker or a team member; bad input is refused in Vietnamese.
    const bad = await member.post(`/api/v1/inspections/${caseId}/items`, { title: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(vi);
    expect((await foreignHead.post(`/api/v1/inspections/${caseId}/items`, { title: 'Nội dung lạ' })).statusCode).toBe(404);
    const items = await member.post(`/api/v1/inspections/${caseId}/items`, { title: 'Quản lý, sử dụng ngân sách', description: 'Chi thường xuyên 2023–2025' });
    expect(items.statusCode, items.body).toBe(201);
    const itemId = items.json().items[0].id as string;
    await head.post(`/api/v1/inspections/${caseId}/items`, { title: 'Quản lý đất đai' });

    const url = `/api/v1/inspections/${caseId}/findings`;
    const noItem = await postMultipart(ctx, url, [{ name: 'itemId', value: '00000000-0000-4000-8000-000000000000' }, { name: 'description', value: 'Chi sai chế độ công tác phí.' }, fileOf('a.pdf', minimalPdf())], member);
    expect(noItem.json().error.code).toBe('invalid_item');
    const badAmount = await postMultipart(ctx, url, [{ name: 'itemId', value: itemId }, { name: 'description', value: 'Chi sai chế độ công tác phí.' }, { name: 'amountVnd', value: '-5' }, fileOf('a.pdf', minimalPdf())], member);
    expect(badAmount.statusCode).toBe(400);
    expect(badAmount.json().error.message).toMatch(vi);
    // Evidence is required (the finding rests on it, Art 33(3)).
    expect((await postMultipart(ctx, url, [{ name: 'itemId', value: itemId }, { name: 'description', value: 'Không có chứng cứ.' }], member)).json().error.code).toBe('file_required');
    const fake = await postMultipart(ctx, url, [{ name: 'itemId', value: itemId }, { name: 'description', value: 'Chi sai chế độ công tác phí.' }, fileOf('chung-tu.pdf', Buffer.from('MZ not a pdf'))], member);
    expect(fake.statusCode).toBe(415);
    // Outside the team (the head) may not record findings.
    expect((await postMultipart(ctx, url, [{ name: 'itemId', value: itemId }, { name: 'description', value: 'Chi sai chế độ.' }], head)).statusCode).toBe(403);
    const before = await count('inspection_findings');
    const created = await postMultipart(
      ctx,
      url,
      [
        { name: 'itemId', value: itemId },
        { name: 'description', value: 'Chi sai chế độ công tác phí, hội nghị năm 2024.' },
        { name: 'legalBasis', value: 'Thông tư 40/2017/TT-BTC, Điều 5' },
        { name: 'amountVnd', value: '1200000000' },
        { name: 'responsible', value: 'Kế toán trưởng; Giám đốc công ty' },
        fileOf('chung-tu-chi-2024.pdf', minimalPdf()),
      ],
      member,
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(await count('inspection_findings')).toBe(before + 1);
    const finding = created.json().findings[0];
    expect(finding).toMatchObject({ seq: 1, amountVnd: 1_200_000_000, status: 'proposed', legalBasis: 'Thông tư 40/2017/TT-BTC, Điều 5' });
    expect(finding.files[0]).toMatchObject({ name: 'chung-tu-chi-2024.pdf', mimeType: 'application/pdf' });
    expect((await leader.get(`/api/v1/inspections/${caseId}/evidence/${finding.files[0].id}/content`)).statusCode).toBe(200);
    expect((await foreignHead.get(`/api/v1/inspections/${caseId}/evidence/${finding.files[0].id}/content`)).statusCode).toBe(404);
    expect(created.json().summary).toMatchObject({ findings: 1, approved: 0, amountVnd: 0, itemsWithoutFindings: 1 });

    // The report: written by the leader only; sending it needs every finding approved (Art 33(1), (3)).
    expect((await member.put(`/api/v1/inspections/${caseId}/report`, { sections: [{ heading: 'I. Kết quả', text: 'Nội dung' }] })).statusCode).toBe(403);
    expect((await leader.put(`/api/v1/inspections/${caseId}/report`, { sections: [] })).statusCode).toBe(400);
    const report = await leader.put(`/api/v1/inspections/${caseId}/report`, { sections: [{ heading: 'I. Kết luận về từng nội dung', text: 'Công ty chi sai chế độ 1,2 tỷ đồng.' }, { heading: 'II. Kiến nghị', text: 'Thu hồi về ngân sách.' }] });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().report).toMatchObject({ status: 'draft', sections: [expect.anything(), expect.anything()] });
    expect((await act(leader, caseId, { event: 'end_direct' })).statusCode).toBe(200);
    const early = await act(leader, caseId, { event: 'submit_report' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'findings_unapproved', message: expect.stringMatching(/Điều 33/) });
    expect((await member.post(`/api/v1/inspections/${caseId}/findings/${finding.id}/approve`)).statusCode).toBe(403);
    const approved = await leader.post(`/api/v1/inspections/${caseId}/findings/${finding.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().summary).toMatchObject({ approved: 1, amountVnd: 1_200_000_000 });
    expect((await act(leader, caseId, { event: 'submit_report' })).statusCode).toBe(200);
    const sent = (await leader.get(`/api/v1/inspections/${caseId}/followup`)).json();
    expect(sent.report).toMatchObject({ status: 'submitted', submittedOn: '2026-11-04' });
    expect(sent.can.record).toBe(false);
    const late = await postMultipart(ctx, url, [{ name: 'itemId', value: itemId }, { name: 'description', value: 'Phát hiện muộn.' }], member);
    expect(late.json().error.code).toBe('wrong_state');
  });
});

describe('recommendations of the conclusion and their follow-up (Art 36, 53–55)', () => {
  it('writes recommendations with the draft, freezes them at signing', async () => {
    const tooEarly = await leader.post(`/api/v1/inspections/${caseId}/recommendations`, { kind: 'other', content: 'Chấn chỉnh công tác kế toán.', addressee: 'Công ty', dueDate: '2026-12-31' });
    expect(tooEarly.json().error.code).toBe('wrong_state');
    expect((await act(head, caseId, { event: 'assign_draft' })).statusCode).toBe(200);
    await leader.put(`/api/v1/inspections/${caseId}/conclusion`, { parts: [{ id: 'p1', heading: 'I. Kết luận', text: 'Chi sai chế độ 1,2 tỷ đồng.' }] });
    const base = { addressee: 'Công ty TNHH Thử Nghiệm', dueDate: '2026-12-04' };
    for (const [body, code] of [
      [{ ...base, kind: 'recover_money', content: 'Thu hồi số tiền chi sai về ngân sách.' }, 'amount_required'],
      [{ ...base, kind: 'discipline', content: 'Kiểm điểm trách nhiệm.' }, 'persons_required'],
      [{ ...base, kind: 'secret', content: 'Loại lạ.' }, 'validation_error'],
      [{ ...base, kind: 'other', content: 'Hạn đã qua.', dueDate: '2026-11-01' }, 'invalid_due_date'],
      [{ ...base, kind: 'recover_money', content: 'Số âm.', amountVnd: -1 }, 'validation_error'],
    ] as const) {
      const res = await leader.post(`/api/v1/inspections/${caseId}/recommendations`, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.message).toMatch(vi);
    }
    expect((await member.post(`/api/v1/inspections/${caseId}/recommendations`, { ...base, kind: 'other', content: 'Thành viên không soạn.' })).statusCode).toBe(403);
    const findingId = (await leader.get(`/api/v1/inspections/${caseId}/followup`)).json().findings[0].id;
    const money = await leader.post(`/api/v1/inspections/${caseId}/recommendations`, { ...base, kind: 'recover_money', content: 'Thu hồi số tiền chi sai chế độ về ngân sách nhà nước.', amountVnd: 1_200_000_000, findingId });
    expect(money.statusCode, money.body).toBe(201);
    const rec = money.json().recommendations[0];
    expect(rec).toMatchObject({ seq: 1, status: 'issued', kindLabel: 'Thu hồi tiền về ngân sách nhà nước', recovery: { amountVnd: 1_200_000_000, recovered: 0, remaining: 1_200_000_000, percent: 0 } });
    expect(rec.basis).toMatch(/Điều 53/);
    moneyId = rec.id;
    disciplineId = (await head.post(`/api/v1/inspections/${caseId}/recommendations`, { ...base, kind: 'discipline', content: 'Kiểm điểm, xử lý trách nhiệm.', persons: ['Kế toán trưởng', 'Giám đốc'] })).json().recommendations[1].id;
    const transfer = await head.post(`/api/v1/inspections/${caseId}/recommendations`, { ...base, kind: 'transfer_investigation', content: 'Chuyển hồ sơ vụ việc có dấu hiệu tội phạm.', agency: 'Cơ quan CSĐT Công an tỉnh' });
    transferId = transfer.json().recommendations[2].id;
    const extra = (await head.post(`/api/v1/inspections/${caseId}/recommendations`, { ...base, kind: 'other', content: 'Kiến nghị sẽ bị bỏ.' })).json().recommendations[3].id;
    expect((await head.put(`/api/v1/inspections/${caseId}/recommendations/${extra}`, { ...base, kind: 'amend_rules', content: 'Sửa quy chế chi tiêu nội bộ.', ruleBody: 'Công ty', ruleName: 'Quy chế chi tiêu nội bộ 2023' })).statusCode).toBe(200);
    expect((await head.delete(`/api/v1/inspections/${caseId}/recommendations/${extra}`)).json().recommendations).toHaveLength(3);
    // Before signing, follow-up steps are blocked with the article.
    const blocked = (await head.get(`/api/v1/inspections/${caseId}/recommendations/${moneyId}/actions`)).json();
    expect(blocked.every((o: { blockedBy: { code: string } | null }) => o.blockedBy?.code === 'NOT_SIGNED')).toBe(true);
    expect((await recAct(head, caseId, moneyId, { event: 'direct' })).json().error.code).toBe('not_signed');

    expect((await act(leader, caseId, { event: 'submit_draft' })).statusCode).toBe(200);
    const signed = await act(head, caseId, { event: 'sign_conclusion', payload: { conclusionNo: '45/KL-TTr', signerName: 'Chánh Thanh tra tỉnh' } });
    expect(signed.statusCode, signed.body).toBe(200);
    const frozen = await head.put(`/api/v1/inspections/${caseId}/recommendations/${moneyId}`, { ...base, kind: 'recover_money', content: 'Sửa sau khi ký.', amountVnd: 1 });
    expect(frozen.statusCode).toBe(400);
    expect(frozen.json().error).toMatchObject({ code: 'frozen', message: expect.stringMatching(/khoản 4 Điều 36/) });
    expect((await head.delete(`/api/v1/inspections/${caseId}/recommendations/${moneyId}`)).json().error.code).toBe('frozen');
    expect((await head.post(`/api/v1/inspections/${caseId}/recommendations`, { ...base, kind: 'other', content: 'Thêm sau khi ký.' })).json().error.code).toBe('frozen');

    // Amending the signed conclusion before publication (Art 36(4)) opens the conclusion and its recommendations again.
    expect((await act(head, caseId, { event: 'amend_conclusion' })).json().error.code).toBe('reason_required');
    const amended = await act(head, caseId, { event: 'amend_conclusion', payload: { reasonText: 'Bổ sung kiến nghị xử lý trách nhiệm theo ý kiến của Chủ tịch UBND tỉnh.' } });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json()).toMatchObject({ status: 'concluded', conclusion: { status: 'amended', conclusionNo: '45/KL-TTr' } });
    const added = await head.post(`/api/v1/inspections/${caseId}/recommendations`, { ...base, kind: 'other', content: 'Kiến nghị bổ sung khi sửa đổi kết luận.' });
    expect(added.statusCode, added.body).toBe(201);
    const addedId = added.json().recommendations[3].id;
    expect((await head.delete(`/api/v1/inspections/${caseId}/recommendations/${addedId}`)).json().recommendations).toHaveLength(3);
    const parts = [{ id: 'p1', heading: 'I. Kết luận (sửa đổi)', text: 'Nội dung kết luận đã sửa đổi, bổ sung theo khoản 4 Điều 36.' }];
    expect((await head.put(`/api/v1/inspections/${caseId}/conclusion`, { parts })).statusCode).toBe(200);
    // The amendment is the decision-maker's: the team leader may no longer rewrite the signed text.
    expect((await leader.put(`/api/v1/inspections/${caseId}/conclusion`, { parts })).statusCode).toBe(403);
  });

  it('records partial recoveries with totals and refuses more than remains; implemented only when fully recovered; runs to closed', async () => {
    // The chief inspector assigns the follow-up officer (Art 55(1)); an officer of another agency is refused.
    expect((await head.post(`/api/v1/inspections/${caseId}/recommendations/${moneyId}/assign`, { userId: leaderId })).statusCode).toBe(200);
    const foreignUser = await buildUser(ctx, other, ['inspector']);
    expect((await head.post(`/api/v1/inspections/${caseId}/recommendations/${moneyId}/assign`, { userId: foreignUser.user.id })).json().error.code).toBe('invalid_officer');
    const assigned = await head.post(`/api/v1/inspections/${caseId}/recommendations/${moneyId}/assign`, { userId: officerId });
    expect(assigned.json().recommendations[0].followUpUser).toMatchObject({ id: officerId });
    // A team member is not the follow-up officer of this step; the assigned officer is.
    const options = (await officer.get(`/api/v1/inspections/${caseId}/recommendations/${moneyId}/actions`)).json();
    expect(options.find((o: { event: string }) => o.event === 'start').blockedBy).toBeNull();
    expect((await recAct(member, caseId, moneyId, { event: 'start' })).statusCode).toBe(400);
    expect((await recAct(officer, caseId, moneyId, { event: 'start' })).json().recommendations[0].status).toBe('in_progress');
    const pay = (amountVnd: number, paidOn = '2026-11-04', document = 'Giấy nộp tiền số 01') => recAct(officer, caseId, moneyId, { event: 'record_progress', payload: { payment: { paidOn, amountVnd, document } } });
    const first = await pay(500_000_000);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().recommendations[0].recovery).toMatchObject({ recovered: 500_000_000, remaining: 700_000_000, percent: 41 });
    expect((await pay(200_000_000, '2026-11-04', 'Giấy nộp tiền số 02')).json().recommendations[0].recovery).toMatchObject({ recovered: 700_000_000, remaining: 500_000_000, percent: 58, payments: [expect.objectContaining({ amountVnd: 500_000_000 }), expect.objectContaining({ amountVnd: 200_000_000, document: 'Giấy nộp tiền số 02' })] });
    const before = await count('inspection_recovery_payments');
    const over = await pay(500_000_001);
    expect(over.statusCode).toBe(400);
    expect(over.json().error.code).toBe('amount_exceeds');
    expect(over.json().error.message).toMatch(/vượt số còn phải thu hồi \(500\.000\.000 đồng\).*Điều 53/);
    expect((await pay(1, '2026-11-05')).json().error.code).toBe('future_date');
    expect((await pay(1, '2026-10-01')).json().error.code).toBe('before_conclusion');
    expect((await recAct(officer, caseId, moneyId, { event: 'record_progress', payload: { payment: { paidOn: '2026-11-04', amountVnd: 1.5 } } })).json().error.code).toBe('validation_error');
    expect(await count('inspection_recovery_payments')).toBe(before);
    // Not fully recovered: "implemented" is refused with the article; partial is recorded.
    const notYet = await recAct(officer, caseId, moneyId, { event: 'mark_implemented' });
    expect(notYet.json().error).toMatchObject({ code: 'not_fully_recovered', message: expect.stringMatching(/Điều 54/) });
    expect((await recAct(officer, caseId, moneyId, { event: 'mark_partial' })).json().recommendations[0].status).toBe('partially_implemented');
    expect((await pay(500_000_000)).json().recommendations[0].recovery).toMatchObject({ remaining: 0, percent: 100, complete: true });
    expect((await recAct(officer, caseId, moneyId, { event: 'mark_implemented' })).json().recommendations[0].status).toBe('implemented');
    const closed = await recAct(officer, caseId, moneyId, { event: 'close', note: 'Đã nộp đủ vào tài khoản tạm giữ.' });
    const done = closed.json().recommendations[0];
    expect(done).toMatchObject({ status: 'closed', closedOn: '2026-11-04' });
    expect(done.steps.map((s: { event: string }) => s.event)).toEqual(['start', 'record_progress', 'record_progress', 'mark_partial', 'record_progress', 'mark_implemented', 'close']);
    // Discipline: not implemented needs a reason (with the article), then escalated.
    expect((await recAct(head, caseId, disciplineId, { event: 'mark_not_implemented' })).json().error.code).toBe('reason_required');
    expect((await recAct(head, caseId, disciplineId, { event: 'direct', note: 'Văn bản chỉ đạo số 10/UBND' })).json().recommendations[1].status).toBe('directed');
    expect((await recAct(head, caseId, disciplineId, { event: 'record_progress', payload: { payment: { paidOn: '2026-11-04', amountVnd: 1 } } })).json().error.code).toBe('not_money');
  });

  it('lists overdue recommendations in the agency scope, reminds the follow-up officer, and opens a follow-up inspection linked both ways', async () => {
    // Due 04/12/2026; on 10/12 the discipline and transfer recommendations are overdue.
    now = new Date('2026-12-02T02:00:00Z'); // two days before the due date (REMINDER_DAYS_BEFORE = 3)
    await relogin();
    const soon = await runFollowUpReminders(ctx.deps);
    expect(soon.notifications).toBeGreaterThan(0);
    const soonRows = await rowsOf(ctx.deps.db.execute(sql`select user_id, kind, body from notifications where kind like 'inspection.recommendation_%' order by created_at`));
    expect(soonRows.every((r) => r.kind === 'inspection.recommendation_due_soon')).toBe(true);
    expect(String(soonRows[0]!.body)).toMatch(/04\/12\/2026.*Điều 55/);
    now = new Date('2026-12-10T02:00:00Z');
    await relogin();
    const list = await head.get('/api/v1/inspections/recommendations?overdue=1');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((r: { id: string }) => r.id).sort()).toEqual([disciplineId, transferId].sort());
    expect(list.json().items[0]).toMatchObject({ overdue: true, daysOverdue: 6, caseNo: expect.stringMatching(/^2026\/TT-/) });
    expect((await head.get('/api/v1/inspections/recommendations')).json().total).toBe(3);
    expect((await foreignHead.get('/api/v1/inspections/recommendations?overdue=1')).json().items).toEqual([]);
    expect((await foreignHead.get(`/api/v1/inspections/recommendations?overdue=1&agencyId=${agency.id}`)).statusCode).toBe(404);
    expect((await head.get('/api/v1/inspections/recommendations?overdue=yes')).statusCode).toBe(400);

    const reminded = await runFollowUpReminders(ctx.deps);
    expect(reminded.notifications).toBeGreaterThan(0);
    const again = await runFollowUpReminders(ctx.deps);
    expect(again.notifications).toBe(0); // once per recommendation, stage and due date
    const overdueNotes = await rowsOf(ctx.deps.db.execute(sql`select user_id, title from notifications where kind = 'inspection.recommendation_overdue'`));
    expect(overdueNotes.length).toBeGreaterThan(0);
    expect(overdueNotes.every((n) => String(n.title).startsWith('Kiến nghị chậm thực hiện'))).toBe(true);

    // A follow-up inspection: not by an inspector; refused for a closed recommendation; created once, linked both ways.
    const body = { decisionNo: '200/QĐ-TTr', decisionDate: '2026-12-10', durationDays: 30 };
    expect((await officer.post(`/api/v1/inspections/${caseId}/recommendations/${disciplineId}/follow-up-inspection`, body)).statusCode).toBe(403);
    expect((await head.post(`/api/v1/inspections/${caseId}/recommendations/${moneyId}/follow-up-inspection`, body)).json().error.code).toBe('not_needed');
    expect((await head.post(`/api/v1/inspections/${caseId}/recommendations/${disciplineId}/follow-up-inspection`, { ...body, durationDays: 0 })).statusCode).toBe(400);
    const created = await head.post(`/api/v1/inspections/${caseId}/recommendations/${disciplineId}/follow-up-inspection`, body);
    expect(created.statusCode, created.body).toBe(201);
    const newId = created.json().id as string;
    const fresh = (await head.get(`/api/v1/inspections/${newId}`)).json();
    expect(fresh).toMatchObject({ origin: 'ad_hoc', status: 'decided', subjectName: 'Công ty TNHH Thử Nghiệm', subjectTaxCode: '0101234567', decisionNo: '200/QĐ-TTr' });
    expect(fresh.content).toMatch(/kiến nghị số 2/);
    expect((await head.get(`/api/v1/inspections/${newId}/followup`)).json().followUpOf).toMatchObject({ caseId, recommendationId: disciplineId, seq: 2 });
    const linked = (await head.get(`/api/v1/inspections/${caseId}/followup`)).json().recommendations.find((r: { id: string }) => r.id === disciplineId);
    expect(linked.followUpCase).toMatchObject({ id: newId, caseNo: created.json().caseNo });
    expect((await head.post(`/api/v1/inspections/${caseId}/recommendations/${disciplineId}/follow-up-inspection`, body)).json().error.code).toBe('already_created');
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: true });
  });

  it('keeps it to the agency and to the team; the inspected party sees only the published recommendations', async () => {
    expect((await foreignHead.get(`/api/v1/inspections/${caseId}/followup`)).statusCode).toBe(404);
    expect((await foreignHead.post(`/api/v1/inspections/${caseId}/recommendations/${transferId}/actions`, { event: 'direct' })).statusCode).toBe(404);
    expect((await foreignHead.get(`/api/v1/inspections/${caseId}/recommendations/${transferId}/actions`)).statusCode).toBe(404);
    expect((await head.get(`/api/v1/inspections/${caseId}/recommendations/00000000-0000-4000-8000-000000000000/actions`)).statusCode).toBe(404);
    expect((await head.post(`/api/v1/inspections/${caseId}/recommendations/${transferId}/actions`, { event: 'fly' })).statusCode).toBe(400);
    // The party: invited and activated; nothing before publication, then the public facts only.
    const invited = await head.post(`/api/v1/inspections/${caseId}/parties`, { email: 'giamdoc@thunghiem.vn', fullName: 'Phạm Văn Giám Đốc' });
    const token = new URL(invited.json().activationUrl, 'http://x').searchParams.get('token')!;
    await ctx.app.inject({ method: 'POST', url: '/api/v1/public/party-activation', payload: { token, password: 'MatKhauManh2026!' } });
    const party = await login(ctx, 'giamdoc@thunghiem.vn', 'MatKhauManh2026!');
    expect((await party.get(`/api/v1/party/inspections/${caseId}/recommendations`)).json().items).toEqual([]);
    expect((await act(head, caseId, { event: 'publish', payload: { publicationForms: ['portal', 'posting_at_subject_premises'] } })).statusCode).toBe(200);
    // Published: the recommendations are frozen again.
    expect((await head.post(`/api/v1/inspections/${caseId}/recommendations`, { addressee: 'Công ty TNHH Thử Nghiệm', dueDate: '2026-12-04', kind: 'other', content: 'Thêm sau khi công khai.' })).json().error.code).toBe('frozen');
    const seen = await party.get(`/api/v1/party/inspections/${caseId}/recommendations`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items).toHaveLength(3);
    expect(seen.json().items[0]).toMatchObject({ kindLabel: 'Thu hồi tiền về ngân sách nhà nước', recovery: { recovered: 1_200_000_000, complete: true } });
    expect(JSON.stringify(seen.json())).not.toMatch(/Giấy nộp tiền|followUpUser|steps/);
    expect((await party.get(`/api/v1/inspections/${caseId}/followup`)).statusCode).toBe(404);
    expect((await party.get('/api/v1/inspections/recommendations?overdue=1')).statusCode).toBe(403);
    expect((await party.post(`/api/v1/inspections/${caseId}/recommendations/${transferId}/actions`, { event: 'start' })).statusCode).toBe(404);
    // The case closes only when every recommendation's follow-up is over (Art 55).
    expect((await act(head, caseId, { event: 'direct_implementation' })).statusCode).toBe(400); // the head of the agency above directs
  });
});
