import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

const get = (url: string) => ctx.app.inject({ method: 'GET', url });

describe('administrative units API', () => {
  it('lists the 34 provinces as { code, name } in Vietnamese order', async () => {
    const res = await get('/api/v1/admin-units/provinces');
    expect(res.statusCode).toBe(200);
    const provinces = res.json() as { code: string; name: string }[];
    expect(provinces).toHaveLength(34);
    expect(provinces.find((p) => p.code === '01')).toMatchObject({ code: '01', name: 'Hà Nội' });
    const names = provinces.map((p) => p.name);
    expect(names.indexOf('Đà Nẵng')).toBeGreaterThan(names.indexOf('Cần Thơ'));
    expect(names.indexOf('Điện Biên')).toBeGreaterThan(names.indexOf('Đà Nẵng'));
  });

  it('lists a province’s communes, and all 3,321 communes are there', async () => {
    const hanoi = (await get('/api/v1/admin-units/provinces/01/communes')).json() as { code: string; provinceCode: string }[];
    expect(hanoi.find((c) => c.code === '00004')).toMatchObject({ fullName: 'Phường Ba Đình', provinceCode: '01' });
    let total = 0;
    for (const p of (await get('/api/v1/admin-units/provinces')).json() as { code: string }[]) total += (await get(`/api/v1/admin-units/provinces/${p.code}/communes`)).json().length;
    expect(total).toBe(3321);
    expect((await get('/api/v1/admin-units/provinces/99/communes')).statusCode).toBe(404);
    expect((await get('/api/v1/admin-units/provinces/abc/communes')).statusCode).toBe(400);
  });

  it('matches names whatever the tone-mark placement or Unicode form', async () => {
    const communes = (await get('/api/v1/admin-units/provinces/01/communes')).json() as { fullName: string; name: string }[];
    const withHoa = communes.find((c) => /oà|òa/.test(c.name))!;
    const variant = withHoa.name.includes('oà') ? withHoa.name.replace('oà', 'òa') : withHoa.name.replace('òa', 'oà');
    for (const q of [variant, variant.normalize('NFD'), `Phường ${variant}`, withHoa.fullName.toUpperCase()]) {
      const found = (await get(`/api/v1/admin-units/provinces/01/communes/search?name=${encodeURIComponent(q)}`)).json();
      expect(found.map((c: { name: string }) => c.name), q).toContain(withHoa.name);
    }
  });

  it('resolves an address written with a pre-2025 commune code to its new unit(s)', async () => {
    const phucXa = (await get('/api/v1/admin-units/old-communes/00001')).json();
    expect(phucXa).toMatchObject({ oldName: 'Phường Phúc Xá', communes: [{ code: '00097', fullName: 'Phường Hồng Hà' }] });
    const congVi = (await get('/api/v1/admin-units/old-communes/00007')).json();
    expect(congVi.communes.map((c: { code: string }) => c.code).sort()).toEqual(['00008', '00025']);
    expect((await get('/api/v1/admin-units/old-communes/99999')).statusCode).toBe(404);
  });
});
