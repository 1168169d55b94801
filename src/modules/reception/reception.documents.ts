import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { conflict, forbidden, notFound } from '../../server/http/errors';
import type { ConclusionNoticeRequest } from '../../shared/contracts/reception';
import type { Actor } from '../../shared/domain/access';
import { stageGeneratedDocument, type StagedDocument } from '../documents';
import { canUploadFile, discardStaged } from '../files';
import { findAgency } from '../orgs';
import { agencyHeader, describeFiles, findHeadName, headTitleOf, storeAttachedFiles } from '../petitions';
import { canReadVisit, canRecordAt, CONCLUSION_NOTICE_BASIS, conclusionNoticeBlock } from './reception.policy';
import * as repo from './reception.repository';

const TEMPLATE = 'reception.conclusion_notice';

/**
 * Draws up the head's notice concluding a reception he chaired (Thông báo kết luận việc tiếp công dân, NĐ 154/2026
 * Art 25(2)) from the register entry and the head's conclusions: a draft (unnumbered, undated: the number and date
 * are given when the signed original is registered, ND 30/2020 Art 15) as PDF and DOCX, kept with the visit, on its
 * timeline and audited (template, hashes — the notice names no visitor). All or nothing.
 */
export async function draftConclusionNotice(deps: Deps, ctx: AuditContext, actor: Actor, visitId: string, input: z.infer<typeof ConclusionNoticeRequest>): Promise<void> {
  const found = await repo.findVisit(deps.db, visitId);
  if (!found || !canReadVisit(actor, found.agencyPath)) throw notFound('Không tìm thấy lượt tiếp công dân.');
  const { visit } = found;
  const agency = (await findAgency(deps.db, visit.agencyId))!;
  if (!canRecordAt(actor, found.agencyPath) || !canUploadFile(actor, agency)) throw forbidden('Bạn không có quyền lập văn bản về lượt tiếp công dân của cơ quan này.');
  const blocked = conclusionNoticeBlock(visit);
  if (blocked) throw conflict(blocked, 'conclusion_notice_not_available');
  const header = await agencyHeader(deps.db, agency, (await findHeadName(deps.db, agency.id)) ?? '');
  const data = {
    ...header,
    recipients: [],
    session: visit.sessionKind,
    receptionDate: visit.receivedOn,
    ...(visit.place ? { receptionPlace: visit.place } : {}),
    chair: input.chair ?? `${headTitleOf(agency)} ${visit.officerName}`,
    registerNo: visit.registerNo,
    visitorCount: visit.visitorCount,
    kind: visit.kindClaimed,
    matter: visit.title,
    conclusions: input.conclusions,
    assignees: input.assignees,
  };
  const generated: StagedDocument[] = [];
  try {
    for (const format of ['pdf', 'docx'] as const) generated.push(await stageGeneratedDocument(deps, { template: TEMPLATE, data, format, draft: true }));
  } catch (err) {
    await Promise.all(generated.map((g) => discardStaged(deps, g.staged)));
    throw err;
  }
  const staged = generated.map((g) => g.staged);
  await storeAttachedFiles(deps, staged, { agencyId: visit.agencyId, identifying: false, addedBy: actor.userId }, async (tx, stored, now) => {
    await repo.insertVisitAttachments(tx, stored.map((file) => ({ visitId, fileId: file.id, identifying: false, source: 'document', addedBy: actor.userId, createdAt: now })));
    await repo.insertVisitEvents(tx, [{ visitId, at: now, actorUserId: ctx.actorUserId, actorLabel: ctx.actorName ?? '', event: 'conclusion_notice', note: `Lập dự thảo Thông báo kết luận việc tiếp công dân (${CONCLUSION_NOTICE_BASIS})` }]);
    await recordAudit(tx, ctx, { action: 'reception.conclusion_notice', entityType: 'reception_visit', entityId: visitId, agencyId: visit.agencyId, after: { template: TEMPLATE, draft: true, conclusions: input.conclusions.length, files: describeFiles(staged, false) } }, now);
  });
}
