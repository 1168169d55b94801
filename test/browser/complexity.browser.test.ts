import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, browserSuite, login, newContext, shooter } from './helpers';

/**
 * The resolver's written determination of complexity (spec §4.2): the head of the Hà Nội inspectorate opens an
 * accepted first complaint, ticks the criteria met and writes the reasons; the resolution time limit is recomputed
 * (30 → 45 days, LKN Art 28) and the deadlines table says why.
 */
describe('petitions: complexity and the time limit it selects', () => {
  const suite = browserSuite();
  const shot = shooter('complexity');
  const TITLE = 'Khiếu nại quyết định thu hồi đất nông nghiệp tại xã Sóc Sơn';
  let letterId = '';

  beforeAll(async () => {
    const reception = await apiAs(suite.server.url, 'hn.tiepdan');
    const letter = await reception.call('POST', '/petitions', {
      agencyId: reception.agencyId,
      kind: 'complaint',
      channel: 'post',
      receivedOn: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
      title: TITLE,
      content: 'Tôi khiếu nại quyết định thu hồi đất nông nghiệp của gia đình tôi vì không đúng diện tích và chưa bồi thường thỏa đáng.',
      author: { fullName: 'Trịnh Văn Khải', address: 'Xã Sóc Sơn, Hà Nội', phone: '0912000111' },
      respondent: { name: 'Ủy ban nhân dân xã Sóc Sơn' },
    });
    letterId = letter.id as string;
    await reception.call('POST', `/petitions/${letterId}/actions`, { target: 'letter', event: 'classify', payload: { classification: 'complaint' } });
    const proposed = await reception.call('POST', `/petitions/${letterId}/actions`, { target: 'letter', event: 'propose_acceptance', payload: { withinCompetence: true, processable: true } });
    const head = await apiAs(suite.server.url, 'hn.chanhthanhtra');
    await head.call('POST', `/petitions/${letterId}/actions`, { target: (proposed.cases as { id: string }[])[0]!.id, event: 'accept' });
  });

  it('the head ticks the criteria and writes the reasons; the time limit is recomputed with the reason shown', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.goto(`/petitions/${letterId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const panel = page.getByRole('region', { name: 'Tính chất vụ việc và thời hạn' });
    await panel.getByText('Không phức tạp').waitFor();
    const row = page.locator('tr', { hasText: 'Giải quyết khiếu nại lần đầu' });
    const before = await row.locator('td').nth(2).textContent();
    await panel.getByText('Xác định tính chất vụ việc').click();
    // Without written reasons nothing is sent.
    await panel.getByRole('button', { name: 'Lưu và tính lại thời hạn' }).click();
    await panel.getByText('Lý do phải có ít nhất 10 ký tự.').waitFor();
    await panel.getByLabel('Một nội dung nhưng phải xác minh ở nhiều địa điểm').check();
    await panel.getByLabel(/Lý do xác định/).fill('Phải xác minh thực địa tại ba thôn và lấy ý kiến Sở Nông nghiệp và Môi trường.');
    await shot(page, '01-form');
    await panel.getByRole('button', { name: 'Lưu và tính lại thời hạn' }).click();
    await panel.getByText('Đã lưu tính chất vụ việc; thời hạn đã được tính lại.').waitFor();
    await panel.locator('.badge', { hasText: 'Phức tạp' }).waitFor();
    await row.getByText('Vụ việc phức tạp').waitFor();
    const after = await row.locator('td').nth(2).textContent();
    expect(after).not.toBe(before);
    await row.scrollIntoViewIfNeeded();
    await shot(page, '02-recomputed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a step that needs a ground offers the grounds the law lists for it, labelled, and the case records it', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.chanhthanhtra');
    await page.goto(`/petitions/${letterId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: /^Đình chỉ việc giải quyết khiếu nại/ }).click();
    const dialog = page.getByRole('dialog');
    const ground = dialog.getByLabel('Căn cứ đình chỉ');
    // K18 (from 01/07/2026): only the grounds of the new LKN Art 11a(2), never a denunciation's.
    expect(await ground.locator('option').allTextContents()).toEqual([
      '— Chọn —',
      'Người khiếu nại chết, không có người thừa kế quyền, nghĩa vụ',
      'Cơ quan, tổ chức khiếu nại bị giải thể, phá sản',
      'Căn cứ khác theo quy định',
    ]);
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await dialog.getByText('Vui lòng chọn.').waitFor();
    await ground.selectOption({ label: 'Cơ quan, tổ chức khiếu nại bị giải thể, phá sản' });
    await shot(page, '03-termination-ground', false);
    await dialog.getByRole('button', { name: 'Thực hiện' }).click();
    await page.locator('.timeline li', { hasText: 'Đình chỉ việc giải quyết khiếu nại' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
