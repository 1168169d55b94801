import { describe, expect, it } from 'vitest';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * The virtual assistant end to end: an inspector asks without diacritics and with an abbreviation, reads the answer
 * quoted from the law with its citations, follows a citation to the article viewer and a cross-reference inside it.
 */
describe('virtual assistant: question → cited answer → article viewer', () => {
  const suite = browserSuite();
  const shot = shooter('assistant');

  it('answers with sentences of the law linked to their article, and opens the article', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.thanhtravien');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trợ lý ảo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trợ lý ảo' }).waitFor();
    await page.getByRole('textbox', { name: 'Câu hỏi' }).fill('Thời hạn giải quyết tố cáo là bao lâu?');
    await page.getByRole('button', { name: 'Hỏi', exact: true }).click();
    const turn = page.getByRole('region', { name: /Trả lời cho câu hỏi: Thời hạn giải quyết tố cáo/ });
    await turn.getByRole('link', { name: /Điều 30 Luật Tố cáo số 25\/2018\/QH14/ }).first().waitFor();
    await turn.locator('.kb-snippet mark').first().waitFor();
    await shot(page, '01-answer-desktop');
    // Feedback is stored for evaluating the assistant.
    await turn.getByRole('button', { name: 'Hữu ích' }).click();
    await turn.getByRole('status').filter({ hasText: 'Cảm ơn, đánh giá đã được ghi nhận.' }).waitFor();

    // Without diacritics, with "KN" for khiếu nại: the answer still comes from the Law on Complaints.
    await page.getByRole('textbox', { name: 'Câu hỏi' }).fill('thoi han giai quyet KN lan dau');
    await page.getByRole('textbox', { name: 'Câu hỏi' }).press('Enter');
    const second = page.getByRole('region', { name: /Trả lời cho câu hỏi: thoi han giai quyet KN lan dau/ });
    await second.getByRole('link', { name: /Luật Khiếu nại số 02\/2011\/QH13/ }).first().waitFor();

    await turn.getByRole('link', { name: /Điều 30 Luật Tố cáo số 25\/2018\/QH14/ }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Điều 30. Thời hạn giải quyết tố cáo' }).waitFor();
    await page.getByText('Luật Tố cáo số 25/2018/QH14').first().waitFor();
    await shot(page, '02-article-desktop');
    // A cross-reference in the text is a link to the article it names.
    const ref = page.locator('.kb-article a[href^="/tro-ly/dieu/"]').first();
    expect(await ref.count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Điều sau →' }).click();
    await page.getByRole('heading', { level: 1, name: /^Điều 31\./ }).waitFor();

    await page.setViewportSize(MOBILE);
    await shot(page, '03-article-mobile');
    await page.setViewportSize(DESKTOP);

    // The whole text with its structure.
    await page.getByRole('link', { name: 'Xem toàn văn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Luật Tố cáo' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Chương I\. NHỮNG QUY ĐỊNH CHUNG/ }).waitFor();
    await page.getByText('67 điều').first().waitFor();
    await shot(page, '04-document-desktop', false);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
