import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, loginAs, type Client } from '../../../test/helpers/factories';
import { logVisit } from '../../../test/helpers/reception';
import type { AgencyRow } from '../orgs';

// Correcting a register entry (sổ tiếp công dân): what was written down, with a reason, audited; never who came or when.
const clock = { now: () => new Date('2026-07-06T02:00:00Z') };
let ctx: TestContext;
let agency: AgencyRow;
let reception: Client;
let inspector: Client;
let foreign: Client;

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Sửa sổ', provinceCode: '01' });
  [reception, inspector, foreign] = await Promise.all([loginAs(ctx, agency, ['reception_officer']), loginAs(ctx, agency, ['inspector']), loginAs(ctx, await buildAgency(ctx, { parent: root }), ['reception_officer'])]);
});
afterAll(async () => ctx?.close());

const correct = (who: Client, id: string, body: object) => who.patch(`/api/v1/reception-visits/${id}`, body);

describe('correcting a reception register entry', () => {
  it('changes only what differs, keeps the reason on the timeline and before/after in the audit log; search finds the new words', async () => {
    const v = await logVisit(reception, agency.id, '2026-07-06T08:00:00+07:00', { place: 'Phòng tiếp dân' });
    const res = await correct(reception, v.id, { reason: 'Ghi nhầm địa điểm và tên người bị khiếu nại', place: 'Trụ sở tiếp công dân tỉnh', respondent: { name: 'UBND xã Kim Anh' }, title: v.title });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after).toMatchObject({ place: 'Trụ sở tiếp công dân tỉnh', respondentName: 'UBND xã Kim Anh', registerNo: v.registerNo, receivedAt: v.receivedAt, title: v.title });
    const event = after.events.at(-1);
    expect(event).toMatchObject({ event: 'correct' });
    expect(event.note).toContain('địa điểm, người bị khiếu nại, tố cáo. Lý do: Ghi nhầm');
    expect(event.note).not.toContain('tóm tắt');
    const audit = (await ctx.deps.db.execute(sql`select action, before, after from audit_log where entity_id = ${v.id}`)) as unknown as { rows: { action: string; before: Record<string, unknown>; after: Record<string, unknown> }[] };
    const record = audit.rows.find((a) => a.action === 'reception.correct')!;
    expect(record.before).toEqual({ place: 'Phòng tiếp dân', respondentName: 'UBND xã Sóc Sơn' });
    expect(record.after).toMatchObject({ place: 'Trụ sở tiếp công dân tỉnh', respondentName: 'UBND xã Kim Anh' });
    expect(JSON.stringify(record)).not.toContain('Nguyễn Thị Đến');
    const found = (await reception.get('/api/v1/reception-visits?q=kim anh')).json();
    expect(found.items.map((i: { id: string }) => i.id)).toContain(v.id);
  });

  it('refuses without a reason, with nothing changed, on identity or time fields, and to those who may not keep the register', async () => {
    const v = await logVisit(reception, agency.id, '2026-07-06T09:00:00+07:00');
    expect((await correct(reception, v.id, { place: 'Nơi khác' })).statusCode).toBe(400);
    const same = await correct(reception, v.id, { reason: 'Kiểm tra lại', title: v.title });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.message).toContain('Không có thông tin nào thay đổi');
    const who = await correct(reception, v.id, { reason: 'Sửa người đến', visitors: [{ fullName: 'Người khác' }] });
    expect(who.statusCode).toBe(400);
    expect(who.json().error.message).toContain('Chỉ được sửa nội dung ghi sổ');
    expect((await correct(reception, v.id, { reason: 'Sửa giờ tiếp', receivedAt: '2026-07-06T10:00:00+07:00' })).statusCode).toBe(400);
    expect((await correct(inspector, v.id, { reason: 'Sửa địa điểm tiếp', place: 'Nơi khác' })).statusCode).toBe(403);
    expect((await correct(foreign, v.id, { reason: 'Sửa địa điểm tiếp', place: 'Nơi khác' })).statusCode).toBe(404);
    const unchanged = (await reception.get(`/api/v1/reception-visits/${v.id}`)).json();
    expect(unchanged.events.map((e: { event: string }) => e.event)).not.toContain('correct');
  });
});
