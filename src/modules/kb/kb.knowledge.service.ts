// Knowledge beyond law (issue 6 §5): document templates, lessons learned with their review by the agency head, the
// yearly systematisation, and the search of templates and approved lessons with their own citation labels.
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { conflict, forbidden, notFound } from '../../server/http/errors';
import type { KbLesson, KbLessonRequest, KbLessonReview, KbTemplate, KbTemplateRequest } from '../../shared/contracts/kb-knowledge';
import { can, scopesFor, type Actor } from '../../shared/domain/access/policy';
import { snippetOf, type ScoredTerms } from '../../shared/domain/kb/passages';
import { loadReadableFile, openFileContent } from '../files';
import { findFileWithAgencyPath } from '../files/files.repository';
import { findAgency } from '../orgs';
import { getKbIndex, invalidateKbIndex, type KbIndex } from './kb.index';
import { lessonLabel, shippedTemplates } from './kb.knowledge.index';
import * as repo from './kb.knowledge.repository';
import { canDeleteLesson, canEditLesson, canReviewLesson, canSeeLesson, canSubmitLesson, type LessonStatus } from './kb.lessons.policy';
import { bumpGeneration } from './kb.repository';

const vnYear = (at: Date) => new Date(at.getTime() + 7 * 3600_000).getUTCFullYear();

/** The agency an officer acts for: the one asked (where he holds `permission`), else his first such grant. */
async function actingAgency(deps: Deps, actor: Actor, permission: 'kb.lessons.write' | 'kb.templates.manage', agencyId?: string) {
  const id = agencyId ?? actor.grants.find((g) => can({ ...actor, grants: [g] }, permission))?.agencyId;
  const agency = id ? await findAgency(deps.db, id) : undefined;
  if (!agency || !can(actor, permission, { agencyPath: agency.path })) throw forbidden('Bạn không có quyền thực hiện thao tác này cho cơ quan đã chọn.');
  return agency;
}

// ---- Templates ----

type TemplateWithNames = NonNullable<Awaited<ReturnType<typeof repo.findTemplate>>>;
function presentTemplate(actor: Actor, r: TemplateWithNames): z.infer<typeof KbTemplate> {
  const t = r.template;
  return { id: t.id, origin: 'agency', code: t.code, title: t.title, whenToUse: t.whenToUse, legalBasis: t.legalBasis, agencyId: t.agencyId, agencyName: r.agencyName, fileId: t.fileId, fileName: r.fileName, canManage: can(actor, 'kb.templates.manage', { agencyPath: r.agencyPath }) };
}

/** The platform's templates and every agency's (forms are shared across the sector). */
export async function listKbTemplates(deps: Deps, actor: Actor) {
  const own = (await repo.listTemplates(deps.db)).map((r) => presentTemplate(actor, r));
  const shipped = shippedTemplates().map((t) => ({ ...t, id: `shipped:${t.id}`, origin: 'shipped' as const, agencyId: null, agencyName: null, fileId: null, fileName: null, canManage: false }));
  return { items: [...own, ...shipped] };
}

/** Adds an agency template (its head or an administrator); the form file must be one the actor may read. */
export async function createKbTemplate(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof KbTemplateRequest>) {
  const agency = await actingAgency(deps, actor, 'kb.templates.manage', input.agencyId);
  if (input.fileId) await loadReadableFile(deps, actor, input.fileId);
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const row = await repo.insertTemplate(tx, { agencyId: agency.id, code: input.code, title: input.title, whenToUse: input.whenToUse, legalBasis: input.legalBasis, fileId: input.fileId ?? null, createdBy: actor.userId, createdAt: now, updatedAt: now });
    if (!row) throw conflict(`Cơ quan đã có biểu mẫu ký hiệu ${input.code}.`, 'kb_template_exists');
    await bumpGeneration(tx);
    await recordAudit(tx, ctx, { action: 'kb.template_create', entityType: 'kb_template', entityId: row.id, agencyId: agency.id, after: row }, now);
    return row.id;
  });
  invalidateKbIndex(deps.db);
  return presentTemplate(actor, (await repo.findTemplate(deps.db, id))!);
}

export async function deleteKbTemplate(deps: Deps, ctx: AuditContext, actor: Actor, id: string) {
  await deps.db.transaction(async (tx) => {
    const found = await repo.findTemplate(tx, id);
    if (!found) throw notFound('Không tìm thấy biểu mẫu.');
    if (!can(actor, 'kb.templates.manage', { agencyPath: found.agencyPath })) throw forbidden('Chỉ thủ trưởng cơ quan đã thêm biểu mẫu (hoặc quản trị hệ thống) được xóa biểu mẫu này.');
    await repo.deleteTemplate(tx, id);
    await bumpGeneration(tx);
    await recordAudit(tx, ctx, { action: 'kb.template_delete', entityType: 'kb_template', entityId: id, agencyId: found.template.agencyId, before: found.template }, deps.clock.now());
  });
  invalidateKbIndex(deps.db);
}

/** The form file of a template: shared with every officer who may use the assistant (not only its agency's). */
export async function openTemplateFile(deps: Deps, ctx: AuditContext, actor: Actor, id: string) {
  const found = await repo.findTemplate(deps.db, id);
  if (!found?.template.fileId) throw notFound('Biểu mẫu không có tệp đính kèm.');
  const file = (await findFileWithAgencyPath(deps.db, found.template.fileId))?.file;
  if (!file) throw notFound('Không tìm thấy tệp biểu mẫu.');
  if (file.confidentiality !== 'normal') throw forbidden('Tệp biểu mẫu thuộc diện mật.');
  return { name: file.originalName, mimeType: file.mimeType, size: file.size, stream: await openFileContent(deps, ctx, file) };
}

// ---- Lessons learned ----

type LessonWithNames = NonNullable<Awaited<ReturnType<typeof repo.findLesson>>>;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const forPolicy = (r: LessonWithNames) => ({ authorId: r.lesson.authorId, status: r.lesson.status as LessonStatus, agencyPath: r.agencyPath });

function presentLesson(actor: Actor, r: LessonWithNames): z.infer<typeof KbLesson> {
  const l = r.lesson;
  const p = forPolicy(r);
  return {
    id: l.id,
    agencyId: l.agencyId,
    agencyName: r.agencyName,
    authorName: r.authorName,
    title: l.title,
    problem: l.problem,
    context: l.context,
    whatWorked: l.whatWorked,
    legalBasis: l.legalBasis,
    status: p.status,
    number: l.number,
    year: l.year,
    label: l.status === 'approved' ? lessonLabel(l, r.agencyName) : null,
    reviewComment: l.reviewComment,
    reviewerName: r.reviewerName,
    submittedAt: iso(l.submittedAt),
    reviewedAt: iso(l.reviewedAt),
    updatedAt: l.updatedAt.toISOString(),
    can: { edit: canEditLesson(actor, p), submit: canSubmitLesson(actor, p), review: canReviewLesson(actor, p), delete: canDeleteLesson(actor, p) },
  };
}

/** A lesson the actor may see (404 otherwise: a draft's existence is the author's business). */
async function loadLesson(deps: Deps, actor: Actor, id: string) {
  const found = await repo.findLesson(deps.db, id);
  if (!found || !canSeeLesson(actor, forPolicy(found))) throw notFound('Không tìm thấy bài học kinh nghiệm.');
  return found;
}

export async function listKbLessons(deps: Deps, actor: Actor, status?: LessonStatus) {
  const rows = await repo.listVisibleLessons(deps.db, actor.userId, scopesFor(actor, 'kb.lessons.review'), status);
  return { items: rows.filter((r) => canSeeLesson(actor, forPolicy(r))).map((r) => presentLesson(actor, r)) };
}

export async function getKbLesson(deps: Deps, actor: Actor, id: string) {
  return presentLesson(actor, await loadLesson(deps, actor, id));
}

export async function createKbLesson(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof KbLessonRequest>) {
  const agency = await actingAgency(deps, actor, 'kb.lessons.write', input.agencyId);
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const row = await repo.insertLesson(tx, { agencyId: agency.id, authorId: actor.userId, title: input.title, problem: input.problem, context: input.context, whatWorked: input.whatWorked, legalBasis: input.legalBasis, status: 'draft', createdAt: now, updatedAt: now });
    await recordAudit(tx, ctx, { action: 'kb.lesson_create', entityType: 'kb_lesson', entityId: row.id, agencyId: agency.id, after: row }, now);
    return row.id;
  });
  return getKbLesson(deps, actor, id);
}

export async function updateKbLesson(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: z.infer<typeof KbLessonRequest>) {
  const found = await loadLesson(deps, actor, id);
  if (!canEditLesson(actor, forPolicy(found))) throw conflict('Chỉ người viết được sửa bài học khi còn là bản nháp hoặc bị trả lại.', 'kb_lesson_locked');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const after = await repo.updateLesson(tx, id, { title: input.title, problem: input.problem, context: input.context, whatWorked: input.whatWorked, legalBasis: input.legalBasis, updatedAt: now });
    await recordAudit(tx, ctx, { action: 'kb.lesson_update', entityType: 'kb_lesson', entityId: id, agencyId: found.lesson.agencyId, before: found.lesson, after }, now);
  });
  return getKbLesson(deps, actor, id);
}

export async function submitKbLesson(deps: Deps, ctx: AuditContext, actor: Actor, id: string) {
  const found = await loadLesson(deps, actor, id);
  if (!canSubmitLesson(actor, forPolicy(found))) throw conflict('Bài học đã được gửi duyệt hoặc đã được duyệt.', 'kb_lesson_state');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateLesson(tx, id, { status: 'submitted', submittedAt: now, updatedAt: now });
    await recordAudit(tx, ctx, { action: 'kb.lesson_submit', entityType: 'kb_lesson', entityId: id, agencyId: found.lesson.agencyId, before: { status: found.lesson.status }, after: { status: 'submitted' } }, now);
  });
  return getKbLesson(deps, actor, id);
}

/** The head approves (numbering it in the agency's yearly series; the assistant then cites it) or returns it. */
export async function reviewKbLesson(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: z.infer<typeof KbLessonReview>) {
  const found = await loadLesson(deps, actor, id);
  const p = forPolicy(found);
  if (p.status !== 'submitted') throw conflict('Chỉ duyệt bài học đang chờ duyệt.', 'kb_lesson_state');
  if (!canReviewLesson(actor, p)) throw forbidden(p.authorId === actor.userId ? 'Người viết không tự duyệt bài học của mình.' : 'Chỉ thủ trưởng cơ quan của người viết được duyệt bài học kinh nghiệm.');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const patch: Parameters<typeof repo.updateLesson>[2] = { reviewerId: actor.userId, reviewComment: input.comment, reviewedAt: now, updatedAt: now };
    if (input.decision === 'approve') {
      const year = vnYear(now);
      Object.assign(patch, { status: 'approved', year, number: await repo.nextLessonNumber(tx, found.lesson.agencyId, year) });
      await bumpGeneration(tx);
    } else patch.status = 'returned';
    const after = await repo.updateLesson(tx, id, patch);
    await recordAudit(tx, ctx, { action: input.decision === 'approve' ? 'kb.lesson_approve' : 'kb.lesson_return', entityType: 'kb_lesson', entityId: id, agencyId: found.lesson.agencyId, before: { status: p.status }, after: { status: after.status, number: after.number, year: after.year, comment: input.comment } }, now);
  });
  if (input.decision === 'approve') invalidateKbIndex(deps.db);
  return getKbLesson(deps, actor, id);
}

export async function deleteKbLesson(deps: Deps, ctx: AuditContext, actor: Actor, id: string) {
  const found = await loadLesson(deps, actor, id);
  if (!canDeleteLesson(actor, forPolicy(found))) throw conflict('Chỉ xóa được bản nháp chưa gửi duyệt của chính mình.', 'kb_lesson_state');
  await deps.db.transaction(async (tx) => {
    await repo.deleteLesson(tx, id);
    await recordAudit(tx, ctx, { action: 'kb.lesson_delete', entityType: 'kb_lesson', entityId: id, agencyId: found.lesson.agencyId, before: found.lesson }, deps.clock.now());
  });
}

// ---- Search and systematisation ----

/** Templates and approved lessons matching a question, each with its citation label (at most `limit`). */
export function knowledgeHits(index: KbIndex, question: string, limit = 3) {
  const { engine, entries } = index.knowledge;
  const hits = engine.search(question, limit);
  if (hits.length === 0) return [];
  const { terms } = engine.terms(question);
  const scored: ScoredTerms = new Map(terms.map((t) => [t.term, t.weight * engine.idf(t.term)]));
  const best = engine.bestParts(question, hits);
  const top = hits[0]!.score;
  // Entries far below the best one are noise (a common word such as "thời hạn" matches many of them).
  return hits
    .filter((h) => h.score >= top * 0.5)
    .map((h, i) => {
      const e = entries[h.index]!;
      const text = e.parts[best[i]!.part]?.text ?? e.parts[0]?.text ?? '';
      const { snippet, highlights } = snippetOf(text, scored);
      return { kind: e.kind, id: e.id, title: e.title, label: e.label, snippet, highlights, score: +h.score.toFixed(4) };
    });
}

export async function searchKnowledge(deps: Deps, q: string, limit: number) {
  return { items: knowledgeHits(await getKbIndex(deps.db), q, limit) };
}

/** The yearly systematisation (Asia/Ho_Chi_Minh calendar year). */
export async function systematisation(deps: Deps, year?: number) {
  const y = year ?? vnYear(deps.clock.now());
  const from = new Date(Date.UTC(y, 0, 1) - 7 * 3600_000);
  const to = new Date(Date.UTC(y + 1, 0, 1) - 7 * 3600_000);
  const [data, years] = await Promise.all([repo.systematisation(deps.db, from, to), repo.activeYears(deps.db)]);
  const byAgency = new Map<string, { agencyName: string; templates: number; lessons: number }>();
  const bump = (name: string, key: 'templates' | 'lessons') => {
    const row = byAgency.get(name) ?? { agencyName: name, templates: 0, lessons: 0 };
    row[key] += 1;
    byAgency.set(name, row);
  };
  data.templates.forEach((t) => bump(t.agencyName, 'templates'));
  data.lessons.forEach((l) => bump(l.agencyName, 'lessons'));
  return {
    year: y,
    years: [...new Set([y, ...years])].sort((a, b) => b - a),
    imported: data.imported.map((d) => ({ id: d.id, number: d.number, title: d.title, status: d.status as 'in_force', at: d.createdAt.toISOString() })),
    statusChanged: data.changed.map((d) => ({ id: d.id, number: d.number, title: d.title, status: d.status as 'in_force', supersededBy: d.supersededBy, amendedBy: d.amendedBy, at: d.statusChangedAt!.toISOString() })),
    templates: data.templates.map((t) => ({ id: t.template.id, code: t.template.code, title: t.template.title, agencyName: t.agencyName, at: t.template.createdAt.toISOString() })),
    lessons: data.lessons.map((l) => ({ id: l.lesson.id, label: lessonLabel(l.lesson, l.agencyName), title: l.lesson.title, agencyName: l.agencyName, at: l.lesson.reviewedAt!.toISOString() })),
    byAgency: [...byAgency.values()].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi')),
  };
}
