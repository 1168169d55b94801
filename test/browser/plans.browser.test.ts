import { describe, expect, it, vi } from 'vitest';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Annual inspection plans (issue 5 item 1) on the demo data: Hà Nội's chief inspector opens the plans, then next
 * year's draft, where the first item meets Hồ Chí Minh City's issued plan (same company, same content, same quarter):
 * the overlap is shown with its article and who resolves it, and "submit for opinion" is blocked with the reason; he
 * records the Inspector General's letter as the resolution and the step opens; he adds an item picked from the
 * subjects registry; this year's plan shows its amendment with what changed.
 */
// The demo data (3,575 agencies, 20,000 subjects) can take minutes to seed on a shared machine.
vi.setConfig({ hookTimeout: 600_000, testTimeout: 300_000 });

describe('inspection plans: overlap check before approval, amendments with history', () => {
  const suite = browserSuite();
  const shot = shooter('plans');
  const nextYear = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4)) + 1;

  it('lists the plans and shows the blocking overlap of next year’s draft with its article', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch thanh tra' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kế hoạch thanh tra' }).waitFor();
    const table = page.getByRole('table', { name: 'Danh sách kế hoạch thanh tra' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    await table.getByText('Đang dự thảo').waitFor();
    await table.getByText('Đã điều chỉnh').waitFor();
    await shot(page, '01-list-desktop');

    await page.getByRole('link', { name: `Kế hoạch thanh tra năm ${nextYear}` }).click();
    await page.getByRole('heading', { level: 1, name: `Kế hoạch thanh tra năm ${nextYear}` }).waitFor();
    await page.getByText(/Còn 2 nội dung chồng chéo chưa xử lý/).waitFor();
    const conflicts = page.getByRole('group', { name: 'Chồng chéo, trùng lặp của mục số 1' });
    await conflicts.getByText(/Chồng chéo với cuộc thanh tra của Thanh tra tỉnh/).waitFor();
    await conflicts.getByText(/Thanh tra thành phố Hồ Chí Minh/).first().waitFor();
    await conflicts.getByText(/khoản 3 Điều 4/).first().waitFor();
    await conflicts.getByText(/Tổng Thanh tra Chính phủ xử lý chồng chéo/).waitFor();
    const steps = page.getByRole('region', { name: 'Các bước tiếp theo', exact: true });
    const submit = steps.getByRole('button', { name: /Trình Thủ trưởng cơ quan quản lý nhà nước cùng cấp cho ý kiến/ });
    await expect(submit.isDisabled()).resolves.toBe(true);
    await steps.getByText(/Kế hoạch còn 2 nội dung chồng chéo, trùng lặp chưa xử lý/).waitFor();
    await shot(page, '02-plan-overlap-desktop');

    // The chief inspector records the Inspector General's letter for both conflicts: the step opens.
    for (let n = 0; n < 2; n++) {
      const form = conflicts.locator('form').first();
      await form.getByLabel(/Căn cứ xử lý/).fill('Văn bản số 102/TTCP-KHTH: Thanh tra thành phố Hà Nội lùi sang quý III.');
      await form.getByRole('button', { name: 'Ghi nhận' }).click();
      await expect.poll(() => conflicts.locator('form').count()).toBe(1 - n);
    }
    await page.getByText(/Các nội dung chồng chéo, trùng lặp đã được xử lý/).waitFor();
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await shot(page, '03-plan-resolved-desktop');

    // Add an item picked from the registry.
    await page.getByRole('button', { name: '+ Thêm cuộc thanh tra' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cuộc thanh tra vào kế hoạch' });
    await dialog.getByLabel('Tìm đối tượng trong danh mục (tên hoặc mã số thuế)').fill('Công ty');
    await dialog.locator('.pick-item').first().click();
    await dialog.getByText(/Đã chọn từ danh mục/).waitFor();
    await dialog.getByLabel('Nội dung thanh tra').fill('Thanh tra việc chấp hành pháp luật về xây dựng, đất đai.');
    await dialog.getByLabel('Quý thực hiện').selectOption('4');
    await dialog.getByLabel('Đơn vị chủ trì').fill('Phòng Thanh tra kinh tế - xã hội');
    await shot(page, '04-add-item-desktop', false);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('table', { name: 'Các mục của kế hoạch thanh tra' }).locator('tbody > tr:not(.plan-conflicts-row)').count()).toBe(5);

    // This year's plan: its amendment and what changed.
    await page.getByRole('link', { name: 'Danh sách kế hoạch' }).click();
    await page.getByRole('link', { name: `Kế hoạch thanh tra năm ${nextYear - 1}` }).click();
    const history = page.getByRole('region', { name: 'Các lần ban hành và điều chỉnh' });
    await history.getByText('Điều chỉnh lần 1 (phiên bản 2)').waitFor();
    await history.getByText(/Bổ sung: mục số 3 — Trường Đại học Thủ đô Hà Nội/).waitFor();
    await history.getByText(/Lý do: Lùi thời gian thanh tra/).waitFor();
    await shot(page, '05-history-desktop');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('shows the plan on a phone without sideways scrolling', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, MOBILE);
    await login(page, 'hcm.chanhthanhtra');
    await page.goto('/inspection-plans');
    await page.getByRole('link', { name: `Kế hoạch thanh tra năm ${nextYear}` }).click();
    await page.getByRole('heading', { level: 1, name: `Kế hoạch thanh tra năm ${nextYear}` }).waitFor();
    await page.getByText('Đã xử lý').first().waitFor();
    await shot(page, '06-plan-mobile');
    await context.close();
  });
});
