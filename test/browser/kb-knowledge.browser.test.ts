import { describe, expect, it } from 'vitest';
import { lawPdf } from '../../src/modules/kb/kb.pdf.test-support';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Knowledge base administration and knowledge beyond law, end to end: an administrator imports a PDF law after
 * previewing its structure and records that it was superseded; an inspector writes a lesson learned, the head returns
 * and then approves it; the assistant opens from a petition with the article of its running deadline.
 */
describe('knowledge base: PDF import, lessons learned, assistant in context', () => {
  const suite = browserSuite();
  const shot = shooter('kb-knowledge');

  it('an administrator previews and imports a PDF law, then changes its status', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'admin');
    await page.goto('/tro-ly');
    await page.getByRole('link', { name: 'Quản lý thư viện văn bản' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quản lý thư viện văn bản pháp luật' }).waitFor();
    await page.getByLabel('Tệp văn bản').setInputFiles({ name: 'luat-thi-diem.pdf', mimeType: 'application/pdf', buffer: await lawPdf('97/2026/QH15') });
    await page.getByLabel('Cơ quan ban hành').fill('Quốc hội khóa XV');
    await page.getByRole('button', { name: 'Xem trước cấu trúc' }).click();
    await page.getByText('3 chương · 5 điều · 4 khoản · 3 điểm').waitFor();
    await page.getByText('Điều 2. Thời hạn xử lý kiến nghị').waitFor();
    await shot(page, '01-import-preview');
    await page.getByRole('button', { name: 'Xác nhận nhập vào thư viện' }).click();
    await page.getByText('Đã nhập 1 văn bản: 97/2026/QH15.').waitFor();
    const row = page.getByRole('row').filter({ hasText: '97/2026/QH15' });
    await row.getByRole('button', { name: 'Đổi tình trạng' }).click();
    const form = page.getByRole('form', { name: 'Đổi tình trạng văn bản 97/2026/QH15' });
    await form.getByLabel('Tình trạng hiệu lực').selectOption('superseded');
    await form.getByLabel('Bị thay thế bởi (số hiệu)').fill('84/2025/QH15');
    await form.getByRole('button', { name: 'Lưu tình trạng' }).click();
    await page.getByText('Đã cập nhật tình trạng văn bản 97/2026/QH15.').waitFor();
    await row.getByText('bởi 84/2025/QH15').waitFor();
    await shot(page, '02-library-list');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an inspector writes a lesson, the head returns it, the inspector resubmits, the head approves; the assistant cites it', async () => {
    const inspector = await newContext(suite.browser, suite.server.url, DESKTOP);
    await login(inspector.page, 'hn.thanhtravien');
    await inspector.page.goto('/tro-ly/tri-thuc');
    await inspector.page.getByRole('button', { name: 'Viết bài học kinh nghiệm' }).click();
    await inspector.page.getByLabel('Tiêu đề').fill('Đối thoại sớm trong khiếu nại về bồi thường đất đai');
    await inspector.page.getByLabel('Vấn đề').fill('Người khiếu nại không đồng ý mức bồi thường, khiếu nại kéo dài nhiều lần.');
    await inspector.page.getByLabel('Bối cảnh').fill('Dự án mở rộng đường liên xã, 12 hộ dân.');
    await inspector.page.getByLabel('Cách làm hiệu quả').fill('Tổ chức đối thoại ngay sau khi thụ lý, mời đại diện tổ chức làm nhiệm vụ bồi thường giải thích cách tính.');
    await inspector.page.getByLabel('Căn cứ pháp lý').fill('Luật Khiếu nại 02/2011/QH13, Điều 30');
    await inspector.page.getByRole('button', { name: 'Lưu' }).click();
    const lesson = inspector.page.getByRole('listitem', { name: 'Đối thoại sớm trong khiếu nại về bồi thường đất đai' });
    await lesson.getByRole('button', { name: 'Gửi thủ trưởng duyệt' }).click();
    await lesson.getByText('Chờ duyệt').waitFor();
    await shot(inspector.page, '03-lesson-submitted');

    const head = await newContext(suite.browser, suite.server.url, DESKTOP);
    await login(head.page, 'hn.chanhthanhtra');
    await head.page.goto('/tro-ly/tri-thuc');
    const toReview = head.page.getByRole('listitem', { name: 'Đối thoại sớm trong khiếu nại về bồi thường đất đai' });
    await toReview.getByLabel('Ý kiến của thủ trưởng (bắt buộc khi trả lại)').fill('Ghi rõ khoản của Điều 30.');
    await toReview.getByRole('button', { name: 'Trả lại' }).click();
    await head.page.getByText('Đã trả lại bài học.').waitFor();

    await inspector.page.reload();
    await lesson.getByText('Ghi rõ khoản của Điều 30.').waitFor();
    await lesson.getByRole('button', { name: 'Sửa' }).click();
    await lesson.getByLabel('Căn cứ pháp lý').fill('Luật Khiếu nại 02/2011/QH13, khoản 1 Điều 30');
    await lesson.getByRole('button', { name: 'Lưu' }).click();
    await lesson.getByRole('button', { name: 'Gửi thủ trưởng duyệt' }).click();
    await lesson.getByText('Chờ duyệt').waitFor();

    await head.page.reload();
    await toReview.getByRole('button', { name: 'Duyệt' }).click();
    await head.page.getByText('Đã duyệt bài học.').waitFor();
    await toReview.getByText(/Bài học kinh nghiệm số 1\/\d{4} — /).waitFor();
    await shot(head.page, '04-lesson-approved');
    await head.page.getByRole('tab', { name: 'Hệ thống hóa hằng năm' }).click();
    await head.page.getByText('Bài học kinh nghiệm được duyệt (1)').waitFor();
    await shot(head.page, '05-systematisation');

    await inspector.page.goto('/tro-ly');
    await inspector.page.getByRole('textbox', { name: 'Câu hỏi' }).fill('đối thoại khiếu nại bồi thường đất đai');
    await inspector.page.getByRole('button', { name: 'Hỏi', exact: true }).click();
    await inspector.page.getByText('Biểu mẫu, bài học kinh nghiệm liên quan').waitFor();
    await inspector.page.locator('.kb-cite', { hasText: /Bài học kinh nghiệm số 1\// }).first().waitFor();
    await shot(inspector.page, '06-assistant-related');
    await inspector.context.close();
    await head.context.close();
  });

  it('"Hỏi trợ lý" on a petition opens the assistant with its stage and the article of its deadline', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, DESKTOP);
    await login(page, 'hn.chanhthanhtra');
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string; grants: { agencyId: string; role: string }[] };
    const created = await page.request.post('/api/v1/petitions', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        agencyId: me.grants.find((g) => g.role === 'agency_head')!.agencyId,
        kind: 'complaint',
        channel: 'post',
        receivedOn: '2026-06-15',
        title: 'Khiếu nại quyết định thu hồi đất',
        content: 'Tôi khiếu nại Quyết định số 123/QĐ-UBND về việc thu hồi đất của gia đình tôi vì không đúng diện tích.',
        author: { fullName: 'Phạm Văn Khiếu', address: 'Thôn 3, xã Ba Vì, Hà Nội' },
        respondent: { name: 'Chủ tịch UBND xã Ba Vì' },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const letter = (await created.json()) as { id: string };
    await page.goto(`/petitions/${letter.id}`);
    await page.getByRole('link', { name: 'Hỏi trợ lý' }).click();
    const panel = page.getByRole('region', { name: 'Ngữ cảnh hồ sơ' });
    await panel.getByRole('link', { name: /khoản 1 Điều 5 Thông tư .* số 07\/2013\/TT-TTCP/ }).waitFor();
    await shot(page, '07-context-petition');
    await panel.getByRole('button').first().click();
    await page.getByRole('region', { name: /Trả lời cho câu hỏi:/ }).first().waitFor();
    await page.setViewportSize(MOBILE);
    await shot(page, '08-context-mobile');
    await context.close();
  });
});
