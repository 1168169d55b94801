import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { fileOf, minimalPdf, postMultipart } from '../../../test/helpers/multipart';
import { verifyAuditChain } from '../../server/audit/audit';
import type { AgencyRow } from '../orgs';

let ctx: TestContext;
let dept: AgencyRow;
let head: Client;
let leader: Client;
let leaderId: string;
let member: Client;
let memberId: string;
let clerk: Client;
let inspectorateHead: Client;
let inspectorate: AgencyRow;
let foreignHead: Client;
// Wednesday 4 November 2026, 09:00 in Hà Nội.
const clock = { now: () => new Date('2026-11-04T02:00:00Z') };

const rowsOf = async (q: Promise<unknown>) => ((await q) as { rows: Record<string, unknown>[] }).rows;
const count = async (table: string) => Number((await rowsOf(ctx.deps.db.execute(sql.raw(`select count(*)::int as n from ${table}`))))[0]!.n);
const VI = /[ạảãáàâầấậẫẩăằắặẵẳêềếệễểôồốộỗổơờớợỡởưừứựữửđ]/i;

const decision = (extra: object = {}) => ({
  agencyId: dept.id,
  title: 'Kiểm tra việc chấp hành pháp luật về an toàn thực phẩm tại Công ty TNHH Bánh Kẹo Thử Nghiệm',
  bases: ['signs_of_violation_or_incident'],
  basisDetails: 'Phản ánh của người tiêu dùng ngày 20/10/2026',
  subjectName: 'Công ty TNHH Bánh Kẹo Thử Nghiệm',
  subjectTaxCode: '0109876543',
  content: 'Điều kiện bảo đảm an toàn thực phẩm trong sản xuất, kinh doanh; hồ sơ tự công bố sản phẩm.',
  decisionNo: '45/QĐ-SCT',
  decisionDate: '2026-10-28',
  signerName: 'Giám đốc Sở Công Thương',
  durationDays: 10,
  ...extra,
});

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  dept = await buildAgency(ctx, { parent: root, name: 'Sở Công Thương tỉnh Thử nghiệm', kind: 'provincial_department', provinceCode: '01' });
  inspectorate = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thử nghiệm', provinceCode: '01' });
  head = await login(ctx, (await buildUser(ctx, dept, ['agency_head'])).username);
  const l = await buildUser(ctx, dept, ['inspector']);
  leaderId = l.user.id;
  leader = await login(ctx, l.username);
  const m = await buildUser(ctx, dept, ['inspector']);
  memberId = m.user.id;
  member = await login(ctx, m.username);
  clerk = await login(ctx, (await buildUser(ctx, dept, ['clerk'])).username);
  inspectorateHead = await login(ctx, (await buildUser(ctx, inspectorate, ['agency_head'])).username);
  foreignHead = await login(ctx, (await buildUser(ctx, await buildAgency(ctx, { parent: root, kind: 'provincial_department', provinceCode: '79' }), ['agency_head'])).username);
});
afterAll(async () => ctx?.close());

type Detail = { id: string; caseNo: string; caseType: string; regime: string; status: string; statusLabel: string; announcementDue: unknown; deadlines: { clockId: string; dueDate: string; status: string; basis: string; explanation: string[] }[]; check: { tier: string; capDays: number; authorityBasis: string; bases: { basis: string }[]; extensionsUsed: number } | null; timeline: { event: string; note: string | null }[] };
const act = (c: Client, id: string, event: string, extra: object = {}) => c.post(`/api/v1/inspections/${id}/actions`, { event, ...extra });

describe('specialised check decision (NĐ 217 Art 6, 11, 13)', () => {
  it('is numbered in its own series, keeps the rule set of its date, the tier of the department and the bases with articles', async () => {
    const ins = await head.post('/api/v1/inspections', { agencyId: dept.id, title: 'Một hồ sơ thanh tra cũ để thử đánh số', origin: 'ad_hoc', subjectName: 'Công ty A', content: 'Nội dung thanh tra thử nghiệm.', decisionDate: '2026-10-20', durationDays: 30 });
    expect(ins.statusCode, ins.body).toBe(201);
    const res = await head.post('/api/v1/inspections/checks', decision());
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json() as Detail;
    expect(c).toMatchObject({ caseType: 'specialised_check', caseNo: '2026/KT-0001', regime: 'ktcn_2025', status: 'decided', statusLabel: 'Đã ban hành quyết định kiểm tra', announcementDue: null });
    expect(c.check).toMatchObject({ tier: 'C2', capDays: 10, extensionsUsed: 0 });
    expect(c.check!.authorityBasis).toMatch(/khoản 2 Điều 6/);
    expect(c.check!.bases[0]!.basis).toMatch(/điểm a khoản 2 Điều 11/);
    expect((await head.post('/api/v1/inspections/checks', decision({ title: 'Kiểm tra thứ hai về an toàn thực phẩm' }))).json().caseNo).toBe('2026/KT-0002');
    const list = await head.get('/api/v1/inspections?caseType=specialised_check');
    expect(list.json().items.map((i: { caseNo: string }) => i.caseNo).sort()).toEqual(['2026/KT-0001', '2026/KT-0002']);
    expect((await head.get('/api/v1/inspections?caseType=inspection')).json().items.map((i: { caseType: string }) => i.caseType)).toEqual(['inspection']);
  });

  it('refuses bad input with a Vietnamese 4xx and writes nothing', async () => {
    const before = [await count('inspection_cases'), await count('inspection_events')];
    for (const [body, code] of [
      [decision({ durationDays: 11 }), 'duration_over_cap'],
      [decision({ bases: [] }), 'validation_error'],
      [decision({ bases: ['whim'] }), 'validation_error'],
      [decision({ decisionDate: '2025-08-01' }), 'rule_set_not_configured'],
      [decision({ decisionDate: '2026-11-05' }), 'future_date'],
      [decision({ bases: ['thematic_check_plan'], basisDetails: undefined }), 'basis_details_required'],
      [decision({ durationDays: 'mười' }), 'validation_error'],
    ] as const) {
      const res = await head.post('/api/v1/inspections/checks', body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.message).toMatch(VI);
    }
    expect([await count('inspection_cases'), await count('inspection_events')]).toEqual(before);
  });

  it('only the head of an agency the decree lets check decides, in its own agency', async () => {
    const byInspectorate = await inspectorateHead.post('/api/v1/inspections/checks', decision({ agencyId: inspectorate.id }));
    expect(byInspectorate.statusCode).toBe(403);
    expect(byInspectorate.json().error.message).toMatch(/Điều 6/);
    expect((await foreignHead.post('/api/v1/inspections/checks', decision())).statusCode).toBe(403);
    expect((await leader.post('/api/v1/inspections/checks', decision())).statusCode).toBe(403);
    expect((await clerk.post('/api/v1/inspections/checks', decision())).statusCode).toBe(403);
  });
});

describe('lifecycle through specialisedCheckEngine with the check duration', () => {
  let id: string;
  beforeAll(async () => {
    id = ((await head.post('/api/v1/inspections/checks', decision({ title: 'Kiểm tra an toàn thực phẩm — vòng đời' }))).json() as Detail).id;
  });

  it('forms the team (no supervisor: Art 12(1)); outsiders neither see nor act', async () => {
    const bad = await head.post(`/api/v1/inspections/${id}/team`, { userId: memberId, role: 'supervisor' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_role');
    expect((await head.post(`/api/v1/inspections/${id}/team`, { userId: leaderId, role: 'leader' })).statusCode).toBe(201);
    expect((await head.post(`/api/v1/inspections/${id}/team`, { userId: memberId, role: 'member_non_inspector' })).statusCode).toBe(201);
    expect((await leader.post(`/api/v1/inspections/${id}/team`, { userId: memberId, role: 'deputy_leader' })).statusCode).toBe(403);
    expect((await foreignHead.get(`/api/v1/inspections/${id}`)).statusCode).toBe(404);
    expect((await act(foreignHead, id, 'approve_plan')).statusCode).toBe(404);
  });

  it('starts only after the execution plan (unless caught in the act), by the leader; the duration counts from the announcement', async () => {
    const actions = (await leader.get(`/api/v1/inspections/${id}/actions`)).json() as { event: string; blockedBy: { basis: string } | null }[];
    // One entry per step: the planned start and the caught-in-the-act start share the event.
    expect(actions.filter((a) => a.event === 'start_check')).toHaveLength(1);
    expect(actions.find((a) => a.event === 'start_check')!.blockedBy!.basis).toMatch(/Điều 1[45]/);
    const early = await act(leader, id, 'start_check', { date: '2026-11-02' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('plan_required');
    expect((await act(member, id, 'approve_plan')).statusCode).toBe(400);
    expect((await act(head, id, 'approve_plan', { date: '2026-10-30' })).statusCode).toBe(200);
    const started = await act(leader, id, 'start_check', { date: '2026-11-02' });
    expect(started.statusCode, started.body).toBe(200);
    const d = (started.json() as Detail).deadlines.find((x) => x.clockId === 'CHECK_DURATION')!;
    // Monday 02/11/2026 + 10 days = Thursday 12/11/2026 (Art 13(2)(b), (d)).
    expect(d).toMatchObject({ dueDate: '2026-11-12', status: 'running' });
    expect(d.basis).toMatch(/khoản 2 Điều 13/);
  });

  it('shares requests to the party (any team member, Art 8(1)) and findings', async () => {
    const req = await member.post(`/api/v1/inspections/${id}/requests`, { kind: 'documents', title: 'Hồ sơ tự công bố sản phẩm', details: 'Bản sao hồ sơ tự công bố các sản phẩm đang lưu hành.', dueDate: '2026-11-06' });
    expect(req.statusCode, req.body).toBe(201);
    expect(req.json().requests[0].basis).toMatch(/Nghị định 217\/2025/);
    const item = await member.post(`/api/v1/inspections/${id}/items`, { title: 'Điều kiện cơ sở sản xuất' });
    expect(item.statusCode, item.body).toBe(201);
    const f = await postMultipart(ctx, `/api/v1/inspections/${id}/findings`, [{ name: 'itemId', value: item.json().items[0].id }, { name: 'description', value: 'Khu vực chế biến không tách biệt với kho nguyên liệu.' }, fileOf('anh.pdf', minimalPdf())], member);
    expect(f.statusCode, f.body).toBe(201);
  });

  it('suspends only for force majeure, pushes the duration back on resuming, extends once within the cap', async () => {
    const bad = await act(head, id, 'suspend', { date: '2026-11-03', payload: { suspensionGround: 'subject_request' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/bất khả kháng/);
    expect((await act(head, id, 'suspend', { date: '2026-11-03', payload: { suspensionGround: 'force_majeure' } })).json().deadlines[0].status).toBe('paused');
    const resumed = (await act(head, id, 'resume', { date: '2026-11-04' })).json() as Detail;
    expect(resumed.deadlines[0]).toMatchObject({ dueDate: '2026-11-13', status: 'running' });
    const tooLong = await act(head, id, 'extend', { payload: { extensionDays: 6, extensionGrounds: ['complex'] } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toMatch(/không quá 5 ngày/);
    expect((await act(head, id, 'extend', { payload: { extensionDays: 5 } })).json().error.code).toBe('extension_details_required');
    const ext = (await act(head, id, 'extend', { payload: { extensionDays: 5, extensionGrounds: ['remote_area'] } })).json() as Detail;
    expect(ext.deadlines[0]!.dueDate).toBe('2026-11-18');
    expect(ext.check!.extensionsUsed).toBe(1);
    const again = await act(head, id, 'extend', { payload: { extensionDays: 1, extensionGrounds: ['complex'] } });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('extension_limit');
  });

  it('the check record needs the subject’s signature or a witnessed refusal (Art 15(3)(a)) and stops the clock', async () => {
    const noSig = await act(leader, id, 'record_check', { payload: { recordSummary: 'Đã kiểm tra hồ sơ và cơ sở.' } });
    expect(noSig.json().error.code).toBe('record_signatures');
    expect((await act(leader, id, 'record_check', { payload: { refusalWitnessed: true, recordSummary: 'Đã kiểm tra.' } })).json().error.code).toBe('witness_required');
    expect((await act(member, id, 'record_check', { payload: { recordSignedBySubject: true, recordSummary: 'Đã kiểm tra.' } })).statusCode).toBe(400);
    const rec = await act(leader, id, 'record_check', { payload: { recordSignedBySubject: true, recordSummary: 'Khu vực chế biến không tách biệt với kho nguyên liệu.', subjectOpinion: 'Thống nhất, cam kết khắc phục.' } });
    expect(rec.statusCode, rec.body).toBe(200);
    expect(rec.json()).toMatchObject({ status: 'check_recorded' });
    expect(rec.json().deadlines[0]).toMatchObject({ status: 'stopped', closedOn: '2026-11-04' });
    // Requests end with the record (Art 15(2)-(3)).
    expect((await member.post(`/api/v1/inspections/${id}/requests`, { kind: 'documents', title: 'Thêm tài liệu', details: 'Tài liệu bổ sung sau biên bản.', dueDate: '2026-11-10' })).statusCode).toBe(400);
  });

  it('recommendations go into the rectification letter, then are followed up (Art 7(2)(e), 16)', async () => {
    const r = await leader.post(`/api/v1/inspections/${id}/recommendations`, { kind: 'other', content: 'Bố trí khu chế biến tách biệt kho nguyên liệu.', addressee: 'Công ty TNHH Bánh Kẹo Thử Nghiệm', dueDate: '2026-12-04' });
    expect(r.statusCode, r.body).toBe(201);
    const rid = (await head.get(`/api/v1/inspections/${id}/followup`)).json().recommendations[0];
    expect(rid.basis).toMatch(/Nghị định 217/);
    const early = await head.post(`/api/v1/inspections/${id}/recommendations/${rid.id}/actions`, { event: 'start' });
    expect(early.statusCode).toBe(400);
    expect((await act(leader, id, 'request_rectification')).statusCode).toBe(400);
    expect((await act(head, id, 'request_rectification')).json().status).toBe('rectification_requested');
    expect((await leader.post(`/api/v1/inspections/${id}/recommendations`, { kind: 'other', content: 'Kiến nghị sau khi ban hành.', addressee: 'Công ty', dueDate: '2026-12-04' })).statusCode).toBe(400);
    expect((await act(head, id, 'start_follow_up')).json().status).toBe('follow_up');
    const closeEarly = await act(head, id, 'close');
    expect(closeEarly.statusCode).toBe(400);
    expect(closeEarly.json().error.message).toMatch(VI);
  });

  it('issues the check decision and the check record as PDF and DOCX through the document engine', async () => {
    const fresh = ((await head.post('/api/v1/inspections/checks', decision({ title: 'Kiểm tra phát hành quyết định', decisionNo: undefined, decisionDate: '2026-11-04' }))).json() as Detail).id;
    const blocked = await head.post(`/api/v1/inspections/${fresh}/documents`, { kind: 'check_decision' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.message).toMatch(/Trưởng đoàn kiểm tra/);
    await head.post(`/api/v1/inspections/${fresh}/team`, { userId: leaderId, role: 'leader' });
    const issued = await head.post(`/api/v1/inspections/${fresh}/documents`, { kind: 'check_decision' });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json()).toMatchObject({ kind: 'check_decision', label: 'Quyết định kiểm tra chuyên ngành' });
    expect(issued.json().pdfFileId).toBeTruthy();
    expect(issued.json().docxFileId).toBeTruthy();
    expect((await head.get(`/api/v1/inspections/${fresh}`)).json().decisionNo).toMatch(/^\d+\//);
    // The inspection's own kinds are not offered on a check.
    expect((await head.post(`/api/v1/inspections/${fresh}/documents`, { kind: 'decision' })).statusCode).toBe(409);
    const kinds = (await head.get(`/api/v1/inspections/${id}/documents`)).json().available.map((a: { kind: string }) => a.kind);
    expect(kinds).toEqual(['check_decision', 'information_request', 'check_record']);
    expect((await member.post(`/api/v1/inspections/${id}/documents`, { kind: 'check_record' })).statusCode).toBe(403);
    const record = await leader.post(`/api/v1/inspections/${id}/documents`, { kind: 'check_record' });
    expect(record.statusCode, record.body).toBe(201);
    const pdf = await head.get(`/api/v1/inspections/${id}/case-files/${record.json().pdfFileId}/content`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('terminates only on a ground of Art 7(2)(đ); everything is audited in a valid chain', async () => {
    const other = ((await head.post('/api/v1/inspections/checks', decision({ title: 'Kiểm tra sẽ bị đình chỉ', caughtInTheAct: true }))).json() as Detail).id;
    await head.post(`/api/v1/inspections/${other}/team`, { userId: leaderId, role: 'leader' });
    // Caught in the act: checked at once without the plan (Art 15(1) para 2).
    expect((await act(leader, other, 'start_check')).json().status).toBe('in_check');
    expect((await act(head, other, 'terminate', { payload: { terminationGround: 'overlap_resolved' } })).statusCode).toBe(400);
    const t = await act(head, other, 'terminate', { payload: { terminationGround: 'already_inspected' } });
    expect(t.json()).toMatchObject({ status: 'terminated' });
    expect(t.json().deadlines[0].status).toBe('stopped');
    const audits = await rowsOf(ctx.deps.db.execute(sql`select action from audit_log where entity_id = ${id} or entity_id = ${other} order by id`));
    const actions = audits.map((a) => a.action);
    for (const a of ['specialised_check.create', 'specialised_check.approve_plan', 'specialised_check.start_check', 'specialised_check.suspend', 'specialised_check.resume', 'specialised_check.extend', 'specialised_check.record_check', 'specialised_check.request_rectification', 'specialised_check.terminate']) expect(actions).toContain(a);
    expect((await verifyAuditChain(ctx.deps.db)).ok).toBe(true);
  });
});
