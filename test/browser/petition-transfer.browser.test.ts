import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, browserSuite, login, newContext, shooter } from './helpers';

/**
 * Routing end to end (spec §1.6, §3.0 L8): the head of the Hà Nội inspectorate transfers a letter to the Hồ Chí Minh
 * City inspectorate by picking it in the case page; the documents panel shows the transfer slip; an officer of the
 * target sees the letter in its inbox, received from Hà Nội with the source's register number.
 */
describe('petitions: transfer to another agency of the platform', () => {
  const suite = browserSuite();
  const shot = shooter('transfer');
  const TITLE = 'Kiến nghị về việc cấp phép xây dựng sai quy hoạch tại phường Bến Thành';
  let letterId = '';
  let registerNo = '';

  beforeAll(async () => {
    // A letter registered and classified at the Hà Nội inspectorate by its reception officer.
    const reception = await apiAs(suite.server.url, 'hn.tiepdan');
    const letter = await reception.call('POST', '/petitions', {
      agencyId: reception.agencyId,
      kind: 'petition',
      channel: 'post',
      receivedOn: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
      title: TITLE,
      content: 'Đề nghị cơ quan có thẩm quyền kiểm tra việc cấp giấy phép xây dựng công trình không đúng quy hoạch tại phường Bến Thành.',
      author: { fullName: 'Lý Thị Kiều', address: 'Phường Bến Thành, Thành phố Hồ Chí Minh' },
    });
    letterId = letter.id as string;
    registerNo = letter.registerNo as string;
    await reception.call('POST', `/petitions/${letterId}/actions`, { target: 'letter', event: 'classify', payload: { classification: 'petition' } });
  });


  it('the head picks the competent agency in the platform; the slip is issued; the target officer sees it in the inbox', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.goto(`/petitions/${letterId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'Chuyển đơn đến cơ quan có thẩm quyền' }).click();
    const dialog = page.getByRole('dialog');
    // Submitting without a target says what is missing.
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await dialog.getByText('Vui lòng chọn cơ quan hoặc nhập tên cơ quan ngoài hệ thống.').first().waitFor();
    await dialog.getByRole('searchbox').fill('Thanh tra thành phố Hồ Chí Minh');
    await dialog.getByRole('button', { name: /Thanh tra thành phố Hồ Chí Minh/ }).first().waitFor();
    await shot(page, '01-picker');
    await dialog.getByRole('button', { name: /Thanh tra thành phố Hồ Chí Minh/ }).first().click();
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await page.getByTestId('routing-out').waitFor();
    expect(await page.getByTestId('routing-out').textContent()).toContain('Chuyển đơn đến Thanh tra thành phố Hồ Chí Minh');
    await page.getByRole('cell', { name: /Phiếu chuyển đơn/ }).waitFor();
    await shot(page, '02-transferred');
    expect(errors).toEqual([]);
    await context.close();

    const target = await newContext(suite.browser, suite.server.url);
    await login(target.page, 'hcm.thanhtravien');
    await target.page.goto('/petitions');
    await target.page.getByRole('link', { name: TITLE }).first().click();
    await target.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const incoming = target.page.getByTestId('routing-in');
    await incoming.waitFor();
    expect(await incoming.textContent()).toContain('Nhận từ Thanh tra thành phố Hà Nội');
    expect(await incoming.textContent()).toContain(registerNo);
    await shot(target.page, '03-target-inbox');
    await target.context.close();
  });
});
