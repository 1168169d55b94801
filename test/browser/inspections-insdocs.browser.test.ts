import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../helpers/multipart';
import { browserSuite, DESKTOP, login, MOBILE, newContext, shooter } from './helpers';

/**
 * Drafts for comment (issue 5 item 3) end to end: the case, its leader and the party's account are set up through
 * the API; the leader sends the draft conclusion for comment on the case page and schedules a working session; the
 * party reads the draft on its portal and comments with a file; the leader sees the comment and the step on the
 * timeline; the online share page counts it.
 */
describe('inspections: a draft sent to the inspected party for comment', () => {
  const suite = browserSuite();
  const shot = shooter('insdocs');
  const TITLE = 'Thanh tra việc quản lý tài chính tại Công ty TNHH Ánh Dương Số';
  const PARTY_EMAIL = 'giamdoc@anhduongso.vn';
  const PARTY_PASSWORD = 'AnhDuong2026So';
  const DRAFT = 'Dự thảo Kết luận thanh tra lần 1';
  const COMMENT = 'Công ty giải trình: khoản chi 120 triệu đồng có đủ chứng từ, gửi kèm bảng kê.';
  const vnIso = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
  const vnDate = (days: number) => {
    const iso = vnIso(days);
    return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  };
  let caseId = '';

  /** A JSON call with the page's session and CSRF token. */
  const call = async (page: Page, method: 'GET' | 'POST', url: string, data?: unknown) => {
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string; activeAgencyId: string };
    const res = await page.request.fetch(`/api/v1${url}`, { method, headers: { 'x-csrf-token': me.csrfToken }, ...(data ? { data } : {}) });
    expect(res.status(), await res.text()).toBeLessThan(300);
    return { body: (await res.json()) as Record<string, unknown> & { id: string }, me };
  };

  it('sets up the case, the team leader and the party account', async () => {
    const { context, page } = await newContext(suite.browser, suite.server.url, DESKTOP);
    await login(page, 'hn.chanhthanhtra');
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { activeAgencyId: string };
    const created = await call(page, 'POST', '/inspections', { agencyId: me.activeAgencyId, title: TITLE, origin: 'ad_hoc', subjectName: 'Công ty TNHH Ánh Dương Số', content: 'Việc chấp hành pháp luật về tài chính, kế toán năm 2025.', decisionDate: vnIso(-2), decisionNo: '88/QĐ-TTr', durationDays: 30 });
    caseId = created.body.id;
    const users = (await (await page.request.get(`/api/v1/users?agencyId=${me.activeAgencyId}&limit=200`)).json()) as { items: { id: string; username: string }[] };
    const leader = users.items.find((u) => u.username === 'hn.thanhtravien')!;
    await call(page, 'POST', `/inspections/${caseId}/team`, { userId: leader.id, role: 'leader' });
    await context.close();

    const inspector = await newContext(suite.browser, suite.server.url, DESKTOP);
    await login(inspector.page, 'hn.thanhtravien');
    await call(inspector.page, 'POST', `/inspections/${caseId}/conflict-declaration`, { hasConflict: false });
    const invited = await call(inspector.page, 'POST', `/inspections/${caseId}/parties`, { email: PARTY_EMAIL, fullName: 'Nguyễn Thị Ánh', position: 'Giám đốc' });
    const token = new URL(String(invited.body.activationUrl), 'http://x').searchParams.get('token')!;
    const activated = await inspector.page.request.post('/api/v1/public/party-activation', { data: { token, password: PARTY_PASSWORD } });
    expect(activated.status()).toBe(200);
    await inspector.context.close();
  });

  it('the leader sends the draft for comment and schedules a working session', async () => {
    expect(caseId).not.toBe('');
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.thanhtravien');
    await page.goto(`/inspections/${caseId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const drafts = page.getByRole('region', { name: 'Dự thảo gửi đối tượng thanh tra góp ý', exact: true });
    await drafts.getByText('Chưa gửi dự thảo nào.').waitFor();
    await drafts.getByRole('button', { name: 'Gửi dự thảo' }).click();
    await drafts.getByText('Hạn góp ý phải sau ngày hôm nay.').waitFor();
    await drafts.getByLabel('Tên dự thảo').fill(DRAFT);
    await drafts.getByLabel('Nội dung dự thảo').fill('I. Kết quả kiểm tra: Công ty chi 120 triệu đồng chưa có chứng từ hợp lệ.\nII. Kiến nghị: thu hồi khoản chi không đúng quy định.');
    await drafts.getByLabel('Hạn góp ý').fill(vnDate(7));
    await drafts.getByRole('button', { name: 'Gửi dự thảo' }).click();
    await drafts.getByText('Đã gửi dự thảo cho đối tượng thanh tra.').waitFor();
    await drafts.getByRole('heading', { name: `Dự thảo số 1 — ${DRAFT}` }).waitFor();
    await drafts.getByText(/Căn cứ: Luật Thanh tra 2025, khoản 2, 3 Điều 34; khoản 1 Điều 50/).waitFor();
    await drafts.getByText(`Hạn góp ý: ${vnDate(7)}`).waitFor();
    await drafts.scrollIntoViewIfNeeded();
    await shot(page, '01-draft-sent-desktop');

    const meetings = page.getByRole('region', { name: 'Cuộc họp, buổi làm việc', exact: true });
    await meetings.getByLabel('Loại cuộc họp').selectOption('draft_dialogue');
    await meetings.getByLabel('Hình thức').selectOption('in_person');
    await meetings.getByLabel('Tên cuộc họp').fill('Trao đổi về dự thảo kết luận với Công ty');
    await meetings.getByLabel('Ngày họp').fill(vnDate(3));
    await meetings.getByLabel('Địa điểm').fill('Trụ sở Thanh tra thành phố Hà Nội');
    await meetings.getByRole('button', { name: 'Lập lịch' }).click();
    await meetings.getByText('Đã lập lịch họp.').waitFor();
    await meetings.getByRole('heading', { name: 'Trao đổi về dự thảo kết luận với Công ty' }).waitFor();
    await meetings.scrollIntoViewIfNeeded();
    await shot(page, '02-meeting-scheduled-desktop');
    const docs = page.getByRole('region', { name: 'Văn bản của cuộc thanh tra', exact: true });
    await docs.getByText('Chưa phát hành văn bản nào.').waitFor();
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the party reads the draft on its portal and comments with a file', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, PARTY_EMAIL, PARTY_PASSWORD);
    await page.goto(`/doi-tuong/${caseId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const section = page.getByRole('region', { name: 'Dự thảo Đoàn thanh tra gửi để góp ý, giải trình', exact: true });
    await section.getByRole('heading', { name: `Dự thảo số 1 — ${DRAFT}` }).waitFor();
    await section.getByText(/thu hồi khoản chi/).waitFor();
    const meetings = page.getByRole('region', { name: 'Lịch làm việc với Đoàn thanh tra', exact: true });
    await meetings.getByText('Trao đổi về dự thảo kết luận với Công ty').waitFor();
    const form = section.getByRole('form', { name: 'Gửi ý kiến góp ý, giải trình' });
    await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await form.getByText('Vui lòng ghi nội dung góp ý.').waitFor();
    await form.getByLabel(/Nội dung góp ý, giải trình/).fill(COMMENT);
    await form.getByLabel(/Tài liệu kèm theo/).setInputFiles({ name: 'bang-ke-chung-tu.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await section.getByText('Đã gửi ý kiến góp ý.').waitFor();
    await section.getByText(COMMENT).waitFor();
    const file = section.getByRole('link', { name: /bang-ke-chung-tu\.pdf/ });
    expect((await page.request.get((await file.getAttribute('href'))!)).status()).toBe(200);
    await shot(page, '03-party-commented-desktop');
    await page.setViewportSize(MOBILE);
    await shot(page, '04-party-commented-mobile');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the leader sees the comment, its file and the step on the timeline; the online share counts them', async () => {
    const { context, page, external } = await newContext(suite.browser, suite.server.url, DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'hn.thanhtravien');
    await page.goto(`/inspections/${caseId}`);
    const drafts = page.getByRole('region', { name: 'Dự thảo gửi đối tượng thanh tra góp ý', exact: true });
    await drafts.getByText(COMMENT).waitFor();
    const file = drafts.getByRole('link', { name: /bang-ke-chung-tu\.pdf/ });
    expect((await page.request.get((await file.getAttribute('href'))!)).status()).toBe(200);
    const timeline = page.getByRole('region', { name: 'Diễn biến', exact: true });
    await timeline.getByText('Góp ý, giải trình dự thảo', { exact: true }).waitFor();
    await timeline.getByText('Đối tượng thanh tra góp ý, giải trình dự thảo số 1 kèm 1 tệp').waitFor();
    await drafts.scrollIntoViewIfNeeded();
    await shot(page, '05-leader-sees-comment-desktop');

    await page.goto('/inspections');
    await page.getByRole('link', { name: 'Tỷ lệ trực tuyến' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tỷ lệ thực hiện trực tuyến' }).waitFor();
    const row = page.getByRole('row', { name: /Ý kiến góp ý/ });
    await row.getByRole('cell').first().waitFor();
    expect(Number(await row.getByRole('cell').first().textContent())).toBeGreaterThanOrEqual(1);
    await shot(page, '06-online-share-desktop');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
