import ExcelJS from 'exceljs';
import { and, count, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { forbidden, notFound } from '../../server/http/errors';
import { can, scopesFor, type Actor } from '../../shared/domain/access';
import { agencyPathIn, findAgency } from '../orgs';
import { agencies } from '../orgs/orgs.table';
// The reception counters file itself, not the reception module (which depends on petitions).
import { receptionStats } from '../reception/reception.stats';
import { petitionCases, petitionDeadlines, petitionEvents, petitionLetters } from './petitions.table';

/** Letter states after which a letter no longer waits for handling (spec §3.0). */
const LETTER_DONE = ['archived_unprocessable', 'linked_duplicate', 'guided', 'transferred_out', 'returned_to_transferor', 'urged_subordinate', 'anonymous_information', 'referred_to_criminal_authority', 'proposed_for_acceptance'];

type Period = { from: string; to: string };

async function countBy(db: Db, column: SQL, where: SQL) {
  const rows = await db
    .select({ key: sql<string>`${column}`, n: count() })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(where)
    .groupBy(column);
  return Object.fromEntries(rows.map((r) => [r.key ?? 'unknown', Number(r.n)]));
}

/**
 * The counters of spec §7.2 for letters and cases, per agency subtree and period. Each event is counted in the
 * period in which it happened (DR-7.2), from the append-only timeline (DR-7.1), so any past period can be recomputed.
 */
export async function petitionStats(deps: Deps, actor: Actor, q: Period & { agencyId?: string }) {
  let scopes = scopesFor(actor, 'petitions.read');
  // The reception register is read under its own permission (clerks handle mail, not the register).
  let receptionScopes = scopesFor(actor, 'reception.read');
  let agencyName = 'Toàn bộ phạm vi được giao';
  if (q.agencyId) {
    const agency = await findAgency(deps.db, q.agencyId);
    if (!agency) throw notFound('Không tìm thấy cơ quan.');
    if (!can(actor, 'petitions.read', { agencyPath: agency.path })) throw forbidden('Cơ quan này nằm ngoài phạm vi của bạn.');
    scopes = [agency.path];
    receptionScopes = can(actor, 'reception.read', { agencyPath: agency.path }) ? [agency.path] : [];
    agencyName = agency.name;
  }
  const db = deps.db;
  const inScope = agencyPathIn(scopes);
  const received = and(inScope, gte(petitionLetters.receivedOn, q.from), lte(petitionLetters.receivedOn, q.to))!;
  const fromTs = new Date(`${q.from}T00:00:00+07:00`);
  const toTs = new Date(`${q.to}T23:59:59.999+07:00`);
  // Carried over: received before the period and not yet out of the letter pipeline when it began.
  const doneBefore = db
    .select({ id: petitionEvents.letterId })
    .from(petitionEvents)
    .where(and(inArray(petitionEvents.toState, LETTER_DONE), lt(petitionEvents.at, fromTs)));
  const [carried] = await db
    .select({ n: count() })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(and(inScope, lt(petitionLetters.receivedOn, q.from), sql`${petitionLetters.id} not in (${doneBefore})`));
  const [byKind, byChannel, flags] = await Promise.all([
    countBy(db, sql`${petitionLetters.claimedKind}`, received),
    countBy(db, sql`${petitionLetters.channel}`, received),
    db
      .select({
        total: count(),
        anonymous: sql<number>`count(*) filter (where ${petitionLetters.authorType} = 'anonymous')::int`,
        group: sql<number>`count(*) filter (where ${petitionLetters.isGroup})::int`,
      })
      .from(petitionLetters)
      .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
      .where(received),
  ]);
  const events = await db
    .select({ event: petitionEvents.event, toState: petitionEvents.toState, n: count() })
    .from(petitionEvents)
    .innerJoin(petitionLetters, eq(petitionLetters.id, petitionEvents.letterId))
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(and(inScope, gte(petitionEvents.at, fromTs), lte(petitionEvents.at, toTs)))
    .groupBy(petitionEvents.event, petitionEvents.toState);
  const eventCount = (event: string, toState?: string) => events.filter((e) => e.event === event && (!toState || e.toState === toState)).reduce((a, e) => a + Number(e.n), 0);
  const cases = await db
    .select({ machine: petitionCases.machine, n: count() })
    .from(petitionCases)
    .innerJoin(agencies, eq(agencies.id, petitionCases.agencyId))
    .where(and(inScope, gte(petitionCases.openedOn, q.from), lte(petitionCases.openedOn, q.to)))
    .groupBy(petitionCases.machine);
  const deadlines = await db
    .select({
      met: sql<number>`count(*) filter (where ${petitionDeadlines.status} = 'met' and ${petitionDeadlines.closedOn} between ${q.from}::date and ${q.to}::date)::int`,
      late: sql<number>`count(*) filter (where ${petitionDeadlines.status} = 'late' and ${petitionDeadlines.closedOn} between ${q.from}::date and ${q.to}::date)::int`,
      overdue: sql<number>`count(*) filter (where ${petitionDeadlines.status} = 'running' and ${petitionDeadlines.dueDate} < ${q.to}::date)::int`,
      running: sql<number>`count(*) filter (where ${petitionDeadlines.status} = 'running' and ${petitionDeadlines.dueDate} >= ${q.to}::date)::int`,
    })
    .from(petitionDeadlines)
    .innerJoin(petitionLetters, eq(petitionLetters.id, petitionDeadlines.letterId))
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(inScope);
  const d = deadlines[0]!;
  const f = flags[0]!;
  return {
    period: q,
    agencyName,
    letters: {
      carriedOver: Number(carried?.n ?? 0),
      received: Number(f.total),
      byKind,
      byChannel,
      anonymous: Number(f.anonymous),
      group: Number(f.group),
      classified: eventCount('classify'),
      proposedForAcceptance: eventCount('propose_acceptance'),
      guided: eventCount('guide'),
      transferred: eventCount('transfer'),
      archived: eventCount('archive'),
      duplicates: eventCount('link_duplicate'),
    },
    cases: {
      opened: cases.reduce((a, c) => a + Number(c.n), 0),
      byMachine: Object.fromEntries(cases.map((c) => [c.machine, Number(c.n)])),
      accepted: eventCount('accept', 'accepted'),
      notAccepted: eventCount('not_accept'),
    },
    deadlines: { met: Number(d.met), late: Number(d.late), overdueAtEnd: Number(d.overdue), runningAtEnd: Number(d.running) },
    reception: await receptionStats(db, receptionScopes, q),
  };
}

const KIND_VI: Record<string, string> = { complaint: 'Khiếu nại', denunciation: 'Tố cáo', petition: 'Kiến nghị', reflection: 'Phản ánh' };
const CHANNEL_VI: Record<string, string> = { online: 'Trực tuyến', post: 'Bưu chính', in_person: 'Tiếp công dân', drop_box_or_desk: 'Hộp thư, bộ phận nhận đơn', transferred: 'Cơ quan khác chuyển đến', leader_forwarded: 'Lãnh đạo chuyển' };

const SESSION_VI: Record<string, string> = { regular: 'Tiếp thường xuyên', periodic: 'Thủ trưởng tiếp định kỳ', ad_hoc: 'Thủ trưởng tiếp đột xuất', online: 'Tiếp trực tuyến' };

type Stats = Awaited<ReturnType<typeof petitionStats>>;
type Line = [string, number];
const breakdown = (counts: Record<string, number>, labels: Record<string, string>, prefix = '') => Object.entries(counts).map(([k, n]) => [`  — ${prefix}${labels[k] ?? k}`, n] as Line);

/** One sheet: title, period (dd/mm/yyyy), then a label and a number a line. */
function addSheet(wb: ExcelJS.Workbook, name: string, title: string, stats: Stats, rows: Line[]) {
  const ws = wb.addWorksheet(name);
  const vi = (iso: string) => iso.split('-').reverse().join('/');
  ws.columns = [
    { header: 'Chỉ tiêu', key: 'label', width: 60 },
    { header: 'Số lượng', key: 'value', width: 14 },
  ];
  ws.insertRow(1, [`${title} — ${stats.agencyName}`]);
  ws.insertRow(2, [`Kỳ báo cáo: từ ${vi(stats.period.from)} đến ${vi(stats.period.to)}`]);
  ws.getRow(1).font = { bold: true, size: 13 };
  ws.getRow(3).font = { bold: true };
  for (const [label, value] of rows) ws.addRow({ label, value });
}

/** The same counters as an XLSX workbook (a sheet for letters, one for citizen reception; Vietnamese labels, dd/mm/yyyy dates). */
export async function petitionStatsXlsx(stats: Stats): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Thanh tra số';
  addSheet(wb, 'Thống kê đơn thư', 'Thống kê tiếp nhận, xử lý đơn', stats, [
    ['Đơn kỳ trước chuyển sang', stats.letters.carriedOver],
    ['Đơn tiếp nhận trong kỳ', stats.letters.received],
    ...breakdown(stats.letters.byKind, KIND_VI),
    ...breakdown(stats.letters.byChannel, CHANNEL_VI, 'Kênh: '),
    ['Đơn nặc danh, không rõ người gửi', stats.letters.anonymous],
    ['Đơn có từ 5 người đứng tên trở lên', stats.letters.group],
    ['Đơn đã phân loại', stats.letters.classified],
    ['Đơn đề xuất thụ lý', stats.letters.proposedForAcceptance],
    ['Văn bản hướng dẫn', stats.letters.guided],
    ['Đơn chuyển cơ quan có thẩm quyền', stats.letters.transferred],
    ['Đơn lưu (không đủ điều kiện xử lý)', stats.letters.archived],
    ['Đơn trùng', stats.letters.duplicates],
    ['Vụ việc mở trong kỳ', stats.cases.opened],
    ['Vụ việc đã thụ lý', stats.cases.accepted],
    ['Vụ việc không thụ lý', stats.cases.notAccepted],
    ['Thời hạn hoàn thành đúng hạn', stats.deadlines.met],
    ['Thời hạn hoàn thành quá hạn', stats.deadlines.late],
    ['Thời hạn đang quá hạn cuối kỳ', stats.deadlines.overdueAtEnd],
  ]);
  const r = stats.reception;
  addSheet(wb, 'Tiếp công dân', 'Thống kê tiếp công dân', stats, [
    ['Lượt tiếp kỳ trước chưa xong chuyển sang', r.carriedOver],
    ['Lượt tiếp trong kỳ', r.visits],
    ['Số người được tiếp', r.persons],
    ['Đoàn đông người (từ 5 người)', r.groupVisits],
    ['Số người trong các đoàn đông người', r.groupPersons],
    ...breakdown(r.bySession, SESSION_VI, 'Hình thức: '),
    ...breakdown(r.byKind, KIND_VI, 'Nội dung: '),
    ['Từ chối tiếp (Điều 9 Luật Tiếp công dân)', r.refused],
    ['Hướng dẫn đến cơ quan có thẩm quyền', r.guided],
    ['Ghi nội dung trình bày, nhận đơn (đơn đã lập)', r.lettersMade],
    ['Chuyển cơ quan có thẩm quyền', r.transferred],
    ['Đã trả lời người đến', r.answered],
    ['Trả lời đúng hạn 10 ngày làm việc (khoản 1 Điều 28 Luật Tiếp công dân)', r.answeredOnTime],
    ['Trả lời quá hạn', r.answeredLate],
    ['Chưa trả lời, quá hạn cuối kỳ', r.answerOverdueAtEnd],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
