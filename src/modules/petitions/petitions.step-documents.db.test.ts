import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { hasPoppler, poppler } from '../documents/documents.test-support';
import type { Role } from '../../shared/domain/access';
import type { AgencyRow } from '../orgs';
import { petitionDocuments } from './petitions.table';

/**
 * Step documents of cases (spec §3.4, §8.4), the signer and place chosen when issuing one (ND 30/2020 Phụ lục I), and
 * the notice to the receiving agency when a letter is transferred into its inbox.
 */
let ctx: TestContext;
let source: AgencyRow;
let target: AgencyRow;
let headA: Client;
let deputyA: { id: string; fullName: string };
let receptionA: Client;
let inspectorA: { id: string };
let headB: Client;
let receptionB: Client;
let clerkB: Client;
let headBUser: { id: string };
const clock = { now: () => new Date('2026-03-02T02:00:00Z') };
const withPoppler = hasPoppler('pdftotext');

beforeAll(async () => {
  ctx = await createTestContext({ clock, env: { PUBLIC_SUBMIT_PER_HOUR: '1000' } });
  const root = await buildAgency(ctx);
  source = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Nguồn', kind: 'provincial_inspectorate', provinceCode: '01' });
  target = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Đích', kind: 'provincial_inspectorate', provinceCode: '79' });
  const as = async (a: AgencyRow, role: Role) => login(ctx, (await buildUser(ctx, a, [role])).username);
  headA = await as(source, 'agency_head');
  deputyA = (await buildUser(ctx, source, ['agency_head'])).user;
  receptionA = await as(source, 'reception_officer');
  inspectorA = (await buildUser(ctx, source, ['inspector'])).user;
  const b = await buildUser(ctx, target, ['agency_head']);
  headBUser = b.user;
  headB = await login(ctx, b.username);
  receptionB = await as(target, 'reception_officer');
  clerkB = await as(target, 'clerk');
});
afterAll(async () => ctx?.close());

const act = (who: Client, id: string, body: object) => who.post(`/api/v1/petitions/${id}/actions`, body);
const docsOf = async (who: Client, id: string) => (await who.get(`/api/v1/petitions/${id}/documents`)).json();
const notificationsOf = async (who: Client) => (await who.get('/api/v1/notifications?limit=50')).json().items as { kind: string; title: string; body: string; link: string }[];
const docCount = async () => (await ctx.deps.db.select({ n: count() }).from(petitionDocuments))[0]!.n;

async function fileDenunciation() {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/public/petitions',
    payload: {
      agencyId: source.id,
      kind: 'denunciation',
      title: 'Tố cáo cán bộ địa chính nhận tiền hợp thức hóa đất',
      content: 'Nội dung trình bày chi tiết sự việc, thời gian, địa điểm và những người có liên quan để cơ quan xem xét.',
      author: { fullName: 'Hoàng Văn Minh', address: 'Xã Sóc Sơn, Hà Nội', phone: '0987654321' },
      respondent: { name: 'Đỗ Văn Khống' },
      truthfulness: true,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const list = (await receptionA.get('/api/v1/petitions?limit=200')).json();
  const id = list.items.find((i: { registerNo: string; agencyId: string }) => i.registerNo === res.json().registerNo && i.agencyId === source.id)?.id as string;
  const classified = await act(receptionA, id, { target: 'letter', event: 'classify', payload: { classification: 'denunciation' } });
  expect(classified.statusCode, classified.body).toBe(200);
  return id;
}

async function acceptedCase() {
  const id = await fileDenunciation();
  const proposed = await act(receptionA, id, { target: 'letter', event: 'propose_acceptance', payload: { withinCompetence: true, processable: true } });
  expect(proposed.statusCode, proposed.body).toBe(200);
  const caseId = proposed.json().cases[0].id as string;
  const accepted = await act(headA, id, { target: caseId, event: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return { id, caseId };
}

async function pdfText(who: Client, letterId: string, docId: string) {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/v1/petitions/${letterId}/documents/${docId}/pdf`, headers: { cookie: who.cookie } });
  expect(res.statusCode).toBe(200);
  return poppler('pdftotext', res.rawPayload).replace(/\s+/g, ' ');
}

describe('case step documents (spec §3.4 T12, §8.4)', () => {
  it('the suspension decision of a denunciation is offered at its step and never names the denouncer', async () => {
    const { id, caseId } = await acceptedCase();
    expect((await docsOf(headA, id)).available.map((a: { kind: string }) => a.kind)).not.toContain('denunciation_suspension_decision');
    const suspended = await act(headA, id, { target: caseId, event: 'suspend', payload: { reasonText: 'Chờ kết quả giám định của cơ quan chuyên môn' } });
    expect(suspended.statusCode, suspended.body).toBe(200);
    const list = await docsOf(headA, id);
    expect(list.available).toContainEqual(expect.objectContaining({ kind: 'denunciation_suspension_decision', caseId }));
    const made = await headA.post(`/api/v1/petitions/${id}/documents`, { kind: 'denunciation_suspension_decision', caseId });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ audience: 'accused', namesFiler: false, number: expect.stringMatching(/^Số: \d+\/QĐ-/) });
    if (withPoppler) {
      const text = await pdfText(headA, id, made.json().id);
      expect(text).toContain('Về việc tạm đình chỉ việc giải quyết tố cáo');
      expect(text).toContain('Đỗ Văn Khống');
      expect(text).toContain('khoản 1 Điều 34');
      expect(text).not.toContain('Hoàng Văn Minh');
    }
  });
});

describe('signer and place chosen when issuing (ND 30/2020 Phụ lục I)', () => {
  it('lists the heads as signers with the province as the default place; a deputy signs KT. for the head at the chosen place', async () => {
    const { id, caseId } = await acceptedCase();
    const list = await docsOf(headA, id);
    expect(list.signing).toMatchObject({ headTitle: 'Chánh Thanh tra', defaultPlace: expect.any(String) });
    expect(list.signing.signers.map((s: { userId: string }) => s.userId)).toContain(deputyA.id);
    expect(list.signing.signers.map((s: { userId: string }) => s.userId)).not.toContain(inspectorA.id);
    const made = await headA.post(`/api/v1/petitions/${id}/documents`, { kind: 'denunciation_acceptance_decision', caseId, signerUserId: deputyA.id, signAs: 'deputy', place: 'Sóc Sơn' });
    expect(made.statusCode, made.body).toBe(201);
    if (withPoppler) {
      const text = await pdfText(headA, id, made.json().id);
      expect(text).toContain('KT. CHÁNH THANH TRA');
      expect(text).toContain('PHÓ CHÁNH THANH TRA');
      expect(text).toContain(deputyA.fullName);
      expect(text).toContain('Sóc Sơn, ngày 02 tháng 3 năm 2026');
    }
  });

  it('refuses a signer who is not a head of the agency, a head of another agency and a bad place name, writing nothing', async () => {
    const { id, caseId } = await acceptedCase();
    const before = await docCount();
    const base = { kind: 'denunciation_acceptance_decision', caseId };
    const notHead = await headA.post(`/api/v1/petitions/${id}/documents`, { ...base, signerUserId: inspectorA.id });
    expect(notHead.statusCode).toBe(400);
    expect(notHead.json().error).toMatchObject({ code: 'invalid_signer', message: expect.stringMatching(/lãnh đạo/) });
    expect((await headA.post(`/api/v1/petitions/${id}/documents`, { ...base, signerUserId: headBUser.id })).json().error.code).toBe('invalid_signer');
    const badPlace = await headA.post(`/api/v1/petitions/${id}/documents`, { ...base, place: '<script>alert(1)</script>' });
    expect(badPlace.statusCode).toBe(400);
    expect(badPlace.json().error.code).toBe('invalid_place');
    expect((await headA.post(`/api/v1/petitions/${id}/documents`, { ...base, signAs: 'boss' })).statusCode).toBe(400);
    expect((await headA.post(`/api/v1/petitions/${id}/documents`, { ...base, signerUserId: 'x' })).statusCode).toBe(400);
    expect(await docCount()).toBe(before);
  });
});

describe('a letter transferred into a platform agency is announced there', () => {
  it("notifies the target's heads and reception officers (in-app, e-mail queued when configured), without the sender's name", async () => {
    const id = await fileDenunciation();
    const res = await act(headA, id, { target: 'letter', event: 'transfer', routeTo: { agencyId: target.id } });
    expect(res.statusCode, res.body).toBe(200);
    for (const who of [headB, receptionB]) {
      const mine = (await notificationsOf(who)).filter((n) => n.kind === 'petition.transferred_in');
      expect(mine).toHaveLength(1);
      expect(mine[0]!.title).toBe('Đơn chuyển đến từ Thanh tra tỉnh Nguồn');
      expect(mine[0]!.body).toMatch(/vào sổ số \d{4}\/\d{6} ngày 02\/03\/2026/);
      expect(mine[0]!.link).toMatch(/^\/petitions\/[0-9a-f-]{36}$/);
      expect(JSON.stringify(mine[0])).not.toContain('Hoàng Văn Minh');
      // The link opens the new letter for them.
      expect((await who.get(`/api/v1${mine[0]!.link}`)).statusCode).toBe(200);
    }
    // A clerk of the target and the source's own officers are not told.
    expect((await notificationsOf(clerkB)).filter((n) => n.kind === 'petition.transferred_in')).toEqual([]);
    expect((await notificationsOf(headA)).filter((n) => n.kind === 'petition.transferred_in')).toEqual([]);
  });
});
