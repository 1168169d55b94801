import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, ensureWebBuilt, launchBrowser, login, newContext, screenshot, startServer, type RunningBrowser, type RunningServer } from './helpers';

/**
 * The administrator's first steps in the real application: log in, create an account with a role at an agency,
 * find it in the list and its creation in the audit trail, then switch the interface to English.
 */
describe('administration in the browser', () => {
  let server: RunningServer;
  let chrome: RunningBrowser;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let external: string[];
  const pageErrors: string[] = [];
  const username = `kiemthu.${Date.now().toString(36)}`;
  const fullName = 'Nguyễn Thị Kiểm Thử';
  let userId = '';

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    chrome = await launchBrowser();
    browser = chrome.browser;
    ({ context, page, external } = await newContext(browser, server.url, DESKTOP));
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  afterAll(async () => {
    await context?.close();
    await chrome?.close();
    await server?.stop();
  });

  it('logs in as the demo administrator', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await screenshot(page, 'admin-01-login');

    // A wrong password shows the server's Vietnamese message.
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Tên đăng nhập hoặc mật khẩu không đúng');

    await login(page, 'admin');
    await page.getByRole('heading', { level: 1, name: /Xin chào, Quản trị hệ thống/ }).waitFor();
    await page.getByText('Chính phủ', { exact: true }).first().waitFor();
    await screenshot(page, 'admin-02-home');
  });

  it('creates a user with a role at an agency', async () => {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
    await page.getByRole('link', { name: 'Trần Thị Hồng' }).waitFor();
    await screenshot(page, 'admin-03-users');

    await page.getByRole('link', { name: 'Tạo người dùng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tạo người dùng mới' }).waitFor();

    // Submitting empty shows the rules in Vietnamese.
    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    await page.getByText('Vui lòng chọn cơ quan.').waitFor();

    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Họ và tên').fill(fullName);
    await page.getByLabel('Thư điện tử').fill(`${username}@thanhtra.example.vn`);
    await page.getByLabel('Cơ quan', { exact: true }).fill('thanh tra thanh pho ha noi');
    await page.getByRole('button', { name: /^Thanh tra thành phố Hà Nội/ }).first().click();
    await page.getByText('Thanh tra thành phố Hà Nội', { exact: true }).first().waitFor();
    await page.getByLabel('Mật khẩu tạm thời').fill('TamThoi2026!');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('TamThoi2026!');
    await page.getByLabel('Vai trò 1', { exact: true }).selectOption({ label: 'Cán bộ tiếp công dân' });
    await screenshot(page, 'admin-04-user-form');

    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
    await expect(page.getByRole('status').filter({ hasText: `Đã tạo người dùng ${username}.` }).count()).resolves.toBe(1);
    userId = page.url().split('/users/')[1] ?? '';
    expect(userId).toMatch(/^[0-9a-f-]{36}$/);
    await screenshot(page, 'admin-05-user-created');
  });

  it('finds the new user in the list', async () => {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Người dùng' }).click();
    await page.getByLabel('Tìm theo họ tên, tên đăng nhập hoặc thư điện tử').fill(username);
    const row = page.getByRole('row').filter({ hasText: username });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Cán bộ tiếp công dân');
    await expect(row.textContent()).resolves.toContain('Thanh tra thành phố Hà Nội');
    await expect.poll(() => page.getByRole('row').count()).toBe(2); // header + the one match
    await screenshot(page, 'admin-06-users-search');
  });

  it('shows the user.create record in the audit trail', async () => {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }).waitFor();
    await page.getByLabel('Hành động').selectOption({ label: 'Tạo người dùng' });
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: 'Tạo người dùng' }).filter({ has: page.locator(`a[href="/users/${userId}"]`) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Quản trị hệ thống (admin)');
    expect(await row.locator('time').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    await screenshot(page, 'admin-07-audit');

    await row.getByRole('button', { name: /Xem bản ghi/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('rowheader', { name: 'username', exact: true }).waitFor();
    await expect(drawer.textContent()).resolves.toContain(username);
    await screenshot(page, 'admin-08-audit-detail');

    // Integrity check of the hash chain.
    await drawer.getByRole('button', { name: 'Đóng' }).click();
    await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
    await page.getByText(/Chuỗi nhật ký toàn vẹn/).waitFor();
  });

  it('switches the interface to English and remembers it', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await screenshot(page, 'admin-09-english');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await page.getByRole('button', { name: 'VI', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }).waitFor();
  });

  it('made no request outside the server and threw no script error', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
