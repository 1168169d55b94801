import { describe, expect, it } from 'vitest';
import { browserSuite, DESKTOP, login, newContext, shooter } from './helpers';

/**
 * Issue 5 items 10 and 4 in the browser: the inspections list filters on the demo cases in every state; an item of
 * Hà Nội's issued plan becomes a decision (pre-filled, kept linked to the item); an answer received on paper entered on
 * a request; the follow-up officer of a recommendation assigned.
 */
describe('inspections: list filters, decision from a plan item, paper answer, follow-up officer', () => {
  const suite = browserSuite();
  const shot = shooter('insp-ui');
  const year = new Date().getFullYear();
  const vnToday = () => {
    const iso = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  };

  it('filters the list by state, time limit, subject and team member', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.goto('/inspections');
    await page.getByRole('heading', { level: 1, name: 'Cuộc thanh tra' }).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link').first().waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(15);
    await page.getByLabel('Trạng thái').selectOption({ label: 'Tạm dừng' });
    await table.getByRole('link', { name: /quản lý tài chính, tài sản công/ }).waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await page.getByLabel('Trạng thái').selectOption({ label: 'Tất cả' });
    await page.getByLabel('Đối tượng thanh tra').fill('Hồng Hà');
    await table.getByRole('link', { name: /May Hồng Hà/ }).waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await page.getByLabel('Đối tượng thanh tra').fill('');
    await page.getByLabel('Thời hạn').selectOption({ label: 'Hạn trong 30 ngày' });
    await page.getByLabel('Thành viên Đoàn').selectOption({ label: 'Lê Minh Tuấn' });
    await page.waitForURL(/deadline=30/);
    await shot(page, '01-list-filters-desktop');
    await page.getByRole('button', { name: /Xoá bộ lọc|Xóa bộ lọc|Bỏ lọc/ }).click();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('records a decision from an item of the issued plan, then a paper answer to its request', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.goto('/inspection-plans');
    await page.getByRole('link', { name: `Kế hoạch thanh tra năm ${year}` }).first().click();
    const button = page.getByRole('link', { name: 'Ghi nhận quyết định thanh tra' }).first();
    await button.waitFor();
    await shot(page, '02-plan-item-button-desktop');
    await button.click();
    await page.getByRole('heading', { level: 1, name: 'Ghi nhận quyết định thanh tra' }).waitFor();
    await page.getByText(/Quyết định thực hiện mục \d+\/\d{4} của kế hoạch thanh tra đã ban hành/).waitFor();
    expect(await page.getByLabel('Tên đối tượng thanh tra').inputValue()).not.toBe('');
    expect(await page.getByRole('textbox', { name: 'Nội dung thanh tra' }).inputValue()).not.toBe('');
    await page.getByLabel('Số quyết định').fill('301/QĐ-TTr');
    await page.getByLabel('Ngày ký quyết định').fill(vnToday());
    await page.getByLabel('Thời hạn thanh tra (ngày)').fill('30');
    await shot(page, '03-decision-from-plan-desktop');
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await page.getByText(/Đã ghi nhận cuộc thanh tra số \d{4}\/TT-\d{4}\./).waitFor();
    await page.getByText('Theo kế hoạch').first().waitFor();

    // A request for documents, answered on paper and entered by the chief inspector.
    const requests = page.getByRole('region', { name: 'Yêu cầu đối tượng thanh tra', exact: true });
    await requests.getByLabel('Tiêu đề').fill('Hồ sơ quyết toán năm 2025');
    await requests.getByLabel('Nội dung yêu cầu').fill('Cung cấp hồ sơ quyết toán và báo cáo tài chính năm 2025.');
    await requests.getByLabel('Hạn cung cấp').fill(vnToday());
    await requests.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await requests.getByRole('button', { name: 'Cập nhật trả lời nhận bằng giấy' }).click();
    const paper = requests.getByRole('form', { name: 'Trả lời bằng văn bản giấy' });
    await paper.getByRole('button', { name: 'Lưu trả lời' }).click();
    await paper.getByText('Vui lòng nhập nội dung trả lời.').waitFor();
    await paper.getByLabel('Nội dung trả lời').fill('Công ty gửi bản giấy hồ sơ quyết toán năm 2025 qua bưu điện.');
    await shot(page, '04-paper-answer-form-desktop');
    await paper.getByRole('button', { name: 'Lưu trả lời' }).click();
    await paper.waitFor({ state: 'hidden' });
    const answers = requests.getByRole('list', { name: /Trả lời/ });
    await answers.getByText('Công ty gửi bản giấy hồ sơ quyết toán năm 2025 qua bưu điện.').waitFor();
    await answers.getByText(/bản giấy, nhận ngày \d{2}\/\d{2}\/\d{4}/).waitFor();
    await requests.scrollIntoViewIfNeeded();
    await shot(page, '05-paper-answer-saved-desktop', false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('assigns the follow-up officer of a recommendation', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.goto('/inspections');
    await page.getByRole('link', { name: 'Thanh tra việc quản lý, sử dụng ngân sách và đầu tư công tại Công ty TNHH Xây dựng Thăng Long' }).click();
    const second = page.getByRole('listitem', { name: 'Kiến nghị số 2' });
    await second.getByRole('button', { name: 'Phân công người theo dõi' }).click();
    const form = second.getByRole('form', { name: 'Phân công người theo dõi, đôn đốc kiến nghị số 2' });
    await form.getByLabel('Người theo dõi').selectOption({ label: 'Lê Minh Tuấn' });
    await second.scrollIntoViewIfNeeded();
    await shot(page, '06-assign-follow-up-desktop', false);
    await form.getByRole('button', { name: 'Phân công' }).click();
    await second.getByText('Người theo dõi: Lê Minh Tuấn').waitFor();
    await second.getByRole('button', { name: 'Đổi người theo dõi' }).waitFor();
    await shot(page, '07-assigned-desktop', false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
