import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { AppError, badRequest, forbidden, notFound } from '../../server/http/errors';
import { RegisterPetitionRequest } from '../../shared/contracts/petitions';
import type { ApplyReceptionActionRequest, CorrectReceptionVisitRequest, CreateReceptionVisitRequest, ReceptionListQuery, ReceptionVisitor } from '../../shared/contracts/reception';
import { scopesFor, type Actor, type Role } from '../../shared/domain/access';
import { isClockId, regimeOfDate, type ClockId } from '../../shared/domain/petitions/deadlines';
import {
  applyTransition,
  codesOf,
  codeValidIn,
  isTerminal,
  REASON_CODES,
  stateLabelVi,
  transitionOptions,
  WRITTEN_REFUSAL_CODES,
  type ReasonCode,
  type ReceptionVisitState,
  type RegimeId,
  type TransitionContext,
} from '../../shared/domain/petitions/lifecycle';
import { foldKey } from '../../shared/domain/text/vi';
import { computeWithOverrides } from '../legal-rules';
import { findAgency } from '../orgs';
import { findLettersByPerson, IdentityVault, maskName, presentDeadline, registerByOfficer, stopLetterDeadlines, vnDate } from '../petitions';
import { isGroupVisit } from '../../shared/domain/reception';
import { canReadVisit, canRecordAt, checkVisitors, CONCLUSION_NOTICE_BASIS, conclusionNoticeBlock, visitIdentityAccess, visitorsLabel } from './reception.policy';
import { linkVisitFilesToLetter, listVisitDocuments, listVisitFiles } from './reception.attachments';
import * as repo from './reception.repository';

const MACHINE = 'reception_visit' as const;
const stateLabel = (state: string) => stateLabelVi(MACHINE, state);

/** The roles the actor holds at the visit's agency or above it (the lifecycle table speaks in roles). */
function rolesAt(actor: Actor, agencyPath: string): Role[] {
  return [...new Set(actor.grants.filter((g) => agencyPath.startsWith(g.agencyPath)).map((g) => g.role))];
}

const refusalRefused = (result: { code: string; messageVi: string; basis: string }) =>
  new AppError(result.code === 'UNKNOWN_EVENT' ? 400 : 409, `lifecycle_${result.code.toLowerCase()}`, result.basis ? `${result.messageVi} (${result.basis})` : result.messageVi);

/** Computes the clocks a step starts, from `on`; a clock with no rule in force that day (e.g. R2026-only) is skipped. */
async function computeClocks(db: Db, clockIds: readonly string[], on: string) {
  const out = [];
  for (const clockId of clockIds) {
    if (!isClockId(clockId)) continue;
    try {
      const d = await computeWithOverrides(db, { clockId: clockId as ClockId, startDate: on });
      out.push({ clockId, startDate: on, dueDate: d.dueDate, warningDate: d.warningDate ?? null, unit: d.unit, length: d.length, regime: d.regime, ruleSource: d.ruleSource, ruleVersion: d.ruleVersion.version, basis: d.basis, toVerify: d.toVerify, explanation: d.explanation });
    } catch (err) {
      if (err instanceof AppError && err.code === 'deadline_no_rule_in_force') continue;
      throw err;
    }
  }
  return out;
}

/**
 * Enters a visit in the reception register (R1 "log"): the people's identities sealed in the vault, the register number,
 * the 10-working-day answer clock (LTCD 2013 Art 28(1)), the timeline and the audit record — one transaction.
 */
export async function createVisit(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof CreateReceptionVisitRequest>) {
  const agency = await findAgency(deps.db, input.agencyId);
  if (!agency) throw notFound('Không tìm thấy cơ quan.');
  if (!canRecordAt(actor, agency.path)) throw forbidden('Bạn không có quyền ghi sổ tiếp công dân của cơ quan này.');
  const now = deps.clock.now();
  const receivedAt = new Date(input.receivedAt);
  if (receivedAt.getTime() > now.getTime() + 5 * 60_000) throw badRequest('Thời điểm tiếp công dân không được sau thời điểm hiện tại.', 'future_date');
  const receivedOn = vnDate(receivedAt);
  const regime = regimeOfDate(receivedOn) as RegimeId;
  const problem = checkVisitors(input, regime);
  if (problem) throw badRequest(problem.message, problem.code);
  const isGroup = isGroupVisit(input.visitorCount);
  const logged = applyTransition(MACHINE, null, 'log', { roles: rolesAt(actor, agency.path), regime, flags: { isGroup, itemKind: input.kindClaimed, form: 'oral' } });
  if (!logged.ok) throw refusalRefused(logged);
  // Computed before the transaction: a rule that cannot be applied is the client's 400, not a half-written entry.
  const clocks = await computeClocks(deps.db, logged.clocks.start ?? [], receivedOn);
  const vault = new IdentityVault(deps.config);
  const protectedIdentity = input.kindClaimed === 'denunciation';
  // Representatives first: they speak for the group and head the register line.
  const people = [...input.visitors].sort((a, b) => Number(b.representative) - Number(a.representative));
  const visit = await deps.db.transaction(async (tx) => {
    const year = Number(receivedOn.slice(0, 4));
    const seq = await repo.nextVisitSeq(tx, agency.id, year);
    const registerNo = `${year}/${String(seq).padStart(6, '0')}`;
    const labels = people.map((p, i) => (protectedIdentity ? `Người tố cáo ${i + 1}` : maskName(p.fullName)));
    const created = await repo.insertVisit(
      tx,
      {
        agencyId: agency.id,
        registerYear: year,
        registerSeq: seq,
        registerNo,
        receivedAt,
        receivedOn,
        sessionKind: input.sessionKind,
        officerUserId: actor.userId,
        officerName: input.officerName ?? ctx.actorName ?? '',
        place: input.place ?? null,
        visitorCount: input.visitorCount,
        isGroup,
        appointmentInWriting: input.visitorCount > 1 && input.appointmentInWriting,
        kindClaimed: input.kindClaimed,
        identityProtected: protectedIdentity,
        visitorsLabel: visitorsLabel({ identityProtected: protectedIdentity, visitorCount: input.visitorCount }, labels),
        title: input.title,
        content: input.content,
        respondentName: input.respondent?.name ?? null,
        respondentAddress: input.respondent?.address ?? null,
        priorResolution: input.priorResolution ?? null,
        requests: input.requests ?? null,
        documents: input.documents,
        notes: input.notes ?? null,
        state: logged.to,
        regime,
        searchText: foldKey([input.title, input.content, input.respondent?.name ?? ''].join(' ')),
        createdBy: actor.userId,
      },
      people.map((p, i) => ({ ordinal: i, representative: p.representative, label: labels[i]!, sealed: vault.seal(withoutFlag(p)), nameIndex: vault.index('name', p.fullName), idIndex: vault.index('id', p.idNumber), phoneIndex: vault.index('phone', p.phone) })),
    );
    await repo.insertVisitDeadlines(tx, clocks.map((c) => ({ ...c, visitId: created.id })));
    await repo.insertVisitEvents(tx, [{ visitId: created.id, at: now, actorUserId: ctx.actorUserId, actorLabel: ctx.actorName ?? '', event: 'log', toState: logged.to, note: `Ghi sổ tiếp công dân số ${registerNo}` }]);
    // The audit record never carries identities (spec §6.2 SEC-6): the register number and counts only.
    await recordAudit(tx, ctx, { action: 'reception.log', entityType: 'reception_visit', entityId: created.id, agencyId: agency.id, after: { registerNo, sessionKind: input.sessionKind, kind: input.kindClaimed, visitorCount: input.visitorCount, listed: people.length, transition: logged.transition.id, deadlines: clocks.map((c) => c.clockId) } }, now);
    return created;
  });
  return getVisit(deps, actor, visit.id);
}

const withoutFlag = ({ representative: _r, ...person }: ReceptionVisitor) => person;

type Presentable = { visit: repo.VisitRow; agencyName: string; letterRegisterNo: string | null };

function presentSummary(row: Presentable, deadlines: repo.VisitDeadlineRow[], today: string) {
  const { visit } = row;
  const next = deadlines.filter((d) => d.visitId === visit.id && d.status === 'running').sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  return {
    id: visit.id,
    registerNo: visit.registerNo,
    agencyId: visit.agencyId,
    agencyName: row.agencyName,
    receivedAt: visit.receivedAt.toISOString(),
    receivedOn: visit.receivedOn,
    sessionKind: visit.sessionKind as 'regular',
    officerName: visit.officerName,
    kindClaimed: visit.kindClaimed as 'complaint',
    title: visit.title,
    state: visit.state,
    stateLabel: stateLabel(visit.state),
    visitorCount: visit.visitorCount,
    isGroup: visit.isGroup,
    visitorsLabel: visit.visitorsLabel,
    identityProtected: visit.identityProtected,
    letterId: visit.letterId,
    letterRegisterNo: row.letterRegisterNo,
    nextDeadline: next ? presentDeadline(next, today) : null,
  };
}

/** The reception register of the agencies in the actor's scope, pseudonymised. */
export async function listVisits(deps: Deps, actor: Actor, q: z.infer<typeof ReceptionListQuery>) {
  const { rows, total } = await repo.listVisits(deps.db, { ...q, scopes: scopesFor(actor, 'reception.read'), searchFold: q.q ? foldKey(q.q) : undefined });
  const deadlines = await repo.listVisitDeadlines(
    deps.db,
    rows.map((r) => r.visit.id),
  );
  const today = vnDate(deps.clock.now());
  return { total, items: rows.map((r) => presentSummary(r, deadlines, today)) };
}

async function loadReadable(db: Db, actor: Actor, id: string) {
  const found = await repo.findVisit(db, id);
  if (!found || !canReadVisit(actor, found.agencyPath)) throw notFound('Không tìm thấy lượt tiếp công dân.');
  return found;
}

function openVisitors(deps: Deps, rows: repo.VisitorRow[]) {
  const vault = new IdentityVault(deps.config);
  return rows.map((r) => ({ role: r.representative ? 'representative' : r.ordinal === 0 ? 'author' : 'co_author', representative: r.representative, ...vault.open(r.sealed) }));
}

/** Earlier visits and letters of the same people (blind indexes), in the actor's scope, with why each matched. */
async function findEarlier(deps: Deps, actor: Actor, visit: repo.VisitRow, people: repo.VisitorRow[]) {
  const pick = (k: 'nameIndex' | 'idIndex' | 'phoneIndex') => people.map((p) => p[k]).filter((v): v is string => !!v);
  const indexes = { names: pick('nameIndex'), ids: pick('idIndex'), phones: pick('phoneIndex') };
  const [visits, letters] = await Promise.all([
    repo.findVisitsByPerson(deps.db, { scopes: scopesFor(actor, 'reception.read'), excludeId: visit.id, ...indexes, limit: 20 }),
    findLettersByPerson(deps.db, { scopes: scopesFor(actor, 'petitions.read'), people: indexes, limit: 20 }),
  ]);
  const reasons = (m: { sameId: boolean; samePhone: boolean; sameName: boolean }) =>
    [m.sameId && 'same_id', m.samePhone && 'same_phone', m.sameName && 'same_name'].filter((r): r is 'same_id' | 'same_phone' | 'same_name' => !!r);
  return [
    ...visits.map((v) => ({ type: 'visit' as const, id: v.id, registerNo: v.registerNo, date: v.receivedOn, title: v.title, state: stateLabel(v.state), reasons: reasons(v) })),
    ...letters.filter((l) => l.id !== visit.letterId).map((l) => ({ type: 'letter' as const, id: l.id, registerNo: l.registerNo, date: l.receivedOn, title: l.title, state: l.state, reasons: reasons(l) })),
  ];
}

/** One visit: the register entry, its people (identities only where the rules allow), deadlines, timeline, letter. */
export async function getVisit(deps: Deps, actor: Actor, id: string) {
  const found = await loadReadable(deps.db, actor, id);
  const { visit } = found;
  const access = visitIdentityAccess(actor, { agencyPath: found.agencyPath, identityProtected: visit.identityProtected, createdBy: visit.createdBy });
  const [people, deadlines, events] = await Promise.all([repo.listVisitors(deps.db, id), repo.listVisitDeadlines(deps.db, [id]), repo.listVisitEvents(deps.db, id)]);
  const today = vnDate(deps.clock.now());
  const refusal = visit.refusalCode ? REASON_CODES[visit.refusalCode as ReasonCode] : undefined;
  return {
    ...presentSummary(found, deadlines, today),
    place: visit.place,
    appointmentInWriting: visit.appointmentInWriting,
    visitors: people.map((p) => ({ ordinal: p.ordinal, label: p.label, representative: p.representative })),
    identities: access === 'visible' ? openVisitors(deps, people) : null,
    canRevealIdentity: access === 'reveal',
    content: visit.content,
    respondentName: visit.respondentName,
    respondentAddress: visit.respondentAddress,
    priorResolution: visit.priorResolution,
    requests: visit.requests,
    documents: visit.documents,
    attachments: await listVisitFiles(deps.db, actor, found),
    conclusionNotice: { blockedBy: conclusionNoticeBlock(visit), basis: CONCLUSION_NOTICE_BASIS, files: await listVisitDocuments(deps.db, id) },
    notes: visit.notes,
    outcome: visit.outcome,
    refusal: refusal ? { code: visit.refusalCode!, label: refusal.labelVi, basis: refusal.basis } : null,
    regime: visit.regime,
    deadlines: deadlines.map((d) => presentDeadline(d, today)),
    events: events.map((e) => ({ at: e.at.toISOString(), actor: e.actorLabel, event: e.event, fromState: e.fromState, toState: e.toState, note: e.note })),
    earlier: await findEarlier(deps, actor, visit, people),
  };
}

const CORRECTABLE = { officerName: 'người tiếp', place: 'địa điểm', title: 'tóm tắt nội dung', content: 'nội dung trình bày', respondentName: 'người bị khiếu nại, tố cáo', respondentAddress: 'địa chỉ người bị khiếu nại, tố cáo', priorResolution: 'kết quả giải quyết trước đó', requests: 'yêu cầu', documents: 'tài liệu cung cấp', notes: 'ghi chú' } as const;
type Correctable = keyof typeof CORRECTABLE;

/**
 * Corrects what the register entry wrote down (CorrectReceptionVisitRequest): only the fields given and actually
 * different are changed, with the reason on the timeline and the values before and after in the audit log, in one
 * transaction. Identities, the time of reception (register number, clocks) and the kind stay as recorded.
 */
export async function correctVisit(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: z.infer<typeof CorrectReceptionVisitRequest>) {
  const found = await loadReadable(deps.db, actor, id);
  if (!canRecordAt(actor, found.agencyPath)) throw forbidden('Bạn không có quyền sửa sổ tiếp công dân của cơ quan này.');
  const { visit } = found;
  const given: Partial<Record<Correctable, unknown>> = {
    officerName: input.officerName,
    place: input.place,
    title: input.title,
    content: input.content,
    ...(input.respondent !== undefined ? { respondentName: input.respondent?.name ?? null, respondentAddress: input.respondent?.address ?? null } : {}),
    priorResolution: input.priorResolution,
    requests: input.requests,
    documents: input.documents,
    notes: input.notes,
  };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given) as [Correctable, unknown][]) {
    if (value === undefined) continue;
    const old = visit[key] ?? null;
    const next = value === '' ? null : value;
    if (JSON.stringify(old) === JSON.stringify(next)) continue;
    before[key] = old;
    after[key] = next;
  }
  if (Object.keys(after).length === 0) throw badRequest('Không có thông tin nào thay đổi so với sổ.', 'nothing_changed');
  const changed = { ...visit, ...after } as repo.VisitRow;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateVisit(tx, id, { ...(after as Partial<repo.VisitRow>), searchText: foldKey([changed.title, changed.content, changed.respondentName ?? ''].join(' ')) });
    const fields = Object.keys(after).map((k) => CORRECTABLE[k as Correctable]).join(', ');
    await repo.insertVisitEvents(tx, [{ visitId: id, at: now, actorUserId: ctx.actorUserId, actorLabel: ctx.actorName ?? '', event: 'correct', note: `Sửa ${fields}. Lý do: ${input.reason}` }]);
    // Never identities: only the register's own fields (the visitors are sealed and not correctable here).
    await recordAudit(tx, ctx, { action: 'reception.correct', entityType: 'reception_visit', entityId: id, agencyId: visit.agencyId, before, after: { ...after, reason: input.reason } }, now);
  });
  return getVisit(deps, actor, id);
}

/** Reveals a protected visitor's identity to an allowed officer, with a purpose; every reveal is audited (SEC-6). */
export async function revealVisitors(deps: Deps, ctx: AuditContext, actor: Actor, id: string, purpose: string) {
  const found = await loadReadable(deps.db, actor, id);
  const access = visitIdentityAccess(actor, { agencyPath: found.agencyPath, identityProtected: found.visit.identityProtected, createdBy: found.visit.createdBy });
  if (access === 'hidden') throw forbidden('Bạn không được xem thông tin người tố cáo (Luật Tố cáo 2018, Điều 8 khoản 3; Điều 47).');
  const identities = openVisitors(deps, await repo.listVisitors(deps.db, id));
  await deps.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'reception.identity_reveal', entityType: 'reception_visit', entityId: id, agencyId: found.visit.agencyId, after: { purpose, people: identities.length } }, deps.clock.now()),
  );
  return { identities };
}

function contextOf(actor: Actor, found: { visit: repo.VisitRow; agencyPath: string }): TransitionContext {
  const { visit } = found;
  return { roles: rolesAt(actor, found.agencyPath), regime: visit.regime as RegimeId, flags: { isGroup: visit.isGroup, itemKind: visit.kindClaimed as 'complaint', form: 'oral' } };
}

/** The refusal grounds of LTCD 2013 Art 9 (and NĐ 154/2026 Art 4 from R2026) valid for this visit, with their articles. */
function refusalCodes(regime: RegimeId) {
  return codesOf('REFUSE')
    .filter((c) => codeValidIn(c, regime))
    .map((c) => ({ code: c, label: REASON_CODES[c].labelVi, labelEn: REASON_CODES[c].labelEn, basis: REASON_CODES[c].basis, writtenNotice: (WRITTEN_REFUSAL_CODES as readonly string[]).includes(c) }));
}

/** What the actor can do now on the visit, each with its legal basis and, if blocked, why. */
export async function listVisitActions(deps: Deps, actor: Actor, id: string) {
  const found = await loadReadable(deps.db, actor, id);
  const { visit } = found;
  if (isTerminal(MACHINE, visit.state as ReceptionVisitState)) return [];
  const ctx = contextOf(actor, found);
  return transitionOptions(MACHINE, visit.state as ReceptionVisitState, ctx)
    .filter((o) => o.transition.kind !== 'create')
    .map((o) => {
      const requires = (o.transition.requires ?? []).map((r) => ('field' in r ? r.field : r.kind === 'reasonCode' ? 'reasonCode' : r.kind));
      return {
        target: 'visit',
        machine: MACHINE,
        machineLabel: 'Tiếp công dân',
        state: visit.state,
        stateLabel: stateLabel(visit.state),
        event: o.transition.event,
        label: o.transition.labelVi,
        basis: o.transition.basis,
        blockedBy: canRecordAt(actor, found.agencyPath) ? (o.blockedBy?.messageVi ?? null) : 'Bạn không có quyền ghi sổ tiếp công dân của cơ quan này.',
        requires,
        reasonCodes: requires.includes('reasonCode') ? refusalCodes(ctx.regime) : [],
        spawnsLetter: (o.transition.spawns ?? []).includes('letter'),
      };
    });
}

/** The letter a visit yields (R4 statement written down, R5 letter handed over): channel in person, same day, same people. */
async function letterOf(deps: Deps, visit: repo.VisitRow, respondent: { name: string; address?: string } | undefined) {
  const people = openVisitors(deps, await repo.listVisitors(deps.db, visit.id)).map(({ role: _r, representative: _p, ...person }) => person);
  const parsed = RegisterPetitionRequest.safeParse({
    agencyId: visit.agencyId,
    channel: 'in_person',
    receivedOn: visit.receivedOn,
    kind: visit.kindClaimed,
    title: visit.title,
    content: visit.content,
    author: people[0],
    coAuthors: people.slice(1),
    respondent: respondent ?? (visit.respondentName ? { name: visit.respondentName, address: visit.respondentAddress ?? undefined } : undefined),
    anonymous: false,
  });
  if (!parsed.success) throw badRequest(`Không lập được đơn từ lượt tiếp: ${parsed.error.issues[0]?.message ?? 'dữ liệu không hợp lệ'}`, 'letter_invalid');
  return parsed.data;
}

/**
 * Applies one step of the reception-visit table: the pure engine decides (state, role, regime, refusal code and the
 * written-notice guard — refusals carry the article); then, in one transaction, the new state, the letter it spawns
 * (through the petitions module, so the letter follows the normal pipeline and its own deadlines), the clocks it
 * starts and stops, the timeline entry and the audit record.
 */
export async function applyVisitAction(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: z.infer<typeof ApplyReceptionActionRequest>) {
  const found = await loadReadable(deps.db, actor, id);
  if (!canRecordAt(actor, found.agencyPath)) throw forbidden('Bạn không có quyền ghi sổ tiếp công dân của cơ quan này.');
  const { visit } = found;
  const payload = input.payload ?? {};
  const result = applyTransition(MACHINE, visit.state as ReceptionVisitState, input.event, { ...contextOf(actor, found), payload: { reasonCode: payload.reasonCode as ReasonCode | undefined, reasonText: payload.reasonText, documents: payload.documents } });
  if (!result.ok) throw refusalRefused(result);
  const today = vnDate(deps.clock.now());
  const now = deps.clock.now();
  const clocks = await computeClocks(deps.db, result.clocks.start ?? [], today);
  const spawnsLetter = (result.transition.spawns ?? []).includes('letter');
  const letterInput = spawnsLetter ? await letterOf(deps, visit, payload.respondent) : null;
  const note = input.note ?? result.transition.labelVi;
  await deps.db.transaction(async (tx) => {
    const patch: Parameters<typeof repo.updateVisit>[2] = { state: result.to };
    let eventNote = note;
    if (letterInput) {
      // The same transaction: a letter that cannot be registered leaves the visit untouched.
      const letter = await registerByOfficer({ ...deps, db: tx }, ctx, actor, letterInput);
      patch.letterId = letter.id;
      await linkVisitFilesToLetter(tx, id, letter.id, now);
      eventNote = `${note} — lập đơn số ${letter.registerNo}`;
    }
    if (payload.respondent) Object.assign(patch, { respondentName: payload.respondent.name, respondentAddress: payload.respondent.address ?? null });
    if (input.event === 'refuse') Object.assign(patch, { refusalCode: payload.reasonCode, outcome: payload.reasonText ?? note });
    else if (result.transition.to !== null) patch.outcome = note;
    await repo.updateVisit(tx, id, patch);
    const stop = result.clocks.stop ?? [];
    await repo.closeVisitDeadlines(tx, id, stop, today);
    // The visit's answer is the letter's too (LTCD Art 28(1)): one answer, not two clocks running apart.
    if (visit.letterId && stop.includes('TCD_ANSWER')) await stopLetterDeadlines(tx, visit.letterId, ['TCD_ANSWER'], today);
    const running = new Set((await repo.listVisitDeadlines(tx, [id])).filter((d) => d.status === 'running').map((d) => d.clockId));
    await repo.insertVisitDeadlines(tx, clocks.filter((c) => !running.has(c.clockId)).map((c) => ({ ...c, visitId: id })));
    await repo.insertVisitEvents(tx, [{ visitId: id, at: now, actorUserId: ctx.actorUserId, actorLabel: ctx.actorName ?? '', event: input.event, fromState: visit.state, toState: result.to, note: eventNote, payload }]);
    await recordAudit(tx, ctx, { action: `reception.${input.event}`, entityType: 'reception_visit', entityId: id, agencyId: visit.agencyId, before: { state: visit.state }, after: { state: result.to, transition: result.transition.id, reasonCode: payload.reasonCode ?? null, letterId: patch.letterId ?? null } }, now);
  });
  return getVisit(deps, actor, id);
}
