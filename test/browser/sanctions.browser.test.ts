import { describe, expect, it } from 'vitest';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Administrative sanctions end to end on the demo data: the head of the Hà Nội inspectorate opens the list (unpaid and
 * overdue filters), a time-barred case whose decision step is blocked with the article, then a recorded case: the
 * decision form refuses the inspector as signer (beyond his power, Art 52) and accepts the chief inspector with the
 * limitation end shown; the decision is issued with its PDF and DOCX, delivered, and a partial payment recorded.
 */
describe('sanctions: list, case page, decision form within the signer’s power, payment', () => {
  const suite = browserSuite();
  const shot = shooter('sanctions');

  it('lists, refuses beyond power, decides, delivers and records a payment', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Xử phạt VPHC' }).click();
    await page.getByRole('heading', { level: 1, name: 'Xử phạt vi phạm hành chính' }).waitFor();
    const table = page.getByRole('table', { name: 'Danh sách hồ sơ xử phạt' });
    await table.getByRole('row').nth(8).waitFor();
    await table.getByText('Quá hạn', { exact: true }).first().waitFor();
    await shot(page, '01-list-desktop');
    await page.getByLabel('Quá hạn chấp hành').click();
    await page.waitForURL(/overdue=true/);
    // Every case listed is overdue (the demo also imports older decisions, so the count is not fixed).
    await expect.poll(async () => (await table.getByRole('row').count()) - 1 - (await table.getByRole('row').filter({ hasText: 'Quá hạn' }).count())).toBe(0);
    await shot(page, '02-list-overdue');
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();

    // The time-barred case (an individual): "decide" is blocked with the limitation article.
    await page.getByLabel('Trạng thái').selectOption('record_made');
    await page.waitForURL(/status=record_made/);
    await table.getByRole('link', { name: 'Phạm Minh Đức' }).click();
    const steps = page.getByRole('region', { name: 'Các bước tiếp theo', exact: true });
    await steps.getByText(/Đã hết thời hiệu xử phạt/).waitFor();
    await steps.getByText(/Điều 6/).first().waitFor();
    await expect(steps.getByRole('button', { name: 'Ra quyết định xử phạt', exact: true }).isDisabled()).resolves.toBe(true);
    await shot(page, '03-case-time-barred');

    // The recorded case of an organisation.
    await page.locator('nav.breadcrumb').getByRole('link').click();
    await page.getByLabel('Trạng thái').selectOption('record_made');
    await page.waitForURL(/status=record_made/);
    await table.getByRole('link').filter({ hasNotText: 'Phạm Minh Đức' }).first().click();
    await steps.getByRole('button', { name: 'Ra quyết định xử phạt', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Thời hạn, thời hiệu' }).getByText('Thời hiệu xử phạt').first().waitFor();
    await shot(page, '04-case-recorded');
    await steps.getByRole('button', { name: 'Ra quyết định xử phạt', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Ra quyết định xử phạt' });
    const signer = dialog.getByLabel('Người ký quyết định');
    await signer.locator('option', { hasText: 'Lê Minh Tuấn' }).waitFor({ state: 'attached' });
    await dialog.getByLabel('Số tiền phạt (đồng)').fill('15000000');
    await signer.selectOption({ label: 'Lê Minh Tuấn — Thanh tra viên (người được giao nhiệm vụ thanh tra chuyên ngành) đang thi hành công vụ' });
    const check = dialog.getByRole('region', { name: 'Kiểm tra thẩm quyền và thời hiệu' });
    await check.getByText('Không được ra quyết định:').waitFor();
    await check.getByText(/vượt thẩm quyền/).waitFor();
    await check.getByText(/Điều 52/).first().waitFor();
    await expect(dialog.getByRole('button', { name: 'Ra quyết định và lập văn bản' }).isDisabled()).resolves.toBe(true);
    await shot(page, '05-decision-form-refused', false);
    await signer.selectOption({ label: 'Trần Thị Hồng — Chánh Thanh tra tỉnh' });
    await check.getByText('✓ Quyết định trong thẩm quyền và còn thời hiệu.').waitFor();
    await check.getByText(/\d{2}\/\d{2}\/\d{4}/).first().waitFor();
    await dialog.getByLabel('Biện pháp khắc phục hậu quả (mỗi dòng một mục)').fill('Buộc trả đủ tiền lương chậm trả cho người lao động');
    await shot(page, '06-decision-form-lawful', false);
    await dialog.getByRole('button', { name: 'Ra quyết định và lập văn bản' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const decision = page.getByRole('region', { name: 'Quyết định xử phạt' });
    await decision.getByRole('link', { name: 'PDF' }).waitFor();
    const pdf = await page.request.get(String(await decision.getByRole('link', { name: 'PDF' }).getAttribute('href')));
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await steps.getByRole('button', { name: /^Giao, gửi quyết định xử phạt/ }).click();
    const deliver = page.getByRole('dialog', { name: /^Giao, gửi quyết định xử phạt/ });
    await deliver.getByRole('button', { name: 'Thực hiện' }).click();
    await deliver.waitFor({ state: 'hidden' });
    const payments = page.getByRole('region', { name: 'Tiền phạt và nộp phạt' });
    await payments.getByLabel('Số biên lai, chứng từ').fill('BL-2026-0099');
    await payments.getByLabel('Số tiền phạt nộp (đồng)').fill('5000000');
    await payments.getByRole('button', { name: 'Ghi nhận' }).click();
    await payments.getByText('BL-2026-0099').waitFor();
    await payments.getByText(/10\.000\.000/).first().waitFor();
    await shot(page, '07-case-decided-paid');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  }, 240_000);

  it('fits a phone', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, MOBILE);
    await login(page, 'hn.chanhthanhtra');
    await page.goto(`${suite.server.url}/sanctions?unpaid=true`);
    await page.getByRole('table', { name: 'Danh sách hồ sơ xử phạt' }).getByRole('row').nth(1).waitFor();
    await shot(page, '08-list-mobile');
    await context.close();
  }, 120_000);
});
