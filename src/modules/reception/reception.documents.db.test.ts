import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, loginAs, type Client } from '../../../test/helpers/factories';
import { logVisit, VISITOR } from '../../../test/helpers/reception';
import type { AgencyRow } from '../orgs';

// The head's notice concluding a reception he chaired (NĐ 154/2026 Art 25(2), R2026). Monday 6 July 2026, 09:00.
const clock = { now: () => new Date('2026-07-06T02:00:00Z') };
let ctx: TestContext;
let agency: AgencyRow;
let head: Client;
let reception: Client;
let inspector: Client;
let clerk: Client;
let foreignHead: Client;

const visit = (extra: object = {}) =>
  logVisit(head, agency.id, '2026-07-06T08:00:00+07:00', {
    sessionKind: 'periodic',
    place: 'Trụ sở tiếp công dân',
    kindClaimed: 'denunciation',
    title: 'Tố cáo cán bộ địa chính thu tiền trái phép',
    respondent: { name: 'Ông Đỗ Văn Thu' },
    ...extra,
  });
const notice = (who: Client, id: string, body: object) => who.post(`/api/v1/reception-visits/${id}/conclusion-notice`, body);
const count = async (table: string) => Number(((await ctx.deps.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
const conclusions = ['Giao Phòng Giải quyết khiếu nại, tố cáo xác minh nội dung tố cáo, báo cáo trước ngày 20/7/2026', 'Giữ bí mật thông tin người tố cáo theo Điều 47 Luật Tố cáo'];

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thử nghiệm', provinceCode: '01' });
  [head, reception, inspector, clerk, foreignHead] = await Promise.all([
    loginAs(ctx, agency, ['agency_head']),
    loginAs(ctx, agency, ['reception_officer']),
    loginAs(ctx, agency, ['inspector']),
    loginAs(ctx, agency, ['clerk']),
    loginAs(ctx, await buildAgency(ctx, { parent: root }), ['agency_head', 'reception_officer']),
  ]);
});
afterAll(async () => ctx?.close());

describe("the head's conclusion notice (NĐ 154/2026 Art 25(2))", () => {
  it('drafts the notice as PDF and DOCX from the register entry, keeps it with the visit, on the timeline and audited — naming no visitor', async () => {
    const v = await visit();
    expect(v.conclusionNotice).toEqual({ blockedBy: null, basis: 'Nghị định 154/2026/NĐ-CP, khoản 2 Điều 25', files: [] });
    const res = await notice(head, v.id, { conclusions, assignees: ['Phòng Giải quyết khiếu nại, tố cáo'] });
    expect(res.statusCode, res.body).toBe(201);
    const files = res.json().conclusionNotice.files as { fileId: string; name: string; mimeType: string; identifying: boolean; canDownload: boolean }[];
    expect(files.map((f) => f.mimeType).sort()).toEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    expect(files[0]!.name).toMatch(/^Thông báo kết luận việc tiếp công dân \(dự thảo\)\.(pdf|docx)$/);
    // Not among the documents the visitor handed over, and not linked to a letter.
    expect(res.json().attachments).toEqual([]);
    expect(res.json().events.map((e: { event: string }) => e.event)).toEqual(['log', 'conclusion_notice']);
    const pdf = files.find((f) => f.mimeType === 'application/pdf')!;
    const got = await inspector.get(`/api/v1/reception-visits/${v.id}/attachments/${pdf.fileId}/content`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = (await head.get(`/api/v1/audit?entityType=reception_visit&entityId=${v.id}`)).json().items as { action: string; after: unknown }[];
    expect(audit.map((a) => a.action)).toContain('reception.conclusion_notice');
    expect(JSON.stringify(audit)).not.toContain(VISITOR.fullName);
    // The reception officer may draft it for the head too; each draft is kept.
    expect((await notice(reception, v.id, { conclusions: ['Giao Phòng Tiếp công dân trả lời công dân'] })).statusCode).toBe(201);
    expect((await head.get(`/api/v1/reception-visits/${v.id}`)).json().conclusionNotice.files).toHaveLength(4);
  });

  it("is refused with its article outside the head's own reception, before 01/7/2026, to those without the right, and for bad input — nothing stored", async () => {
    const before = { files: await count('files'), links: await count('reception_attachments') };
    const regular = await visit({ sessionKind: 'regular' });
    expect(regular.conclusionNotice.blockedBy).toMatch(/Điều 18/);
    const r1 = await notice(head, regular.id, { conclusions });
    expect(r1.statusCode).toBe(409);
    expect(r1.json().error.message).toMatch(/154\/2026/);
    const march = await visit({ receivedAt: '2026-03-02T08:00:00+07:00' });
    const r2 = await notice(head, march.id, { conclusions });
    expect(r2.statusCode).toBe(409);
    expect(r2.json().error.message).toMatch(/01\/7\/2026/);
    const v = await visit();
    expect((await notice(head, v.id, { conclusions: [] })).statusCode).toBe(400);
    expect((await notice(head, v.id, {})).statusCode).toBe(400);
    expect((await notice(inspector, v.id, { conclusions })).statusCode).toBe(403);
    expect((await notice(clerk, v.id, { conclusions })).statusCode).toBe(403);
    expect((await notice(foreignHead, v.id, { conclusions })).statusCode).toBe(404);
    expect({ files: await count('files'), links: await count('reception_attachments') }).toEqual(before);
  });
});
