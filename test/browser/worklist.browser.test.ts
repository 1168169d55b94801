import { beforeAll, describe, expect, it } from 'vitest';
import { minimalPdf } from '../helpers/multipart';
import { browserSuite, DESKTOP, login, MOBILE, newContext, settled, shooter } from './helpers';

/**
 * The work-list tools on real pages: the sender adds a document from the tracking page on a phone; the head filters
 * the list, saves the view, sees the overdue page, assigns the letter and opens the sender's file; the reception
 * officer splits a letter with two contents into two cases.
 */
describe('petitions work list: attachments, saved views, overdue, assignment, splitting', () => {
  const suite = browserSuite({ PUBLIC_POW_DIFFICULTY: '0' });
  const shot = shooter('worklist');
  const TITLE = 'Kiến nghị lắp đèn chiếu sáng và phản ánh rác thải ở ngõ 12';
  const EARLIER = 'Kiến nghị sửa đèn đường ngõ 12 Hàng Gà';
  let receipt = { trackingCode: '', secret: '' };

  beforeAll(async () => {
    const { server } = suite;
    const agencies = (await (await fetch(`${server.url}/api/v1/public/agencies?provinceCode=01`)).json()) as { id: string; name: string }[];
    const inspectorate = agencies.find((a) => a.name === 'Thanh tra thành phố Hà Nội')!;
    const send = (title: string) =>
      fetch(`${server.url}/api/v1/public/petitions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          agencyId: inspectorate.id,
          kind: 'petition',
          title,
          content: 'Ngõ 12 phố Hàng Gà không có đèn chiếu sáng từ nhiều tháng nay; đồng thời rác thải tập kết không đúng giờ gây ô nhiễm.',
          author: { fullName: 'Đinh Thị Kiến', address: 'Ngõ 12 Hàng Gà, Hà Nội', phone: '0933444555' },
          provinceCode: '01',
          truthfulness: true,
        }),
      });
    // An earlier letter of the same sender: the case page finds it (same person, by blind index).
    expect((await send(EARLIER)).status).toBe(201);
    const res = await send(TITLE);
    expect(res.status, await res.clone().text()).toBe(201);
    receipt = (await res.json()) as typeof receipt;
  });


  it('the sender adds a document from the tracking page on a phone', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, MOBILE);
    await page.goto('/cong-dan/tra-cuu');
    await page.getByLabel('Mã tra cứu').fill(receipt.trackingCode);
    await page.getByLabel('Mật mã').fill(receipt.secret);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByRole('heading', { name: 'Bổ sung tài liệu' }).waitFor();
    await page.getByLabel(/Tài liệu, chứng cứ/).setInputFiles({ name: 'anh-hien-truong.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await page.getByRole('button', { name: 'Gửi tài liệu' }).click();
    await page.getByText('Đã gửi 1 tệp.').waitFor();
    await page.getByText('anh-hien-truong.pdf').waitFor();
    await page.getByText('Đã nhận tài liệu bổ sung của người gửi').waitFor();
    await shot(page, '01-portal-attach-mobile');
    expect(external).toEqual([]);
    await context.close();
  });

  it('the head filters, saves a view, sees the overdue page, assigns the letter and opens the file', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.goto('/petitions');
    await page.getByRole('heading', { level: 1, name: 'Đơn thư' }).waitFor();
    await page.getByLabel('Thời hạn', { exact: true }).selectOption('overdue');
    await page.waitForURL(/deadline=overdue/);
    await settled(page);
    await page.getByLabel('Tên bộ lọc').fill('Đơn quá hạn');
    await page.getByRole('button', { name: 'Lưu bộ lọc này' }).click();
    await page.getByText('Đã lưu bộ lọc "Đơn quá hạn".').waitFor();
    await shot(page, '02-list-overdue-saved-view');
    // Reset, then apply the saved view again.
    await page.getByRole('button', { name: 'Xóa bộ lọc', exact: true }).click();
    await page.getByRole('button', { name: 'Đơn quá hạn', exact: true }).click();
    await page.waitForURL(/deadline=overdue/);

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thời hạn quá hạn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thời hạn quá hạn' }).waitFor();
    await settled(page);
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    await shot(page, '03-overdue-page');

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thống kê' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thống kê đơn thư' }).waitFor();
    await page.getByRole('heading', { name: 'Tiếp nhận và xử lý đơn' }).waitFor();
    await shot(page, '03b-stats-page');
    const xlsx = await page.request.get((await page.getByRole('link', { name: 'Xuất Excel (XLSX)' }).getAttribute('href')) as string);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

    await page.goto('/petitions');
    await page.getByLabel('Tìm kiếm').fill('den chieu sang ngo 12');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('link', { name: /anh-hien-truong\.pdf/ }).waitFor();
    const similar = page.getByRole('region', { name: 'Đơn trùng, đơn lặp lại' });
    await similar.getByRole('link', { name: EARLIER }).waitFor();
    await similar.getByText(/Cùng người gửi/).first().waitFor();
    await page.getByLabel('Giao cho').selectOption({ label: 'Lê Minh Tuấn' });
    await page.getByRole('button', { name: 'Giao xử lý' }).click();
    await page.getByText('Đã giao Lê Minh Tuấn xử lý đơn.').waitFor();
    await page.getByLabel(/Chọn tệp \(PDF/).setInputFiles({ name: 'ban-quet-don.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByRole('link', { name: /ban-quet-don\.pdf/ }).waitFor();
    await shot(page, '04-letter-assigned-attachments');
    const download = await page.request.get(await page.getByRole('link', { name: /anh-hien-truong\.pdf/ }).getAttribute('href') as string);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the reception officer splits the letter into two contents: two cases open', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, DESKTOP);
    await login(page, 'hn.tiepdan');
    await page.goto('/petitions');
    await page.getByLabel('Tìm kiếm').fill('den chieu sang ngo 12');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const panel = page.getByRole('region', { name: 'Xử lý' });
    await panel.getByRole('button', { name: /^Phân loại đơn/ }).click();
    let dialog = page.getByRole('dialog', { name: /^Phân loại đơn/ });
    await dialog.getByLabel('Phân loại').selectOption('mixed_content');
    await dialog.getByRole('group', { name: 'Tách nội dung đơn' }).waitFor();
    // A second content without a summary is refused on the spot.
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await dialog.getByText(/Cần ít nhất 2 nội dung/).waitFor();
    const summaries = dialog.getByLabel('Tóm tắt nội dung');
    await dialog.getByLabel('Nội dung 1 — Loại').selectOption('petition');
    await summaries.nth(0).fill('Kiến nghị lắp đèn chiếu sáng ngõ 12');
    await dialog.getByLabel('Nội dung 2 — Loại').selectOption('reflection');
    await summaries.nth(1).fill('Phản ánh rác thải tập kết sai giờ');
    await shot(page, '05-split-form', false);
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await page.getByText('Các nội dung của đơn').waitFor();
    await panel.getByRole('button', { name: 'Lập Phiếu đề xuất thụ lý đơn' }).click();
    dialog = page.getByRole('dialog', { name: 'Lập Phiếu đề xuất thụ lý đơn' });
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await page.locator('.badge-case', { hasText: 'Nội dung 2 — ' }).waitFor();
    expect(await page.locator('.badge-case').count()).toBe(2);
    await shot(page, '06-split-two-cases');
    await context.close();
  });
});
