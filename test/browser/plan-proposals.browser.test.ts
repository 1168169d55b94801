import { describe, expect, it, vi } from 'vitest';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Risk-based planning (issue 7 item 6) on the demo data: Hà Nội's chief inspector opens next year's draft plan, sees
 * the subjects proposed by risk with their reasons, narrows to a sector, opens the subjects the law keeps out (the
 * company already in the plan and in Hồ Chí Minh City's plan: once a year, NQ 198/2025 Art 4), and adds two
 * proposals to the draft, which then show the score they were accepted on.
 */
vi.setConfig({ hookTimeout: 600_000, testTimeout: 300_000 });

describe('inspection plan: risk-based proposals', () => {
  const suite = browserSuite();
  const shot = shooter('plan-proposals');
  const nextYear = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4)) + 1;

  it('ranks, explains, excludes with the article, and adds proposals to the draft', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch thanh tra' }).click();
    await page.getByRole('link', { name: `Kế hoạch thanh tra năm ${nextYear}` }).click();
    const panel = page.getByRole('region', { name: 'Đề xuất theo rủi ro' });
    await panel.waitFor();
    const table = panel.getByRole('table', { name: 'Đối tượng đề xuất theo rủi ro' });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 60_000 }).toBe(20);
    // The demo scores are computed by the job worker after the first start: wait for them (the ranking follows them).
    await expect
      .poll(
        async () => {
          await page.reload();
          return table.locator('tbody tr').first().innerText({ timeout: 30_000 });
        },
        { timeout: 240_000, interval: 5_000 },
      )
      .not.toMatch(/Chưa có điểm/);
    await table.locator('tbody tr').first().locator('.risk-level').waitFor();
    await panel.getByText(/1–20 \/ [\d.]+ đối tượng/).waitFor();
    await table.locator('tbody tr').first().getByText(/Chưa thanh tra trên hệ thống|năm\)/).waitFor();
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '01-proposals-desktop', false);

    // A sector: mining and quarrying (B).
    await panel.getByLabel('Ngành (VSIC cấp 1)').selectOption('B');
    await expect.poll(async () => (await table.locator('tbody tr').allInnerTexts()).every((r) => r.includes('Khai khoáng'))).toBe(true);

    // The subjects kept out now, each with its article.
    await panel.getByLabel('Ngành (VSIC cấp 1)').selectOption('');
    await panel.getByRole('button', { name: /Đối tượng chưa được thanh tra lại \(\d+\)/ }).click();
    const excluded = panel.getByRole('table', { name: 'Đối tượng chưa được thanh tra lại, kèm căn cứ' });
    await excluded.getByText(/Đã có trong dự thảo kế hoạch này \(mục số 1\)/).waitFor();
    await excluded.getByText(/Nghị quyết 198\/2025\/QH15, Điều 4/).first().waitFor();
    await excluded.scrollIntoViewIfNeeded();
    await shot(page, '02-excluded-desktop', false);

    // Back to the proposals: pick the first two and add them to the draft.
    await panel.getByRole('button', { name: 'Danh sách đề xuất' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(20);
    const names = [(await table.locator('tbody tr').nth(0).locator('.strong').first().innerText()).trim(), (await table.locator('tbody tr').nth(1).locator('.strong').first().innerText()).trim()];
    await table.getByRole('checkbox', { name: `Chọn ${names[0]}` }).check();
    await table.getByRole('checkbox', { name: `Chọn ${names[1]}` }).check();
    const form = panel.getByRole('form', { name: 'Đưa 2 đối tượng đã chọn vào dự thảo kế hoạch' });
    await form.getByRole('button', { name: 'Đưa vào dự thảo' }).click();
    await form.getByText('Nội dung thanh tra phải có ít nhất 10 ký tự.').waitFor();
    await form.getByLabel(/Nội dung thanh tra/).fill('Thanh tra việc chấp hành pháp luật về thuế, môi trường.');
    await form.getByLabel(/Đơn vị chủ trì/).fill('Phòng Thanh tra kinh tế - xã hội');
    await form.getByLabel('Quý dự kiến').selectOption('3');
    await form.scrollIntoViewIfNeeded();
    await shot(page, '03-accept-desktop', false);
    await form.getByRole('button', { name: 'Đưa vào dự thảo' }).click();
    for (const n of names) await page.locator('.plan-items-table').getByText(n, { exact: true }).waitFor();
    await expect.poll(() => page.locator('.plan-items-table .plan-item-proposal').count()).toBe(2);
    await page.locator('.plan-items-table .plan-item-proposal').first().getByText(/Điểm rủi ro|Chưa có điểm rủi ro/).waitFor();
    await page.locator('.plan-items-table .plan-item-proposal').last().scrollIntoViewIfNeeded();
    await shot(page, '04-accepted-desktop', false);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('fits a phone', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, MOBILE);
    await login(page, 'hn.chanhthanhtra');
    await page.goto('/inspection-plans');
    await page.getByRole('link', { name: `Kế hoạch thanh tra năm ${nextYear}` }).click();
    const panel = page.getByRole('region', { name: 'Đề xuất theo rủi ro' });
    await expect.poll(() => panel.locator('tbody tr').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await shot(page, '05-proposals-mobile');
    await context.close();
  });
});
