import { describe, expect, it } from 'vitest';
import { completeTaxCode } from '../../src/shared/domain/subjects/tax-code';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Hot spots by sector (issue 7 item 5) and the demo subjects' histories (issue 7, demo): the demo ties letters to
 * construction, retail and quarrying companies of Hà Nội and Hồ Chí Minh City, with a surge about Hà Nội's
 * construction companies in the last three weeks. Hà Nội's chief inspector sees the sectors table, filters the map by
 * construction, and a construction company's page lists the letters about it.
 */
describe('hot spots by sector; subject histories', () => {
  const suite = browserSuite();
  const shot = shooter('hotspot-sectors');

  it('tests each sector against its history, filters the map by a sector, and shows a subject’s letters', { timeout: 300_000 }, async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Điểm nóng' }).click();
    const card = page.getByRole('region', { name: 'Theo ngành (VSIC cấp 1)' });
    await card.waitFor();
    const construction = card.getByRole('row', { name: /F — Xây dựng/ });
    await construction.waitFor();
    await expect(card.getByRole('row', { name: /G — Bán buôn và bán lẻ/ }).isVisible()).resolves.toBe(true);
    await card.getByText(/đơn của kỳ này chưa gắn với đối tượng có mã ngành/).waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot(page, '01-sectors-desktop', false);

    // Filter the map and the provinces to construction: Hà Nội, where the surge is, comes first.
    await construction.getByRole('button', { name: /F — Xây dựng/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe('F');
    await page.getByText('Chỉ tính đơn về đối tượng thuộc ngành F — Xây dựng.').waitFor();
    await expect.poll(() => page.getByLabel('Ngành (VSIC cấp 1)', { exact: true }).inputValue()).toBe('F');
    const provinces = page.locator('.hotspot-table-card .hotspot-table tbody tr');
    await expect.poll(() => provinces.first().textContent()).toMatch(/Hà Nội/);
    await expect(provinces.count()).resolves.toBeLessThanOrEqual(2);
    await shot(page, '02-filtered-desktop');

    // A construction company's page: the letters about it, in its history with the platform.
    const found = (await (await page.request.get('/api/v1/subjects?vsicCode=41&status=active&limit=1')).json()) as { items: { id: string; name: string }[] };
    await page.goto(`/subjects/${found.items[0]!.id}`);
    await page.getByRole('tab', { name: 'Lịch sử với nền tảng' }).click();
    // The letters tied to it (at least the four of the last months, more for the surge).
    await expect.poll(() => page.locator('section[aria-labelledby="facts-petitions"] li').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    await shot(page, '03-subject-history-desktop');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('registers a subject with the form (check digit, 2025 commune, VSIC sector) and edits its status', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.goto('/subjects');
    await page.getByRole('button', { name: '+ Thêm đối tượng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm đối tượng quản lý' });
    const good = completeTaxCode('019876544')!;
    const wrong = `${good.slice(0, 9)}${(Number(good[9]) + 1) % 10}`;
    await dialog.getByLabel(/Mã số thuế/).fill(wrong);
    await dialog.getByText(/sai chữ số kiểm tra \(số thứ 10\)/).waitFor();
    await dialog.getByLabel(/Tên tổ chức/).fill('Công ty TNHH Xây dựng Thử Nghiệm Biểu Mẫu');
    await dialog.getByLabel(/Tỉnh, thành phố/).selectOption('01');
    const commune = dialog.getByLabel(/Xã, phường, đặc khu/);
    await expect.poll(() => commune.locator('option').count()).toBeGreaterThan(10);
    await commune.selectOption({ index: 1 });
    await dialog.getByLabel(/Ngành nghề chính/).fill('4100');
    await dialog.getByText('F — Xây dựng · 41 Xây dựng nhà các loại').waitFor();
    await dialog.getByRole('button', { name: 'Thêm đối tượng' }).click();
    await dialog.getByText(/sai chữ số kiểm tra/).first().waitFor();
    await shot(page, '05-form-error-desktop', false);
    await dialog.getByLabel(/Mã số thuế/).fill(good);
    await dialog.getByText(`Mã số thuế hợp lệ: ${good}`).waitFor();
    await dialog.getByRole('button', { name: 'Thêm đối tượng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Công ty TNHH Xây dựng Thử Nghiệm Biểu Mẫu' }).waitFor();
    await page.getByText('4100 — Xây dựng nhà các loại (F — Xây dựng)').waitFor();

    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa thông tin đối tượng' });
    await edit.getByLabel('Trạng thái').selectOption('suspended');
    await edit.getByLabel('Lý do thay đổi').fill('Thông báo tạm ngừng kinh doanh số 12/TB-ĐKKD');
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await edit.waitFor({ state: 'hidden' });
    await page.getByText('Tạm ngừng kinh doanh').first().waitFor();
    await shot(page, '06-subject-edited-desktop');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('fits a phone', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, MOBILE);
    await login(page, 'hn.chanhthanhtra');
    await page.goto('/hotspots?sector=F');
    await page.getByRole('region', { name: 'Theo ngành (VSIC cấp 1)' }).getByRole('row', { name: /F — Xây dựng/ }).waitFor();
    await shot(page, '04-sectors-mobile');
    await context.close();
  });
});
