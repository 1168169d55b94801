import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { fileOf, minimalPdf, postMultipart } from '../../../test/helpers/multipart';
import { verifyAuditChain } from '../../server/audit/audit';
import type { AgencyRow } from '../orgs';

let ctx: TestContext;
let agency: AgencyRow;
let other: AgencyRow;
let admin: Client;
let head: Client;
let headId: string;
let inspector: Client;
let inspectorId: string;
let leader: Client;
let clerk: Client;
let foreignHead: Client;
const names: Record<string, string> = {};
/** Sessions expire when the clock jumps: the officers log in again at the new time. */
async function setClock(iso: string) {
  now = new Date(iso);
  head = await login(ctx, names.head!);
  inspector = await login(ctx, names.inspector!);
  admin = await login(ctx, names.admin!);
}
// Wednesday 4 November 2026, 09:00 in Hà Nội; tests move it forward.
let now = new Date('2026-11-04T02:00:00Z');
const clock = { now: () => now };

/** An organisation that broke a road-traffic rule (bracket 4–6 million for an individual, 8–12 million for it). */
const violation = (extra: object = {}) => ({
  agencyId: agency.id,
  violatorKind: 'organisation',
  violatorName: 'Công ty TNHH Vận tải Thử Nghiệm',
  violatorAddress: 'phường Ba Đình, Hà Nội',
  taxCode: '0101234567',
  field: 'giao thông đường bộ',
  act: 'Không thực hiện đúng quy định về kiểm tra điều kiện an toàn giao thông của xe trước khi xuất bến',
  legalProvision: 'điểm a khoản 5 Điều 28 Nghị định 168/2024/NĐ-CP',
  bracketMinIndividual: 4_000_000,
  bracketMaxIndividual: 6_000_000,
  fieldMaxIndividual: 75_000_000,
  violationState: 'ended',
  violationOn: '2026-10-20',
  violationEndedOn: '2026-10-20',
  detectedOn: '2026-10-28',
  ...extra,
});
const decision = (signerUserId: string, extra: object = {}) => ({ signerUserId, decidedOn: '2026-11-02', forms: ['fine'], fineAmount: 10_000_000, remedialMeasures: ['Buộc thực hiện kiểm tra điều kiện an toàn của xe trước khi xuất bến'], mitigating: ['Đã tự nguyện khắc phục hậu quả'], ...extra });

async function newCase(extra: object = {}) {
  const res = await head.post('/api/v1/sanctions', violation(extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; caseNo: string; status: string; limitationEnd: string; subjectId: string | null; clocks: { id: string; dueDate: string; basis: string }[] };
}
const act = (who: Client, id: string, body: object) => who.post(`/api/v1/sanctions/${id}/actions`, body);
async function recorded(extra: object = {}) {
  const c = await newCase(extra);
  const r = await act(head, c.id, { event: 'make_record', date: '2026-10-29', payload: { recordNo: '01/BB-VPHC', signedByViolator: true } });
  expect(r.statusCode, r.body).toBe(200);
  return c;
}

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thử nghiệm', provinceCode: '01' });
  other = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Khác', provinceCode: '79' });
  names.admin = (await buildUser(ctx, root, ['system_admin'])).username;
  admin = await login(ctx, names.admin);
  const h = await buildUser(ctx, agency, ['agency_head']);
  headId = h.user.id;
  names.head = h.username;
  head = await login(ctx, h.username);
  const i = await buildUser(ctx, agency, ['inspector']);
  inspectorId = i.user.id;
  names.inspector = i.username;
  inspector = await login(ctx, i.username);
  leader = await login(ctx, (await buildUser(ctx, agency, ['leader_viewer'])).username);
  clerk = await login(ctx, (await buildUser(ctx, agency, ['clerk'])).username);
  foreignHead = await login(ctx, (await buildUser(ctx, other, ['agency_head'])).username);
  // The head is Chánh Thanh tra tỉnh (Art 46(3) as amended by Luật Thanh tra 2022 Art 116(1)); inspectors are Thanh tra viên.
  expect((await head.post('/api/v1/sanction-titles', { agencyId: agency.id, userId: headId, title: 'chanh_thanh_tra_tinh', effectiveFrom: '2025-07-01', basis: 'Quyết định bổ nhiệm số 1/QĐ-UBND' })).statusCode).toBe(403);
  const t1 = await admin.post('/api/v1/sanction-titles', { agencyId: agency.id, userId: headId, title: 'chanh_thanh_tra_tinh', effectiveFrom: '2025-07-01', basis: 'Quyết định bổ nhiệm số 1/QĐ-UBND' });
  expect(t1.statusCode, t1.body).toBe(201);
  const t2 = await admin.post('/api/v1/sanction-titles', { agencyId: agency.id, role: 'inspector', title: 'thanh_tra_vien', effectiveFrom: '2025-07-01', basis: 'Thanh tra viên của Thanh tra tỉnh' });
  expect(t2.statusCode, t2.body).toBe(201);
});
afterAll(async () => ctx?.close());

describe('sanction cases', () => {
  it('records a violation: numbered, law version, limitation end with its article, linked to the managed subject by tax code', async () => {
    const c = await newCase();
    expect(c).toMatchObject({ status: 'violation_detected', caseNo: expect.stringMatching(/^2026\/XP-\d{4}$/), limitationEnd: '2027-10-20' });
    expect(c.clocks.find((k) => k.id === 'LIMITATION')!.basis).toMatch(/Điều 6/);
    expect(c.clocks.find((k) => k.id === 'RECORD')).toBeDefined();
    const audit = (await admin.get(`/api/v1/audit?entityType=sanction_case&entityId=${c.id}`)).json().items;
    expect(audit[0].action).toBe('sanction.create');
  });

  it('goes from the record to the decision, its PDF and DOCX, delivery, partial payments with the late fee, and closes', async () => {
    const c = await newCase();
    const unsigned = await act(head, c.id, { event: 'make_record', date: '2026-10-29', payload: { recordNo: '01/BB-VPHC' } });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.json().error.message).toMatch(/Điều 58/);
    expect((await act(head, c.id, { event: 'make_record', date: '2026-10-29', payload: { recordNo: '01/BB-VPHC', signedByViolator: true } })).statusCode).toBe(200);

    const signers = (await head.get(`/api/v1/sanctions/${c.id}/signers?on=2026-11-02`)).json() as { userId: string; title: string }[];
    expect(signers.map((s) => s.title).sort()).toEqual(['chanh_thanh_tra_tinh', 'thanh_tra_vien']);
    const check = (await head.post(`/api/v1/sanctions/${c.id}/decision-check`, decision(headId))).json();
    expect(check).toMatchObject({ ok: true, signerTitle: 'chanh_thanh_tra_tinh', capForSubject: 105_000_000, limitationEnd: '2027-10-20' });

    const decided = await act(head, c.id, { event: 'decide', payload: { decision: decision(headId) } });
    expect(decided.statusCode, decided.body).toBe(200);
    const d = decided.json();
    expect(d).toMatchObject({ status: 'decided', fineAmount: 10_000_000, decisionNo: expect.stringMatching(/^\d+\/QĐ-/), decision: { signerTitle: 'chanh_thanh_tra_tinh', executionLimitationEnd: '2027-11-02' } });
    expect(d.documents).toHaveLength(1);
    const pdf = await head.get(`/api/v1/sanctions/${c.id}/documents/${d.documents[0].id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await head.get(`/api/v1/sanctions/${c.id}/documents/${d.documents[0].id}/docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const signed = await postMultipart(ctx, `/api/v1/sanctions/${c.id}/documents/${d.documents[0].id}/signed`, [fileOf('qd.pdf', minimalPdf())], head);
    expect(signed.statusCode, signed.body).toBe(200);

    // Received on 03/11: 10 days → Friday 13/11/2026.
    const delivered = (await act(head, c.id, { event: 'deliver', date: '2026-11-03', payload: { receivedOn: '2026-11-03' } })).json();
    expect(delivered).toMatchObject({ status: 'delivered', paymentDue: '2026-11-13' });
    const early = await inspector.post(`/api/v1/sanctions/${c.id}/payments`, { paidOn: '2026-11-04', amount: 4_000_000, receiptNo: 'BL-0001' });
    expect(early.statusCode, early.body).toBe(201);
    expect(early.json()).toMatchObject({ status: 'delivered', balance: 6_000_000, ledger: { lateFeeOwed: 0 } });
    expect((await inspector.post(`/api/v1/sanctions/${c.id}/payments`, { paidOn: '2026-11-04', amount: 1, receiptNo: 'BL-0001' })).statusCode).toBe(409);
    expect((await inspector.post(`/api/v1/sanctions/${c.id}/payments`, { paidOn: '2026-11-04', amount: 7_000_000, receiptNo: 'BL-0009' })).statusCode).toBe(400);
    expect((await act(head, c.id, { event: 'mark_overdue' })).json().error.message).toMatch(/Điều 73/);

    await setClock('2026-11-24T02:00:00Z');
    const overdueList = (await head.get('/api/v1/sanctions?overdue=true')).json().items as { id: string }[];
    expect(overdueList.map((x) => x.id)).toContain(c.id);
    expect((await act(head, c.id, { event: 'mark_overdue' })).json()).toMatchObject({ status: 'overdue' });
    // 6,000,000 paid on 23/11: late 14/11–22/11 = 9 days → 6,000,000 × 0.05 % × 9 = 27,000 (Art 78(1)).
    const late = (await inspector.post(`/api/v1/sanctions/${c.id}/payments`, { paidOn: '2026-11-23', amount: 6_000_000, receiptNo: 'BL-0002' })).json();
    expect(late).toMatchObject({ status: 'overdue', balance: 0, ledger: { lateFeeOwed: 27_000 } });
    expect(late.payments[1]).toMatchObject({ lateDays: 9, lateFee: 27_000 });
    expect((await act(head, c.id, { event: 'record_payment' })).json().error.message).toMatch(/27\.000/);
    const paid = await inspector.post(`/api/v1/sanctions/${c.id}/payments`, { paidOn: '2026-11-24', amount: 0, lateFeeAmount: 27_000, receiptNo: 'BL-0003' });
    expect(paid.json()).toMatchObject({ status: 'complied', ledger: { lateFeeOwed: 0 } });
    const closed = (await act(head, c.id, { event: 'close' })).json();
    expect(closed.status).toBe('closed');
    expect(closed.clocks.find((k: { id: string }) => k.id === 'DEEMED').basis).toMatch(/Điều 7/);
    const actions = (await head.get(`/api/v1/sanctions/${c.id}/actions`)).json();
    expect(actions[0]).toMatchObject({ event: 'deem_never_sanctioned', blockedBy: { code: 'NOT_YET' } });
    const audit = (await admin.get(`/api/v1/audit?entityType=sanction_case&entityId=${c.id}`)).json().items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['sanction.decide', 'sanction.deliver', 'sanction.payment', 'sanction.document_signed', 'sanction.close']));
    expect((await verifyAuditChain(ctx.deps.db)).ok).toBe(true);
    await setClock('2026-11-04T02:00:00Z');
  });

  it('refuses a decision beyond the signer’s power, with the article, and the steps panel names it', async () => {
    const c = await recorded();
    const check = (await head.post(`/api/v1/sanctions/${c.id}/decision-check`, decision(inspectorId))).json();
    expect(check).toMatchObject({ ok: false, signerTitle: 'thanh_tra_vien', capForSubject: 1_000_000 });
    expect(check.refusals[0]).toMatchObject({ code: 'BEYOND_SIGNER_POWER', basis: expect.stringContaining('Điều 52') });
    const refused = await act(inspector, c.id, { event: 'decide', payload: { decision: decision(inspectorId) } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/vượt thẩm quyền.*Điều 52/s);
    // A leader holds no title: refused with Art 46.
    const noTitle = await act(head, c.id, { event: 'decide', payload: { decision: decision(crypto.randomUUID()) } });
    expect(noTitle.json().error.message).toMatch(/không giữ chức danh.*Điều 46/s);
    expect((await head.get(`/api/v1/sanctions/${c.id}`)).json().status).toBe('record_made');
    // An administrator's power version (TO VERIFY items) widens the inspector's power from its date; audited, withdrawable.
    const o = await admin.post('/api/v1/sanction-powers/overrides', { title: 'thanh_tra_vien', effectiveFrom: '2026-11-01', ratio: null, capIndividual: 20_000_000, licenceWithdrawal: false, confiscation: true, basis: 'Văn bản thử nghiệm số 9/2026, Điều 1' });
    expect(o.statusCode, o.body).toBe(201);
    expect((await head.post(`/api/v1/sanctions/${c.id}/decision-check`, decision(inspectorId))).json()).toMatchObject({ ok: true, capForSubject: 40_000_000 });
    expect((await admin.get('/api/v1/audit?entityType=sanction_power&entityId=thanh_tra_vien')).json().items[0].action).toBe('sanction_power.override');
    expect((await admin.delete(`/api/v1/sanction-powers/overrides/${o.json().id}`)).statusCode).toBe(200);
    expect((await head.post(`/api/v1/sanctions/${c.id}/decision-check`, decision(inspectorId))).json().ok).toBe(false);
  });

  it('refuses a decision past the limitation period with the article; the case ends without a decision', async () => {
    const c = await recorded({ violationOn: '2025-09-01', violationEndedOn: '2025-09-01' });
    const actions = (await head.get(`/api/v1/sanctions/${c.id}/actions`)).json() as { event: string; blockedBy: { code: string; basis: string } | null }[];
    expect(actions.find((a) => a.event === 'decide')!.blockedBy).toMatchObject({ code: 'TIME_BARRED', basis: expect.stringContaining('Điều 6') });
    const refused = await act(head, c.id, { event: 'decide', payload: { decision: decision(headId) } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/hết thời hiệu xử phạt.*Điều 6/is);
    expect((await act(head, c.id, { event: 'no_decision', payload: {} })).json().error.message).toMatch(/Điều 65/);
    expect((await act(head, c.id, { event: 'no_decision', payload: { noDecisionGround: 'time_limit_expired' } })).json().status).toBe('no_decision');
  });

  it('checks instalments (Art 79) and postponement (Art 76)', async () => {
    const c = await recorded({ violatorKind: 'individual', taxCode: undefined, violatorName: 'Trần Văn Thử', field: 'xây dựng', bracketMinIndividual: 20_000_000, bracketMaxIndividual: 40_000_000, fieldMaxIndividual: 100_000_000 });
    const d = await act(head, c.id, { event: 'decide', payload: { decision: decision(headId, { fineAmount: 30_000_000 }) } });
    expect(d.statusCode, d.body).toBe(200);
    await act(head, c.id, { event: 'deliver', date: '2026-11-03', payload: { receivedOn: '2026-11-03' } });
    const four = await act(head, c.id, { event: 'grant_instalments', payload: { instalments: [{ dueOn: '2026-12-01', amount: 12_000_000 }, { dueOn: '2027-01-01', amount: 6_000_000 }, { dueOn: '2027-02-01', amount: 6_000_000 }, { dueOn: '2027-03-01', amount: 6_000_000 }] } });
    expect(four.statusCode).toBe(400);
    expect(four.json().error.message).toMatch(/không quá 03 lần.*Điều 79/s);
    const small = await act(head, c.id, { event: 'grant_instalments', payload: { instalments: [{ dueOn: '2026-12-01', amount: 10_000_000 }, { dueOn: '2027-02-01', amount: 20_000_000 }] } });
    expect(small.json().error.message).toMatch(/40%/);
    const late = await act(head, c.id, { event: 'grant_instalments', payload: { instalments: [{ dueOn: '2026-12-01', amount: 12_000_000 }, { dueOn: '2027-06-01', amount: 18_000_000 }] } });
    expect(late.json().error.message).toMatch(/06 tháng/);
    const long = await act(head, c.id, { event: 'postpone', payload: { postponedUntil: '2027-03-01' } });
    expect(long.json().error.message).toMatch(/03 tháng.*Điều 76/s);
    const ok = await act(head, c.id, { event: 'grant_instalments', payload: { instalments: [{ dueOn: '2027-01-04', amount: 18_000_000 }, { dueOn: '2026-12-01', amount: 12_000_000 }] } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'instalments', paymentDue: '2026-12-01', decision: { instalments: [{ dueOn: '2026-12-01' }, { dueOn: '2027-01-04' }] } });
    // Unpaid list: a fine being executed with a balance.
    expect(((await leader.get('/api/v1/sanctions?unpaid=true')).json().items as { id: string }[]).map((x) => x.id)).toContain(c.id);
  });
});

describe('permissions and bad input', () => {
  it('another agency sees nothing (404), readers cannot act (403), clerks cannot list (403)', async () => {
    const c = await newCase();
    expect((await foreignHead.get(`/api/v1/sanctions/${c.id}`)).statusCode).toBe(404);
    expect((await foreignHead.get(`/api/v1/sanctions/${c.id}/actions`)).statusCode).toBe(404);
    expect((await act(foreignHead, c.id, { event: 'make_record', payload: { recordNo: '1', signedByViolator: true } })).statusCode).toBe(404);
    expect((await foreignHead.post(`/api/v1/sanctions/${c.id}/payments`, { paidOn: '2026-11-04', amount: 1, receiptNo: 'X' })).statusCode).toBe(404);
    expect(((await foreignHead.get('/api/v1/sanctions')).json().items as { id: string }[]).map((x) => x.id)).not.toContain(c.id);
    expect((await foreignHead.post('/api/v1/sanctions', violation())).statusCode).toBe(403);
    expect((await leader.get(`/api/v1/sanctions/${c.id}`)).statusCode).toBe(200);
    expect((await act(leader, c.id, { event: 'make_record', payload: { recordNo: '1', signedByViolator: true } })).statusCode).toBe(403);
    expect((await clerk.get('/api/v1/sanctions')).statusCode).toBe(403);
    expect((await inspector.post('/api/v1/sanction-powers/overrides', { title: 'thanh_tra_vien', effectiveFrom: '2026-11-01', ratio: 0.5, licenceWithdrawal: false, confiscation: true, basis: 'Văn bản thử nghiệm' })).statusCode).toBe(403);
  });

  it('answers garbage with a Vietnamese 4xx on every route, never a half-written record', async () => {
    const c = await recorded();
    const bad = async (res: Promise<{ statusCode: number; body: string }>, code = 400) => {
      const r = await res;
      expect(r.statusCode, r.body).toBe(code);
      return JSON.parse(r.body).error.message as string;
    };
    expect(await bad(head.post('/api/v1/sanctions', {}))).toBeTruthy();
    expect(await bad(head.post('/api/v1/sanctions', violation({ detectedOn: '2026-02-30' })))).toMatch(/[Nn]gày/);
    expect(await bad(head.post('/api/v1/sanctions', violation({ detectedOn: '2013-01-01', violationEndedOn: '2012-12-01', violationOn: undefined })))).toMatch(/2013/);
    expect(await bad(head.post('/api/v1/sanctions', violation({ violationEndedOn: undefined })))).toMatch(/chấm dứt/);
    expect(await bad(head.post('/api/v1/sanctions', violation({ bracketMinIndividual: 9_000_000 })))).toMatch(/khung/);
    expect(await bad(head.post('/api/v1/sanctions', violation({ detectedOn: '2027-01-01' })))).toMatch(/hôm nay/);
    expect(await bad(head.get('/api/v1/sanctions?status=khong_co'))).toBeTruthy();
    expect(await bad(head.get('/api/v1/sanctions/khong-phai-uuid'))).toBeTruthy();
    expect(await bad(act(head, c.id, { event: 'khong_co' }))).toBeTruthy();
    expect(await bad(act(head, c.id, { event: 'decide' }))).toMatch(/quyết định/);
    expect(await bad(act(head, c.id, { event: 'decide', payload: { decision: decision(headId, { forms: ['fine'], fineAmount: undefined }) } }))).toMatch(/số tiền phạt/);
    expect(await bad(act(head, c.id, { event: 'decide', payload: { decision: decision(headId, { fineAmount: 5_000_000 }) } }))).toMatch(/tối thiểu.*Điều 23/s);
    expect(await bad(act(head, c.id, { event: 'decide', payload: { decision: decision(headId, { executionDays: 5 }) } }))).toMatch(/10 ngày/);
    expect(await bad(head.post(`/api/v1/sanctions/${c.id}/decision-check`, { signerUserId: 'x' }))).toBeTruthy();
    expect(await bad(head.get(`/api/v1/sanctions/${c.id}/signers?on=hom-nay`))).toBeTruthy();
    expect(await bad(head.post(`/api/v1/sanctions/${c.id}/payments`, { paidOn: '2026-11-04', amount: -1, receiptNo: 'X' }))).toBeTruthy();
    expect(await bad(head.post(`/api/v1/sanctions/${c.id}/payments`, { paidOn: '2026-11-04', amount: 1000, receiptNo: 'X' }), 409)).toMatch(/Điều 73/);
    expect(await bad(head.get(`/api/v1/sanctions/${c.id}/documents/${c.id}/xls`))).toBeTruthy();
    expect(await bad(head.get(`/api/v1/sanctions/${c.id}/documents/${c.id}/pdf`), 404)).toBeTruthy();
    expect(await bad(head.post(`/api/v1/sanctions/${c.id}/documents/${c.id}/signed`, {}), 415)).toBeTruthy();
    expect(await bad(admin.post('/api/v1/sanction-titles', { agencyId: agency.id, title: 'thanh_tra_vien', effectiveFrom: '2026-01-01', basis: 'Thử nghiệm' }))).toMatch(/người hoặc một vai trò/);
    expect(await bad(admin.post('/api/v1/sanction-titles', { agencyId: agency.id, role: 'inspector', title: 'khong_co', effectiveFrom: '2026-01-01', basis: 'Thử nghiệm' }))).toBeTruthy();
    expect(await bad(admin.post('/api/v1/sanction-powers/overrides', { title: 'thanh_tra_vien', effectiveFrom: '2026-12-01', effectiveTo: '2026-01-01', ratio: 0.5, licenceWithdrawal: false, confiscation: true, basis: 'Văn bản thử nghiệm' }))).toMatch(/hết hiệu lực/);
    expect(await bad(admin.post('/api/v1/sanction-powers/overrides', { title: 'thanh_tra_vien', effectiveFrom: '2026-12-01', ratio: 2, licenceWithdrawal: false, confiscation: true, basis: 'Văn bản thử nghiệm' }))).toMatch(/Tỷ lệ/);
    expect(await bad(admin.delete(`/api/v1/sanction-powers/overrides/${c.id}`), 404)).toBeTruthy();
    expect(await bad(admin.delete(`/api/v1/sanction-titles/${c.id}`), 404)).toBeTruthy();
    const after = (await head.get(`/api/v1/sanctions/${c.id}`)).json();
    expect(after).toMatchObject({ status: 'record_made', decisionNo: null, documents: [] });
    expect((await head.get('/api/v1/sanction-powers')).json().shipped.length).toBeGreaterThan(5);
    expect(((await leader.get('/api/v1/sanction-titles')).json() as unknown[]).length).toBe(2);
  });
});
