import { describe, expect, it } from 'vitest';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Citizen reception end to end: the reception officer opens the register (demo visits), records a group of six
 * with two representatives (LTCD 2013 Art 29), looks at the refusal grounds with their articles, writes the
 * statement down — which opens an in-person letter — and follows the link to the letter and back.
 */
describe('reception register: group visit, refusal grounds, statement → letter', () => {
  const suite = browserSuite();
  const shot = shooter('reception');
  const TITLE = 'Khiếu nại việc bồi thường khi mở rộng đường liên xã';
  const REPRESENTATIVE = 'Ngô Thị Đại Diện';


  it('records a group visit with representatives and turns the statement into a letter', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.tiepdan');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tiếp công dân' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sổ tiếp công dân' }).waitFor();
    await page.getByRole('table', { name: 'Danh sách lượt tiếp công dân' }).getByRole('row').nth(1).waitFor();
    await shot(page, '01-register-desktop');

    await page.getByRole('link', { name: '+ Ghi sổ lượt tiếp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ghi sổ tiếp công dân' }).waitFor();
    await page.getByRole('button', { name: 'Ghi sổ', exact: true }).click();
    await page.getByText('Vui lòng sửa các mục được đánh dấu bên dưới.').or(page.locator('.alert-error')).first().waitFor();
    await page.getByLabel('Số người đến cùng nội dung').fill('6');
    await page.getByText(/Nhóm 6 người phải cử từ 1 đến 2 người đại diện.*Điều 29/).waitFor();
    await page.getByRole('button', { name: '+ Thêm người vào danh sách' }).click();
    const first = page.getByRole('group', { name: 'Người thứ 1' });
    const second = page.getByRole('group', { name: 'Người thứ 2' });
    await first.getByLabel('Họ và tên').fill(REPRESENTATIVE);
    await first.getByRole('textbox', { name: 'Địa chỉ', exact: true }).fill('Thôn Bắc, xã Mê Linh, Hà Nội');
    await first.getByLabel(/Số CCCD/).fill('001190012345');
    await first.getByLabel('Người đại diện').check();
    await second.getByLabel('Họ và tên').fill('Đinh Văn Cùng');
    await second.getByRole('textbox', { name: 'Địa chỉ', exact: true }).fill('Thôn Bắc, xã Mê Linh, Hà Nội');
    // From 01/07/2026 every visitor's identity number is required (NĐ 154/2026 Art 12(1)); the form says so.
    await second.getByLabel(/Số CCCD/).fill('001190054321');
    await second.getByLabel('Người đại diện').check();
    await page.getByLabel(/Có văn bản cử người đại diện/).check();
    await page.getByRole('radio', { name: /^Khiếu nại/ }).check();
    await page.getByLabel('Tiêu đề (tóm tắt nội dung)').fill(TITLE);
    await page.getByLabel('Nội dung đơn').fill('Sáu hộ dân trình bày mức bồi thường khi mở rộng đường liên xã thấp hơn giá thị trường và chưa được đối thoại.');
    await page.getByLabel('Tên người hoặc cơ quan').fill('Chủ tịch UBND xã Mê Linh');
    await page.getByLabel('Tài liệu, bằng chứng người đến cung cấp').fill('Bản sao Quyết định thu hồi đất số 45/QĐ-UBND\nBiên bản kiểm đếm tài sản');
    await shot(page, '02-new-group-visit-desktop');
    await page.getByRole('button', { name: 'Ghi sổ', exact: true }).click();

    await page.getByText(/Đã ghi sổ tiếp công dân số \d{4}\/\d{6}\./).waitFor();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Đoàn đông người: 6 người').first().waitFor();
    await page.getByText(REPRESENTATIVE).first().waitFor();
    const deadlines = page.getByRole('table', { name: 'Các thời hạn của đơn và căn cứ pháp lý' });
    await deadlines.getByText(/Điều 28/).first().waitFor();
    // R6 transfer is the head's (LTCD Art 26(2)(b)): the officer sees why the button is disabled.
    await expect(page.getByRole('button', { name: /Chuyển nội dung/ }).count()).resolves.toBe(0);
    await shot(page, '03-visit-logged-desktop');

    await page.getByRole('button', { name: 'Từ chối tiếp công dân (giải thích lý do)' }).click();
    const refuse = page.getByRole('dialog', { name: 'Từ chối tiếp công dân (giải thích lý do)' });
    await refuse.getByRole('button', { name: 'Thực hiện' }).click();
    await refuse.getByText('Vui lòng chọn lý do từ chối.').waitFor();
    await refuse.getByLabel('Lý do từ chối').selectOption('REFUSE_3_PERSISTENT');
    await refuse.getByText(/Căn cứ: .*khoản 3 Điều 9/).waitFor();
    await refuse.getByText('Đã ban hành Thông báo từ chối tiếp công dân bằng văn bản').waitFor();
    await shot(page, '04-refusal-grounds-desktop', false);
    await refuse.getByRole('button', { name: 'Thực hiện' }).click();
    await refuse.getByText(/Thông báo từ chối tiếp công dân bằng văn bản/).first().waitFor();
    await page.keyboard.press('Escape');
    await refuse.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Ghi lại nội dung trình bày, đọc lại, người trình bày ký hoặc điểm chỉ' }).click();
    const record = page.getByRole('dialog', { name: /Ghi lại nội dung trình bày/ });
    await record.getByText(/Bước này lập một đơn/).waitFor();
    await record.getByLabel('Ghi chú').fill('Đã đọc lại, hai người đại diện ký xác nhận');
    await record.getByRole('button', { name: 'Thực hiện' }).click();
    await record.waitFor({ state: 'hidden' });
    const letterLink = page.getByRole('link', { name: /^Đơn số \d{4}\/\d{6}$/ }).first();
    await letterLink.waitFor();
    await page.getByText('Đã ghi nội dung trình bày').first().waitFor();
    await shot(page, '05-statement-recorded-desktop');

    await letterLink.click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('heading', { name: 'Đơn lập tại buổi tiếp công dân' }).waitFor();
    await page.getByText('Trực tiếp tại nơi tiếp công dân').first().waitFor();
    await shot(page, '06-letter-from-visit-desktop');
    await page.getByRole('link', { name: 'Xem lượt tiếp' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    await page.setViewportSize(MOBILE);
    await shot(page, '07-visit-mobile');
    await page.goto('/reception');
    await page.getByRole('heading', { level: 1, name: 'Sổ tiếp công dân' }).waitFor();
    await shot(page, '08-register-mobile');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a clerk has no reception menu; the list never shows a denouncer', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, DESKTOP);
    await login(page, 'hn.vanthu');
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tiếp công dân' }).count()).resolves.toBe(0);
    await context.close();
    const head = await newContext(suite.browser, suite.server.url, DESKTOP);
    await login(head.page, 'hn.chanhthanhtra');
    await head.page.goto('/reception?kind=denunciation');
    await head.page.getByRole('heading', { level: 1, name: 'Sổ tiếp công dân' }).waitFor();
    const rows = head.page.getByRole('table', { name: 'Danh sách lượt tiếp công dân' }).getByRole('row');
    await rows.nth(1).waitFor();
    await rows.nth(1).getByText(/Người tố cáo/).waitFor();
    await shot(head.page, '09-denunciations-head-desktop');
    await head.context.close();
  });
});
