import { describe, expect, it } from 'vitest';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Early warning end to end: the first start queues the scoring of the demo subjects; the head of the Hà Nội
 * inspectorate opens "Cảnh báo sớm", opens a subject's score with its explanation and history with the platform, then
 * acknowledges a warning and dismisses it (refused without a reason). The administrator sees the indicator set.
 */
describe('early warning: inbox, score explanation, handling, indicator set', () => {
  // The demo scoring runs in the background job worker.
  const suite = browserSuite({ JOBS_ENABLED: 'true' });
  const shot = shooter('risk');

  it('shows warnings with the explanation and handles one', { timeout: 400_000 }, async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cảnh báo sớm' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cảnh báo sớm' }).waitFor();
    const table = page.getByRole('table', { name: 'Cảnh báo sớm' });
    // The first scoring runs after the start: wait for its warnings.
    for (let i = 0; i < 60 && !(await table.isVisible()); i++) {
      await page.waitForTimeout(3000);
      await page.reload();
    }
    await table.getByRole('row').nth(1).waitFor();
    await shot(page, '01-inbox-desktop');

    const first = table.getByRole('row').nth(1);
    const name = (await first.getByRole('link').first().textContent())!;
    await first.getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Điểm rủi ro (cảnh báo sớm)' }).waitFor();
    await page.getByText('Tính lại từ dữ liệu đã lưu cho cùng kết quả ✓').waitFor();
    await expect(page.getByRole('cell', { name: /Số năm từ lần thanh tra gần nhất/ }).isVisible()).resolves.toBe(true);
    // All four sources are wired: every indicator is available (none says its source is not connected).
    await expect(page.getByRole('cell', { name: /Vi phạm hành chính bị xử phạt trong 3 năm/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Nguồn dữ liệu chưa kết nối.').count()).resolves.toBe(0);
    await shot(page, '02-score-desktop');
    await page.getByRole('button', { name: 'Tính lại', exact: true }).first().click();
    await page.getByText(/khớp với điểm đã lưu ✓/).waitFor();
    await page.getByRole('tab', { name: 'Lịch sử với nền tảng' }).click();
    await page.getByRole('heading', { level: 2, name: 'Các cuộc thanh tra và kết luận' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Quyết định xử phạt vi phạm hành chính' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kiến nghị tại kết luận thanh tra' }).waitFor();
    await shot(page, '03-history-desktop');

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cảnh báo sớm' }).click();
    const row = table.getByRole('row', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await row.getByRole('button', { name: 'Ghi nhận' }).click();
    await row.getByText('Đã ghi nhận').waitFor();
    await row.getByRole('button', { name: 'Bỏ qua', exact: true }).click();
    await row.getByRole('button', { name: 'Bỏ qua cảnh báo' }).click();
    await row.getByText(/lý do/).first().waitFor();
    await shot(page, '04-dismiss-refused-desktop');
    await row.getByLabel('Lý do bỏ qua').fill('Đã thanh tra chuyên đề quý III, không có dấu hiệu vi phạm mới.');
    await row.getByRole('button', { name: 'Bỏ qua cảnh báo' }).click();
    await page.getByRole('button', { name: 'Đã bỏ qua', exact: true }).click();
    await page.getByText('Đã thanh tra chuyên đề quý III', { exact: false }).waitFor();

    await page.setViewportSize(MOBILE);
    await page.getByRole('button', { name: 'Cần xử lý' }).click();
    await table.getByRole('row').nth(1).waitFor();
    await shot(page, '05-inbox-mobile');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('the administrator sees the versions of the indicator set', { timeout: 120_000 }, async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, DESKTOP);
    await login(page, 'admin');
    await page.goto(`${suite.server.url}/canh-bao-som/bo-chi-so`);
    await page.getByRole('heading', { level: 2, name: 'Phiên bản hiện hành: 1' }).waitFor();
    await expect(page.getByText('Vi phạm hành chính bị xử phạt trong 3 năm').isVisible()).resolves.toBe(true);
    await shot(page, '06-indicator-set-desktop');
    await context.close();
  });
});
