import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login } from '../../../test/helpers/factories';
import { seedDemoData } from '../../server/seed/demo';
import { findAgency } from './orgs.repository';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

const agencyBody = (parentId: string, code: string, name: string, extra: object = {}) => ({ code, name, kind: 'commune_people_committee', parentId, validFrom: '2025-07-01', ...extra });

describe('agencies and reorganisations', () => {
  it('creates agencies tied to administrative units, renames with history, all audited', async () => {
    const root = await buildAgency(ctx);
    const province = await buildAgency(ctx, { parent: root, kind: 'provincial_people_committee', provinceCode: '01' });
    const admin = await login(ctx, (await buildUser(ctx, root, ['system_admin'])).username);
    const res = await admin.post('/api/v1/agencies', agencyBody(province.id, 'X-BD-1', 'Ủy ban nhân dân phường Ba Đình', { communeCode: '00004' }));
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ level: 'commune', provinceCode: '01', communeCode: '00004', status: 'active' });
    const renamed = await admin.post(`/api/v1/agencies/${created.id}/rename`, { name: 'UBND phường Ba Đình (mới)', effectiveDate: '2026-07-01', basis: 'Quyết định số 1/QĐ-UBND' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const detail = (await admin.get(`/api/v1/agencies/${created.id}`)).json();
    expect(detail.names).toMatchObject([
      { name: 'Ủy ban nhân dân phường Ba Đình', validFrom: '2025-07-01', validTo: '2026-07-01' },
      { name: 'UBND phường Ba Đình (mới)', validFrom: '2026-07-01', validTo: null },
    ]);
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['established', 'renamed']);
    const audit = (await admin.get(`/api/v1/audit?entityType=agency&entityId=${created.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['agency.rename', 'agency.create']);
    const dup = await admin.post('/api/v1/agencies', agencyBody(province.id, 'X-BD-1', 'Trùng mã'));
    expect(dup.statusCode).toBe(409);
    const badCommune = await admin.post('/api/v1/agencies', agencyBody(province.id, 'X-BAD', 'Xã không tồn tại', { communeCode: '99999' }));
    expect(badCommune.statusCode).toBe(400);
  });

  it('a merge keeps the merged agency and its users inside the successor’s scope', async () => {
    const root = await buildAgency(ctx);
    const province = await buildAgency(ctx, { parent: root });
    const a = await buildAgency(ctx, { parent: province, name: 'UBND xã A' });
    const b = await buildAgency(ctx, { parent: province, name: 'UBND xã B' });
    const officerOfA = await buildUser(ctx, a, ['reception_officer']);
    const admin = await login(ctx, (await buildUser(ctx, root, ['system_admin'])).username);
    const headOfB = await login(ctx, (await buildUser(ctx, b, ['agency_head'])).username);
    expect((await headOfB.get(`/api/v1/users/${officerOfA.user.id}`)).statusCode).toBe(404);
    const merged = await admin.post('/api/v1/agencies/merge', { sourceIds: [a.id], targetId: b.id, effectiveDate: '2026-07-01', basis: 'Nghị quyết sắp xếp' });
    expect(merged.statusCode, merged.body).toBe(200);
    // The head of B now sees A's records (its user), and A keeps its history.
    expect((await headOfB.get(`/api/v1/users/${officerOfA.user.id}`)).statusCode).toBe(200);
    const detailA = (await admin.get(`/api/v1/agencies/${a.id}`)).json();
    expect(detailA).toMatchObject({ status: 'merged', validTo: '2026-07-01', parentId: b.id });
    expect(detailA.events.at(-1)).toMatchObject({ kind: 'merged', sourceIds: [a.id], resultIds: [b.id] });
    const again = await admin.post('/api/v1/agencies/merge', { sourceIds: [b.id], targetId: a.id, effectiveDate: '2026-07-02' });
    expect(again.statusCode).toBe(400);
  });

  it('a split creates the new agencies; the first inherits the old one’s records', async () => {
    const root = await buildAgency(ctx);
    const province = await buildAgency(ctx, { parent: root });
    const old = await buildAgency(ctx, { parent: province, name: 'Sở cũ' });
    const staff = await buildUser(ctx, old, ['inspector']);
    const admin = await login(ctx, (await buildUser(ctx, root, ['system_admin'])).username);
    const res = await admin.post('/api/v1/agencies/split', {
      sourceId: old.id,
      effectiveDate: '2026-07-01',
      basis: 'Quyết định chia tách',
      results: [
        { code: 'SPLIT-1', name: 'Sở mới thứ nhất', kind: 'provincial_department', parentId: province.id },
        { code: 'SPLIT-2', name: 'Sở mới thứ hai', kind: 'provincial_department', parentId: province.id },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const [heir] = res.json();
    const heirAgency = (await findAgency(ctx.deps.db, heir.id))!;
    const heirHead = await login(ctx, (await buildUser(ctx, heirAgency, ['agency_head'])).username);
    expect((await heirHead.get(`/api/v1/users/${staff.user.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/agencies/${old.id}`)).json()).toMatchObject({ status: 'split', parentId: heir.id });
  });

  it('only administrators in scope may reorganise', async () => {
    const root = await buildAgency(ctx);
    const p1 = await buildAgency(ctx, { parent: root });
    const p2 = await buildAgency(ctx, { parent: root });
    const adminP1 = await login(ctx, (await buildUser(ctx, p1, ['system_admin'])).username);
    expect((await adminP1.post('/api/v1/agencies', agencyBody(p2.id, 'NOPE-1', 'Không được phép'))).statusCode).toBe(403);
    expect((await adminP1.post('/api/v1/agencies', agencyBody(p1.id, 'OK-1', 'Được phép'))).statusCode).toBe(201);
    const inspector = await login(ctx, (await buildUser(ctx, p1, ['inspector'])).username);
    expect((await inspector.post('/api/v1/agencies', agencyBody(p1.id, 'NOPE-2', 'Không được phép'))).statusCode).toBe(403);
    // The directory itself is readable by every officer (needed to route letters to the competent body).
    const children = (await inspector.get(`/api/v1/agencies?parentId=${root.id}`)).json() as { id: string; childCount: number }[];
    expect(children).toHaveLength(2);
    expect(children.find((c) => c.id === p1.id)!.childCount).toBe(1);
    expect(children.find((c) => c.id === p2.id)!.childCount).toBe(0);
    const roots = (await inspector.get('/api/v1/agencies?root=true&limit=500')).json() as { id: string; parentId: string | null }[];
    expect(roots.every((r) => r.parentId === null)).toBe(true);
    expect(roots.map((r) => r.id)).toContain(root.id);
  });

  it('demo data builds the post-2025 tree: 34 provincial committees with their inspectorates and every commune', async () => {
    const fresh = await createTestContext();
    try {
      const result = await seedDemoData(fresh.deps);
      expect(result.created).toBe(true);
      const admin = await login(fresh, 'admin', 'ThanhTra2026');
      const top = (await admin.get('/api/v1/agencies?q=chinh%20phu')).json() as { id: string; code: string; kind: string; parentId: string | null }[];
      const root = top.find((a) => a.code === 'CP')!;
      const children = (await admin.get(`/api/v1/agencies?parentId=${root.id}&limit=500`)).json() as { kind: string; code: string }[];
      expect(children.filter((c) => c.kind === 'provincial_people_committee')).toHaveLength(34);
      expect(children.map((c) => c.code)).toContain('TTCP');
      expect(result.agencies).toBeGreaterThan(34 + 3321);
      expect((await seedDemoData(fresh.deps)).created).toBe(false);
      // The portal lists the province-level receivers of a province without a login.
      const hanoi = (await fresh.app.inject({ method: 'GET', url: '/api/v1/public/agencies?provinceCode=01' })).json() as { name: string; kind: string }[];
      expect(hanoi.map((a) => a.name)).toEqual(expect.arrayContaining(['Thanh tra thành phố Hà Nội', 'Ủy ban nhân dân Thành phố Hà Nội']));
      expect(hanoi.every((a) => a.kind.startsWith('provincial_'))).toBe(true);
      const central = (await fresh.app.inject({ method: 'GET', url: '/api/v1/public/agencies' })).json() as { name: string }[];
      expect(central.map((a) => a.name)).toContain('Thanh tra Chính phủ');
    } finally {
      await fresh.close();
    }
  });
});
