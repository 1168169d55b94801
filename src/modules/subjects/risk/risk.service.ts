import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../server/audit/audit';
import type { Deps } from '../../../server/deps';
import { badRequest, conflict, forbidden, notFound } from '../../../server/http/errors';
import type { CreateIndicatorSetRequest, ScoreResponse } from '../../../shared/contracts/risk';
import { can, scopesFor, type Actor } from '../../../shared/domain/access';
import { checkIndicatorSet, computeScore, SOURCE_KEYS, type IndicatorSetDef, type RiskLevel } from '../../../shared/domain/subjects/indicators';
import { getWorkingCalendar } from '../../calendar';
import { canReadSubject } from '../subjects.policy';
import * as subjectsRepo from '../subjects.repository';
import { FULL_RESCORE_QUEUE, rescoreContext, rescoreInTx } from './risk.engine';
import * as repo from './risk.repository';
import { FACT_SOURCES, loadSource } from './sources';

/** A subject the actor may see (404 otherwise). */
export async function readableSubject(deps: Deps, actor: Actor, id: string) {
  const row = await subjectsRepo.findSubject(deps.db, id);
  if (!row || !canReadSubject(actor, { agencyPath: row.agencyPath })) throw notFound('Không tìm thấy đối tượng quản lý.');
  return row;
}

type HistoryRow = NonNullable<Awaited<ReturnType<typeof repo.findHistory>>>;

/**
 * The full explanation of a stored score: recomputed from its stored inputs with its stored set version and day, and
 * compared with what was stored (`reproduced.matches`).
 */
async function explain(deps: Deps, row: HistoryRow): Promise<z.infer<typeof ScoreResponse>> {
  const set = await repo.findSet(deps.db, row.setVersion);
  if (!set) throw notFound('Không tìm thấy phiên bản bộ chỉ số của điểm này.');
  const again = computeScore(set.definition, row.explanation.inputs, { asOf: row.asOf, calendar: await getWorkingCalendar(deps.db) });
  const stored = row.explanation.indicators;
  const matches =
    again.score === row.score &&
    again.level === row.level &&
    again.indicators.length === stored.length &&
    again.indicators.every((i, n) => i.key === stored[n]!.key && i.raw === stored[n]!.raw && i.contribution === stored[n]!.contribution && i.available === stored[n]!.available);
  return {
    historyId: row.id,
    subjectId: row.subjectId,
    score: row.score,
    level: row.level as RiskLevel,
    setVersion: row.setVersion,
    asOf: row.asOf,
    computedAt: row.computedAt.toISOString(),
    cause: row.cause,
    excluded: row.explanation.excluded,
    indicators: again.indicators,
    thresholds: set.definition.thresholds,
    reproduced: { score: again.score, level: again.level, matches },
  };
}

/**
 * A subject's current score with its explanation and its score history. Viewing is audited: scores are internal
 * documents of the inspecting body and who viewed them is logged (sanctions.md §9.3(4)).
 */
export async function getSubjectScore(deps: Deps, ctx: AuditContext, actor: Actor, subjectId: string) {
  const subject = await readableSubject(deps, actor, subjectId);
  const current = await repo.findCurrentScore(deps.db, subjectId);
  const row = current ? await repo.findHistory(deps.db, subjectId, current.historyId) : undefined;
  const history = await repo.listHistory(deps.db, subjectId);
  await deps.db.transaction((tx) => recordAudit(tx, ctx, { action: 'subject_score.view', entityType: 'subject', entityId: subjectId, agencyId: subject.subject.managingAgencyId, after: { historyId: current?.historyId ?? null } }, deps.clock.now()));
  return {
    current: row ? await explain(deps, row) : null,
    history: history.map((h) => ({ id: h.id, score: h.score, level: h.level as RiskLevel, setVersion: h.setVersion, asOf: h.asOf, cause: h.cause, computedAt: h.computedAt.toISOString() })),
  };
}

/** A past score recomputed with its stored version and inputs; `reproduced.matches` shows it is the same. Audited. */
export async function reproduceScore(deps: Deps, ctx: AuditContext, actor: Actor, subjectId: string, historyId: number) {
  const subject = await readableSubject(deps, actor, subjectId);
  const row = await repo.findHistory(deps.db, subjectId, historyId);
  if (!row) throw notFound('Không tìm thấy lần tính điểm này.');
  await deps.db.transaction((tx) => recordAudit(tx, ctx, { action: 'subject_score.view', entityType: 'subject', entityId: subjectId, agencyId: subject.subject.managingAgencyId, after: { historyId } }, deps.clock.now()));
  return explain(deps, row);
}

/** Recomputes one subject's score now (e.g. a subject registered by hand, not yet scored). Audited. */
export async function rescoreSubject(deps: Deps, ctx: AuditContext, actor: Actor, subjectId: string) {
  const subject = await readableSubject(deps, actor, subjectId);
  if (!can(actor, 'risk.warnings', { agencyPath: subject.agencyPath })) throw forbidden('Bạn không có quyền tính lại điểm rủi ro của đối tượng này.');
  const rc = await rescoreContext(deps);
  const r = await deps.db.transaction(async (tx) => {
    const out = await rescoreInTx(deps, tx, rc, [subjectId], 'manual', ctx);
    await recordAudit(tx, ctx, { action: 'subject_score.recompute', entityType: 'subject', entityId: subjectId, agencyId: subject.subject.managingAgencyId, after: out }, deps.clock.now());
    return out;
  });
  return { scored: 1, ...r };
}

/** Queues the full rescoring job (administrators). Audited. */
export async function startFullRescore(deps: Deps, ctx: AuditContext) {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await deps.jobs.enqueue(FULL_RESCORE_QUEUE, { requestedBy: ctx.actorUserId }, {}, tx);
    await recordAudit(tx, ctx, { action: 'subject_score.full_rescore', entityType: 'system', after: {} }, now);
  });
  return { ok: true as const };
}

// ---- the subject's history tab -------------------------------------------------------------------------------

/**
 * Everything the wired sources know about the subject (one section each, with links), the sources not wired yet,
 * and letters that may be about it (name match, for an officer to tie; only tied letters count).
 */
export async function getSubjectFacts(deps: Deps, actor: Actor, subjectId: string) {
  const subject = await readableSubject(deps, actor, subjectId);
  const sections = await Promise.all(
    FACT_SOURCES.map(async (s) => {
      const rows = (await loadSource(deps.db, s, { ids: [subjectId] })).get(subjectId) ?? [];
      return { source: s.key, titleVi: s.titleVi, titleEn: s.titleEn, items: (rows as never[]).map((r) => s.present(r)) };
    }),
  );
  const scopes = scopesFor(actor, 'petitions.read');
  const suggestions = scopes.length ? await repo.suggestLetters(deps.db, subject.subject.nameKey, scopes) : [];
  return { sections, missingSources: SOURCE_KEYS.filter((k) => !FACT_SOURCES.some((s) => s.key === k)), suggestions };
}

/** Ties a letter to the subject it is about and rescores the subject in the same transaction. Audited. */
export async function linkPetition(deps: Deps, ctx: AuditContext, actor: Actor, subjectId: string, letterId: string) {
  const subject = await readableSubject(deps, actor, subjectId);
  const letter = await repo.findLetterForLink(deps.db, letterId);
  if (!letter || !can(actor, 'petitions.read', { agencyPath: letter.agencyPath })) throw notFound('Không tìm thấy đơn.');
  if (letter.linkedSubjectId === subjectId) return { ok: true as const };
  if (letter.linkedSubjectId) throw conflict('Đơn này đã được gắn với một đối tượng khác. Hãy bỏ gắn ở đối tượng đó trước.', 'letter_linked');
  const now = deps.clock.now();
  const rc = await rescoreContext(deps);
  await deps.db.transaction(async (tx) => {
    await repo.upsertLink(tx, { letterId, subjectId, linkedBy: actor.userId, linkedAt: now });
    await recordAudit(tx, ctx, { action: 'subject_petition.link', entityType: 'subject', entityId: subjectId, agencyId: subject.subject.managingAgencyId, after: { letterId, registerNo: letter.registerNo } }, now);
    await rescoreInTx(deps, tx, rc, [subjectId], 'link', ctx);
  });
  return { ok: true as const };
}

/** Unties a letter from the subject and rescores it. Audited. */
export async function unlinkPetition(deps: Deps, ctx: AuditContext, actor: Actor, subjectId: string, letterId: string) {
  const subject = await readableSubject(deps, actor, subjectId);
  const letter = await repo.findLetterForLink(deps.db, letterId);
  if (!letter || letter.linkedSubjectId !== subjectId || !can(actor, 'petitions.read', { agencyPath: letter.agencyPath })) throw notFound('Đơn này không được gắn với đối tượng.');
  const now = deps.clock.now();
  const rc = await rescoreContext(deps);
  await deps.db.transaction(async (tx) => {
    await repo.deleteLink(tx, letterId);
    await recordAudit(tx, ctx, { action: 'subject_petition.unlink', entityType: 'subject', entityId: subjectId, agencyId: subject.subject.managingAgencyId, before: { letterId, registerNo: letter.registerNo } }, now);
    await rescoreInTx(deps, tx, rc, [subjectId], 'link', ctx);
  });
  return { ok: true as const };
}

// ---- indicator sets ------------------------------------------------------------------------------------------

const presentSet = (r: { set: repo.SetRow; authorName: string | null }) => ({ version: r.set.version, definition: r.set.definition, note: r.set.note, authorName: r.authorName, createdAt: r.set.createdAt.toISOString() });

/** Every version of the indicator set, and the sources wired now. */
export async function listIndicatorSets(deps: Deps) {
  const rows = await repo.listSets(deps.db);
  return { items: rows.map(presentSet), wiredSources: FACT_SOURCES.map((s) => s.key) };
}

/** Publishes a new version (old ones stay; scores name their version). 400 with every problem; audited. */
export async function createIndicatorSet(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof CreateIndicatorSetRequest>) {
  const definition = input.definition as IndicatorSetDef;
  const errors = checkIndicatorSet(definition);
  if (errors.length) throw badRequest(errors.join(' '), 'invalid_indicator_set', errors);
  const now = deps.clock.now();
  const version = await deps.db.transaction(async (tx) => {
    const latest = await repo.latestSet(tx);
    const created = await repo.insertSet(tx, { version: (latest?.version ?? 0) + 1, definition, note: input.note, createdBy: actor.userId, createdAt: now });
    await recordAudit(tx, ctx, { action: 'risk_indicator_set.create', entityType: 'risk_indicator_set', entityId: String(created.version), before: latest ? { version: latest.version, definition: latest.definition } : null, after: { version: created.version, definition, note: input.note } }, now);
    return created.version;
  });
  const rows = await repo.listSets(deps.db);
  return presentSet(rows.find((r) => r.set.version === version)!);
}
