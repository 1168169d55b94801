import { describe, expect, it } from 'vitest';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Specialised checks (NĐ 217/2025) of the demo line department Sở Y tế Hà Nội: the head reads them in their own tab,
 * issues a check decision (the department's 10-day cap refused with its article, then accepted), and extends the check
 * in progress once; the case page shows the authority, cap and bases with their articles and the running clock.
 */
describe('specialised checks: list tab, decision form, case page with its clock', () => {
  const suite = browserSuite();
  const shot = shooter('checks');
  const RUNNING = 'Kiểm tra điều kiện hoạt động khám bệnh, chữa bệnh tại Phòng khám đa khoa Hà Thành';
  const NEW = 'Kiểm tra việc chấp hành pháp luật về mỹ phẩm tại Công ty TNHH Mỹ phẩm Sen Vàng';
  const vnDate = (days: number) => {
    const iso = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
    return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  };

  it('the department head lists the checks, issues a decision within the cap and extends the running check', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.syt.giamdoc');
    await page.goto('/inspections');
    await page.getByRole('button', { name: 'Kiểm tra chuyên ngành', exact: true }).click();
    await page.getByRole('link', { name: RUNNING }).waitFor();
    expect(await page.getByRole('row').count()).toBe(5);
    for (const state of ['Đang kiểm tra', 'Theo dõi thực hiện', 'Đình chỉ', 'Đã ban hành quyết định kiểm tra']) await page.locator('td .badge-state', { hasText: state }).first().waitFor();
    await shot(page, '01-list-desktop');

    // A new decision: required fields, then the department's cap of 10 days (Art 13(2)(b)) from the server.
    await page.getByRole('link', { name: '+ Quyết định kiểm tra' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quyết định kiểm tra chuyên ngành' }).waitFor();
    await page.getByRole('button', { name: 'Ghi nhận quyết định kiểm tra' }).click();
    await page.getByText('Chọn ít nhất một căn cứ ra quyết định kiểm tra.').waitFor();
    await page.getByLabel('Số quyết định kiểm tra').fill('150/QĐ-SYT');
    await page.getByLabel('Ngày ký quyết định kiểm tra').fill(vnDate(0));
    await page.getByLabel('Thời hạn kiểm tra (ngày)').fill('12');
    await page.getByLabel('Tên cuộc kiểm tra').fill(NEW);
    await page.getByLabel('Dấu hiệu vi phạm pháp luật, sự cố, dấu hiệu bất thường').check();
    await page.getByLabel(/Nội dung căn cứ/).fill('Phản ánh của người tiêu dùng về mỹ phẩm không rõ nguồn gốc');
    await page.getByLabel('Tên đối tượng kiểm tra').fill('Công ty TNHH Mỹ phẩm Sen Vàng');
    await page.getByRole('textbox', { name: 'Phạm vi, nội dung kiểm tra' }).fill('Nguồn gốc, xuất xứ mỹ phẩm; phiếu công bố sản phẩm; ghi nhãn.');
    await shot(page, '02-form-desktop');
    await page.getByRole('button', { name: 'Ghi nhận quyết định kiểm tra' }).click();
    await page.getByText(/không quá 10 ngày \(Nghị định 217\/2025\/NĐ-CP, khoản 2 Điều 13\)/).waitFor();
    await page.getByLabel('Thời hạn kiểm tra (ngày)').fill('10');
    await page.getByRole('button', { name: 'Ghi nhận quyết định kiểm tra' }).click();
    await page.getByRole('heading', { level: 1, name: NEW }).waitFor();
    await page.getByText(/Đã ghi nhận quyết định kiểm tra \d{4}\/KT-\d{4}/).waitFor();
    const facts = page.getByRole('region', { name: 'Thẩm quyền và thời hạn kiểm tra' });
    await facts.getByText('Nghị định 217/2025/NĐ-CP, đoạn 2 khoản 2 Điều 6').waitFor();
    await facts.getByText('10 ngày, gia hạn một lần không quá 05 ngày').waitFor();
    await page.getByRole('button', { name: 'Phê duyệt kế hoạch tiến hành kiểm tra' }).waitFor();
    await shot(page, '03-new-case-desktop');

    // The running check: its clock with the article; one extension within 05 days.
    await page.goto('/inspections?caseType=specialised_check');
    await page.getByRole('link', { name: RUNNING }).click();
    await page.getByRole('heading', { level: 1, name: RUNNING }).waitFor();
    const clocks = page.getByRole('region', { name: 'Thời hạn', exact: true });
    await clocks.getByText('Thời hạn kiểm tra').first().waitFor();
    await clocks.getByText(/khoản 2 Điều 13/).first().waitFor();
    const before = await clocks.innerText();
    await page.getByRole('button', { name: 'Gia hạn thời hạn kiểm tra (một lần)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gia hạn thời hạn kiểm tra (một lần)' });
    await dialog.getByLabel('Số ngày gia hạn').fill('5');
    await dialog.getByLabel('Địa bàn đi lại khó khăn').check();
    await dialog.getByRole('button', { name: 'Ghi nhận bước này' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Đã gia hạn 1/1 lần').waitFor();
    expect(await clocks.innerText()).not.toBe(before);
    await page.getByText(/Gia hạn thời hạn kiểm tra \(một lần\) — ngày .* — hạn kiểm tra mới/).first().waitFor();
    await shot(page, '04-running-extended-desktop');
    await page.setViewportSize(MOBILE);
    await shot(page, '05-running-mobile');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
