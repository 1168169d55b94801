import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../helpers/multipart';
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
    const deadlines = page.getByRole('table', { name: 'Các thời hạn của lượt tiếp công dân và căn cứ pháp lý' });
    await deadlines.getByText(/Điều 28/).first().waitFor();
    // R6 transfer is the head's (LTCD Art 26(2)(b)): the officer sees why the button is disabled.
    await expect(page.getByRole('button', { name: /Chuyển nội dung/ }).count()).resolves.toBe(0);
    await shot(page, '03-visit-logged-desktop');

    // Documents handed over at the desk: uploaded to the visit, later the letter's attachments too.
    await page.getByLabel(/Chọn tệp \(PDF/).setInputFiles({ name: 'bien-ban-kiem-dem.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByRole('link', { name: /bien-ban-kiem-dem\.pdf/ }).waitFor();
    await page.getByText('Nhận tài liệu').first().waitFor();
    await shot(page, '03b-visit-files-desktop');

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
    await page.getByRole('link', { name: /bien-ban-kiem-dem\.pdf/ }).waitFor();
    await shot(page, '06-letter-from-visit-desktop');
    await page.getByRole('link', { name: 'Xem lượt tiếp' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // A wrongly written place is corrected with a reason; the correction is on the timeline.
    const correction = page.getByRole('region', { name: 'Sửa nội dung ghi sổ' });
    await correction.getByText('Sửa nội dung ghi sổ').click();
    await correction.getByLabel('Địa điểm tiếp').fill('Trụ sở Ban tiếp công dân tỉnh');
    await correction.getByRole('button', { name: 'Lưu nội dung đã sửa' }).click();
    await correction.getByText('Lý do sửa phải có ít nhất 5 ký tự.').waitFor();
    await correction.getByLabel(/Lý do sửa/).fill('Ghi nhầm địa điểm tiếp');
    await correction.getByRole('button', { name: 'Lưu nội dung đã sửa' }).click();
    await correction.getByText('Đã sửa nội dung ghi sổ.').waitFor();
    await page.locator('.timeline li', { hasText: 'Lý do: Ghi nhầm địa điểm tiếp' }).waitFor();
    await shot(page, '06b-visit-corrected');

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

  it("the head drafts his conclusion notice; statistics and the overdue view include reception", async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    // A periodic reception chaired by the head (LTCD 2013 Art 18(2)), entered through the API with the page's session.
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string; grants: { agencyId: string; role: string }[] };
    const agencyId = me.grants.find((g) => g.role === 'agency_head')!.agencyId;
    const created = await page.request.post('/api/v1/reception-visits', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        agencyId,
        receivedAt: new Date().toISOString(),
        sessionKind: 'periodic',
        place: 'Trụ sở tiếp công dân thành phố',
        visitorCount: 1,
        visitors: [{ fullName: 'Lương Văn Định Kỳ', idNumber: '001190077777', address: 'Phường Ba Đình, Hà Nội', phone: '0912000999' }],
        kindClaimed: 'complaint',
        title: 'Khiếu nại việc chậm cấp giấy chứng nhận quyền sử dụng đất',
        content: 'Ông trình bày hồ sơ cấp giấy chứng nhận nộp từ năm 2024 đến nay chưa được giải quyết, đề nghị Chánh Thanh tra xem xét.',
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const visit = (await created.json()) as { id: string };
    await page.goto(`/reception/${visit.id}`);
    const panel = page.getByRole('region', { name: 'Thông báo kết luận việc tiếp công dân' });
    await panel.getByText(/khoản 2 Điều 25/).waitFor();
    await panel.getByRole('button', { name: 'Lập dự thảo thông báo (PDF, DOCX)' }).click();
    await panel.getByText('Vui lòng nhập ít nhất một ý kiến kết luận, chỉ đạo.').first().waitFor();
    await panel.getByLabel('Ý kiến kết luận, chỉ đạo của Thủ trưởng').fill('Giao Phòng Tiếp công dân đôn đốc UBND phường giải quyết hồ sơ trước ngày 15/12/2026\nBáo cáo kết quả cho Chánh Thanh tra');
    await panel.getByLabel('Cơ quan, đơn vị được giao thực hiện').fill('Phòng Tiếp công dân, xử lý đơn');
    await panel.getByRole('button', { name: 'Lập dự thảo thông báo (PDF, DOCX)' }).click();
    await panel.getByRole('link', { name: /Thông báo kết luận việc tiếp công dân \(dự thảo\)\.pdf/ }).waitFor();
    await panel.getByRole('link', { name: /\(dự thảo\)\.docx/ }).waitFor();
    await shot(page, '10-conclusion-notice-desktop');

    await page.goto('/petitions-stats');
    await page.getByRole('heading', { name: 'Kết quả tiếp công dân' }).waitFor();
    await page.getByRole('row', { name: /Lượt tiếp trong kỳ/ }).waitFor();
    await page.getByText(/khoản 1 Điều 28 Luật Tiếp công dân/).waitFor();
    await shot(page, '11-stats-reception-desktop');
    await page.goto('/petitions-overdue');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot(page, '12-overdue-desktop');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
