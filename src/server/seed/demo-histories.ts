import { count } from 'drizzle-orm';
import { findAgenciesByCodes } from '../../modules/orgs';
import { registerByOfficer } from '../../modules/petitions';
import { findUserByUsername } from '../../modules/users';
import { linkPetition } from '../../modules/subjects/risk/risk.service';
import { subjectPetitionLinks } from '../../modules/subjects/risk/risk.table';
import { listSubjects } from '../../modules/subjects/subjects.repository';
import type { Actor } from '../../shared/domain/access';
import type { Deps } from '../deps';
import { daysBefore, FAMILY, GIVEN, MIDDLE, prng } from './demo-petitions';

/** Letters people write about an organisation of a sector (VSIC division prefix): kind, title, content. */
const ABOUT: Record<string, { kind: 'complaint' | 'denunciation' | 'petition' | 'reflection'; title: string; content: (name: string) => string }[]> = {
  '41': [
    { kind: 'reflection', title: 'Phản ánh công trình xây dựng gây nứt nhà liền kề', content: (n) => `${n} thi công tầng hầm làm nứt tường, lún nền nhà của các hộ liền kề; đề nghị kiểm tra, yêu cầu khắc phục.` },
    { kind: 'denunciation', title: 'Tố cáo xây dựng sai giấy phép', content: (n) => `${n} xây vượt số tầng so với giấy phép xây dựng được cấp; đề nghị thanh tra, xử lý.` },
    { kind: 'petition', title: 'Kiến nghị về bụi, tiếng ồn từ công trường', content: (n) => `Công trường của ${n} thi công cả ban đêm, xe chở vật liệu không che phủ gây bụi; kiến nghị cơ quan chức năng kiểm tra.` },
  ],
  '47': [
    { kind: 'reflection', title: 'Phản ánh cửa hàng bán hàng không rõ nguồn gốc', content: (n) => `${n} bày bán thực phẩm không nhãn mác, không rõ nguồn gốc; đề nghị kiểm tra.` },
    { kind: 'complaint', title: 'Khiếu nại về việc không thực hiện bảo hành', content: (n) => `${n} từ chối bảo hành sản phẩm còn trong thời hạn bảo hành; đề nghị xem xét.` },
  ],
  '08': [
    { kind: 'reflection', title: 'Phản ánh khai thác đá gây ô nhiễm', content: (n) => `Mỏ đá của ${n} nổ mìn gây rung chấn, bụi đá phủ kín ruộng vườn của người dân; đề nghị kiểm tra việc chấp hành pháp luật về khoáng sản, môi trường.` },
    { kind: 'denunciation', title: 'Tố cáo khai thác khoáng sản ngoài ranh giới được cấp phép', content: (n) => `${n} khai thác ra ngoài ranh giới mỏ được cấp phép; đề nghị thanh tra, xử lý.` },
  ],
};

/**
 * Histories for the demo subjects (issue 7): letters about organisations of three sectors in Hà Nội and Hồ Chí Minh
 * City, registered and tied by an officer to the subject they are about (which rescores it), spread over the last four
 * months, with a surge about construction companies in Hà Nội in the last three weeks — so a subject page shows its
 * letters (and the sanctions the sanctions demo records against the first organisations), the early-warning scores
 * differ for a reason, and the hot spots by sector have something to find.
 */
export async function seedDemoHistories(deps: Deps): Promise<{ created: number }> {
  const [links] = await deps.db.select({ n: count() }).from(subjectPetitionLinks);
  if (Number(links?.n ?? 0) > 0) return { created: 0 };
  const inspectorates = await findAgenciesByCodes(deps.db, ['TT-01', 'TT-79']);
  // Each inspectorate's demo chief inspector registers and links its letters (the link names who made it).
  const officers = new Map<string, Actor>();
  for (const [code, username] of [['TT-01', 'hn.chanhthanhtra'], ['TT-79', 'hcm.chanhthanhtra']] as const) {
    const agency = inspectorates.find((a) => a.code === code);
    const user = await findUserByUsername(deps.db, username);
    if (agency && user) officers.set(agency.id, { userId: user.id, grants: (['agency_head', 'reception_officer'] as const).map((role) => ({ agencyId: agency.id, agencyPath: agency.path, role })) });
  }
  const ctx = { actorUserId: null, actorName: 'Dữ liệu mẫu', ip: null, requestId: null };
  const today = new Date(deps.clock.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  const random = prng(7007);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let created = 0;
  const write = async (agency: { id: string; provinceCode: string | null }, subject: { id: string; name: string }, on: string, about: (typeof ABOUT)[string][number]) => {
    const actor = officers.get(agency.id)!;
    const letter = await registerByOfficer({ ...deps, clock: { now: () => new Date(`${on}T02:30:00Z`) } }, ctx, actor, {
      agencyId: agency.id,
      kind: about.kind,
      channel: 'post',
      receivedOn: on,
      title: about.title,
      content: about.content(subject.name),
      author: { fullName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`, address: 'Tổ dân phố số 3', phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}` },
      coAuthors: [],
      respondent: { name: subject.name },
      provinceCode: agency.provinceCode,
      anonymous: false,
    } as never);
    await linkPetition({ ...deps, clock: { now: () => new Date(`${on}T03:00:00Z`) } }, ctx, actor, subject.id, letter.id);
    created++;
  };
  for (const agency of inspectorates.filter((a) => officers.has(a.id))) {
    for (const prefix of Object.keys(ABOUT)) {
      const { rows } = await listSubjects(deps.db, { scopes: [agency.path], vsicCode: prefix, status: 'active', limit: 2, offset: 0 });
      for (const r of rows) {
        // About one letter a month for four months.
        for (let k = 0; k < 4; k++) await write(agency, r.subject, daysBefore(today, 20 + k * 30 + Math.floor(random() * 8)), pick(ABOUT[prefix]!));
        // The surge: construction companies of Hà Nội, the last three weeks.
        if (prefix === '41' && agency.code === 'TT-01') for (let k = 0; k < 6; k++) await write(agency, r.subject, daysBefore(today, Math.floor(random() * 21)), pick(ABOUT[prefix]!));
      }
    }
  }
  return { created };
}
