import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import type { AgencyRow } from '../orgs';

/** Rows of a raw query, on either driver. */
const rowsOf = async (q: Promise<unknown>) => ((await q) as { rows: Record<string, unknown>[] }).rows;
import { solveChallenge } from './anti-bot';
import { recordAudit, verifyAuditChain } from '../../server/audit/audit';

let ctx: TestContext;
let agency: AgencyRow;
let other: AgencyRow;
let head: Client;
let reception: Client;
let clerk: Client;
let inspector: Client;
let foreignInspector: Client;

const DENOUNCER = { fullName: 'Lê Thị Tố Giác', idNumber: '001190012345', address: 'Số 5 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội', phone: '0912345678' };
const denunciation = (extra: object = {}) => ({
  agencyId: agency.id,
  kind: 'denunciation',
  title: 'Tố cáo cán bộ địa chính nhận tiền',
  content: 'Tôi tố cáo ông Trần Văn Bị, cán bộ địa chính xã, đã nhận tiền để cấp giấy chứng nhận quyền sử dụng đất sai quy định.',
  author: DENOUNCER,
  respondent: { name: 'Trần Văn Bị', address: 'UBND xã' },
  provinceCode: '01',
  truthfulness: true,
  ...extra,
});
const submit = (c: TestContext, body: object) => c.app.inject({ method: 'POST', url: '/api/v1/public/petitions', payload: body });
const track = (c: TestContext, code: string, secret?: string) => c.app.inject({ method: 'GET', url: `/api/v1/public/petitions/${code}`, headers: secret ? { 'x-tracking-secret': secret } : {} });

beforeAll(async () => {
  ctx = await createTestContext({ env: { PUBLIC_SUBMIT_PER_HOUR: '1000' } });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thử nghiệm', provinceCode: '01' });
  other = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Khác' });
  head = await login(ctx, (await buildUser(ctx, agency, ['agency_head'])).username);
  reception = await login(ctx, (await buildUser(ctx, agency, ['reception_officer'])).username);
  clerk = await login(ctx, (await buildUser(ctx, agency, ['clerk'])).username);
  inspector = await login(ctx, (await buildUser(ctx, agency, ['inspector'])).username);
  foreignInspector = await login(ctx, (await buildUser(ctx, other, ['inspector'])).username);
});
afterAll(async () => ctx?.close());

describe('online portal', () => {
  it('files a denunciation without an account and tracks it with the secret; deadlines carry their article', async () => {
    const res = await submit(ctx, denunciation());
    expect(res.statusCode, res.body).toBe(201);
    const receipt = res.json();
    expect(receipt.trackingCode).toMatch(/^TT-[2-9A-Z]{10}$/);
    expect(receipt.secret.length).toBeGreaterThan(20);
    const status = await track(ctx, receipt.trackingCode, receipt.secret);
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ status: 'received', statusLabel: 'Đã tiếp nhận', kind: 'denunciation', agencyName: 'Thanh tra tỉnh Thử nghiệm' });
    expect(status.json().deadlines[0].basis).toMatch(/Luật Tố cáo.*Điều 24/);
    expect(status.body).not.toContain('Tố Giác');
  });

  it('answers 404 alike for a wrong secret, a missing secret and an unknown code', async () => {
    const receipt = (await submit(ctx, denunciation())).json();
    const wrong = await track(ctx, receipt.trackingCode, 'sai-mat-ma');
    const missing = await track(ctx, receipt.trackingCode);
    const unknown = await track(ctx, 'TT-AAAAAAAAAA', receipt.secret);
    for (const r of [wrong, missing, unknown]) expect(r.statusCode).toBe(404);
    expect(wrong.body).toBe(unknown.body);
    expect(missing.body).toBe(unknown.body);
  });

  it('refuses what the law refuses, with the article, and writes nothing', async () => {
    const [before] = (await rowsOf(ctx.deps.db.execute(sql`select count(*)::int as n from petition_letters`))) as { n: number }[];
    const cases: [object, RegExp][] = [
      [denunciation({ kind: 'complaint', anonymous: true, author: undefined }), /Luật Khiếu nại 2011, Điều 8/],
      [denunciation({ author: { ...DENOUNCER, phone: undefined } }), /Luật Tố cáo 2018, Điều 23/],
      [denunciation({ respondent: undefined }), /bị tố cáo/],
      [denunciation({ truthfulness: false }), /trung thực/],
      [denunciation({ agencyId: '00000000-0000-4000-8000-000000000000' }), /Cơ quan nhận đơn/],
      [denunciation({ communeCode: '99999' }), /Mã xã/],
      [denunciation({ title: '' }), /[Tt]iêu đề/],
      [denunciation({ author: { ...DENOUNCER, idNumber: '12' } }), /CCCD/],
    ];
    for (const [body, message] of cases) {
      const res = await submit(ctx, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toMatch(message);
    }
    const [after] = (await rowsOf(ctx.deps.db.execute(sql`select count(*)::int as n from petition_letters`))) as { n: number }[];
    expect(after!.n).toBe(before!.n);
  });

  it('accepts an anonymous denunciation as information without a denouncer (LTC Art 25): no initial-processing clock', async () => {
    const res = await submit(ctx, denunciation({ anonymous: true, author: undefined }));
    expect(res.statusCode, res.body).toBe(201);
    expect((await track(ctx, res.json().trackingCode, res.json().secret)).json().deadlines).toEqual([]);
  });

  it('the same submission sent twice is registered once; the re-send gets the receipt with a new secret', async () => {
    const key = 'k'.repeat(20) + Date.now();
    const first = await submit(ctx, denunciation({ submissionKey: key }));
    expect(first.statusCode).toBe(201);
    const again = await submit(ctx, denunciation({ submissionKey: key }));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ trackingCode: first.json().trackingCode, registerNo: first.json().registerNo });
    expect((await track(ctx, first.json().trackingCode, first.json().secret)).statusCode).toBe(404);
    expect((await track(ctx, first.json().trackingCode, again.json().secret)).statusCode).toBe(200);
  });
});

describe('protection of the denouncer (LTC 2018 Arts 8(3), 47, 56)', () => {
  it('stores the identity encrypted, and shows it only to the resolver on an audited reveal', async () => {
    const receipt = (await submit(ctx, denunciation())).json();
    const list = (await reception.get('/api/v1/petitions?kind=denunciation')).json();
    const item = list.items.find((i: { registerNo: string }) => i.registerNo === receipt.registerNo);
    expect(item.author).toMatch(/^Người tố cáo/);
    expect(JSON.stringify(list)).not.toContain('Tố Giác');

    // At rest: neither the letter row nor the vault row holds the name or ID number in clear.
    const rows = await rowsOf(ctx.deps.db.execute(sql`select l.*, i.sealed from petition_letters l join petition_identities i on i.letter_id = l.id where l.id = ${item.id}`));
    expect(JSON.stringify(rows)).not.toMatch(/Tố Giác|001190012345|0912345678/);

    for (const who of [clerk, inspector, reception]) {
      const detail = (await who.get(`/api/v1/petitions/${item.id}`)).json();
      expect(detail.identities).toBeNull();
      expect(detail.canRevealIdentity).toBe(false);
      expect(JSON.stringify(detail)).not.toContain('Tố Giác');
    }
    expect((await clerk.post(`/api/v1/petitions/${item.id}/identity/reveal`, { purpose: 'Kiểm tra điều kiện thụ lý' })).statusCode).toBe(403);
    expect((await reception.post(`/api/v1/petitions/${item.id}/identity/reveal`, { purpose: 'Kiểm tra điều kiện thụ lý' })).statusCode).toBe(403);
    expect((await foreignInspector.get(`/api/v1/petitions/${item.id}`)).statusCode).toBe(404);
    expect((await foreignInspector.get('/api/v1/petitions')).json().items).toEqual([]);

    expect((await head.get(`/api/v1/petitions/${item.id}`)).json().canRevealIdentity).toBe(true);
    expect((await head.post(`/api/v1/petitions/${item.id}/identity/reveal`, { purpose: 'ngắn' })).statusCode).toBe(400);
    const revealed = await head.post(`/api/v1/petitions/${item.id}/identity/reveal`, { purpose: 'Kiểm tra danh tính và điều kiện thụ lý (LTC Điều 24)' });
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json().identities[0]).toMatchObject({ role: 'author', fullName: DENOUNCER.fullName, idNumber: DENOUNCER.idNumber });
    const audit = (await head.get(`/api/v1/audit?entityType=petition&entityId=${item.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['petition.identity_reveal', 'petition.register']);
    expect(JSON.stringify(audit)).not.toContain('Tố Giác');
  });

  it('the reception officer who received a denunciation in person may reveal it; a clerk who registered one may not', async () => {
    const body = { ...denunciation(), channel: 'in_person', receivedOn: '2026-03-02' };
    const byReception = (await reception.post('/api/v1/petitions', body)).json();
    expect(byReception.canRevealIdentity).toBe(true);
    expect(byReception.deadlines.map((d: { clockId: string }) => d.clockId).sort()).toEqual(['TCD_ANSWER', 'TC_INITIAL']);
    expect(byReception.deadlines.find((d: { clockId: string }) => d.clockId === 'TC_INITIAL').dueDate).toBe('2026-03-11');
    const byClerk = await clerk.post('/api/v1/petitions', { ...body, channel: 'post' });
    expect(byClerk.statusCode, byClerk.body).toBe(201);
    expect(byClerk.json().canRevealIdentity).toBe(false);
    expect(byClerk.json().identities).toBeNull();
  });
});

describe('officers register letters', () => {
  it('a posted complaint gets a register number, the acceptance deadline with its article, and visible complainant', async () => {
    const res = await clerk.post('/api/v1/petitions', {
      agencyId: agency.id,
      kind: 'complaint',
      channel: 'post',
      receivedOn: '2026-02-12',
      postmarkDate: '2026-02-10',
      title: 'Khiếu nại quyết định thu hồi đất',
      content: 'Tôi khiếu nại Quyết định số 123/QĐ-UBND về việc thu hồi đất của gia đình tôi vì không đúng diện tích.',
      author: { fullName: 'Phạm Văn Khiếu', address: 'Thôn 3, xã Ba Vì, Hà Nội' },
      respondent: { name: 'Chủ tịch UBND xã Ba Vì' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const letter = res.json();
    expect(letter.registerNo).toMatch(/^2026\/\d{6}$/);
    const accept = letter.deadlines.find((d: { clockId: string }) => d.clockId === 'KN_ACCEPT');
    // 10 working days from 12/02/2026 across the Tết break; the 10 calendar days of LKN Art 27 are the warning.
    expect(accept).toMatchObject({ dueDate: '2026-03-05', warningDate: '2026-02-23' });
    expect(accept.basis).toMatch(/Thông tư 07\/2013.*Điều 5/);
    const seen = (await inspector.get(`/api/v1/petitions/${letter.id}`)).json();
    expect(seen.identities[0].fullName).toBe('Phạm Văn Khiếu');
    expect(seen.author).toBe('Phạm V. K.');
    expect(seen.events.map((e: { event: string }) => e.event)).toEqual(['receive', 'register']);
    expect(seen.state).toBe('registered');
  });

  it('search ignores diacritics; an officer cannot register for another agency or a future date', async () => {
    const found = (await inspector.get('/api/v1/petitions?q=thu%20hoi%20dat')).json();
    expect(found.items.some((i: { title: string }) => i.title === 'Khiếu nại quyết định thu hồi đất')).toBe(true);
    // Words found through the word index, the last one as a prefix; the folded text must still contain the query.
    const titles = async (q: string) => ((await inspector.get(`/api/v1/petitions?q=${encodeURIComponent(q)}`)).json().items as { title: string }[]).map((i) => i.title);
    expect(await titles('THU HỒI Đ')).toContain('Khiếu nại quyết định thu hồi đất');
    expect(await titles('đất thu hồi')).not.toContain('Khiếu nại quyết định thu hồi đất');
    expect(await titles('hồi đất xyz')).toEqual([]);
    const body = { agencyId: other.id, kind: 'petition', channel: 'post', receivedOn: '2026-03-02', title: 'Kiến nghị sửa đường', content: 'Kiến nghị sửa chữa đường liên thôn đã xuống cấp nghiêm trọng.', author: { fullName: 'Ngô Văn Kiến', address: 'Xã Ba Vì' } };
    expect((await clerk.post('/api/v1/petitions', body)).statusCode).toBe(403);
    expect((await clerk.post('/api/v1/petitions', { ...body, agencyId: agency.id, receivedOn: '2999-01-01' })).statusCode).toBe(400);
  });
});

describe('register numbers and audit under concurrent submissions', () => {
  it('gives letters submitted at the same time consecutive register numbers, each with its audit record, in one linear chain', async () => {
    const fresh = await createTestContext({ env: { PUBLIC_SUBMIT_PER_HOUR: '1000' } });
    try {
      const target = await buildAgency(fresh);
      const receipts = await Promise.all(Array.from({ length: 8 }, () => submit(fresh, { ...denunciation(), agencyId: target.id })));
      for (const r of receipts) expect(r.statusCode, r.body).toBe(201);
      const numbers = receipts.map((r) => Number((r.json().registerNo as string).split('/')[1])).sort((a, b) => a - b);
      expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      const audits = await rowsOf(fresh.deps.db.execute(sql`select count(*)::int as n from audit_log where action = 'petition.register'`));
      expect(audits[0]!.n).toBe(8);
      expect(await verifyAuditChain(fresh.deps.db)).toMatchObject({ ok: true });
      // The protected denouncer's pseudonym and the timeline carry the number the database assigned.
      const [letter] = await rowsOf(fresh.deps.db.execute(sql`select id, register_no, author_pseudonym from petition_letters where register_seq = 3 and agency_id = ${target.id}`));
      expect(letter!.author_pseudonym).toBe(`Người tố cáo (đơn ${letter!.register_no as string})`);
      const notes = await rowsOf(fresh.deps.db.execute(sql`select note from petition_events where letter_id = ${letter!.id as string} and event = 'register'`));
      expect(notes[0]!.note).toBe(`Vào sổ số ${letter!.register_no as string}`);
    } finally {
      await fresh.close();
    }
  });
});

describe('group commit of the online portal', () => {
  it('writes simultaneous submissions together: two agencies numbered apart, a re-sent key once, a closed agency refused alone', async () => {
    const fresh = await createTestContext({ env: { PUBLIC_SUBMIT_PER_HOUR: '1000' } });
    try {
      const [a, b, closed] = [await buildAgency(fresh), await buildAgency(fresh), await buildAgency(fresh)];
      await fresh.deps.db.execute(sql`update agencies set status = 'dissolved' where id = ${closed.id}`);
      const key = `resend-${Date.now()}-abcdefgh`;
      const bodies = [
        ...Array.from({ length: 6 }, (_, i) => ({ ...denunciation(), agencyId: i % 2 ? a.id : b.id })),
        { ...denunciation({ submissionKey: key }), agencyId: a.id },
        { ...denunciation({ submissionKey: key }), agencyId: a.id },
        { ...denunciation(), agencyId: closed.id },
        { ...denunciation({ respondent: { name: 'UBND xã X', address: 'Thôn 2' } }), agencyId: b.id }, // another set of columns
      ];
      const res = await Promise.all(bodies.map((body) => submit(fresh, body)));
      expect(res[8]!.statusCode).toBe(400);
      expect(res[8]!.json().error.code).toBe('invalid_agency');
      const ok = res.filter((_, i) => i !== 8);
      for (const r of ok) expect([200, 201], r.body).toContain(r.statusCode);
      // The re-sent key: one letter, one 201 and one 200 with the same tracking code.
      expect([res[6]!.statusCode, res[7]!.statusCode].sort()).toEqual([200, 201]);
      expect(res[6]!.json().trackingCode).toBe(res[7]!.json().trackingCode);
      const numbers = async (agencyId: string) => (await rowsOf(fresh.deps.db.execute(sql`select register_seq from petition_letters where agency_id = ${agencyId} order by register_seq`))).map((r) => Number(r.register_seq));
      expect(await numbers(a.id)).toEqual([1, 2, 3, 4]);
      expect(await numbers(b.id)).toEqual([1, 2, 3, 4]);
      expect(await numbers(closed.id)).toEqual([]);
      const audits = await rowsOf(fresh.deps.db.execute(sql`select count(*)::int as n from audit_log where action = 'petition.register'`));
      expect(audits[0]!.n).toBe(8);
      expect(await verifyAuditChain(fresh.deps.db)).toMatchObject({ ok: true });
      // Every receipt tracks its own letter (the re-send's secret replaced the first one's), and the children went to
      // the right letters.
      for (const r of ok.filter((x) => x.statusCode === 201 ? x !== res[6] && x !== res[7] : true)) expect((await track(fresh, r.json().trackingCode, r.json().secret)).statusCode).toBe(200);
      const children = await rowsOf(fresh.deps.db.execute(sql`select l.id, (select count(*)::int from petition_identities i where i.letter_id = l.id) as ids, (select count(*)::int from petition_deadlines d where d.letter_id = l.id) as dls, (select count(*)::int from petition_events e where e.letter_id = l.id) as evs from petition_letters l`));
      for (const c of children) expect(c).toMatchObject({ ids: 1, dls: 1, evs: 2 });
    } finally {
      await fresh.close();
    }
  }, 90_000); // a fresh database of its own: slow to create on a loaded machine
  it.runIf(process.env.TEST_DB === 'postgres')('stores nothing of a group whose audit ids a concurrent append took, then writes it again on the new last record', async () => {
    const fresh = await createTestContext({ env: { PUBLIC_SUBMIT_PER_HOUR: '1000' } });
    try {
      const target = await buildAgency(fresh);
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let appended!: () => void;
      const appendedNow = new Promise<void>((r) => (appended = r));
      // Another transaction appends an audit record and stays open: the portal's statement reads the record before
      // it as the last, wants its id, and waits; when it commits, the statement finds the id taken.
      const other = fresh.deps.db.transaction(async (tx) => {
        await recordAudit(tx, { actorUserId: null, actorName: 'khác', ip: null, requestId: null }, { action: 'other.append', entityType: 't' });
        appended();
        await held;
      });
      await appendedNow;
      const pending = Promise.all([0, 1, 2].map(() => submit(fresh, { ...denunciation(), agencyId: target.id })));
      for (let waited = 0; ; waited += 20) {
        const r = await rowsOf(fresh.deps.db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`));
        if (Number(r[0]!.n) > 0) break;
        if (waited > 20_000) throw new Error('the portal never waited for the other append');
        await new Promise((r) => setTimeout(r, 20));
      }
      release();
      await other;
      const res = await pending;
      for (const r of res) expect(r.statusCode, r.body).toBe(201);
      const letters = await rowsOf(fresh.deps.db.execute(sql`select register_seq from petition_letters where agency_id = ${target.id} order by register_seq`));
      expect(letters.map((l) => Number(l.register_seq))).toEqual([1, 2, 3]);
      const audits = await rowsOf(fresh.deps.db.execute(sql`select count(*)::int as n from audit_log where action = 'petition.register'`));
      expect(Number(audits[0]!.n)).toBe(3);
      expect(await verifyAuditChain(fresh.deps.db)).toMatchObject({ ok: true });
    } finally {
      await fresh.close();
    }
  });
});

describe('anti-bot and rate limits', () => {
  it('requires a solved, fresh, unused proof of work when enabled, and limits submissions per address', async () => {
    const guarded = await createTestContext({ env: { PUBLIC_POW_DIFFICULTY: '8', PUBLIC_SUBMIT_PER_HOUR: '3' } });
    try {
      const root = await buildAgency(guarded);
      const body = { ...denunciation(), agencyId: root.id };
      const missing = await submit(guarded, body);
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.code).toBe('anti_bot');
      const { challenge, difficulty } = (await guarded.app.inject({ method: 'GET', url: '/api/v1/public/challenge' })).json();
      expect(difficulty).toBe(8);
      expect((await submit(guarded, { ...body, pow: { challenge, nonce: 'sai' } })).statusCode).toBe(400);
      const nonce = solveChallenge(challenge, difficulty);
      expect((await submit(guarded, { ...body, pow: { challenge, nonce } })).statusCode).toBe(201);
      const limited = await submit(guarded, { ...body, pow: { challenge, nonce } });
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.message).toMatch(/quá nhiều/);
    } finally {
      await guarded.close();
    }
  });
});
