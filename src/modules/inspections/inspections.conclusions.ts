import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import type { ConclusionDraftRequest, PublicConclusionsQuery } from '../../shared/contracts/inspections';
import type { Actor } from '../../shared/domain/access';
import { publicVersion, type InspectionRuleSet } from '../../shared/domain/inspections';
import { foldKey } from '../../shared/domain/text/vi';
import { agencies } from '../orgs/orgs.table';
import { canManageInspection } from './inspections.policy';
import * as repo from './inspections.repository';
import { formatVn, loadReadable, officerName } from './inspections.service';
import { inspectionCases, inspectionConclusions } from './inspections.table';

export type ConclusionRow = typeof inspectionConclusions.$inferSelect;

/** States in which the conclusion is drafted (Art 34–36): from the assignment of the draft until it is signed. */
const DRAFTING = ['drafting_conclusion', 'draft_submitted', 'in_appraisal', 'draft_final', 'awaiting_management_opinion'];

export async function findConclusion(db: Db, caseId: string): Promise<ConclusionRow | undefined> {
  const [row] = await db.select().from(inspectionConclusions).where(eq(inspectionConclusions.caseId, caseId));
  return row;
}

/**
 * The team leader or the decision-maker writes the draft conclusion: its parts, each tagged when the law protects it
 * (state secret, other secrets, private life, a denouncer's identity — Art 37(2)); replaced whole until it is signed.
 */
export async function saveDraft(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: z.infer<typeof ConclusionDraftRequest>) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  if (!canManageInspection(actor, found.agencyPath) && found.member?.role !== 'leader') throw forbidden('Trưởng đoàn xây dựng dự thảo kết luận; người ra quyết định thanh tra hoàn thiện (Luật Thanh tra 2025, Điều 34, 36).');
  const existing = await findConclusion(deps.db, caseId);
  // An amendment of the signed conclusion before publication (Art 36(4)) is written by the decision-maker.
  const amending = c.status === 'concluded' && existing?.status === 'amended';
  if (amending && !canManageInspection(actor, found.agencyPath)) throw forbidden('Người ra quyết định thanh tra sửa đổi, bổ sung kết luận thanh tra (Luật Thanh tra 2025, khoản 4 Điều 36).');
  if (!amending && !DRAFTING.includes(c.status)) throw badRequest('Chỉ soạn dự thảo kết luận sau khi được giao xây dựng dự thảo và trước khi ký ban hành (Luật Thanh tra 2025, khoản 1 Điều 34, Điều 36).', 'wrong_state');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const values = { parts: input.parts, updatedBy: actor.userId, updatedAt: now };
    if (existing) await tx.update(inspectionConclusions).set(values).where(eq(inspectionConclusions.caseId, caseId));
    else await tx.insert(inspectionConclusions).values({ caseId, ...values });
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'draft_conclusion', note: `${existing ? 'Sửa' : 'Lập'} dự thảo kết luận (${input.parts.length} phần)`, partyVisible: false }]);
    await recordAudit(tx, ctx, { action: 'inspection.conclusion_draft', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { parts: input.parts.map((p) => ({ heading: p.heading, tags: p.tags ?? [] })) } }, now);
  });
}

/** What signing needs before the machine is asked: a draft with content, and the number of the conclusion. */
export async function checkSignable(db: Db, caseId: string, conclusionNo: string | undefined) {
  const draft = await findConclusion(db, caseId);
  if (!draft || draft.parts.length === 0) throw badRequest('Chưa có dự thảo kết luận để ký ban hành.', 'no_draft');
  if (!conclusionNo) throw badRequest('Vui lòng nhập số, ký hiệu của kết luận thanh tra.', 'conclusion_no_required');
}

/** Amending the signed conclusion before publication (2025 Art 36(4); 2022 Art 78(4)): its parts and recommendations open again. */
export async function markAmended(tx: Db, caseId: string) {
  await tx.update(inspectionConclusions).set({ status: 'amended', updatedAt: new Date() }).where(eq(inspectionConclusions.caseId, caseId));
}

/** Signing (Art 36): the conclusion gets its number, date and signer. */
export async function markSigned(tx: Db, caseId: string, on: string, conclusionNo: string, signerName: string | null) {
  await tx.update(inspectionConclusions).set({ status: 'signed', signedOn: on, conclusionNo, signerName, updatedAt: new Date() }).where(eq(inspectionConclusions.caseId, caseId));
}

/**
 * Publication (Art 37): the public version is computed once by the publication rule (protected parts withheld with
 * their article, identifiers masked) and stored; the public routes read only it.
 */
export async function markPublished(tx: Db, c: repo.CaseRow, on: string, forms: string[]) {
  const draft = await findConclusion(tx, c.id);
  if (!draft) throw badRequest('Chưa có kết luận để công khai.', 'no_draft');
  const version = publicVersion({ id: c.id, ruleSet: c.regime as InspectionRuleSet, status: draft.status === 'draft' ? 'draft' : 'signed', signedOn: draft.signedOn ?? undefined, parts: draft.parts as never });
  if (!version.ok) throw badRequest(`${version.messageVi} (${version.basis})`, version.code.toLowerCase());
  const { parts, withheld, notes } = version.value;
  await tx
    .update(inspectionConclusions)
    .set({ status: 'published', publishedOn: on, publicationForms: forms, publicVersion: { parts, withheld: withheld.map((w) => ({ partId: w.partId, heading: w.heading, reasons: w.reasons.map((r) => ({ labelVi: r.labelVi, basis: r.basis })) })), notes }, updatedAt: new Date() })
    .where(eq(inspectionConclusions.caseId, c.id));
}

/** The conclusion as the case page shows it to officers who may read the case. */
export async function conclusionOf(deps: Deps, caseId: string) {
  const row = await findConclusion(deps.db, caseId);
  if (!row) return null;
  return { status: row.status, conclusionNo: row.conclusionNo, signedOn: row.signedOn, signerName: row.signerName, publishedOn: row.publishedOn, parts: row.parts.map((p) => ({ id: p.id, heading: p.heading, text: p.text, tags: p.tags ?? [] })) };
}

const published = and(eq(inspectionConclusions.status, 'published'));

/** `GET /public/conclusions`: published conclusions, newest first, only their public version. */
export async function listPublished(deps: Deps, q: z.infer<typeof PublicConclusionsQuery>) {
  const conds = [published];
  if (q.q) conds.push(sql`${inspectionCases.searchText} like ${`%${foldKey(q.q)}%`}`);
  if (q.provinceCode) conds.push(eq(inspectionCases.provinceCode, q.provinceCode));
  const where = and(...conds);
  const rows = await deps.db
    .select({ c: inspectionCases, agencyName: agencies.name, k: inspectionConclusions })
    .from(inspectionConclusions)
    .innerJoin(inspectionCases, eq(inspectionCases.id, inspectionConclusions.caseId))
    .innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId))
    .where(where)
    .orderBy(desc(inspectionConclusions.publishedOn), desc(inspectionCases.caseSeq))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await deps.db.select({ n: count() }).from(inspectionConclusions).innerJoin(inspectionCases, eq(inspectionCases.id, inspectionConclusions.caseId)).where(where);
  return { items: rows.map(presentPublic), total: Number(total?.n ?? 0) };
}

/** One published conclusion; 404 for anything not published (nothing unpublished is disclosed, Art 6(4)). */
export async function getPublished(deps: Deps, caseId: string) {
  const [row] = await deps.db
    .select({ c: inspectionCases, agencyName: agencies.name, k: inspectionConclusions })
    .from(inspectionConclusions)
    .innerJoin(inspectionCases, eq(inspectionCases.id, inspectionConclusions.caseId))
    .innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId))
    .where(and(published, eq(inspectionConclusions.caseId, caseId)));
  if (!row) throw notFound('Không tìm thấy kết luận thanh tra đã công khai.');
  return presentPublic(row);
}

function presentPublic(row: { c: repo.CaseRow; agencyName: string; k: ConclusionRow }) {
  const v = row.k.publicVersion!;
  return {
    id: row.c.id,
    agencyName: row.agencyName,
    title: row.c.title,
    subjectName: row.c.subjectName,
    conclusionNo: row.k.conclusionNo ?? '',
    signedOn: row.k.signedOn ?? '',
    publishedOn: row.k.publishedOn ?? '',
    summary: `Kết luận thanh tra số ${row.k.conclusionNo ?? ''} ngày ${formatVn(row.k.signedOn ?? '')} của ${row.agencyName}`,
    parts: v.parts,
    withheld: v.withheld,
    notes: v.notes,
  };
}
