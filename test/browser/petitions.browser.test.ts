import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, ensureWebBuilt, launchBrowser, login, MOBILE, newContext, screenshot, settled, startServer, type RunningBrowser, type RunningServer } from './helpers';

/**
 * Petitions end to end: a citizen files a denunciation on the portal from a phone (the browser really solves a
 * small proof of work), tracks it, then the reception officer sees it pseudonymised with its deadline and
 * article, registers a letter received by post, and the agency head reveals the denouncer with a purpose.
 */
describe('petitions: portal, work list, protected identity', () => {
  let server: RunningServer;
  let chrome: RunningBrowser;
  let browser: Browser;
  const DENOUNCER = 'Nguyễn Văn Chứng';
  const TITLE = 'Tố cáo sai phạm trong cấp giấy phép xây dựng';
  let receipt = { trackingCode: '', secret: '' };

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer({ PUBLIC_POW_DIFFICULTY: '10' });
    chrome = await launchBrowser();
    browser = chrome.browser;
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  async function shot(page: Page, name: string, fullPage = true) {
    await settled(page);
    expect(await overflow(page), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
    await screenshot(page, `petitions-${name}`, { fullPage });
  }
  const leadingZeroBits = (hex: string) => {
    let bits = 0;
    for (const ch of hex) {
      const v = parseInt(ch, 16);
      if (v === 0) bits += 4;
      else return bits + Math.clz32(v) - 28;
    }
    return bits;
  };

  it('a citizen files a denunciation on a phone and gets a tracking code and secret', async () => {
    const { context, page, external } = await newContext(browser, server.url, MOBILE);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let sent: Record<string, unknown> | null = null;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/public/petitions')) sent = r.postDataJSON() as Record<string, unknown>;
    });

    await page.goto('/cong-dan');
    await page.getByRole('heading', { level: 1, name: 'Gửi đơn và tra cứu kết quả xử lý' }).waitFor();
    await shot(page, '01-portal-home-mobile');
    await page.getByRole('link', { name: 'Gửi đơn trực tuyến' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gửi đơn trực tuyến' }).waitFor();
    await shot(page, '02-form-empty-mobile');

    await page.getByRole('button', { name: 'Gửi đơn' }).click();
    await page.getByText('Vui lòng sửa các mục được đánh dấu bên dưới.').waitFor();
    await shot(page, '03-form-errors-mobile');

    await page.getByRole('radio', { name: /^Tố cáo/ }).check();
    await page.getByLabel('Tỉnh, thành phố').selectOption('01');
    await page.getByRole('option', { name: 'Thanh tra thành phố Hà Nội' }).waitFor({ state: 'attached' });
    await page.getByLabel('Cơ quan nhận đơn').selectOption({ label: 'Thanh tra thành phố Hà Nội' });
    await page.getByLabel('Tiêu đề (tóm tắt nội dung)').fill(TITLE);
    await page
      .getByLabel('Nội dung đơn')
      .fill('Ngày 12/3/2026, cán bộ phòng quản lý đô thị phường đã nhận tiền để cấp giấy phép xây dựng sai quy hoạch cho công trình tại số 15 phố Hàng Bông.');
    await page.getByLabel('Họ và tên').fill(DENOUNCER);
    await page.getByRole('textbox', { name: 'Địa chỉ', exact: true }).fill('Số 3 ngõ 12 phố Hàng Gai, phường Hoàn Kiếm, Hà Nội');
    await page.getByLabel('Tên người hoặc cơ quan').fill('Phòng Kinh tế, Hạ tầng và Đô thị phường Hoàn Kiếm');
    await page.getByRole('checkbox', { name: /Tôi cam đoan/ }).check();
    // LTC 2018 Art 23: without a phone or e-mail the denunciation is refused, and the page says why.
    await page.getByRole('button', { name: 'Gửi đơn' }).click();
    await page.getByText('Đơn tố cáo cần số điện thoại hoặc thư điện tử (Luật Tố cáo 2018, Điều 23).').waitFor();
    // Focus moves to the field in the next animation frame: poll rather than race it.
    await expect.poll(() => page.getByLabel('Điện thoại', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(page, '04-form-contact-rule-mobile');
    await page.getByLabel('Điện thoại', { exact: true }).fill('0912 345 678');
    await shot(page, '05-form-filled-mobile');

    // Record whether the proof-of-work message was shown while the browser computed.
    await page.evaluate(() => {
      const w = window as unknown as { powShown: boolean };
      w.powShown = false;
      new MutationObserver(() => {
        if (document.body.textContent?.includes('Đang kiểm tra chống gửi tự động…')) w.powShown = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Gửi đơn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đã gửi đơn thành công' }).waitFor({ timeout: 30_000 });
    await expect(page.evaluate(() => (window as unknown as { powShown: boolean }).powShown)).resolves.toBe(true);

    const body = sent as unknown as { submissionKey: string; pow: { challenge: string; nonce: string }; anonymous: boolean; kind: string };
    expect(body.submissionKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(body.kind).toBe('denunciation');
    expect(leadingZeroBits(createHash('sha256').update(`${body.pow.challenge}:${body.pow.nonce}`).digest('hex'))).toBeGreaterThanOrEqual(10);

    const codes = await page.locator('.big-code').allTextContents();
    receipt = { trackingCode: codes[0]!, secret: codes[1]! };
    expect(receipt.trackingCode).toMatch(/^TT-[A-Z0-9]{10}$/);
    expect(receipt.secret.length).toBeGreaterThanOrEqual(16);
    await page.getByText('Lưu lại mã này — đây là lần duy nhất mật mã được hiển thị.').waitFor();
    await page.getByText(/Đơn đã được vào sổ tại Thanh tra thành phố Hà Nội ngày \d{2}\/\d{2}\/\d{4}/).waitFor();
    await shot(page, '06-receipt-mobile');

    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the citizen tracks the letter: status, deadline and its article', async () => {
    const { context, page } = await newContext(browser, server.url, MOBILE);
    await page.goto('/cong-dan/tra-cuu');
    await page.getByRole('heading', { level: 1, name: 'Tra cứu tình trạng đơn' }).waitFor();
    await page.getByLabel('Mã tra cứu').fill(receipt.trackingCode);
    await page.getByLabel('Mật mã').fill('sai-mat-ma-khong-dung');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.getByText('Không tìm thấy đơn với mã tra cứu và mật mã này.').waitFor();
    await shot(page, '07-tracking-wrong-secret-mobile');

    await page.getByLabel('Mật mã').fill(receipt.secret);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.locator('.badge-big', { hasText: 'Đã tiếp nhận' }).waitFor();
    await page.getByText('Xử lý ban đầu thông tin tố cáo').waitFor();
    await page.getByText(/Căn cứ: .*Điều 24/).waitFor();
    await shot(page, '08-tracking-mobile');
    await page.setViewportSize(DESKTOP);
    await shot(page, '09-tracking-desktop');
    await context.close();
  });

  it('the reception officer sees the letter pseudonymised, with its deadline and article, and registers a letter', async () => {
    const { context, page } = await newContext(browser, server.url, DESKTOP);
    await login(page, 'hn.tiepdan');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn thư' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đơn thư' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await row.getByText(/Người tố cáo/).waitFor();
    await row.getByText(/Hạn \d{2}\/\d{2}\/\d{4}/).waitFor();
    expect(await page.content()).not.toContain(DENOUNCER);
    await shot(page, '10-list-desktop');

    await row.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const deadlines = page.getByRole('table', { name: 'Các thời hạn của đơn và căn cứ pháp lý' });
    await deadlines.getByText('Xử lý ban đầu thông tin tố cáo').waitFor();
    await deadlines.getByText(/Điều 24/).waitFor();
    await page.getByText('Thông tin người tố cáo được bảo vệ (Luật Tố cáo 2018, Điều 8 khoản 3; Điều 47)').waitFor();
    await expect(page.getByRole('button', { name: 'Xem thông tin' }).count()).resolves.toBe(0);
    expect(await page.content()).not.toContain(DENOUNCER);
    await shot(page, '11-detail-reception-desktop');
    await page.setViewportSize(MOBILE);
    await shot(page, '12-detail-reception-mobile');
    await page.goto('/petitions');
    await page.getByRole('heading', { level: 1, name: 'Đơn thư' }).waitFor();
    await shot(page, '13-list-mobile');
    await page.setViewportSize(DESKTOP);

    // A complaint received by post: registered by the officer; a complainant's identity is not protected.
    await page.getByRole('link', { name: '+ Vào sổ đơn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vào sổ đơn' }).waitFor();
    await shot(page, '14-register-empty-desktop');
    await page.getByLabel('Kênh tiếp nhận').selectOption('post');
    await page.getByRole('radio', { name: /^Khiếu nại/ }).check();
    await page.getByLabel('Tiêu đề (tóm tắt nội dung)').fill('Khiếu nại quyết định thu hồi đất');
    await page.getByLabel('Nội dung đơn').fill('Tôi khiếu nại Quyết định số 15/QĐ-UBND về việc thu hồi đất vì không được thông báo trước theo quy định.');
    await page.getByLabel('Họ và tên').fill('Lê Thị Khiếu');
    await page.getByRole('textbox', { name: 'Địa chỉ', exact: true }).fill('Thôn Đông, xã Sóc Sơn, Hà Nội');
    await page.getByLabel('Tên người hoặc cơ quan').fill('Ủy ban nhân dân xã Sóc Sơn');
    await page.getByRole('button', { name: 'Vào sổ đơn' }).click();
    await page.getByText(/Đã vào sổ đơn số \d{4}\/\d{6}\./).waitFor();
    await page.getByText('Lê Thị Khiếu').first().waitFor();
    await page.getByRole('table', { name: 'Các thời hạn của đơn và căn cứ pháp lý' }).getByText(/Điều \d+/).first().waitFor();
    await shot(page, '15-registered-complaint-desktop');
    await context.close();
  });

  it('the agency head reveals the denouncer with a stated purpose', async () => {
    const { context, page } = await newContext(browser, server.url, DESKTOP);
    await login(page, 'hn.chanhthanhtra');
    await page.goto('/petitions?kind=denunciation');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.content()).not.toContain(DENOUNCER);
    await page.getByRole('button', { name: 'Xem thông tin' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xem thông tin người tố cáo' });
    await dialog.getByRole('button', { name: 'Xem và ghi nhật ký' }).click();
    await dialog.getByText('Vui lòng nêu mục đích, ít nhất 10 ký tự.').waitFor();
    await dialog.getByLabel('Mục đích xem thông tin').fill('Liên hệ người tố cáo để làm rõ nội dung tố cáo');
    await shot(page, '16-reveal-dialog-desktop', false);
    await dialog.getByRole('button', { name: 'Xem và ghi nhật ký' }).click();
    await page.getByText(DENOUNCER).first().waitFor();
    await page.getByText('0912 345 678').waitFor();
    await page.getByText('Đã ghi nhật ký việc xem thông tin người tố cáo.').waitFor();
    await shot(page, '17-revealed-desktop');
    await context.close();
  });

  it('the letter is classified and proposed by reception, accepted by the head; deadlines and tracking follow', async () => {
    const reception = await newContext(browser, server.url, DESKTOP);
    let page = reception.page;
    await login(page, 'hn.tiepdan');
    await page.goto('/petitions?kind=denunciation');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const panel = page.getByRole('region', { name: 'Xử lý' });
    const classify = panel.getByRole('button', { name: /^Phân loại đơn/ });
    await classify.waitFor();
    await panel.getByText(/Thông tư 07\/2014/).first().waitFor();
    await shot(page, '30-actions-panel-desktop');

    await classify.click();
    let dialog = page.getByRole('dialog', { name: /^Phân loại đơn/ });
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await dialog.getByText('Vui lòng chọn loại đơn.').waitFor();
    await dialog.getByLabel('Phân loại').selectOption({ label: 'Tố cáo' });
    await shot(page, '30-classify-dialog-desktop', false);
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await page.locator('.timeline').getByText('Phân loại đơn', { exact: true }).waitFor();

    await panel.getByRole('button', { name: 'Lập Phiếu đề xuất thụ lý đơn' }).click();
    dialog = page.getByRole('dialog', { name: 'Lập Phiếu đề xuất thụ lý đơn' });
    const competence = dialog.getByRole('checkbox', { name: 'Thuộc thẩm quyền giải quyết của cơ quan' });
    await expect(competence.isChecked()).resolves.toBe(true);
    await expect(dialog.getByRole('checkbox', { name: 'Đủ điều kiện xử lý' }).isChecked()).resolves.toBe(true);
    // Not within competence: the server refuses (409) and the dialog says why, with the article.
    await competence.uncheck();
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await dialog.getByText(/"Lập Phiếu đề xuất thụ lý đơn" yêu cầu .*\(.*Điều \d+/).waitFor();
    await shot(page, '30-propose-refused-desktop', false);
    await competence.check();
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await page.locator('.badge-case').first().waitFor();
    await page.locator('.timeline').getByText('Đề xuất thụ lý', { exact: true }).waitFor();
    await shot(page, '30-proposed-reception-desktop');
    await reception.context.close();

    const head = await newContext(browser, server.url, DESKTOP);
    page = head.page;
    await login(page, 'hn.chanhthanhtra');
    await page.goto('/petitions?kind=denunciation');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('region', { name: 'Xử lý' }).getByRole('button', { name: 'Ra quyết định thụ lý tố cáo' }).click();
    dialog = page.getByRole('dialog', { name: 'Ra quyết định thụ lý tố cáo' });
    await dialog.getByLabel('Ghi chú').fill('Thụ lý giải quyết tố cáo theo Phiếu đề xuất.');
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await page.locator('.timeline').getByText('Thụ lý', { exact: true }).waitFor();
    const deadlines = page.getByRole('table', { name: 'Các thời hạn của đơn và căn cứ pháp lý' });
    const resolveRow = deadlines.getByRole('row', { name: /Giải quyết tố cáo/ });
    await resolveRow.waitFor();
    await resolveRow.getByText(/Điều 30/).first().waitFor();
    await shot(page, '30-accepted-head-desktop');
    await page.setViewportSize(MOBILE);
    await shot(page, '30-accepted-head-mobile');
    await head.context.close();

    const citizen = await newContext(browser, server.url, MOBILE);
    page = citizen.page;
    await page.goto('/cong-dan/tra-cuu');
    await page.getByLabel('Mã tra cứu').fill(receipt.trackingCode);
    await page.getByLabel('Mật mã').fill(receipt.secret);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.locator('.badge-big', { hasText: 'Đã thụ lý' }).waitFor();
    await shot(page, '30-tracking-accepted-mobile');
    await citizen.context.close();
  });

  it('shows the portal at desktop size and in English', async () => {
    const { context, page } = await newContext(browser, server.url, DESKTOP);
    await page.goto('/cong-dan');
    await page.getByRole('heading', { level: 1, name: 'Gửi đơn và tra cứu kết quả xử lý' }).waitFor();
    await shot(page, '18-portal-home-desktop');
    await page.goto('/cong-dan/gui-don');
    await page.getByRole('radio', { name: /^Tố cáo/ }).check();
    await shot(page, '19-form-desktop');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Send a letter online' }).waitFor();
    await shot(page, '20-form-english-desktop');
    await page.getByRole('link', { name: 'Staff login' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await page.getByRole('button', { name: 'VI', exact: true }).click();
    await context.close();
  });
});
