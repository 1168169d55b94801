import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';

let ctx: TestContext;
let officer: Client;
let agencyId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  const root = await buildAgency(ctx);
  const agency = await buildAgency(ctx, { parent: root });
  agencyId = agency.id;
  officer = await login(ctx, (await buildUser(ctx, agency, ['reception_officer'])).username);
});
afterAll(async () => ctx?.close());

const register = async (over: { title?: string; author?: object; respondent?: string; kind?: string }) => {
  const res = await officer.post('/api/v1/petitions', {
    agencyId,
    kind: over.kind ?? 'complaint',
    channel: 'post',
    receivedOn: '2026-03-02',
    title: over.title ?? 'Khiếu nại quyết định thu hồi đất nông nghiệp',
    content: 'Nội dung khiếu nại chi tiết về việc thu hồi đất nông nghiệp của gia đình tôi tại thôn Đông.',
    author: over.author ?? { fullName: 'Trịnh Văn Hoà', idNumber: '001080012345', address: 'Thôn Đông, xã Tây Hồ' },
    respondent: { name: over.respondent ?? 'Chủ tịch UBND xã Tây Hồ' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};

describe('duplicates and repeats (spec §1.3)', () => {
  it('finds the same person whatever the tone marks, the same respondent, and similar subjects; not unrelated letters', async () => {
    const first = await register({});
    const unrelated = await register({ title: 'Kiến nghị sửa chữa trường học xuống cấp', author: { fullName: 'Lý Thị Mai', address: 'Xã Nam' }, respondent: 'Sở Giáo dục và Đào tạo', kind: 'petition' });
    // Same person, written "Hòa" instead of "Hoà", no ID number this time; same matter reworded.
    const second = await register({ title: 'Khiếu nại QĐ thu hồi đất nông nghiệp (lần 2)', author: { fullName: 'TRỊNH VĂN HÒA', address: 'Thôn Đông' } });
    const similar = (await officer.get(`/api/v1/petitions/${second}/similar`)).json() as { id: string; reasons: string[]; resolved: boolean }[];
    const match = similar.find((s) => s.id === first)!;
    expect(match.reasons).toEqual(expect.arrayContaining(['same_person', 'same_respondent', 'similar_subject']));
    expect(match.resolved).toBe(false);
    expect(similar.map((s) => s.id)).not.toContain(unrelated);
    expect(similar.map((s) => s.id)).not.toContain(second);
  });

  it('recognises the same person by ID number alone, and stays inside the actor’s scope', async () => {
    const a = await register({ title: 'Khiếu nại về bồi thường cây trồng', author: { fullName: 'Người A', idNumber: '001099000111', address: 'Thôn 1, xã X' }, respondent: 'Ban bồi thường' });
    const b = await register({ title: 'Đề nghị xem xét lại hỗ trợ tái định cư', author: { fullName: 'Tên khác hẳn', idNumber: '001099000111', address: 'Thôn 2, xã Y' }, respondent: 'Trung tâm phát triển quỹ đất' });
    const found = (await officer.get(`/api/v1/petitions/${b}/similar`)).json() as { id: string; reasons: string[] }[];
    expect(found.find((s) => s.id === a)!.reasons).toEqual(['same_person']);
    const stranger = await login(ctx, (await buildUser(ctx, await buildAgency(ctx), ['reception_officer'])).username);
    expect((await stranger.get(`/api/v1/petitions/${b}/similar`)).statusCode).toBe(404);
  });

  it('ranks a letter on the same matter above a namesake writing about something else (a name alone is weak)', async () => {
    const namesake = await register({ title: 'Phản ánh tiếng ồn karaoke ban đêm', author: { fullName: 'Đặng Thị Trùng', address: 'Phường Hải Châu' }, respondent: 'Quán karaoke Hoa Sen', kind: 'reflection' });
    const sameMatter = await register({ title: 'Khiếu nại việc cưỡng chế thu hồi đất ở thôn Bắc', author: { fullName: 'Lò Văn Khác', address: 'Thôn Bắc' }, respondent: 'Ban cưỡng chế huyện Mộc' });
    const letter = await register({ title: 'Khiếu nại việc cưỡng chế thu hồi đất ở thôn Bắc (lần 2)', author: { fullName: 'Đặng Thị Trùng', address: 'Thôn Bắc' }, respondent: 'Ban cưỡng chế huyện Mộc' });
    const ids = ((await officer.get(`/api/v1/petitions/${letter}/similar`)).json() as { id: string }[]).map((s) => s.id);
    expect(ids).toContain(namesake);
    expect(ids.indexOf(sameMatter)).toBeLessThan(ids.indexOf(namesake));
  });
});
