import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, loginAs, type Client } from '../../../test/helpers/factories';
import { logVisit } from '../../../test/helpers/reception';
import type { AgencyRow } from '../orgs';

// Reception counters of the period report (spec §7.2 "Reception"), served with the petitions statistics.
let now = new Date('2026-02-20T02:00:00Z');
const at = (iso: string) => (now = new Date(iso));
let ctx: TestContext;
let agency: AgencyRow;
let head: Client;
let clerk: Client;
let other: Client;

const person = (i: number, representative = false) => ({ fullName: `Trần Văn Người ${i}`, idNumber: `00119000${1000 + i}`, address: `Thôn ${i}, xã Mê Linh`, phone: `0913${100000 + i}`, representative });
const visit = async (extra: object) => (await logVisit(head, agency.id, now.toISOString(), { visitors: [person(0)], ...extra })).id as string;
async function act(id: string, event: string, payload?: object) {
  const res = await head.post(`/api/v1/reception-visits/${id}/actions`, { event, payload });
  expect(res.statusCode, res.body).toBe(200);
}
const stats = async (who: Client, query = '') => (await who.get(`/api/v1/petitions-stats?from=2026-03-01&to=2026-03-31${query}`)).json();

beforeAll(async () => {
  ctx = await createTestContext({ clock: { now: () => now }, env: { SESSION_TTL_HOURS: '100000' } });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root });
  [head, clerk, other] = await Promise.all([loginAs(ctx, agency, ['agency_head', 'reception_officer']), loginAs(ctx, agency, ['clerk']), loginAs(ctx, await buildAgency(ctx, { parent: root }), ['agency_head', 'reception_officer'])]);
  // February: one visit still waiting when March begins (carried over), one answered in February (not).
  await visit({});
  await act(await visit({}), 'answer');
  // March 2 (Monday).
  at('2026-03-02T02:00:00Z');
  const statement = await visit({});
  await act(statement, 'record_statement');
  const group = await visit({ sessionKind: 'periodic', kindClaimed: 'denunciation', visitorCount: 6, visitors: [person(1, true), person(2)], appointmentInWriting: true });
  await act(group, 'receive_letter');
  await act(await visit({ sessionKind: 'ad_hoc', kindClaimed: 'petition' }), 'guide');
  await act(await visit({ kindClaimed: 'reflection' }), 'refuse', { reasonCode: 'REFUSE_2_MISCONDUCT', reasonText: 'Xúc phạm cán bộ tiếp' });
  const slow = await visit({});
  at('2026-03-05T02:00:00Z');
  await act(statement, 'answer'); // within 10 working days (due 16/03)
  at('2026-03-20T02:00:00Z');
  await act(slow, 'answer'); // after 16/03: late
}, 60_000);
afterAll(async () => ctx?.close());

describe('reception statistics (spec §7.2)', () => {
  it('counts visits, persons, groups, session and content kinds, outcomes and answers on time or late', async () => {
    const s = await stats(head);
    expect(s.reception).toEqual({
      carriedOver: 1,
      visits: 5,
      persons: 10,
      groupVisits: 1,
      groupPersons: 6,
      bySession: { regular: 3, periodic: 1, ad_hoc: 1 },
      byKind: { complaint: 2, denunciation: 1, petition: 1, reflection: 1 },
      refused: 1,
      guided: 1,
      lettersMade: 2,
      transferred: 0,
      answered: 2,
      answeredOnTime: 1,
      answeredLate: 1,
      // February's waiting visit, the group whose letter was taken and the guided visit still owe their answer.
      answerOverdueAtEnd: 3,
    });
    // The letters the visits made are counted with the letters (channel in person).
    expect(s.letters.byChannel).toMatchObject({ in_person: 2 });
    // A period without visits, and one agency within scope.
    expect((await head.get('/api/v1/petitions-stats?from=2026-04-01&to=2026-04-30')).json().reception).toMatchObject({ visits: 0, carriedOver: 3, answered: 0 }); // the three still waiting for their answer
    expect((await stats(head, `&agencyId=${agency.id}`)).reception.visits).toBe(5);
  });

  it('is scoped: the clerk does not read the register, another agency sees its own (empty) figures', async () => {
    expect((await stats(clerk)).reception).toMatchObject({ visits: 0, persons: 0, carriedOver: 0, bySession: {} });
    expect((await stats(clerk, `&agencyId=${agency.id}`)).reception.visits).toBe(0);
    expect((await stats(other)).reception).toMatchObject({ visits: 0, persons: 0, answered: 0 });
  });

  it('exports a "Tiếp công dân" sheet in the XLSX', async () => {
    const xlsx = await head.get('/api/v1/petitions-stats/export.xlsx?from=2026-03-01&to=2026-03-31');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Thống kê đơn thư', 'Tiếp công dân']);
    const rows = wb.getWorksheet('Tiếp công dân')!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).filter((v) => v !== undefined && v !== null).map(String));
    expect(rows).toEqual(expect.arrayContaining([['Lượt tiếp trong kỳ', '5'], ['Số người được tiếp', '10'], ['  — Hình thức: Thủ trưởng tiếp định kỳ', '1'], ['Trả lời quá hạn', '1'], ['Kỳ báo cáo: từ 01/03/2026 đến 31/03/2026']]));
  });
});
