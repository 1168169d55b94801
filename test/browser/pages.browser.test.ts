import { authenticator } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, ensureWebBuilt, launchBrowser, login, MOBILE, newContext, screenshot, settled, startServer, type RunningBrowser, type RunningServer } from './helpers';

/**
 * Every page at desktop (1366×768) and phone (375×812) sizes: screenshots for review, no sideways scrolling,
 * no request outside the server; then the navigation of a restricted user, the agency switcher, the
 * mandatory password change and two-factor login.
 */
describe('pages and layouts', () => {
  let server: RunningServer;
  let chrome: RunningBrowser;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    chrome = await launchBrowser();
    browser = chrome.browser;
  });

  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });

  /** Page width that does not fit the viewport (0 when nothing scrolls sideways). */
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  async function tour(size: 'desktop' | 'mobile') {
    const { context, page, external } = await newContext(browser, server.url, size === 'desktop' ? DESKTOP : MOBILE);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const shot = async (name: string, fullPage = true) => {
      await settled(page);
      expect(await overflow(page), `${name} scrolls sideways at ${size} size`).toBeLessThanOrEqual(0);
      await screenshot(page, `${size}-${name}`, { fullPage });
    };
    const go = async (path: string, heading: string | RegExp) => {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    };

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await shot('01-login');
    await login(page, 'admin');
    await shot('02-home');
    if (size === 'mobile') {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Người dùng' }).waitFor();
      await shot('02b-menu-open');
    }
    await go('/users', 'Người dùng');
    await shot('03-users');
    await go('/users/new', 'Tạo người dùng mới');
    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    await shot('04-user-new-errors');
    await go('/users', 'Người dùng');
    await page.getByRole('link', { name: 'Trần Thị Hồng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trần Thị Hồng' }).waitFor();
    await shot('05-user-detail');
    await go('/agencies', 'Cơ quan');
    await page.getByRole('button', { name: 'Mở rộng Ủy ban nhân dân thành phố Hà Nội' }).click();
    await page.getByRole('link', { name: 'Thanh tra thành phố Hà Nội' }).waitFor();
    await shot('06-agencies-tree', false);
    await page.getByLabel('Tìm cơ quan theo tên').fill('phuong ba dinh');
    await page.getByRole('link', { name: /Ủy ban nhân dân phường Ba Đình/ }).first().waitFor();
    await shot('07-agencies-search');
    await page.getByRole('link', { name: /Ủy ban nhân dân phường Ba Đình/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Ủy ban nhân dân phường Ba Đình/ }).waitFor();
    await shot('08-agency-detail');
    await go('/audit', 'Nhật ký hệ thống');
    await shot('09-audit');
    await page.getByRole('button', { name: /Xem bản ghi/ }).first().click();
    await page.getByRole('dialog').waitFor();
    await shot('10-audit-drawer', false);
    await page.keyboard.press('Escape');
    await go('/calendar', 'Lịch làm việc');
    await page.getByRole('button', { name: 'Tính' }).click();
    await page.getByText(/Hạn cuối: \d{2}\/\d{2}\/\d{4}/).waitFor();
    await shot('11-calendar');
    await page.getByRole('button', { name: 'Thêm điều chỉnh' }).click();
    await page.getByRole('dialog').getByLabel('Tên ngày (tiếng Việt)').waitFor();
    await shot('12-calendar-override', false);
    await page.keyboard.press('Escape');
    await go('/account', 'Tài khoản của tôi');
    await shot('13-account');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await shot('14-account-english');
    await go('/users', 'Users');
    await shot('15-users-english');
    await page.getByRole('button', { name: 'VI', exact: true }).click();

    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }

  it('renders every page at desktop size', () => tour('desktop'));
  it('renders every page at phone size', () => tour('mobile'));

  it('shows an inspector only what their role allows', async () => {
    const { context, page } = await newContext(browser, server.url, DESKTOP);
    await login(page, 'hn.thanhtravien');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(['Tổng quan', 'Đơn thư', 'Tiếp công dân', 'Thời hạn quá hạn', 'Thống kê', 'Thanh tra', 'Kế hoạch thanh tra', 'Kiến nghị chậm thực hiện', 'Xử phạt VPHC', 'Đối tượng quản lý', 'Cảnh báo sớm', 'Điểm nóng', 'Trợ lý ảo', 'Cơ quan', 'Lịch làm việc', 'Tài khoản của tôi']);
    // Keyboard: the first Tab reaches the skip link, which moves focus to the page content.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Chuyển đến nội dung chính');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.goto('/users');
    await page.getByRole('heading', { level: 1, name: 'Bạn không có quyền truy cập trang này.' }).waitFor();
    await context.close();
  });

  it('edits an account: details, roles, disable and enable, temporary password', async () => {
    const { context, page } = await newContext(browser, server.url, DESKTOP);
    await login(page, 'admin');
    await page.goto('/users?q=hn.vanthu');
    await page.getByRole('link', { name: 'Đỗ Thị Lan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đỗ Thị Lan' }).waitFor();

    await page.getByLabel('Thư điện tử', { exact: true }).fill('lan.do@thanhtra.example.vn');
    await page.getByRole('button', { name: 'Lưu' }).first().click();
    await page.getByText('Đã lưu thông tin.').waitFor();

    await page.getByRole('button', { name: '+ Thêm vai trò' }).click();
    await page.getByLabel('Vai trò 2', { exact: true }).selectOption({ label: 'Lãnh đạo (xem)' });
    await page.getByRole('button', { name: 'Lưu' }).nth(1).click();
    await page.getByText('Đã lưu vai trò.').waitFor();
    await expect(page.getByLabel('Vai trò 2', { exact: true }).inputValue()).resolves.toBe('leader_viewer');

    await page.getByRole('button', { name: 'Vô hiệu hóa tài khoản' }).click();
    await page.getByRole('dialog').getByText('Vô hiệu hóa tài khoản hn.vanthu?', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Vô hiệu hóa tài khoản' }).click();
    await page.getByText('Đã vô hiệu hóa tài khoản.').waitFor();
    await page.getByText('Đã vô hiệu hóa', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Kích hoạt lại tài khoản' }).click();
    await page.getByText('Đã kích hoạt lại tài khoản.').waitFor();

    await page.getByLabel('Mật khẩu tạm thời').fill('ngan');
    await page.getByRole('button', { name: 'Đặt mật khẩu tạm thời' }).click();
    await page.getByText('Mật khẩu phải có ít nhất 10 ký tự.').waitFor();
    await page.getByLabel('Mật khẩu tạm thời').fill('DatLai2026abc');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('DatLai2026abc');
    await page.getByRole('button', { name: 'Đặt mật khẩu tạm thời' }).click();
    await page.getByText('Đã đặt mật khẩu tạm thời.', { exact: false }).waitFor();
    await shotOf(page, 'desktop-16-user-edited');

    // The audit trail of this account, reached from its page, shows what was done.
    await page.getByRole('link', { name: 'Xem nhật ký của tài khoản này' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }).waitFor();
    for (const label of ['Đặt lại mật khẩu', 'Kích hoạt tài khoản', 'Vô hiệu hóa tài khoản', 'Giao vai trò', 'Sửa thông tin người dùng']) {
      await page.getByRole('cell', { name: label, exact: true }).first().waitFor();
    }
    await context.close();
  });

  it('adds and removes a calendar override', async () => {
    const { context, page } = await newContext(browser, server.url, DESKTOP);
    await login(page, 'admin');
    await page.goto('/calendar');
    await page.getByRole('button', { name: 'Thêm điều chỉnh' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ngày', { exact: true }).fill('31/12/2026');
    await dialog.getByLabel('Loại ngày').selectOption({ label: 'Nghỉ bù' });
    await dialog.getByLabel('Tên ngày (tiếng Việt)').fill('Nghỉ bù cuối năm');
    await dialog.getByLabel('Tên ngày (tiếng Anh)').fill('Year-end day off');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Vui lòng nêu căn cứ.').waitFor();
    await dialog.getByLabel('Căn cứ').fill('Thông báo số 01/TB-TEST');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu điều chỉnh ngày 31/12/2026.').waitFor();
    const row = page.getByRole('row').filter({ hasText: '31/12/2026' });
    await expect(row.textContent()).resolves.toContain('Nghỉ bù cuối năm');
    await row.getByRole('button', { name: 'Bỏ điều chỉnh ngày 31/12/2026' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa' }).click();
    await page.getByText('Đã bỏ điều chỉnh ngày 31/12/2026.').waitFor();
    await expect(page.getByRole('row').filter({ hasText: '31/12/2026' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('switches agency, forces the password change and logs in with two-factor authentication', async () => {
    // An account with roles at two agencies, made through the API as the administrator.
    const admin = await newContext(browser, server.url, DESKTOP);
    await login(admin.page, 'admin');
    const me = await (await admin.page.request.get('/api/v1/auth/me')).json();
    const find = async (q: string) => (await (await admin.page.request.get(`/api/v1/agencies?q=${encodeURIComponent(q)}&limit=5`)).json())[0].id as string;
    const [ttHn, ttHcm] = [await find('Thanh tra thành phố Hà Nội'), await find('Thanh tra thành phố Hồ Chí Minh')];
    const created = await admin.page.request.post('/api/v1/users', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { username: 'lien.vung', fullName: 'Phan Văn Liên', agencyId: ttHn, password: 'TamThoi2026!', roles: [{ agencyId: ttHn, role: 'inspector' }, { agencyId: ttHcm, role: 'agency_head' }] },
    });
    expect(created.status()).toBe(201);
    await admin.context.close();

    const { context, page } = await newContext(browser, server.url, DESKTOP);
    await login(page, 'lien.vung', 'TamThoi2026!');
    await page.getByText('Bạn đang dùng mật khẩu tạm thời').waitFor();
    const switcher = page.getByLabel('Cơ quan làm việc');
    await switcher.selectOption({ label: 'Thanh tra thành phố Hồ Chí Minh' });
    await page.getByText('Đã chuyển sang làm việc tại Thanh tra thành phố Hồ Chí Minh.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Cơ quan đang làm việc' }).waitFor();
    await expect(page.locator('.lead').first().textContent()).resolves.toBe('Thanh tra thành phố Hồ Chí Minh');
    await shotOf(page, 'desktop-20-switcher-banner');

    await page.getByRole('link', { name: 'Đổi mật khẩu ngay' }).click();
    await page.getByLabel('Mật khẩu hiện tại').fill('TamThoi2026!');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('lien.vung2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('lien.vung2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu không được chứa tên đăng nhập.').waitFor();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('BaoMat2026moi');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('BaoMat2026moi');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu.', { exact: false }).waitFor();
    await page.getByText('Bạn đang dùng mật khẩu tạm thời').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    const secret = (await page.locator('code.secret').textContent())!.trim();
    await shotOf(page, 'desktop-21-totp-setup');
    await page.getByLabel('Mã xác thực').fill(authenticator.generate(secret));
    await page.getByRole('button', { name: 'Xác nhận bật' }).click();
    await page.getByText('Xác thực hai lớp đang bật.').waitFor();

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByLabel('Tên đăng nhập').fill('lien.vung');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('BaoMat2026moi');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Xác thực hai lớp' }).waitFor();
    await page.getByLabel('Mã xác thực').fill('000000');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('alert').filter({ hasText: 'Mã xác thực không đúng' }).waitFor();
    await shotOf(page, 'desktop-22-totp-login');
    await page.getByLabel('Mã xác thực').fill(authenticator.generate(secret));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('heading', { level: 1, name: 'Xin chào, Phan Văn Liên' }).waitFor();
    await context.close();
  });
});

async function shotOf(page: Page, name: string) {
  await screenshot(page, name);
}
