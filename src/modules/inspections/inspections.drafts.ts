import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { badRequest, conflict, forbidden, notFound } from '../../server/http/errors';
import type { PaperEntryRequest } from '../../shared/contracts/inspections-insdocs';
import type { Actor } from '../../shared/domain/access';
import { commentsOpen, draftCommentBasis } from '../../shared/domain/inspections';
import { insertStagedFile, type FormPart } from '../files';
import { notify } from '../notifications';
import { readForm, withStaged } from './inspections.forms';
import * as ins from './inspections-insdocs.repository';
import { canManageInspection, canRequestDocuments } from './inspections.policy';
import * as repo from './inspections.repository';
import { formatVn, loadReadable, officerName, vnToday } from './inspections.service';

export const DRAFT_FILE_FIELD = 'file';
const MAX_COMMENT_FILES = 10;
const ENDED = ['closed', 'terminated'];

type FileRef = { id: string; originalName: string; size: number; mimeType: string } | null;
const presentFile = (f: NonNullable<FileRef>) => ({ id: f.id, name: f.originalName, size: f.size, mimeType: f.mimeType });

/** Drafts with their comments as the officer and the party see them. */
export async function presentDrafts(deps: Deps, caseId: string) {
  const today = vnToday(deps.clock.now());
  return (await ins.listDrafts(deps.db, caseId)).map(({ draft: d, file, comments }) => ({
    id: d.id,
    seq: d.seq,
    title: d.title,
    text: d.text,
    file: file ? presentFile(file) : null,
    basis: d.basis,
    commentsDue: d.commentsDue,
    sentByName: d.sentByName,
    sentAt: d.sentAt.toISOString(),
    status: d.status,
    open: commentsOpen(d.status, d.commentsDue, today),
    comments: comments.map(({ comment: c, files }) => ({ id: c.id, at: c.at.toISOString(), authorName: c.authorName, text: c.text, channel: c.channel, files: files.map(presentFile) })),
  }));
}

export async function listDrafts(deps: Deps, actor: Actor, caseId: string) {
  await loadReadable(deps, actor, caseId);
  return { items: await presentDrafts(deps, caseId) };
}

/**
 * The team sends a draft (the draft conclusion or another) to the inspected party for comment (multipart: fields
 * `title`, `text`, `commentsDue`, then an optional file): with the date comments are due (the law sets none, the team
 * states it) and the article that lets the party explain; on both timelines, audited, the party's accounts notified.
 */
export async function sendDraft(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, parts: AsyncIterable<FormPart>) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  if (!canManageInspection(actor, found.agencyPath) && found.member?.role !== 'leader' && found.member?.role !== 'deputy_leader') throw forbidden('Người ra quyết định thanh tra hoặc Trưởng đoàn, Phó Trưởng đoàn gửi dự thảo để đối tượng thanh tra góp ý, giải trình (Luật Thanh tra 2025, Điều 34).');
  if (ENDED.includes(c.status) || ['concluded', 'published'].includes(c.status)) throw badRequest('Chỉ gửi dự thảo để góp ý trước khi ký kết luận thanh tra.', 'wrong_state');
  const { fields, staged } = await readForm(deps, parts, { fileField: DRAFT_FILE_FIELD, maxFiles: 1 });
  return withStaged(deps, staged, async () => {
    const title = (fields.title ?? '').trim();
    const text = (fields.text ?? '').trim();
    const due = (fields.commentsDue ?? '').trim();
    if (title.length < 5 || title.length > 300) throw badRequest('Tên dự thảo từ 5 đến 300 ký tự (trường "title").', 'title_required');
    if (text.length < 10 && !staged.length) throw badRequest('Vui lòng ghi nội dung dự thảo (trường "text") hoặc gửi kèm tệp dự thảo.', 'text_required');
    if (text.length > 50000) throw badRequest('Nội dung dự thảo tối đa 50.000 ký tự.', 'text_too_long');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || Number.isNaN(Date.parse(due))) throw badRequest('Hạn góp ý phải là ngày dạng YYYY-MM-DD (trường "commentsDue").', 'invalid_due_date');
    const today = vnToday(deps.clock.now());
    if (due <= today) throw badRequest('Hạn góp ý phải sau ngày hôm nay để đối tượng thanh tra có thời gian giải trình.', 'invalid_due_date');
    const now = deps.clock.now();
    const sender = await officerName(deps.db, actor);
    const basis = draftCommentBasis(c.regime);
    return deps.db.transaction(async (tx) => {
      const file = staged[0] ? await insertStagedFile(tx, staged[0], { agencyId: c.agencyId, confidentiality: 'normal' }, actor.userId, now) : null;
      const seq = await ins.nextDraftSeq(tx, caseId);
      const draft = await ins.insertDraft(tx, { caseId, seq, title, text, fileId: file?.id ?? null, basis, commentsDue: due, sentBy: actor.userId, sentByName: sender, sentAt: now });
      await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: sender, event: 'draft_sent', partyVisible: true, note: `Gửi dự thảo số ${seq} để góp ý, giải trình: ${title} — hạn ${formatVn(due)} (${basis})` }]);
      await recordAudit(tx, ctx, { action: 'inspection.draft_sent', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { draftId: draft.id, seq, commentsDue: due, file: file ? { id: file.id, sha256: file.sha256 } : null } }, now);
      const parties = (await repo.listParties(tx, caseId)).filter((p) => p.party.status === 'active').map((p) => p.party.userId);
      await notify(deps, tx, { userIds: parties, kind: 'inspection.draft', title: `Dự thảo gửi góp ý — ${c.caseNo}`, body: `${title}. Hạn góp ý: ${formatVn(due)}. Căn cứ: ${basis}.`, link: `/doi-tuong/${caseId}`, entity: { type: 'inspection', id: caseId }, agencyId: c.agencyId, dedupeKey: `inspection-draft:${draft.id}` });
      return draft;
    });
  });
}

/** The team closes a draft's comment period early (e.g. the dialogue took place). */
export async function closeDraft(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, draftId: string) {
  const found = await loadReadable(deps, actor, caseId);
  if (!canRequestDocuments(actor, found.agencyPath, found.member)) throw forbidden();
  const draft = await ins.findDraft(deps.db, caseId, draftId);
  if (!draft) throw notFound('Không tìm thấy dự thảo.');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    if (!(await ins.closeDraft(tx, draftId))) throw conflict('Dự thảo đã đóng góp ý.', 'wrong_state');
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'draft_closed', partyVisible: true, note: `Kết thúc nhận góp ý dự thảo số ${draft.seq}` }]);
    await recordAudit(tx, ctx, { action: 'inspection.draft_closed', entityType: 'inspection', entityId: caseId, agencyId: found.inspection.agencyId, after: { draftId } }, now);
  });
}

/** The case of an active party account, or 404 (a party of another case sees nothing). */
async function loadPartyCase(deps: Deps, actor: Actor, caseId: string) {
  const [row] = await repo.listPartyCases(deps.db, actor.userId, caseId);
  if (!row) throw notFound('Không tìm thấy cuộc thanh tra.');
  return row;
}

/** What the party sees of drafts: all drafts sent to it with their comments. */
export async function listMyDrafts(deps: Deps, actor: Actor, caseId: string) {
  await loadPartyCase(deps, actor, caseId);
  return { items: await presentDrafts(deps, caseId) };
}

/**
 * The party comments on a draft (multipart: field `text`, then up to ten files), until the end of the due date:
 * timestamped, on both timelines, audited, the team notified.
 */
export async function commentOnDraft(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, draftId: string, parts: AsyncIterable<FormPart>) {
  const row = await loadPartyCase(deps, actor, caseId);
  const c = row.inspection;
  const draft = await ins.findDraft(deps.db, caseId, draftId);
  if (!draft) throw notFound('Không tìm thấy dự thảo.');
  if (!commentsOpen(draft.status, draft.commentsDue, vnToday(deps.clock.now()))) throw badRequest(`Đã hết thời gian nhận góp ý dự thảo này (hạn ${formatVn(draft.commentsDue)}); vui lòng liên hệ Đoàn thanh tra.`, 'comments_closed');
  const { fields, staged } = await readForm(deps, parts, { fileField: DRAFT_FILE_FIELD, maxFiles: MAX_COMMENT_FILES });
  return withStaged(deps, staged, async () => {
    const text = (fields.text ?? '').trim();
    if (text.length < 2) throw badRequest('Vui lòng ghi nội dung góp ý, giải trình (trường "text").', 'text_required');
    if (text.length > 20000) throw badRequest('Nội dung góp ý tối đa 20.000 ký tự.', 'text_too_long');
    const now = deps.clock.now();
    const author = ctx.actorName ?? c.subjectName;
    return deps.db.transaction(async (tx) => {
      const stored = [];
      for (const f of staged) stored.push(await insertStagedFile(tx, f, { agencyId: c.agencyId, confidentiality: 'normal' }, actor.userId, now));
      const comment = await ins.insertComment(tx, { draftId, authorUserId: actor.userId, authorName: author, at: now, text, channel: 'online' }, stored.map((f) => f.id));
      await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: author, event: 'draft_comment', partyVisible: true, note: `Đối tượng thanh tra góp ý, giải trình dự thảo số ${draft.seq}${stored.length ? ` kèm ${stored.length} tệp` : ''}` }]);
      await recordAudit(tx, ctx, { action: 'inspection.draft_comment', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { draftId, commentId: comment.id, files: stored.map((f) => ({ id: f.id, sha256: f.sha256, size: f.size })) } }, now);
      const team = await repo.teamUserIds(tx, caseId);
      await notify(deps, tx, { userIds: [...team.map((t) => t.userId), draft.sentBy], kind: 'inspection.draft_comment', title: `Đối tượng thanh tra góp ý dự thảo số ${draft.seq} — ${c.caseNo}`, body: draft.title, link: `/inspections/${caseId}`, entity: { type: 'inspection', id: caseId }, agencyId: c.agencyId, dedupeKey: `inspection-draft-comment:${comment.id}` });
      return comment;
    });
  });
}

/**
 * An answer to a request or a comment on a draft received on paper, entered by an officer of the team: it counts as
 * paper in the online share. The date received is kept in the text of the timeline.
 */
export async function recordPaperEntry(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, target: { requestId: string } | { draftId: string }, input: z.infer<typeof PaperEntryRequest>) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  if (!canRequestDocuments(actor, found.agencyPath, found.member)) throw forbidden('Chỉ người ra quyết định, Trưởng đoàn và thành viên là thanh tra viên cập nhật văn bản đối tượng thanh tra gửi bằng giấy.');
  if (input.receivedOn > vnToday(deps.clock.now())) throw badRequest('Ngày nhận không được sau ngày hôm nay.', 'future_date');
  if (input.receivedOn < c.decisionDate) throw badRequest('Ngày nhận không được trước ngày ra quyết định thanh tra.', 'invalid_date');
  const now = deps.clock.now();
  const officer = await officerName(deps.db, actor);
  const author = `${c.subjectName} (bản giấy, nhận ngày ${formatVn(input.receivedOn)}, ${officer} cập nhật)`;
  if ('requestId' in target) {
    const request = await repo.findRequest(deps.db, target.requestId);
    if (!request || request.caseId !== caseId) throw notFound('Không tìm thấy yêu cầu.');
    if (request.status === 'closed') throw badRequest('Yêu cầu đã được đóng.', 'wrong_state');
    await deps.db.transaction(async (tx) => {
      const answer = await ins.insertPaperAnswer(tx, { requestId: request.id, authorUserId: actor.userId, authorName: author, at: now, text: input.text, channel: 'paper' });
      await repo.updateRequest(tx, request.id, { status: 'answered', answeredAt: now });
      await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: officer, event: 'answer', channel: 'paper', partyVisible: true, note: `Nhận trả lời yêu cầu số ${request.seq} bằng văn bản giấy ngày ${formatVn(input.receivedOn)}` }]);
      await recordAudit(tx, ctx, { action: 'inspection.answer', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { requestId: request.id, answerId: answer.id, channel: 'paper', receivedOn: input.receivedOn } }, now);
    });
    return;
  }
  const draft = await ins.findDraft(deps.db, caseId, target.draftId);
  if (!draft) throw notFound('Không tìm thấy dự thảo.');
  await deps.db.transaction(async (tx) => {
    const comment = await ins.insertComment(tx, { draftId: draft.id, authorUserId: actor.userId, authorName: author, at: now, text: input.text, channel: 'paper' }, []);
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: officer, event: 'draft_comment', channel: 'paper', partyVisible: true, note: `Nhận góp ý dự thảo số ${draft.seq} bằng văn bản giấy ngày ${formatVn(input.receivedOn)}` }]);
    await recordAudit(tx, ctx, { action: 'inspection.draft_comment', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { draftId: draft.id, commentId: comment.id, channel: 'paper', receivedOn: input.receivedOn } }, now);
  });
}
