import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';

let ctx: TestContext;
let head: Client;
let other: Client;
let agencyId: string;
let now = new Date('2026-03-02T02:00:00Z');
beforeAll(async () => {
  ctx = await createTestContext({ clock: { now: () => now }, env: { PUBLIC_SUBMIT_PER_HOUR: '1000' } });
  const root = await buildAgency(ctx);
  const agency = await buildAgency(ctx, { parent: root });
  agencyId = agency.id;
  head = await login(ctx, (await buildUser(ctx, agency, ['agency_head', 'reception_officer'])).username);
  other = await login(ctx, (await buildUser(ctx, await buildAgency(ctx, { parent: root }), ['agency_head'])).username);
});
afterAll(async () => ctx?.close());

const register = (kind: string, receivedOn: string, channel = 'post') =>
  head.post('/api/v1/petitions', {
    agencyId,
    kind,
    channel,
    receivedOn,
    title: `Đơn ${kind} nhận ngày ${receivedOn}`,
    content: 'Nội dung đơn đủ dài để được chấp nhận khi vào sổ theo quy định.',
    author: { fullName: 'Nguyễn Văn Thống', address: 'Thôn Kê, xã Số', phone: '0900000001' },
    respondent: { name: 'Cơ quan bị khiếu nại' },
  });

describe('statistics (spec §7.2)', () => {
  it('counts letters by kind and channel in the period, the carried-over ones, acceptances and deadlines; exports XLSX', async () => {
    expect((await register('complaint', '2026-02-10')).statusCode).toBe(201); // before the period: carried over
    for (const [kind, on, channel] of [['complaint', '2026-03-02', 'post'], ['denunciation', '2026-03-02', 'in_person'], ['petition', '2026-03-02', 'post']] as const) {
      expect((await register(kind, on, channel)).statusCode).toBe(201);
    }
    const list = (await head.get('/api/v1/petitions?kind=denunciation')).json();
    const id = list.items[0].id;
    await head.post(`/api/v1/petitions/${id}/actions`, { target: 'letter', event: 'classify', payload: { classification: 'denunciation' } });
    const detail = (await head.post(`/api/v1/petitions/${id}/actions`, { target: 'letter', event: 'propose_acceptance', payload: { withinCompetence: true, processable: true } })).json();
    await head.post(`/api/v1/petitions/${id}/actions`, { target: detail.cases[0].id, event: 'accept' });

    const stats = (await head.get('/api/v1/petitions-stats?from=2026-03-01&to=2026-03-31')).json();
    expect(stats.letters).toMatchObject({ carriedOver: 1, received: 3, byKind: { complaint: 1, denunciation: 1, petition: 1 }, byChannel: { post: 2, in_person: 1 }, classified: 1, proposedForAcceptance: 1 });
    expect(stats.cases).toMatchObject({ opened: 1, accepted: 1, byMachine: { denunciation: 1 } });
    expect(stats.deadlines.met).toBe(1); // TC_INITIAL closed by the acceptance on the day

    const xlsx = await head.get('/api/v1/petitions-stats/export.xlsx?from=2026-03-01&to=2026-03-31');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = wb.worksheets[0]!.getSheetValues().flat().map(String);
    expect(values).toEqual(expect.arrayContaining(['Đơn tiếp nhận trong kỳ', '3', 'Kỳ báo cáo: từ 01/03/2026 đến 31/03/2026']));

    // Another agency sees its own (empty) figures, and cannot ask for ours.
    expect((await other.get('/api/v1/petitions-stats?from=2026-03-01&to=2026-03-31')).json().letters.received).toBe(0);
    expect((await other.get(`/api/v1/petitions-stats?from=2026-03-01&to=2026-03-31&agencyId=${agencyId}`)).statusCode).toBe(403);
    expect((await head.get('/api/v1/petitions-stats?from=2026-04-01&to=2026-03-01')).statusCode).toBe(400);
    now = new Date('2026-03-03T02:00:00Z');
  });
});
