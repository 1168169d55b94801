import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { fileOf, multipart } from '../../../test/helpers/multipart';
import { hasPoppler, poppler } from '../documents/documents.test-support';
import { files } from '../files';
import type { Role } from '../../shared/domain/access';
import type { AgencyRow } from '../orgs';
import { petitionDocuments, petitionLetters } from './petitions.table';

/**
 * Routing of letters (spec §1.6, §3.0 L7–L9) and the documents of each step (§8.4): transfer inside the platform
 * (the letter lands in the target's inbox, trail both ways), outside it (transfer slip), guidance, return, and the
 * signed original uploaded back.
 */
let ctx: TestContext;
let source: AgencyRow;
let target: AgencyRow;
let headA: Client;
let receptionA: Client;
let clerkA: Client;
let inspectorA: Client;
let headB: Client;
let receptionB: Client;
let clerkB: Client;
// Monday 2 March 2026, 09:00 in Hà Nội.
const clock = { now: () => new Date('2026-03-02T02:00:00Z') };

beforeAll(async () => {
  ctx = await createTestContext({ clock, env: { PUBLIC_SUBMIT_PER_HOUR: '1000', MAX_UPLOAD_MB: '0.05' } });
  const root = await buildAgency(ctx);
  source = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Nguồn', kind: 'provincial_inspectorate', provinceCode: '01' });
  target = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Đích', kind: 'provincial_inspectorate', provinceCode: '79' });
  const as = async (a: AgencyRow, role: Role) => login(ctx, (await buildUser(ctx, a, [role])).username);
  headA = await as(source, 'agency_head');
  receptionA = await as(source, 'reception_officer');
  clerkA = await as(source, 'clerk');
  inspectorA = await as(source, 'inspector');
  headB = await as(target, 'agency_head');
  receptionB = await as(target, 'reception_officer');
  clerkB = await as(target, 'clerk');
});
afterAll(async () => ctx?.close());

const act = (who: Client, id: string, body: object) => who.post(`/api/v1/petitions/${id}/actions`, body);
const detail = async (who: Client, id: string) => (await who.get(`/api/v1/petitions/${id}`)).json();
const docs = async (who: Client, id: string) => (await who.get(`/api/v1/petitions/${id}/documents`)).json();
const auditOf = async (who: Client, id: string) => (await who.get(`/api/v1/audit?entityType=petition&entityId=${id}`)).json().items.map((a: { action: string }) => a.action) as string[];

async function fileOnline(kind: 'denunciation' | 'petition' | 'complaint', agencyId = source.id) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/public/petitions',
    payload: {
      agencyId,
      kind,
      title: kind === 'denunciation' ? 'Tố cáo cán bộ địa chính nhận tiền hợp thức hóa đất' : 'Kiến nghị sửa chữa đường liên xã bị sạt lở',
      content: 'Nội dung trình bày chi tiết sự việc, thời gian, địa điểm và những người có liên quan để cơ quan xem xét.',
      author: { fullName: 'Hoàng Văn Minh', address: 'Xã Sóc Sơn, Hà Nội', phone: '0987654321' },
      respondent: { name: 'Đỗ Văn Khống' },
      truthfulness: true,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const receipt = res.json();
  const list = (await receptionA.get('/api/v1/petitions?limit=200')).json();
  const id = list.items.find((i: { registerNo: string; agencyId: string }) => i.registerNo === receipt.registerNo && i.agencyId === agencyId)?.id as string;
  return { ...receipt, id };
}

async function classify(id: string, classification: string, who = receptionA) {
  const res = await act(who, id, { target: 'letter', event: 'classify', payload: { classification } });
  expect(res.statusCode, res.body).toBe(200);
}

async function download(who: Client, letterId: string, docId: string, format: string) {
  return ctx.app.inject({ method: 'GET', url: `/api/v1/petitions/${letterId}/documents/${docId}/${format}`, headers: { cookie: who.cookie } });
}

function uploadSigned(who: Client, letterId: string, docId: string, name: string, content: Buffer) {
  const { body, contentType } = multipart([fileOf(name, content)]);
  return ctx.app.inject({ method: 'POST', url: `/api/v1/petitions/${letterId}/documents/${docId}/signed`, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': contentType }, payload: body });
}

async function fileCount() {
  const [row] = await ctx.deps.db.select({ n: count() }).from(files);
  return row?.n ?? 0;
}

describe('transfer to an agency in the platform (LTC 2018 Art 24(2); TT 05/2021 Art 14)', () => {
  it('lands in the target inbox with the trail both ways; identity travels sealed; documents issued; sender sees it', async () => {
    const letter = await fileOnline('denunciation');
    await classify(letter.id, 'denunciation');
    const res = await act(headA, letter.id, { target: 'letter', event: 'transfer', routeTo: { agencyId: target.id }, note: 'Ghi chú nội bộ không được công khai' });
    expect(res.statusCode, res.body).toBe(200);
    const src = res.json();
    expect(src.state).toBe('transferred_out');
    // The source sees where it went; the target's letter is outside its scope: no link, no number.
    expect(src.routing).toEqual([expect.objectContaining({ kind: 'transfer', direction: 'out', agencyName: 'Thanh tra tỉnh Đích', inPlatform: true, letterId: null, registerNo: null })]);
    expect(src.events.map((e: { event: string }) => e.event)).toEqual(['receive', 'register', 'classify', 'transfer', 'document_generate', 'document_generate']);
    // The receipt clocks stop with the transfer (TC_INITIAL, TC_TRANSFER met).
    expect(src.deadlines.find((d: { clockId: string }) => d.clockId === 'TC_INITIAL').status).toBe('met');

    // Documents: the transfer slip (never naming the denouncer: SEC-4) and the notice to the denouncer (Art 24(2)).
    const { items } = await docs(headA, letter.id);
    expect(items.map((d: { kind: string }) => d.kind)).toEqual(['transfer_slip', 'denunciation_transfer_notice']);
    expect(items[0]).toMatchObject({ number: expect.stringMatching(/^Số: 01\/PC-/), namesFiler: false, status: 'draft', recipient: 'Thanh tra tỉnh Đích' });
    expect(items[1]).toMatchObject({ number: expect.stringMatching(/^Số: 02\/TB-/), namesFiler: true, issuedOn: '2026-03-02' });
    expect(await auditOf(headA, letter.id)).toEqual(expect.arrayContaining(['petition.transfer', 'petition.document_generate', 'petition.identity_reveal']));

    // The target's inbox: a new letter, channel "transferred", with the source's register number.
    const inbox = (await receptionB.get('/api/v1/petitions')).json();
    const arrived = inbox.items.find((i: { title: string; channel: string }) => i.channel === 'transferred' && i.title === 'Tố cáo cán bộ địa chính nhận tiền hợp thức hóa đất');
    expect(arrived).toMatchObject({ agencyId: target.id, state: 'registered', identityProtected: true, author: expect.stringMatching(/^Người tố cáo \(đơn /) });
    const got = await detail(receptionB, arrived.id);
    expect(got.transferredFrom).toBe('Thanh tra tỉnh Nguồn');
    expect(got.routing).toEqual([expect.objectContaining({ kind: 'transfer', direction: 'in', agencyName: 'Thanh tra tỉnh Nguồn', registerNo: letter.registerNo })]);
    expect(got.events[0].note).toContain(letter.registerNo);
    expect(got.deadlines.map((d: { clockId: string }) => d.clockId)).toContain('TC_INITIAL');
    expect(await auditOf(headB, arrived.id)).toEqual(['petition.receive_transfer']);

    // The target's head may reveal the identity (same rules); its reception officer and the source's people may not see it.
    expect(got.identities).toBeNull();
    expect((await receptionB.post(`/api/v1/petitions/${arrived.id}/identity/reveal`, { purpose: 'Kiểm tra điều kiện thụ lý tố cáo' })).statusCode).toBe(403);
    const revealed = await headB.post(`/api/v1/petitions/${arrived.id}/identity/reveal`, { purpose: 'Kiểm tra điều kiện thụ lý tố cáo' });
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json().identities[0].fullName).toBe('Hoàng Văn Minh');
    expect((await headA.get(`/api/v1/petitions/${arrived.id}`)).statusCode).toBe(404);
    await classify(arrived.id, 'denunciation', receptionB);
    expect((await headA.get(`/api/v1/petitions/${arrived.id}`)).statusCode).toBe(404);
    expect((await docs(headA, arrived.id)).error).toBeDefined();

    // The sender's tracking page: transferred to the target, never the officer's note.
    const track = (await ctx.app.inject({ method: 'GET', url: `/api/v1/public/petitions/${letter.trackingCode}`, headers: { 'x-tracking-secret': letter.secret } })).json();
    expect(track).toMatchObject({ status: 'transferred', statusLabel: 'Đã chuyển đơn đến Thanh tra tỉnh Đích' });
    expect(track.events.map((e: { label: string }) => e.label)).toContain('Đã chuyển đơn đến Thanh tra tỉnh Đích');
    expect(JSON.stringify(track)).not.toContain('Ghi chú nội bộ');

    // A second transfer of the same letter is refused by the lifecycle (the letter is closed).
    expect((await act(headA, letter.id, { target: 'letter', event: 'transfer', routeTo: { agencyId: target.id } })).statusCode).toBe(409);
  });

  it('refuses a transfer without a target, to itself or to an unknown agency, writing nothing', async () => {
    const letter = await fileOnline('denunciation');
    await classify(letter.id, 'denunciation');
    const before = await fileCount();
    const none = await act(headA, letter.id, { target: 'letter', event: 'transfer' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toMatch(/khoản 2 Điều 24/);
    expect((await act(headA, letter.id, { target: 'letter', event: 'transfer', routeTo: { agencyId: source.id } })).statusCode).toBe(400);
    expect((await act(headA, letter.id, { target: 'letter', event: 'transfer', routeTo: { agencyId: '00000000-0000-4000-8000-000000000000' } })).statusCode).toBe(400);
    // Only the head transfers (spec L8: head_of_body).
    expect((await act(receptionA, letter.id, { target: 'letter', event: 'transfer', routeTo: { name: 'UBND xã Thủy' } })).statusCode).toBe(409);
    const after = await detail(headA, letter.id);
    expect(after.state).toBe('classified');
    expect(after.routing).toEqual([]);
    expect((await docs(headA, letter.id)).items).toEqual([]);
    expect(await fileCount()).toBe(before);
  });
});

describe('transfer outside the platform, guidance and return (spec §1.6)', () => {
  it('outside: the transfer slip is generated (PDF with Vietnamese text, DOCX) and the letter is closed as transferred', async () => {
    const letter = await fileOnline('petition');
    await classify(letter.id, 'petition');
    const res = await act(headA, letter.id, { target: 'letter', event: 'transfer', routeTo: { name: 'Ủy ban nhân dân xã Thủy Nguyên', address: 'xã Thủy Nguyên, Hải Phòng' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'transferred_out', routing: [expect.objectContaining({ inPlatform: false, agencyName: 'Ủy ban nhân dân xã Thủy Nguyên' })] });
    const { items, available } = await docs(headA, letter.id);
    expect(items.map((d: { kind: string }) => d.kind)).toEqual(['transfer_slip']);
    // No notice to a denouncer for a petition (LTC 2018 Art 24(2) concerns denunciations).
    expect(available.map((a: { kind: string }) => a.kind)).toEqual(['transfer_slip']);
    const pdf = await download(receptionA, letter.id, items[0].id, 'pdf');
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    if (hasPoppler('pdftotext')) {
      const text = poppler('pdftotext', pdf.rawPayload, ['-layout']);
      for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'PHIẾU CHUYỂN ĐƠN', 'THANH TRA TỈNH NGUỒN', 'Ủy ban nhân dân xã Thủy Nguyên', 'ngày 02 tháng 3 năm 2026', 'Luật Tiếp công dân'])
        expect(text).toContain(s);
    }
    const docx = await download(receptionA, letter.id, items[0].id, 'docx');
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await download(receptionA, letter.id, items[0].id, 'signed')).statusCode).toBe(404);
  });

  it('guidance (L7): the guidance letter to the sender names the competent body', async () => {
    const letter = await fileOnline('petition');
    await classify(letter.id, 'petition');
    const res = await act(headA, letter.id, { target: 'letter', event: 'guide', routeTo: { name: 'Sở Xây dựng tỉnh Nguồn' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('guided');
    const { items } = await docs(headA, letter.id);
    expect(items).toEqual([expect.objectContaining({ kind: 'guidance_letter', namesFiler: true, recipient: 'Người gửi đơn' })]);
    const track = (await ctx.app.inject({ method: 'GET', url: `/api/v1/public/petitions/${letter.trackingCode}`, headers: { 'x-tracking-secret': letter.secret } })).json();
    expect(track.events.map((e: { label: string }) => e.label)).toContain('Đã hướng dẫn người gửi đơn đến Sở Xây dựng tỉnh Nguồn');
  });

  it('return (L9) to a forwarding body outside the platform: the return letter; to a platform agency: back in its inbox', async () => {
    const registered = await clerkA.post('/api/v1/petitions', {
      agencyId: source.id,
      kind: 'complaint',
      channel: 'transferred',
      transferredFrom: 'Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội',
      receivedOn: '2026-02-27',
      title: 'Khiếu nại bản án dân sự phúc thẩm',
      content: 'Tôi khiếu nại bản án dân sự phúc thẩm về tranh chấp quyền sử dụng đất vì không khách quan.',
      author: { fullName: 'Trần Quốc Việt', address: 'Xã Krông Búk, Đắk Lắk' },
      respondent: { name: 'Tòa án nhân dân tỉnh' },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const id = registered.json().id;
    await classify(id, 'complaint');
    const returned = await act(headA, id, { target: 'letter', event: 'return_to_transferor', payload: { reasonText: 'khiếu nại bản án được giải quyết theo thủ tục tố tụng' } });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().state).toBe('returned_to_transferor');
    const { items } = await docs(headA, id);
    expect(items).toEqual([expect.objectContaining({ kind: 'return_letter', recipient: 'Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội' })]);

    // A complaint transferred from A to B, returned by B: it lands back in A's inbox.
    const complaint = await fileOnline('complaint');
    await classify(complaint.id, 'complaint');
    expect((await act(headA, complaint.id, { target: 'letter', event: 'transfer', routeTo: { agencyId: target.id } })).statusCode).toBe(200);
    const atB = (await receptionB.get('/api/v1/petitions?state=registered')).json().items.find((i: { channel: string; claimedKind: string }) => i.channel === 'transferred' && i.claimedKind === 'complaint');
    await classify(atB.id, 'complaint', receptionB);
    const back = await act(headB, atB.id, { target: 'letter', event: 'return_to_transferor' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().routing.map((r: { direction: string; kind: string }) => `${r.direction}:${r.kind}`)).toEqual(['in:transfer', 'out:return']);
    const inboxA = (await receptionA.get('/api/v1/petitions?state=registered')).json().items;
    const landed = inboxA.find((i: { channel: string; title: string }) => i.channel === 'transferred' && i.title === atB.title);
    expect(landed).toBeDefined();
    expect((await detail(receptionA, landed.id)).routing).toEqual([expect.objectContaining({ kind: 'return', direction: 'in', agencyName: 'Thanh tra tỉnh Đích' })]);
  });
});

describe('step documents: generate and upload the signed original', () => {
  it('generates a document a step named, refuses one no step named, and counts numbers per agency and year', async () => {
    const letter = await fileOnline('denunciation');
    await classify(letter.id, 'denunciation');
    const proposed = await act(receptionA, letter.id, { target: 'letter', event: 'propose_acceptance', payload: { withinCompetence: true, processable: true } });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const listed = await docs(receptionA, letter.id);
    expect(listed.available).toEqual([expect.objectContaining({ kind: 'acceptance_proposal', caseId: null })]);
    const made = await receptionA.post(`/api/v1/petitions/${letter.id}/documents`, { kind: 'acceptance_proposal' });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ kind: 'acceptance_proposal', status: 'draft', number: expect.stringMatching(/^Số: \d{2}\/PĐX-/) });
    expect((await receptionA.post(`/api/v1/petitions/${letter.id}/documents`, { kind: 'return_letter' })).statusCode).toBe(409);
    expect((await receptionA.post(`/api/v1/petitions/${letter.id}/documents`, { kind: 'Bad Kind!' })).statusCode).toBe(400);
    expect((await headB.post(`/api/v1/petitions/${letter.id}/documents`, { kind: 'acceptance_proposal' })).statusCode).toBe(404);
    // One series per agency and year (ND 30/2020 Art 15(1)): numbers never repeat.
    const rows = await ctx.deps.db.select({ seq: petitionDocuments.seq }).from(petitionDocuments).where(eq(petitionDocuments.agencyId, source.id));
    expect(new Set(rows.map((r) => r.seq)).size).toBe(rows.length);
  });

  it('the signed PDF becomes the record; fake type, oversize, wrong state, other agency and other roles are refused', async () => {
    const letter = await fileOnline('petition');
    await classify(letter.id, 'petition');
    await act(headA, letter.id, { target: 'letter', event: 'transfer', routeTo: { name: 'UBND xã Vân Hòa' } });
    const [slip] = (await docs(headA, letter.id)).items;
    const pdf = (await download(headA, letter.id, slip.id, 'pdf')).rawPayload;
    const eventsBefore = (await detail(headA, letter.id)).events.length;
    const filesBefore = await fileCount();

    const fake = await uploadSigned(clerkA, letter.id, slip.id, 'ban-ky.pdf', Buffer.from('Đây không phải là tệp PDF mà là văn bản thường.'));
    expect(fake.statusCode).toBe(415);
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64)]);
    const image = await uploadSigned(clerkA, letter.id, slip.id, 'ban-ky.png', png);
    expect([400, 415]).toContain(image.statusCode);
    const big = await uploadSigned(clerkA, letter.id, slip.id, 'ban-ky.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200 * 1024, 0x20)]));
    expect(big.statusCode).toBe(413);
    expect((await uploadSigned(clerkB, letter.id, slip.id, 'ban-ky.pdf', pdf)).statusCode).toBe(404);
    expect((await uploadSigned(inspectorA, letter.id, slip.id, 'ban-ky.pdf', pdf)).statusCode).toBe(403);
    expect((await uploadSigned(clerkA, letter.id, '00000000-0000-4000-8000-000000000000', 'ban-ky.pdf', pdf)).statusCode).toBe(404);
    // Nothing half-written: still a draft, no new file, no new timeline entry.
    expect((await docs(headA, letter.id)).items[0].status).toBe('draft');
    expect(await fileCount()).toBe(filesBefore);
    expect((await detail(headA, letter.id)).events.length).toBe(eventsBefore);

    const ok = await uploadSigned(clerkA, letter.id, slip.id, 'ban-ky.pdf', pdf);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'signed', signedAt: expect.any(String) });
    const signed = await download(headA, letter.id, slip.id, 'signed');
    expect(signed.statusCode).toBe(200);
    expect(signed.rawPayload.equals(pdf)).toBe(true);
    expect((await uploadSigned(clerkA, letter.id, slip.id, 'ban-ky.pdf', pdf)).statusCode).toBe(409);
    const after = await detail(headA, letter.id);
    expect(after.events.at(-1)).toMatchObject({ event: 'document_signed' });
    expect(await auditOf(headA, letter.id)).toContain('petition.document_signed');
    const [stored] = await ctx.deps.db.select({ state: petitionLetters.state }).from(petitionLetters).where(eq(petitionLetters.id, letter.id));
    expect(stored?.state).toBe('transferred_out');
  });

  it('a document naming a protected denouncer is kept confidential: only the head may open it', async () => {
    const letter = await fileOnline('denunciation');
    await classify(letter.id, 'denunciation');
    await act(headA, letter.id, { target: 'letter', event: 'transfer', routeTo: { name: 'UBND xã Vân Hòa' } });
    const notice = (await docs(headA, letter.id)).items.find((d: { kind: string }) => d.kind === 'denunciation_transfer_notice');
    expect((await download(receptionA, letter.id, notice.id, 'pdf')).statusCode).toBe(403);
    const byHead = await download(headA, letter.id, notice.id, 'pdf');
    expect(byHead.statusCode).toBe(200);
    if (hasPoppler('pdftotext')) {
      const text = poppler('pdftotext', byHead.rawPayload);
      expect(text).toContain('Hoàng Văn Minh');
      expect(text).toContain('THÔNG BÁO');
      expect(text).toContain('khoản 2 Điều 24 của Luật Tố cáo');
    }
    // The transfer slip never prints the denouncer (SEC-4).
    const slip = (await docs(headA, letter.id)).items.find((d: { kind: string }) => d.kind === 'transfer_slip');
    if (hasPoppler('pdftotext')) expect(poppler('pdftotext', (await download(headA, letter.id, slip.id, 'pdf')).rawPayload)).not.toContain('Hoàng Văn Minh');
  });
});
