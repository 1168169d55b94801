import { and, asc, count, eq, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { unionAll, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { notFound } from '../../server/http/errors';
import { addDays, type IsoDate } from '../../shared/domain/calendar';
import { can, scopesFor, type Actor } from '../../shared/domain/access';
import { status as deadlineStatus, formatViDate, getClock, isClockId } from '../../shared/domain/petitions/deadlines';
import { getWorkingCalendar } from '../calendar';
// Direct imports, not the module index: the index's routes import this file (the overdue view), which would be a cycle.
import { notify } from '../notifications/notifications.service';
import { usersWithRolesAt } from '../notifications/notifications.repository';
import { agencyPathIn, findAgency } from '../orgs';
import { agencies } from '../orgs/orgs.table';
// The reception tables only (not the reception module, which depends on this one): visits' clocks share this code.
import { receptionDeadlines, receptionVisits } from '../reception/reception.table';
import { vnDate } from './petitions.service';
import { petitionDeadlines, petitionLetters } from './petitions.table';

/**
 * Deadline reminders (petitions issue item 6): every morning at 07:00 Vietnam time the responsible officers of
 * the agency are told, in the app and by e-mail, that a legal deadline of a letter — or of a reception visit
 * (TCD_ANSWER, LTCD 2013 Art 28(1); TCD_REFUSAL_NOTICE, NĐ 154/2026 Art 4(3)) — is near, due today, or past, once
 * per deadline and stage. Texts carry the register number, title and pseudonym only, never the identity of the
 * sender (LTC 2018 Art 8(3), Art 47).
 */
export const REMINDER_QUEUE = 'petitions.deadline_reminders';
export const REMINDER_CRON = '0 7 * * *';
export const REMINDER_STAGES = ['due_soon', 'due_today', 'overdue'] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];
/** Who answers for a letter's deadlines: the agency's heads, its reception officers and its inspectors. */
export const RECIPIENT_ROLES = ['agency_head', 'reception_officer', 'inspector'] as const;
/** Who answers for a visit's deadlines: those who keep the reception register (the head and the reception officers). */
export const VISIT_RECIPIENT_ROLES = ['agency_head', 'reception_officer'] as const;

/** What a deadline belongs to: a letter (đơn) or a reception visit (lượt tiếp công dân). */
export type DeadlineTarget = 'letter' | 'visit';
const TARGETS = {
  letter: { noun: 'Đơn', short: 'đơn', link: (id: string) => `/petitions/${id}`, entityType: 'petition', roles: RECIPIENT_ROLES, audit: 'petition.deadline_reminder' },
  visit: { noun: 'Lượt tiếp công dân', short: 'lượt tiếp', link: (id: string) => `/reception/${id}`, entityType: 'reception_visit', roles: VISIT_RECIPIENT_ROLES, audit: 'reception.deadline_reminder' },
} as const;

const SYSTEM: AuditContext = { actorUserId: null, actorName: 'Hệ thống (nhắc thời hạn)', ip: null, requestId: null };

/** The clock's Vietnamese name (the id itself for a clock this version does not know). */
const clockLabel = (id: string) => (isClockId(id) ? getClock(id).labelVi : id);

/** Calendar days from a to b. */
const daysFrom = (a: IsoDate, b: IsoDate) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/**
 * The reminder stage of a running deadline on `today`: past its due date → overdue; due today; within
 * `daysBefore` calendar days, or on/after the rule's own warning date → due soon; otherwise none.
 */
export function stageOf(d: { dueDate: IsoDate; warningDate?: IsoDate | null }, today: IsoDate, daysBefore: number): ReminderStage | null {
  const s = deadlineStatus({ dueDate: d.dueDate, warningDate: d.warningDate ?? undefined }, today, { dueSoonDays: daysBefore });
  return s === 'on_time' ? null : s;
}

/** What a reminder says about the letter (or visit) and its deadline (no identity: pseudonym only). */
export type ReminderFacts = { target?: DeadlineTarget; registerNo: string; title: string; pseudonym: string; label: string; dueDate: IsoDate; basis: string; today: IsoDate; workingDaysOverdue?: number };

/** The Vietnamese title and body of a reminder, with the due date (dd/mm/yyyy) and the legal basis. */
export function reminderText(stage: ReminderStage, f: ReminderFacts): { title: string; body: string } {
  const { noun, short } = TARGETS[f.target ?? 'letter'];
  const letter = `${noun} số ${f.registerNo} "${f.title}" (${f.pseudonym})`;
  const due = formatViDate(f.dueDate);
  const basis = `Căn cứ: ${f.basis}.`;
  switch (stage) {
    case 'due_soon':
      return { title: `Sắp đến hạn: ${f.label} — ${short} ${f.registerNo}`, body: `${letter}: thời hạn "${f.label}" sẽ hết vào ngày ${due} (còn ${daysFrom(f.today, f.dueDate)} ngày). ${basis}` };
    case 'due_today':
      return { title: `Hết hạn hôm nay: ${f.label} — ${short} ${f.registerNo}`, body: `${letter}: thời hạn "${f.label}" hết vào hôm nay, ngày ${due}. ${basis}` };
    case 'overdue': {
      const late = f.workingDaysOverdue && f.workingDaysOverdue > 0 ? `, đã quá ${f.workingDaysOverdue} ngày làm việc` : '';
      return { title: `Quá hạn: ${f.label} — ${short} ${f.registerNo}`, body: `${letter}: thời hạn "${f.label}" đã hết vào ngày ${due}${late}. Đề nghị xử lý ngay và báo cáo thủ trưởng cơ quan. ${basis}` };
    }
  }
}

/** The deadline columns of one side; the agency of either side is `agencies` (joined on both). */
type ClockColumns = { status: AnyPgColumn; dueDate: AnyPgColumn; warningDate: AnyPgColumn };
type ClockFilter = (c: ClockColumns, target: DeadlineTarget) => SQL | undefined;

// Queries of petition and reception tables live here (not in the repositories) to keep this feature in one file.
/**
 * The deadlines of letters and of reception visits as one list (a UNION ALL subquery) filtered by `where` on each
 * side. A visit's clock that its letter also runs (TCD_ANSWER, started again when the letter is made) is left to the
 * letter: one answer, one reminder (the visit's answer stops both, LTCD Art 28(1)).
 */
function clocks(db: Db, where: ClockFilter) {
  // One column list for both sides: a UNION needs the same names and types in the same order.
  const columns = (target: DeadlineTarget, d: typeof petitionDeadlines | typeof receptionDeadlines, owner: AnyPgColumn, of: { registerNo: AnyPgColumn; title: AnyPgColumn; pseudonym: AnyPgColumn; agencyId: AnyPgColumn }) => ({
    target: sql<DeadlineTarget>`${sql.raw(`'${target}'`)}`.as('target'),
    id: sql<string>`${d.id}`.as('id'),
    ownerId: sql<string>`${owner}`.as('owner_id'),
    clockId: sql<string>`${d.clockId}`.as('clock_id'),
    dueDate: sql<string>`${d.dueDate}`.as('due_date'),
    warningDate: sql<string | null>`${d.warningDate}`.as('warning_date'),
    basis: sql<string>`${d.basis}`.as('basis'),
    registerNo: sql<string>`${of.registerNo}`.as('register_no'),
    title: sql<string>`${of.title}`.as('title'),
    pseudonym: sql<string>`${of.pseudonym}`.as('pseudonym'),
    agencyId: sql<string>`${of.agencyId}`.as('agency_id'),
    agencyName: sql<string>`${agencies.name}`.as('agency_name'),
  });
  const filterOf = (d: typeof petitionDeadlines | typeof receptionDeadlines, target: DeadlineTarget) => where({ status: d.status, dueDate: d.dueDate, warningDate: d.warningDate }, target);
  const letters = db
    .select(columns('letter', petitionDeadlines, petitionDeadlines.letterId, { registerNo: petitionLetters.registerNo, title: petitionLetters.title, pseudonym: petitionLetters.authorPseudonym, agencyId: petitionLetters.agencyId }))
    .from(petitionDeadlines)
    .innerJoin(petitionLetters, eq(petitionLetters.id, petitionDeadlines.letterId))
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(filterOf(petitionDeadlines, 'letter'));
  const letterRunsIt = sql`exists (select 1 from ${petitionDeadlines} where ${petitionDeadlines.letterId} = ${receptionVisits.letterId} and ${petitionDeadlines.clockId} = ${receptionDeadlines.clockId} and ${petitionDeadlines.status} = 'running')`;
  const visits = db
    .select(columns('visit', receptionDeadlines, receptionDeadlines.visitId, { registerNo: receptionVisits.registerNo, title: receptionVisits.title, pseudonym: receptionVisits.visitorsLabel, agencyId: receptionVisits.agencyId }))
    .from(receptionDeadlines)
    .innerJoin(receptionVisits, eq(receptionVisits.id, receptionDeadlines.visitId))
    .innerJoin(agencies, eq(agencies.id, receptionVisits.agencyId))
    .where(and(filterOf(receptionDeadlines, 'visit'), sql`not ${letterRunsIt}`));
  return unionAll(letters, visits).as('clocks');
}

/** Running deadlines due on or before `horizon`, or whose warning date has come. */
function deadlinesToRemind(db: Db, today: IsoDate, horizon: IsoDate) {
  const u = clocks(db, (c) => and(eq(c.status, 'running'), or(lte(c.dueDate, horizon), lte(c.warningDate, today))));
  return db.select().from(u).orderBy(asc(u.dueDate), asc(u.id));
}

/** Runs the reminders for today (Vietnam time). Safe to run any number of times: each stage is sent once. */
export async function runDeadlineReminders(deps: Deps): Promise<{ deadlines: number; notifications: number }> {
  const now = deps.clock.now();
  const today = vnDate(now);
  const rows = await deadlinesToRemind(deps.db, today, addDays(today, deps.config.reminderDaysBefore));
  const staged = rows.map((d) => ({ d, stage: stageOf(d, today, deps.config.reminderDaysBefore) })).filter((x): x is { d: (typeof rows)[number]; stage: ReminderStage } => x.stage !== null);
  if (staged.length === 0) return { deadlines: 0, notifications: 0 };
  const officers = await usersWithRolesAt(deps.db, [...new Set(staged.map((x) => x.d.agencyId))], [...new Set([...RECIPIENT_ROLES, ...VISIT_RECIPIENT_ROLES])]);
  const calendar = await getWorkingCalendar(deps.db);
  let sent = 0;
  for (const { d, stage } of staged) {
    const target = TARGETS[d.target];
    const roles: readonly string[] = target.roles;
    const userIds = [...new Set(officers.filter((o) => o.agencyId === d.agencyId && roles.includes(o.role)).map((o) => o.id))];
    if (userIds.length === 0) continue;
    const label = clockLabel(d.clockId);
    const text = reminderText(stage, { ...d, dueDate: d.dueDate as IsoDate, label, today, workingDaysOverdue: stage === 'overdue' ? calendar.countWorkingDays(d.dueDate, today) : undefined });
    sent += await deps.db.transaction(async (tx) => {
      const created = await notify(deps, tx, {
        userIds,
        kind: `deadline.${stage}`,
        ...text,
        link: target.link(d.ownerId),
        entity: { type: target.entityType, id: d.ownerId },
        agencyId: d.agencyId,
        dedupeKey: `deadline:${d.id}:${stage}`,
      });
      if (created.length > 0) {
        await recordAudit(
          tx,
          SYSTEM,
          { action: target.audit, entityType: target.entityType, entityId: d.ownerId, agencyId: d.agencyId, after: { deadlineId: d.id, clockId: d.clockId, stage, dueDate: d.dueDate, recipients: created.length } },
          now,
        );
      }
      return created.length;
    });
  }
  deps.log.info({ today, deadlines: staged.length, notifications: sent }, 'deadline reminders');
  return { deadlines: staged.length, notifications: sent };
}

/**
 * The overdue view for agency heads: running deadlines past their due date — letters in the actor's `petitions.read`
 * scope and reception visits in his `reception.read` scope (or one agency's subtree within it) —, oldest first, with
 * working and calendar days overdue.
 */
export async function listOverdue(deps: Deps, actor: Actor, q: { agencyId?: string; limit?: number; offset?: number } = {}) {
  const today = vnDate(deps.clock.now());
  let within: string | undefined;
  if (q.agencyId) {
    const agency = await findAgency(deps.db, q.agencyId);
    if (!agency || !can(actor, 'petitions.read', { agencyPath: agency.path })) throw notFound('Không tìm thấy cơ quan.');
    within = agency.path;
  }
  const scopes = { letter: scopesFor(actor, 'petitions.read'), visit: scopesFor(actor, 'reception.read') };
  const u = clocks(deps.db, (c, target) => and(eq(c.status, 'running'), lt(c.dueDate, today), agencyPathIn(scopes[target]), within ? sql`${agencies.path} like ${`${within}%`}` : undefined));
  const rows = await deps.db
    .select()
    .from(u)
    .orderBy(asc(u.dueDate), asc(u.registerNo), asc(u.id))
    .limit(q.limit ?? 100)
    .offset(q.offset ?? 0);
  const [total] = await deps.db.select({ n: count() }).from(u);
  const calendar = await getWorkingCalendar(deps.db);
  return {
    today,
    total: Number(total?.n ?? 0),
    items: rows.map((d) => ({
      deadlineId: d.id,
      target: d.target,
      letterId: d.target === 'letter' ? d.ownerId : null,
      visitId: d.target === 'visit' ? d.ownerId : null,
      registerNo: d.registerNo,
      title: d.title,
      author: d.pseudonym,
      agencyId: d.agencyId,
      agencyName: d.agencyName,
      clockId: d.clockId,
      label: clockLabel(d.clockId),
      dueDate: d.dueDate,
      daysOverdue: calendar.countWorkingDays(d.dueDate as IsoDate, today),
      calendarDaysOverdue: daysFrom(d.dueDate as IsoDate, today),
      basis: d.basis,
    })),
  };
}

/** Registers the daily reminder job (07:00, Asia/Ho_Chi_Minh). */
export async function registerReminderJobs(deps: Deps): Promise<void> {
  deps.jobs.handle(REMINDER_QUEUE, async () => {
    await runDeadlineReminders(deps);
  });
  await deps.jobs.schedule('petition-deadline-reminders', REMINDER_CRON, REMINDER_QUEUE);
}
