import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../helpers/multipart';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Online inspection with the inspected party (issue 5 item 3) end to end: the head records a decision to inspect and
 * makes the inspector team leader; the leader declares no conflict of interest, requires documents (Art 41(1)) and
 * invites the party's accountant (no SMTP in tests: the one-time link is shown to him); the accountant opens the
 * link without a session, sets a password, logs in to the party's portal, answers with a PDF; the leader sees the
 * answer and the file on the case and the step on its timeline.
 */
describe('inspections: request for documents answered online by the inspected party', () => {
  const suite = browserSuite();
  const shot = shooter('inspections');
  const TITLE = 'Thanh tra việc chấp hành pháp luật về đất đai tại Công ty TNHH Sông Hồng Xanh';
  const SUBJECT = 'Công ty TNHH Sông Hồng Xanh';
  const REQUEST = 'Sổ cái và báo cáo tài chính năm 2024';
  const PARTY_EMAIL = 'ketoan@songhongxanh.vn';
  const PARTY_PASSWORD = 'SongHong2026Xanh';
  const ANSWER = 'Công ty gửi sổ cái và báo cáo tài chính năm 2024 đã được kiểm toán.';
  /** A date in Vietnam `days` from today, as typed in the forms (dd/mm/yyyy). */
  const vnDate = (days: number) => {
    const iso = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
    return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  };
  /** Opens a step of "Các bước tiếp theo", fills its form (date dd/mm/yyyy, note, `more`) and records it. */
  const runStep = async (page: Page, label: string, fill: { date?: string; note?: string } = {}, more?: (dialog: Locator) => Promise<void>) => {
    await page.getByRole('region', { name: 'Các bước tiếp theo', exact: true }).getByRole('button', { name: label, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: label });
    await dialog.getByLabel('Ngày thực hiện').waitFor();
    if (more) await more(dialog);
    if (fill.date) await dialog.getByLabel('Ngày thực hiện').fill(fill.date);
    if (fill.note) await dialog.getByLabel('Ghi chú').fill(fill.note);
    await dialog.getByRole('button', { name: 'Ghi nhận bước này' }).click();
    await dialog.waitFor({ state: 'hidden' });
  };
  let caseUrl = '';
  let activationUrl = '';

  it('the head records the decision and names the team leader', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thanh tra', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cuộc thanh tra' }).waitFor();
    await shot(page, '01-list-empty-desktop');

    await page.getByRole('link', { name: '+ Ghi nhận quyết định thanh tra' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ghi nhận quyết định thanh tra' }).waitFor();
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await page.getByText('Vui lòng sửa các mục được đánh dấu bên dưới.').waitFor();
    await page.getByText('Vui lòng nhập ngày ký quyết định.').waitFor();
    await page.getByLabel('Số quyết định').fill('215/QĐ-TTr');
    await page.getByLabel('Ngày ký quyết định').fill(vnDate(-3));
    await page.getByLabel('Người ký quyết định').fill('Trần Thị Hồng');
    await page.getByLabel('Thời hạn thanh tra (ngày)').fill('45');
    await page.getByLabel('Tên cuộc thanh tra').fill(TITLE);
    await page.getByLabel('Tên đối tượng thanh tra').fill(SUBJECT);
    await page.getByLabel('Mã số thuế').fill('0109876543');
    await page.getByLabel('Địa chỉ').fill('Số 8 phố Trần Hưng Đạo, phường Cửa Nam, Hà Nội');
    await page.getByRole('textbox', { name: 'Nội dung thanh tra' }).fill('Việc chấp hành pháp luật về đất đai, xây dựng và tài chính trong thời kỳ 2024–2025.');
    await page.getByLabel('Thời kỳ thanh tra: từ ngày').fill('01/01/2024');
    await page.getByLabel('đến ngày').fill('31/10/2025');
    await shot(page, '02-new-decision-desktop');
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();

    await page.getByText(/Đã ghi nhận cuộc thanh tra số \d{4}\/TT-\d{4}\./).waitFor();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    caseUrl = new URL(page.url()).pathname;
    expect(caseUrl).toMatch(/^\/inspections\/[0-9a-f-]{36}$/);
    await page.getByText('Luật Thanh tra 2025').first().waitFor();
    // The announcement limit with its basis: 15 days from the signature (Art 26(4)), shown dd/mm/yyyy.
    const announce = page.getByRole('region', { name: 'Công bố quyết định', exact: true });
    await announce.getByText(/^Hạn công bố: \d{2}\/\d{2}\/\d{4}$/).waitFor();
    await announce.getByText(/khoản 4 Điều 26|Điều 26 khoản 4/).waitFor();
    await page.getByText(/215\/QĐ-TTr — \d{2}\/\d{2}\/\d{4}/).waitFor();

    const team = page.getByRole('region', { name: 'Đoàn thanh tra', exact: true });
    await team.getByRole('button', { name: 'Thêm vào Đoàn' }).click();
    await team.getByText('Vui lòng chọn cán bộ.').waitFor();
    await team.getByLabel('Cán bộ').selectOption({ label: 'Lê Minh Tuấn (hn.thanhtravien)' });
    await team.getByLabel('Vai trò').selectOption('leader');
    await team.getByRole('button', { name: 'Thêm vào Đoàn' }).click();
    await team.getByRole('cell', { name: 'Lê Minh Tuấn' }).waitFor();
    await team.getByText('Chưa kê khai').waitFor();
    await page.getByRole('region', { name: 'Diễn biến', exact: true }).getByText('Trưởng đoàn: Lê Minh Tuấn').waitFor();
    await shot(page, '03-case-head-desktop');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the team leader declares, announces, requires documents and invites the inspected party', async () => {
    expect(caseUrl).not.toBe('');
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.thanhtravien');
    await page.goto('/inspections');
    // The box follows the address (?member=me), which changes after the click's event: click, then wait for the address.
    await page.getByLabel('Đoàn tôi tham gia').click();
    await page.waitForURL(/member=me/);
    const rows = page.getByRole('table', { name: 'Danh sách cuộc thanh tra' }).getByRole('row');
    await rows.nth(1).getByRole('link', { name: TITLE }).waitFor();
    await rows.nth(1).getByText('Đã có quyết định').waitFor();
    await shot(page, '04-list-my-teams-desktop');
    await rows.nth(1).getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // The head's side is not his: no form to add members.
    await expect(page.getByRole('button', { name: 'Thêm vào Đoàn' }).count()).resolves.toBe(0);

    const team = page.getByRole('region', { name: 'Đoàn thanh tra', exact: true });
    await team.getByRole('button', { name: 'Gửi kê khai' }).click();
    await team.getByText('Vui lòng chọn một trong hai trường hợp.').waitFor();
    await team.getByLabel('Tôi không có xung đột lợi ích với đối tượng thanh tra').check();
    await team.getByRole('button', { name: 'Gửi kê khai' }).click();
    await team.getByText('Không có xung đột').waitFor();

    // Every step goes through "Các bước tiếp theo": what the leader may not do is greyed with the reason and article.
    const steps = page.getByRole('region', { name: 'Các bước tiếp theo', exact: true });
    await expect(steps.getByRole('button', { name: 'Đình chỉ cuộc thanh tra', exact: true }).isDisabled()).resolves.toBe(true);
    await steps.getByText(/Căn cứ: .*Điều 31/).first().waitFor();
    await shot(page, '05a-next-steps-leader-desktop');
    // The execution plan first (Art 21(1)), then the announcement (Art 26(4)), which starts the duration (Art 21(2)(a)).
    await runStep(page, 'Phê duyệt kế hoạch tiến hành, gửi đề cương yêu cầu báo cáo, thông báo công bố', { date: vnDate(0) });
    await page.getByText('Chuẩn bị thanh tra').first().waitFor();
    await runStep(page, 'Công bố quyết định thanh tra (bắt đầu thời hạn thanh tra)', { date: vnDate(0), note: 'Công bố tại trụ sở Công ty.' }, async (dialog) => {
      await dialog.getByLabel('Ngày thực hiện').fill(vnDate(1));
      await dialog.getByRole('button', { name: 'Ghi nhận bước này' }).click();
      await dialog.getByText('Ngày thực hiện không được sau ngày hôm nay.').waitFor();
      await shot(page, '05b-announce-form-desktop', false);
    });
    const announce = page.getByRole('region', { name: 'Công bố quyết định', exact: true });
    await announce.getByText(`Đã công bố ngày ${vnDate(0)}.`).waitFor();
    await page.getByText('Đang thanh tra trực tiếp').first().waitFor();
    const deadlines = page.getByRole('region', { name: 'Thời hạn', exact: true });
    const duration = deadlines.getByRole('listitem').filter({ hasText: 'Thời hạn thanh tra' });
    await duration.getByText('đang chạy').waitFor();
    await duration.getByText(new RegExp(`^Từ ${vnDate(0).replace(/\//g, '\\/')} — hạn \\d{2}/\\d{2}/\\d{4}$`)).waitFor();
    await duration.getByText(/Căn cứ: .*Điều/).waitFor();

    const requests = page.getByRole('region', { name: 'Yêu cầu đối tượng thanh tra', exact: true });
    await requests.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await requests.getByText('Vui lòng nhập hạn cung cấp.').waitFor();
    await requests.getByLabel('Loại yêu cầu').selectOption('documents');
    await requests.getByLabel('Hạn cung cấp').fill(vnDate(10));
    await requests.getByLabel('Tiêu đề').fill(REQUEST);
    await requests.getByLabel('Nội dung yêu cầu').fill('Cung cấp sổ cái, báo cáo tài chính năm 2024 có kiểm toán và thuyết minh kèm theo.');
    await requests.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await requests.getByText('Đã gửi yêu cầu tới đối tượng thanh tra.').waitFor();
    await requests.getByRole('heading', { name: `Yêu cầu số 1 — ${REQUEST}` }).waitFor();
    await requests.getByText(/Căn cứ: Luật Thanh tra 2025, Điều 41 khoản 1/).waitFor();
    await requests.getByText('Đang chờ trả lời').waitFor();

    const diary = page.getByRole('region', { name: 'Nhật ký Đoàn thanh tra', exact: true });
    await diary.getByLabel('Nội dung').fill('Công bố quyết định tại trụ sở Công ty; gửi yêu cầu số 1 về sổ sách kế toán.');
    await diary.getByRole('button', { name: 'Ghi nhật ký' }).click();
    await diary.getByText('Đã ghi nhật ký.').waitFor();
    await diary.getByText(/Công bố quyết định tại trụ sở Công ty/).waitFor();

    const parties = page.getByRole('region', { name: 'Đối tượng thanh tra trên cổng trao đổi', exact: true });
    await parties.getByRole('button', { name: 'Gửi lời mời' }).click();
    await parties.getByText('Địa chỉ thư điện tử không hợp lệ.').waitFor();
    await parties.getByLabel('Thư điện tử').fill(PARTY_EMAIL);
    await parties.getByLabel('Họ tên người đại diện').fill('Phạm Thị Kế Toán');
    await parties.getByLabel('Chức vụ').fill('Kế toán trưởng');
    await parties.getByRole('button', { name: 'Gửi lời mời' }).click();
    const link = parties.getByRole('textbox', { name: /Đường dẫn kích hoạt/ });
    await link.waitFor();
    await parties.getByText(/chưa cấu hình gửi thư điện tử/).waitFor();
    await parties.getByText('Đã mời, chưa kích hoạt').waitFor();
    activationUrl = await link.inputValue();
    expect(activationUrl).toMatch(/\/doi-tuong\/kich-hoat\?token=[\w-]{20,}/);
    await shot(page, '05-case-leader-desktop');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the inspected party activates its account, logs in to its portal and answers with a PDF', async () => {
    expect(activationUrl).not.toBe('');
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL(activationUrl).pathname + new URL(activationUrl).search);
    await page.getByRole('heading', { level: 1, name: 'Kích hoạt tài khoản' }).waitFor();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('123');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('1234');
    await page.getByRole('button', { name: 'Kích hoạt tài khoản' }).click();
    await page.getByText('Mật khẩu phải có ít nhất 10 ký tự.').waitFor();
    await page.getByText('Mật khẩu nhập lại không khớp.').waitFor();
    await shot(page, '06-activation-errors-desktop');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(PARTY_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(PARTY_PASSWORD);
    await page.getByRole('button', { name: 'Kích hoạt tài khoản' }).click();
    await page.getByText('Đã kích hoạt tài khoản. Ông/Bà có thể đăng nhập.').waitFor();
    await page.getByText(PARTY_EMAIL).waitFor();
    await shot(page, '07-activation-done-desktop');

    await page.getByRole('link', { name: 'Đăng nhập' }).click();
    await expect(page.getByLabel('Tên đăng nhập').inputValue()).resolves.toBe(PARTY_EMAIL);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PARTY_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Các cuộc thanh tra' }).waitFor();
    // The party's portal, not the officers' application.
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).count()).resolves.toBe(0);
    await page.getByText('1 yêu cầu đang chờ trả lời').waitFor();
    await shot(page, '08-party-cases-desktop');

    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const request = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Yêu cầu số 1 — ${REQUEST}` }) });
    await request.getByText(`Hạn cung cấp: ${vnDate(10)}`).waitFor();
    await request.getByText(/Căn cứ: Luật Thanh tra 2025, Điều 41 khoản 1/).waitFor();
    await shot(page, '09-party-case-desktop');
    const form = page.getByRole('form', { name: 'Trả lời yêu cầu số 1' });
    await form.getByRole('button', { name: 'Gửi trả lời' }).click();
    await form.getByText('Vui lòng ghi nội dung trả lời.').waitFor();
    await form.getByLabel(/Nội dung trả lời/).fill(ANSWER);
    await form.getByLabel(/Tài liệu gửi kèm/).setInputFiles({ name: 'so-cai-2024.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await form.getByText('so-cai-2024.pdf').waitFor();
    await form.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByText('Đã gửi trả lời kèm 1 tệp.').waitFor();
    const file = request.getByRole('link', { name: /so-cai-2024\.pdf/ });
    await file.waitFor();
    await request.getByText('Đã trả lời').waitFor();
    expect((await page.request.get((await file.getAttribute('href'))!)).status()).toBe(200);
    await page.getByRole('region', { name: 'Diễn biến', exact: true }).getByText('Đối tượng thanh tra trả lời yêu cầu số 1 kèm 1 tệp').waitFor();
    await shot(page, '10-party-answered-desktop');
    await page.setViewportSize(MOBILE);
    await shot(page, '11-party-answered-mobile');
    // Officers' addresses lead back to its portal.
    await page.goto('/inspections');
    await page.getByRole('heading', { level: 1, name: 'Các cuộc thanh tra' }).waitFor();
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the team leader sees the answer, its file and the step on the case timeline', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.thanhtravien');
    await page.goto(caseUrl);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const timeline = page.getByRole('region', { name: 'Diễn biến', exact: true });
    await timeline.getByText('Đối tượng thanh tra trả lời', { exact: true }).waitFor();
    await timeline.getByText('Đối tượng thanh tra trả lời yêu cầu số 1 kèm 1 tệp').waitFor();
    await timeline.getByText(/đã kích hoạt tài khoản/).waitFor();
    const requests = page.getByRole('region', { name: 'Yêu cầu đối tượng thanh tra', exact: true });
    await requests.getByText(ANSWER).waitFor();
    const file = requests.getByRole('link', { name: /so-cai-2024\.pdf/ });
    expect((await page.request.get((await file.getAttribute('href'))!)).status()).toBe(200);
    await page.getByRole('region', { name: 'Đối tượng thanh tra trên cổng trao đổi', exact: true }).getByText('Đã kích hoạt').waitFor();
    await shot(page, '12-case-answered-desktop');
    await requests.getByRole('button', { name: 'Đóng yêu cầu (đã nhận đủ)' }).click();
    await requests.getByText('Đã đóng').waitFor();
    await timeline.getByText('Đã nhận đủ theo yêu cầu số 1').waitFor();
    await page.setViewportSize(MOBILE);
    await shot(page, '13-case-mobile');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
  it('the case runs to a published conclusion through the panels; the public page shows its public version only', async () => {
    expect(caseUrl).not.toBe('');
    const leader = await newContext(suite.browser, suite.server.url, DESKTOP);
    const head = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    for (const c of [leader, head]) c.page.on('pageerror', (e) => errors.push(e.message));
    await login(leader.page, 'hn.thanhtravien');
    await login(head.page, 'hn.chanhthanhtra');
    const open = async (page: Page) => {
      await page.goto(caseUrl);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    };
    await open(leader.page);
    // Only the team leader ends direct inspection and reports (Art 21(2)(d), Art 33).
    await runStep(leader.page, 'Kết thúc thanh tra trực tiếp');
    const deadlines = leader.page.getByRole('region', { name: 'Thời hạn', exact: true });
    await deadlines.getByRole('listitem').filter({ hasText: 'Thời hạn thanh tra' }).getByText('đã dừng').waitFor();
    await deadlines.getByRole('listitem').filter({ hasText: 'Báo cáo kết quả thanh tra' }).getByText('đang chạy').waitFor();
    await runStep(leader.page, 'Gửi báo cáo kết quả thanh tra');
    await leader.page.getByText('Đã có báo cáo kết quả').first().waitFor();

    // The decision-maker assigns the draft (Art 34(1)).
    await open(head.page);
    await runStep(head.page, 'Giao xây dựng dự thảo kết luận');
    await head.page.getByText('Dự thảo kết luận').first().waitFor();

    // The leader drafts the conclusion in parts; the denouncer's part is marked (Art 37(2); LTC 2018 Art 9).
    await open(leader.page);
    const conclusion = leader.page.getByRole('region', { name: 'Kết luận thanh tra', exact: true });
    await conclusion.getByRole('button', { name: 'Lưu dự thảo kết luận' }).click();
    await conclusion.getByText('Tiêu đề phần phải có ít nhất 2 ký tự.').waitFor();
    const part = (n: number) => conclusion.getByRole('group', { name: `Phần ${n}`, exact: true });
    await part(1).getByLabel('Tiêu đề phần').fill('I. Kết quả kiểm tra, xác minh');
    await part(1).getByLabel('Nội dung phần').fill('Công ty sử dụng 2,5 ha đất sai mục đích được giao.');
    await conclusion.getByRole('button', { name: '+ Thêm phần' }).click();
    await part(2).getByLabel('Tiêu đề phần').fill('II. Thông tin người cung cấp thông tin');
    await part(2).getByLabel('Nội dung phần').fill('Ông Nguyễn Văn Tố, cư trú tại phường Cửa Nam.');
    await part(2).getByLabel('Thông tin người tố cáo').check();
    await conclusion.getByRole('button', { name: '+ Thêm phần' }).click();
    await part(3).getByLabel('Tiêu đề phần').fill('III. Kiến nghị');
    await part(3).getByLabel('Nội dung phần').fill('Thu hồi 1.200.000.000 đồng về ngân sách nhà nước.');
    await conclusion.getByRole('button', { name: 'Lưu dự thảo kết luận' }).click();
    await conclusion.getByText('Đã lưu dự thảo kết luận.').waitFor();
    await shot(leader.page, '14-conclusion-draft-desktop');
    await runStep(leader.page, 'Trình dự thảo kết luận (kèm ý kiến bảo lưu nếu có)');
    await leader.page.getByText('Đã trình dự thảo kết luận').first().waitFor();

    // The decision-maker signs with the number (Art 36), then publishes: the portal and another form (Art 37(1)).
    await open(head.page);
    await runStep(head.page, 'Ký ban hành kết luận thanh tra', {}, async (dialog) => {
      await dialog.getByRole('button', { name: 'Ghi nhận bước này' }).click();
      await dialog.getByText('Vui lòng nhập số, ký hiệu của kết luận thanh tra.').waitFor();
      await dialog.getByLabel('Số, ký hiệu kết luận').fill('45/KL-TTr');
      await dialog.getByLabel('Người ký kết luận').fill('Trần Thị Hồng');
    });
    const signed = head.page.getByRole('region', { name: 'Kết luận thanh tra', exact: true });
    await signed.getByText('45/KL-TTr').waitFor();
    await signed.getByText('Thông tin người tố cáo').waitFor();
    const publish = 'Công khai kết luận thanh tra';
    await head.page.getByRole('region', { name: 'Các bước tiếp theo', exact: true }).getByRole('button', { name: publish, exact: true }).click();
    const dialog = head.page.getByRole('dialog', { name: publish });
    await dialog.getByRole('button', { name: 'Ghi nhận bước này' }).click();
    await dialog.getByRole('alert').getByText(/phải đăng tải trên Cổng thông tin điện tử và ít nhất một hình thức khác.*khoản 1 Điều 37/).waitFor();
    await shot(head.page, '15-publish-refused-desktop', false);
    await dialog.getByLabel('Niêm yết tại trụ sở đối tượng thanh tra').check();
    await dialog.getByRole('button', { name: 'Ghi nhận bước này' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await head.page.getByText('Đã công khai kết luận').first().waitFor();
    await signed.getByText(vnDate(0)).first().waitFor();
    await head.page.getByRole('region', { name: 'Diễn biến', exact: true }).getByText('Công khai kết luận', { exact: true }).waitFor();
    await shot(head.page, '16-case-published-desktop');

    // The public page, without a session, from the portal's home.
    const citizen = await newContext(suite.browser, suite.server.url, DESKTOP);
    citizen.page.on('pageerror', (e) => errors.push(e.message));
    await citizen.page.goto('/cong-dan');
    await citizen.page.getByRole('heading', { level: 2, name: 'Kết luận thanh tra đã công khai' }).waitFor();
    await shot(citizen.page, '16b-portal-home-desktop');
    await citizen.page.getByRole('link', { name: 'Xem kết luận thanh tra' }).click();
    await citizen.page.getByRole('heading', { level: 1, name: 'Kết luận thanh tra đã công khai' }).waitFor();
    const item = citizen.page.getByRole('article', { name: TITLE });
    await item.getByText('45/KL-TTr', { exact: true }).waitFor();
    await item.getByText(SUBJECT, { exact: true }).waitFor();
    await item.getByText(/Nội dung kết luận \(3 phần\)/).click();
    await item.getByText('Thu hồi 1.200.000.000 đồng về ngân sách nhà nước.').waitFor();
    await item.getByText('Nội dung không công khai').waitFor();
    await item.getByText(/Luật Tố cáo/).first().waitFor();
    await expect(item.getByText(/Nguyễn Văn Tố/).count()).resolves.toBe(0);
    await shot(citizen.page, '17-public-conclusions-desktop');
    await citizen.page.getByLabel('Tìm kiếm').fill('không có kết luận này');
    await citizen.page.getByText('Không có kết luận thanh tra nào phù hợp.').waitFor();
    await citizen.page.getByLabel('Tìm kiếm').fill('Sông Hồng');
    await item.waitFor();
    await citizen.page.setViewportSize(MOBILE);
    await shot(citizen.page, '18-public-conclusions-mobile');
    for (const c of [leader, head, citizen]) expect(c.external).toEqual([]);
    expect(errors).toEqual([]);
    for (const c of [leader, head, citizen]) await c.context.close();
  });
});
