import { findAgenciesByCodes } from '../../modules/orgs';
import { applyVisitAction, countVisits, createVisit } from '../../modules/reception';
import type { Actor } from '../../shared/domain/access';
import type { Deps } from '../deps';
import { daysBefore, FAMILY, GIVEN, MIDDLE, prng, SUBJECTS } from './demo-petitions';

const KINDS = ['complaint', 'complaint', 'denunciation', 'petition', 'reflection'] as const;
const SESSIONS = ['regular', 'regular', 'regular', 'periodic', 'ad_hoc'] as const;
const OFFICERS = ['Phạm Thu Hà', 'Nguyễn Đức Thắng', 'Vũ Thị Mai'];
const DOCUMENTS = ['Bản sao quyết định bị khiếu nại', 'Bản sao giấy chứng nhận quyền sử dụng đất', 'Ảnh chụp hiện trường', 'Biên bản làm việc với UBND xã', 'Đơn đề nghị đề ngày gần nhất'];

/**
 * A few dozen reception visits at the Hà Nội, Hồ Chí Minh City and a few other inspectorates over the last two
 * months — single visitors and groups with their representatives — carried through the reception table with the
 * same services the officers use: some refused with their ground, guided, answered; many yield a letter.
 */
export async function seedDemoReception(deps: Deps, total = 40): Promise<{ created: number }> {
  if ((await countVisits(deps.db)) > 0) return { created: 0 };
  const agencies = await findAgenciesByCodes(deps.db, ['TT-01', 'TT-79', 'TT-31', 'TT-48']);
  if (agencies.length === 0) return { created: 0 };
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const root = agencies[0]!;
  const actor: Actor = { userId: '00000000-0000-4000-8000-000000000000', grants: agencies.flatMap((a) => (['agency_head', 'reception_officer'] as const).map((role) => ({ agencyId: a.id, agencyPath: a.path, role }))) };
  const ctx = { actorUserId: null, actorName: 'Dữ liệu mẫu', ip: null, requestId: null };
  const random = prng(2014);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const today = new Date(deps.clock.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  const person = (representative: boolean, province: string) => ({
    fullName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    idNumber: `0${String(Math.floor(random() * 1e11)).padStart(11, '0')}`,
    address: `Thôn ${1 + Math.floor(random() * 12)}, ${province}`,
    phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
    representative,
  });
  let created = 0;
  for (let i = 0; i < total; i++) {
    const code = i % 3 === 0 ? 'TT-79' : i % 7 === 5 ? pick(['TT-31', 'TT-48']) : 'TT-01';
    const agency = byCode.get(code) ?? root;
    let receivedOn = daysBefore(today, 1 + Math.floor(random() * 60));
    const weekday = new Date(`${receivedOn}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) receivedOn = daysBefore(receivedOn, weekday === 0 ? 2 : 1); // receptions are on working days
    const kind = pick(KINDS);
    const [title, content, respondent] = pick(SUBJECTS[kind]!);
    const group = i % 6 === 4;
    const count = group ? 5 + Math.floor(random() * 14) : 1;
    const reps = group ? (count > 10 ? 3 : 2) : 0;
    const province = agency.name.replace(/^Thanh tra /, '');
    const hour = 1 + Math.floor(random() * 8); // 08:00–16:00 in Vietnam
    const receivedAt = `${receivedOn}T${String(hour).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}:00Z`;
    const at = (days: number) => ({ ...deps, clock: { now: () => new Date(Math.min(Date.parse(receivedAt) + days * 86_400_000 + 1_800_000, deps.clock.now().getTime())) } });
    const visit = await createVisit(at(0), ctx, actor, {
      agencyId: agency.id,
      receivedAt,
      sessionKind: pick(SESSIONS),
      officerName: pick(OFFICERS),
      place: 'Trụ sở tiếp công dân',
      visitorCount: count,
      visitors: group ? Array.from({ length: reps }, () => person(true, province)) : [person(false, province)],
      appointmentInWriting: group,
      kindClaimed: kind,
      title,
      content: group ? `Đoàn ${count} người cùng trình bày: ${content.charAt(0).toLowerCase()}${content.slice(1)}` : content,
      respondent: respondent ? { name: respondent } : undefined,
      priorResolution: random() < 0.3 ? 'Đã gửi đơn đến UBND xã nhưng chưa nhận được văn bản trả lời.' : undefined,
      requests: 'Đề nghị cơ quan có thẩm quyền xem xét, giải quyết dứt điểm.',
      documents: random() < 0.6 ? [pick(DOCUMENTS), pick(DOCUMENTS)].filter((d, k, a) => a.indexOf(d) === k) : [],
    });
    created++;
    const stage = random();
    if (stage < 0.15) continue; // still to be handled
    if (stage < 0.25) {
      await applyVisitAction(at(0), ctx, actor, visit.id, { event: 'refuse', payload: { reasonCode: pick(['REFUSE_1_INCAPACITY', 'REFUSE_2_MISCONDUCT']), reasonText: 'Đã giải thích lý do từ chối cho người đến.' } });
      continue;
    }
    if (stage < 0.4) {
      await applyVisitAction(at(0), ctx, actor, visit.id, { event: 'guide', note: 'Hướng dẫn người đến gửi đơn đến Tòa án nhân dân khu vực theo thẩm quyền.' });
    } else {
      await applyVisitAction(at(0), ctx, actor, visit.id, { event: stage < 0.7 ? 'record_statement' : 'receive_letter' });
      if (stage > 0.9) await applyVisitAction(at(2), ctx, actor, visit.id, { event: 'transfer', note: 'Chuyển UBND xã nơi phát sinh vụ việc giải quyết theo thẩm quyền.' });
    }
    if (random() < 0.5) await applyVisitAction(at(5), ctx, actor, visit.id, { event: 'answer', note: 'Đã trả lời bằng văn bản cho người đến.' });
  }
  return { created };
}
