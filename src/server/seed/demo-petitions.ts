import { findAgenciesByCodes, findAgencyByCode } from '../../modules/orgs';
import { applyAction, countLetters, listCases, registerByOfficer } from '../../modules/petitions';
import { listCommunes, listProvinces } from '../../modules/admin-units';
import type { Actor } from '../../shared/domain/access';
import type { Deps } from '../deps';

/** A small deterministic PRNG (mulberry32), so the demo data is the same on every machine. */
export function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Vietnamese family, middle and given names for demo people. */
export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
export const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Đức', 'Thanh', 'Ngọc', 'Hữu', 'Xuân'];
export const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hoà', 'Hùng', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Tâm', 'Thảo', 'Thuỷ', 'Trang', 'Tuấn'];

/** Realistic subjects per kind: title, content, respondent. */
export const SUBJECTS: Record<string, [string, string, string][]> = {
  complaint: [
    ['Khiếu nại quyết định thu hồi đất', 'Tôi khiếu nại quyết định thu hồi đất nông nghiệp của gia đình vì diện tích thu hồi không đúng với thực tế đo đạc và mức bồi thường thấp hơn giá thị trường.', 'Chủ tịch Ủy ban nhân dân xã'],
    ['Khiếu nại việc không cấp giấy chứng nhận quyền sử dụng đất', 'Gia đình tôi đã nộp đủ hồ sơ từ năm trước nhưng đến nay vẫn chưa được cấp giấy chứng nhận, không có văn bản trả lời lý do.', 'Văn phòng đăng ký đất đai'],
    ['Khiếu nại quyết định xử phạt vi phạm hành chính trong xây dựng', 'Tôi không đồng ý với quyết định xử phạt vì công trình đã được cấp phép sửa chữa, đề nghị xem xét lại.', 'Chủ tịch Ủy ban nhân dân phường'],
    ['Khiếu nại về chế độ trợ cấp người có công', 'Cha tôi là người có công với cách mạng nhưng bị cắt trợ cấp từ tháng trước mà không có thông báo.', 'Sở Nội vụ'],
  ],
  denunciation: [
    ['Tố cáo cán bộ địa chính nhận tiền của người dân', 'Tôi tố cáo cán bộ địa chính xã đã yêu cầu người dân nộp tiền ngoài quy định khi làm thủ tục chuyển nhượng quyền sử dụng đất.', 'Cán bộ địa chính xã'],
    ['Tố cáo sai phạm trong bồi thường giải phóng mặt bằng', 'Có dấu hiệu lập khống hồ sơ bồi thường cho các hộ không có đất trong dự án mở rộng đường liên xã.', 'Ban quản lý dự án'],
    ['Tố cáo hành vi lạm dụng chức vụ trong tuyển dụng viên chức', 'Kết quả tuyển dụng viên chức giáo dục có dấu hiệu ưu ái người thân của lãnh đạo, điểm phỏng vấn bất thường.', 'Hiệu trưởng trường trung học cơ sở'],
    ['Tố cáo khai thác cát trái phép', 'Một doanh nghiệp khai thác cát vượt ranh giới được cấp phép, gây sạt lở bờ sông, chính quyền địa phương không xử lý.', 'Công ty khai thác khoáng sản'],
  ],
  petition: [
    ['Kiến nghị sửa chữa đường giao thông nông thôn', 'Tuyến đường liên thôn xuống cấp nghiêm trọng, nhiều ổ gà gây mất an toàn, đề nghị bố trí kinh phí sửa chữa.', ''],
    ['Kiến nghị bố trí điểm trường mầm non', 'Khu dân cư mới chưa có điểm trường mầm non, trẻ phải đi học xa hơn 5 km.', ''],
  ],
  reflection: [
    ['Phản ánh ô nhiễm từ cơ sở chăn nuôi', 'Cơ sở chăn nuôi lợn xả nước thải chưa qua xử lý ra kênh tưới, gây mùi hôi ảnh hưởng sức khoẻ người dân.', 'Chủ cơ sở chăn nuôi'],
    ['Phản ánh chậm giải quyết thủ tục hành chính', 'Hồ sơ đăng ký hộ kinh doanh nộp đã quá hạn hẹn trả nhưng chưa có kết quả.', ''],
  ],
};

const KINDS = ['complaint', 'complaint', 'denunciation', 'denunciation', 'petition', 'reflection'] as const;
const CHANNELS = ['post', 'in_person', 'drop_box_or_desk', 'transferred', 'post'] as const;

/** "YYYY-MM-DD" `days` before `iso`. */
export const daysBefore = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * A few hundred letters across the provincial inspectorates, received over the last four months, carried through
 * the lifecycle to various stages with the same services the officers use (so deadlines, events and audit are real).
 */
export async function seedDemoPetitions(deps: Deps, total = 240): Promise<{ created: number }> {
  if ((await countLetters(deps.db)) > 0) return { created: 0 };
  const root = await findAgencyByCode(deps.db, 'CP');
  if (!root) return { created: 0 };
  const actor: Actor = { userId: '00000000-0000-4000-8000-000000000000', grants: (['system_admin', 'agency_head', 'reception_officer'] as const).map((role) => ({ agencyId: root.id, agencyPath: root.path, role })) };
  const ctx = { actorUserId: null, actorName: 'Dữ liệu mẫu', ip: null, requestId: null };
  const provinces = await listProvinces(deps.db);
  // One look-up per province, not per letter.
  const inspectorates = new Map((await findAgenciesByCodes(deps.db, provinces.map((p) => `TT-${p.code}`))).map((a) => [a.code, a]));
  const random = prng(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const today = new Date(deps.clock.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  let created = 0;
  for (let i = 0; i < total; i++) {
    // Hà Nội and Hồ Chí Minh City get more letters, as in real life.
    const province = i % 4 === 0 ? provinces.find((p) => p.code === (i % 8 === 0 ? '01' : '79'))! : pick(provinces);
    const agency = inspectorates.get(`TT-${province.code}`);
    if (!agency) continue;
    const kind = pick(KINDS);
    const [title, content, respondent] = pick(SUBJECTS[kind]!);
    const receivedOn = daysBefore(today, Math.floor(random() * 120));
    const fullName = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const at = { now: () => new Date(`${receivedOn}T02:30:00Z`) };
    const letterDeps = { ...deps, clock: at };
    const letter = await registerByOfficer(letterDeps, ctx, actor, {
      agencyId: agency.id,
      kind,
      channel: pick(CHANNELS),
      receivedOn,
      title,
      content,
      author: { fullName, address: `Thôn ${1 + Math.floor(random() * 12)}, ${province.fullName}`, phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}` },
      coAuthors: [],
      respondent: respondent ? { name: respondent } : undefined,
      provinceCode: province.code,
      anonymous: false,
    } as never);
    created++;
    const stage = random();
    if (stage < 0.25) continue; // still waiting to be classified
    const later = (days: number) => ({ ...deps, clock: { now: () => new Date(Math.min(Date.parse(`${daysBefore(receivedOn, -days)}T03:00:00Z`), deps.clock.now().getTime())) } });
    await applyAction(later(1), ctx, actor, letter.id, { target: 'letter', event: 'classify', payload: { classification: kind } });
    if (stage < 0.4) continue;
    await applyAction(later(2), ctx, actor, letter.id, { target: 'letter', event: 'propose_acceptance', payload: { withinCompetence: true, processable: true } });
    if (stage < 0.6 || kind === 'petition' || kind === 'reflection') continue;
    const [theCase] = await listCases(deps.db, letter.id);
    if (theCase) await applyAction(later(4), ctx, actor, letter.id, { target: theCase.id, event: 'accept' });
  }
  created += await seedDemoSurge(deps, ctx, actor, inspectorates.get('TT-38'), today);
  return { created };
}

/**
 * A surge for the hot-spot map: in the last three weeks, land-compensation complaints from two communes of Thanh Hoá
 * about the same project (what an inspectorate would call a "điểm nóng"), on top of the province's usual letters.
 */
async function seedDemoSurge(deps: Deps, ctx: { actorUserId: null; actorName: string; ip: null; requestId: null }, actor: Actor, agency: { id: string } | undefined, today: string): Promise<number> {
  if (!agency) return 0;
  const communes = (await listCommunes(deps.db, '38')).slice(0, 2);
  if (communes.length === 0) return 0;
  const random = prng(3838);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  for (let i = 0; i < 16; i++) {
    const receivedOn = daysBefore(today, Math.floor(random() * 21));
    const commune = communes[i % communes.length]!;
    await registerByOfficer({ ...deps, clock: { now: () => new Date(`${receivedOn}T02:30:00Z`) } }, ctx, actor, {
      agencyId: agency.id,
      kind: 'complaint',
      channel: pick(CHANNELS),
      receivedOn,
      title: 'Khiếu nại về bồi thường, hỗ trợ khi thu hồi đất làm khu công nghiệp',
      content: `Gia đình tôi bị thu hồi đất nông nghiệp để làm khu công nghiệp tại ${commune.fullName}; đơn giá bồi thường thấp hơn giá thị trường và chưa được bố trí tái định cư. Đề nghị xem xét lại phương án bồi thường.`,
      author: { fullName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`, address: `Thôn ${1 + (i % 7)}, ${commune.fullName}, Tỉnh Thanh Hoá`, phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}` },
      coAuthors: [],
      respondent: { name: 'Chủ tịch Ủy ban nhân dân xã' },
      provinceCode: '38',
      communeCode: commune.code,
      anonymous: false,
    } as never);
  }
  return 16;
}
