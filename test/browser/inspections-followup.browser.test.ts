import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../helpers/multipart';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Findings and follow-up on the demo inspections (issue 5 items 4–5): the team leader approves a finding and records
 * another with its evidence file; the chief inspector follows a money recommendation up (a payment beyond what remains
 * is refused with the article, a partial one moves the progress), reads the overdue list from the menu and opens a
 * follow-up inspection of an overdue recommendation, which links back to its origin.
 */
describe('inspections: findings, recommendations and their follow-up', () => {
  const suite = browserSuite();
  const shot = shooter('followup');
  const OPEN = 'Thanh tra việc chấp hành pháp luật về bảo hiểm xã hội tại Công ty Cổ phần May Hồng Hà';
  const DONE = 'Thanh tra việc quản lý, sử dụng ngân sách và đầu tư công tại Công ty TNHH Xây dựng Thăng Long';

  it('the team leader approves a finding and records one with an evidence file', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.thanhtravien');
    await page.goto('/inspections');
    await page.getByRole('link', { name: OPEN }).click();
    await page.getByRole('heading', { level: 1, name: OPEN }).waitFor();
    const panel = page.getByRole('region', { name: 'Nội dung thanh tra và kết quả kiểm tra, xác minh', exact: true });
    await panel.getByText('Chậm đóng bảo hiểm xã hội 6 tháng cho 120 lao động.').waitFor();
    await panel.getByRole('note', { name: 'Tổng hợp kết quả' }).getByText(/1\/2 kết quả đã duyệt; số tiền sai phạm đã duyệt: 1\.450\.000\.000/).waitFor();
    const second = panel.getByRole('listitem', { name: 'Kết quả số 2' });
    await second.getByText('Chờ Trưởng đoàn duyệt').waitFor();
    await second.getByRole('button', { name: 'Duyệt đưa vào báo cáo' }).click();
    await second.getByText('Trưởng đoàn đã duyệt').waitFor();
    await panel.getByText(/2\/2 kết quả đã duyệt; số tiền sai phạm đã duyệt: 1\.660\.000\.000/).waitFor();
    // A new finding: the evidence file is required; then saved with it.
    const form = panel.getByRole('form', { name: 'Ghi nhận kết quả kiểm tra, xác minh' });
    await form.getByLabel('Nội dung thanh tra').selectOption({ label: '2. Chế độ ốm đau, thai sản' });
    await form.getByLabel('Kết quả kiểm tra, xác minh').fill('Chưa giải quyết chế độ thai sản cho 4 lao động nữ trong thời hạn.');
    await form.getByLabel('Quy định bị vi phạm').fill('Luật Bảo hiểm xã hội 2024, Điều 59');
    await form.getByLabel('Số tiền liên quan (đồng)').fill('96.000.000');
    await form.getByRole('button', { name: 'Lưu kết quả' }).click();
    await form.getByText('Vui lòng chọn ít nhất một tệp chứng cứ.').waitFor();
    await form.locator('input[type="file"]').setInputFiles({ name: 'bien-ban-lam-viec.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await form.getByRole('button', { name: 'Lưu kết quả' }).click();
    await panel.getByText('Đã ghi nhận kết quả kiểm tra, xác minh.').waitFor();
    const third = panel.getByRole('listitem', { name: 'Kết quả số 3' });
    const file = third.getByRole('link', { name: 'bien-ban-lam-viec.pdf' });
    await file.waitFor();
    expect((await page.request.get((await file.getAttribute('href'))!)).status()).toBe(200);
    await third.getByText('96.000.000', { exact: false }).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await shot(page, '01-findings-desktop');
    await page.setViewportSize(MOBILE);
    await shot(page, '02-findings-mobile');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the chief inspector records a recovered payment, reads the overdue list and opens a follow-up inspection', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.goto('/inspections');
    await page.getByRole('link', { name: DONE }).click();
    await page.getByRole('heading', { level: 1, name: DONE }).waitFor();
    const recs = page.getByRole('region', { name: 'Kiến nghị và theo dõi thực hiện', exact: true });
    const money = recs.getByRole('listitem', { name: 'Kiến nghị số 1' });
    await money.getByText(/Đã thu hồi 450\.000\.000.*\/ 850\.000\.000.*\(52%\) — còn lại 400\.000\.000/).waitFor();
    await money.getByText(/Quá hạn \d+ ngày/).waitFor();
    await expect(money.getByRole('progressbar', { name: 'Tiến độ thu hồi' }).getAttribute('aria-valuenow')).resolves.toBe('52');
    await money.getByRole('button', { name: 'Theo dõi', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Theo dõi kiến nghị số 1' });
    // Blocked steps say why, with the article: not fully recovered.
    await dialog.getByText(/Mới thu hồi 450\.000\.000 \/ 850\.000\.000 đồng/).waitFor();
    await shot(page, '03-recommendation-steps-desktop', false);
    await dialog.getByRole('button', { name: 'Ghi nhận kết quả thực hiện (số tiền đã thu hồi, văn bản xử lý)' }).click();
    await dialog.getByText(/Còn phải thu hồi: 400\.000\.000/).waitFor();
    await dialog.getByLabel('Số tiền đã thu hồi lần này (đồng)').fill('500.000.000');
    await dialog.getByLabel('Chứng từ (giấy nộp tiền, số, ngày)').fill('Giấy nộp tiền số 03');
    await dialog.getByRole('button', { name: 'Ghi nhận bước này' }).click();
    await dialog.getByRole('alert').getByText(/vượt số còn phải thu hồi \(400\.000\.000 đồng\).*Điều 53/).waitFor();
    await shot(page, '04-payment-refused-desktop', false);
    await dialog.getByLabel('Số tiền đã thu hồi lần này (đồng)').fill('250.000.000');
    await dialog.getByRole('button', { name: 'Ghi nhận bước này' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await money.getByText(/Đã thu hồi 700\.000\.000.*\(82%\) — còn lại 150\.000\.000/).waitFor();
    await money.getByText('Các lần nộp tiền').click();
    await money.getByText(/^\d{2}\/\d{2}\/\d{4}: 250\.000\.000.*Giấy nộp tiền số 03$/).waitFor();
    await recs.scrollIntoViewIfNeeded();
    await shot(page, '05-recommendations-desktop');

    // The overdue list from the menu.
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kiến nghị chậm thực hiện' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kiến nghị chậm thực hiện' }).waitFor();
    const table = page.getByRole('table', { name: 'Kiến nghị chậm thực hiện' });
    await table.getByRole('link', { name: /Kiến nghị số 1 — Thu hồi tiền/ }).waitFor();
    await table.getByRole('link', { name: /Kiến nghị số 2 — Xem xét trách nhiệm/ }).waitFor();
    await table.getByText(/Thu hồi: 700\.000\.000/).waitFor();
    await shot(page, '06-overdue-desktop');
    await page.setViewportSize(MOBILE);
    await shot(page, '07-overdue-mobile');
    await page.setViewportSize(DESKTOP);

    // A follow-up inspection of the overdue discipline recommendation, linked both ways.
    await table.getByRole('link', { name: /Kiến nghị số 2/ }).click();
    await page.getByRole('heading', { level: 1, name: DONE }).waitFor();
    const discipline = recs.getByRole('listitem', { name: 'Kiến nghị số 2' });
    await discipline.getByRole('button', { name: 'Quyết định thanh tra việc thực hiện' }).click();
    const decide = page.getByRole('dialog', { name: 'Thanh tra việc thực hiện kiến nghị số 2' });
    await decide.getByLabel('Số quyết định').fill('120/QĐ-TTr');
    await decide.getByRole('button', { name: 'Tạo cuộc thanh tra' }).click();
    await page.getByRole('heading', { level: 1, name: /Thanh tra việc thực hiện kiến nghị số 2 của kết luận thanh tra/ }).waitFor();
    await page.getByText(/Đã tạo cuộc thanh tra \d{4}\/TT-\d{4}\./).waitFor();
    const origin = page.getByRole('note').getByRole('link', { name: /kiểm tra việc thực hiện kiến nghị số 2 của cuộc thanh tra/ });
    await origin.waitFor();
    await shot(page, '08-follow-up-inspection-desktop');
    await origin.click();
    await page.getByRole('heading', { level: 1, name: DONE }).waitFor();
    await recs.getByRole('listitem', { name: 'Kiến nghị số 2' }).getByRole('link', { name: /Cuộc thanh tra việc thực hiện: \d{4}\/TT-\d{4}/ }).waitFor();
    await page.setViewportSize(MOBILE);
    await shot(page, '09-recommendations-mobile');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
