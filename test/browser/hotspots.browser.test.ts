import { describe, expect, it } from 'vitest';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * The hot-spot map (issue 7 item 5): the administrator (whose scope is the whole country) opens "Điểm nóng", sees the demo surge of
 * land-compensation complaints in Thanh Hoá flagged on the map and in the table, drills down to its communes and to
 * the letters themselves.
 */
describe('hot spots: map, communes, drill-down to the letters', () => {
  const suite = browserSuite();
  const shot = shooter('hotspots');

  it('flags the province that surged, its commune, and opens its letters', { timeout: 300_000 }, async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'admin');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Điểm nóng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Điểm nóng đơn thư' }).waitFor();
    const map = page.getByRole('group', { name: 'Bản đồ điểm nóng theo tỉnh, thành phố' });
    await map.locator('path.province').nth(33).waitFor();
    await expect(map.locator('path.province').count()).resolves.toBe(34);
    const row = page.getByRole('row', { name: /Thanh Hoá|Thanh Hóa/ });
    await row.getByText('Điểm nóng', { exact: true }).waitFor();
    await expect(map.locator('path.province.level-hot').count()).resolves.toBeGreaterThanOrEqual(1);
    await shot(page, '01-provinces-desktop');

    // Drill down: the communes of Thanh Hoá (from the map), the surging one first.
    await map.getByRole('link', { name: /Thanh Hoá|Thanh Hóa/ }).click();
    await page.getByRole('heading', { level: 2, name: /Theo xã, phường — .*Thanh Ho/ }).waitFor();
    const communes = page.locator('.hotspot-table tbody tr');
    await communes.first().waitFor();
    await expect(communes.first().locator('.hotspot-badge').textContent()).resolves.not.toBe('Bình thường');
    await shot(page, '02-communes-desktop');

    // The letters of that commune in the current period, in the work list with its filters.
    await communes.first().getByRole('link', { name: 'Xem các đơn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đơn thư' }).waitFor();
    expect(new URL(page.url()).searchParams.get('provinceCode')).toBe('38');
    await page.getByText('Khiếu nại về bồi thường, hỗ trợ khi thu hồi đất làm khu công nghiệp').first().waitFor();
    await shot(page, '03-letters-desktop');

    await page.goBack();
    await page.setViewportSize(MOBILE);
    await page.getByRole('button', { name: '← Tất cả tỉnh, thành phố' }).click();
    await map.locator('path.province').nth(33).waitFor();
    await shot(page, '04-provinces-mobile');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
