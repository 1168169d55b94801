import { describe, expect, it } from 'vitest';
import { completeTaxCode, csvLine, SUBJECT_COLUMNS } from '../../src/shared/domain/subjects';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Managed subjects end to end: the head of the Hà Nội inspectorate opens the registry (demo subjects of Hà Nội only),
 * searches without diacritics, opens a subject, then imports a small CSV with one broken row and sees the progress,
 * the counts and the error report links.
 */
describe('managed subjects: registry, search, subject page, import with error report', () => {
  // The import runs in the background job worker, which the other browser suites leave off.
  const suite = browserSuite({ JOBS_ENABLED: 'true' });
  const shot = shooter('subjects');

  it('lists, searches, opens a subject and imports a file', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đối tượng quản lý' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đối tượng quản lý' }).waitFor();
    const table = page.getByRole('table', { name: 'Đối tượng quản lý' });
    await table.getByRole('row').nth(1).waitFor();
    await expect(table.getByText('Hà Nội').first().isVisible()).resolves.toBe(true);
    await shot(page, '01-list-desktop');

    await page.getByLabel('Tìm theo tên').fill('hop tac xa');
    await page.waitForURL(/q=hop/);
    await table.getByRole('link', { name: /Hợp tác xã/ }).first().waitFor();
    await table.getByRole('link', { name: /Hợp tác xã/ }).first().click();
    await page.getByText('Người đại diện theo pháp luật').waitFor();
    await shot(page, '02-subject-desktop');

    await page.getByRole('link', { name: '← Đối tượng quản lý' }).click();
    await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đối tượng từ tệp' });
    const mst = (n: number) => completeTaxCode(`01${String(9_000_000 + n).padStart(7, '0')}`) ?? completeTaxCode(`01${String(9_100_000 + n).padStart(7, '0')}`)!;
    const line = (values: Record<string, string>) => csvLine(SUBJECT_COLUMNS.map((c) => values[c.key] ?? ''));
    const csv =
      `\ufeff${csvLine(SUBJECT_COLUMNS.map((c) => c.header))}` +
      line({ taxCode: mst(1), name: 'Công ty TNHH Kiểm thử Trình duyệt', provinceCode: '01', communeCode: '00004', vsicCode: '6201' }) +
      line({ taxCode: '0100233480', name: 'Công ty mã số thuế sai', provinceCode: '01' }) +
      line({ taxCode: mst(2), name: 'Hợp tác xã Địa chỉ cũ', oldCommuneCode: '10012' });
    await dialog.locator('input[type=file]').setInputFiles({ name: 'dang-ky.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await dialog.getByRole('button', { name: 'Bắt đầu nhập' }).click();
    await dialog.getByText(/đã xong/).waitFor({ timeout: 30_000 });
    await dialog.getByText('Thêm mới: 2').waitFor();
    await dialog.getByText('Dòng lỗi (không nhập): 1').waitFor();
    await dialog.getByText(/chữ số kiểm tra/).waitFor();
    await expect(dialog.getByRole('link', { name: 'XLSX' }).getAttribute('href')).resolves.toMatch(/\/errors\?format=xlsx$/);
    await shot(page, '03-import-done-desktop', false);
    await dialog.locator('.form-actions').getByRole('button', { name: 'Đóng' }).click();

    await page.setViewportSize(MOBILE);
    await page.getByLabel('Tìm theo tên').fill('kiem thu trinh duyet');
    await page.getByRole('link', { name: 'Công ty TNHH Kiểm thử Trình duyệt' }).waitFor();
    await shot(page, '04-list-mobile');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
