import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import { randomToken } from '../../server/crypto';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import { mailConfigured } from '../../server/mail/mailer';
import type { ActivatePartyRequest, InviteParty } from '../../shared/contracts/inspections';
import { passwordProblem, type Actor } from '../../shared/domain/access';
import { discardStaged, insertStagedFile, openFileContent, stageFormFiles, type FormPart } from '../files';
import { enqueueMail, notify } from '../notifications';
import { findUserByUsername, hashPassword, insertUser } from '../users';
import { updateUser } from '../users/users.repository';
import { canManageInspection } from './inspections.policy';
import * as repo from './inspections.repository';
import { formatVn, loadReadable, officerName, presentEvents, presentRequests, summary } from './inspections.service';

/** How long an invitation link stays valid. */
export const INVITATION_DAYS = 7;
export const ANSWER_FILE_FIELD = 'file';
const MAX_ANSWER_FILES = 10;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Invites a person of the inspected party to the case's portal (issue 5 item 3): an account of kind
 * `inspected_party` (no roles: it reaches nothing but its own case) and a one-time activation link sent by e-mail.
 * When e-mail is not configured the link is returned to the inviter to hand over another way (recorded in the audit).
 */
export async function inviteParty(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: z.infer<typeof InviteParty>) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  if (!canManageInspection(actor, found.agencyPath) && found.member?.role !== 'leader') throw forbidden('Người ra quyết định hoặc Trưởng đoàn mời đại diện đối tượng thanh tra.');
  if (['closed', 'terminated'].includes(c.status)) throw badRequest('Cuộc thanh tra đã kết thúc.', 'wrong_state');
  const email = input.email.trim().toLowerCase();
  const existing = await findUserByUsername(deps.db, email);
  if (existing && existing.kind !== 'inspected_party') throw badRequest('Địa chỉ thư điện tử này thuộc tài khoản cán bộ; vui lòng dùng địa chỉ của đối tượng thanh tra.', 'officer_email');
  const token = randomToken(32);
  const now = deps.clock.now();
  const expires = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const link = `${deps.config.publicBaseUrl ?? ''}/doi-tuong/kich-hoat?token=${token}`;
  const sendMail = mailConfigured(deps.config);
  const partyId = await deps.db.transaction(async (tx) => {
    const user = existing ?? (await insertUser(tx, { username: email, fullName: input.fullName, email, agencyId: c.agencyId, passwordHash: sha256(randomToken(32)), status: 'invited', kind: 'inspected_party' }));
    const already = (await repo.listParties(tx, caseId)).find((p) => p.party.userId === user.id);
    let id: string;
    if (already) {
      if (already.party.status === 'active') throw badRequest('Người này đã có tài khoản trên cuộc thanh tra này.', 'already_invited');
      await repo.updateParty(tx, already.party.id, { tokenHash: sha256(token), tokenExpiresAt: expires, invitedAt: now, invitedBy: actor.userId });
      id = already.party.id;
    } else {
      id = (await repo.insertParty(tx, { caseId, userId: user.id, email, position: input.position ?? null, tokenHash: sha256(token), tokenExpiresAt: expires, invitedBy: actor.userId, invitedAt: now, status: existing?.status === 'active' ? 'invited' : 'invited' })).id;
    }
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'party_invited', note: `Mời ${input.fullName}${input.position ? ` (${input.position})` : ''} — ${email} tham gia cổng trao đổi với Đoàn thanh tra`, partyVisible: false }]);
    await recordAudit(tx, ctx, { action: 'inspection.party_invited', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { partyId: id, email, linkShownToInviter: !sendMail } }, now);
    if (sendMail) {
      await enqueueMail(deps, tx, {
        to: email,
        subject: `[Thanh tra số] Mời tham gia cổng trao đổi — cuộc thanh tra ${c.caseNo}`,
        text: [
          `Kính gửi ${input.fullName},`,
          '',
          `${found.agencyName} mời Ông/Bà sử dụng cổng trao đổi trực tuyến với Đoàn thanh tra của cuộc thanh tra "${c.title}" (quyết định ngày ${formatVn(c.decisionDate)}).`,
          'Qua cổng này, Ông/Bà xem các yêu cầu cung cấp thông tin, tài liệu của Đoàn, thời hạn và căn cứ pháp lý, và gửi tài liệu, giải trình.',
          '',
          `Kích hoạt tài khoản (đặt mật khẩu) tại: ${link}`,
          `Đường dẫn dùng được một lần, hết hạn sau ${INVITATION_DAYS} ngày. Tên đăng nhập là địa chỉ thư điện tử này.`,
          '',
          '--',
          'Thư này được gửi tự động từ hệ thống Thanh tra số. Vui lòng không trả lời thư này.',
        ].join('\n'),
      });
    }
    return id;
  });
  return { partyId, activationUrl: sendMail ? '' : link };
}

/** The invited person opens the link once and sets a password; the account becomes active on that case. */
export async function activateParty(deps: Deps, ctx: AuditContext, input: z.infer<typeof ActivatePartyRequest>) {
  const party = await repo.findPartyByToken(deps.db, sha256(input.token));
  const now = deps.clock.now();
  if (!party || !party.tokenExpiresAt || party.tokenExpiresAt < now) throw badRequest('Đường dẫn kích hoạt không hợp lệ hoặc đã hết hạn. Vui lòng đề nghị Đoàn thanh tra gửi lại lời mời.', 'invalid_token');
  const problem = passwordProblem(input.password, party.email);
  if (problem) throw badRequest(problem, 'weak_password');
  const passwordHash = await hashPassword(deps, input.password);
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, party.userId, { passwordHash, status: 'active' });
    await repo.updateParty(tx, party.id, { status: 'active', activatedAt: now, tokenHash: null, tokenExpiresAt: null });
    await repo.insertEvents(tx, [{ caseId: party.caseId, at: now, actorUserId: party.userId, actorLabel: party.email, event: 'party_activated', note: `Đại diện đối tượng thanh tra (${party.email}) đã kích hoạt tài khoản`, partyVisible: true }]);
    await recordAudit(tx, { ...ctx, actorUserId: party.userId, actorName: party.email }, { action: 'inspection.party_activated', entityType: 'inspection', entityId: party.caseId, after: { partyId: party.id } }, now);
  });
  return { username: party.email };
}

/** The cases on which the user is the inspected party. */
export async function listMyCases(deps: Deps, actor: Actor) {
  const rows = await repo.listPartyCases(deps.db, actor.userId);
  return { items: rows.map((r) => ({ id: r.inspection.id, caseNo: r.inspection.caseNo, title: r.inspection.title, agencyName: r.agencyName, openRequests: Number(r.openRequests) })) };
}

async function loadPartyCase(deps: Deps, actor: Actor, caseId: string) {
  const [row] = await repo.listPartyCases(deps.db, actor.userId, caseId);
  if (!row) throw notFound('Không tìm thấy cuộc thanh tra.');
  return row;
}

/** What the inspected party sees: its requests with their deadlines and basis, its answers, the steps shown to it. */
export async function getMyCase(deps: Deps, actor: Actor, caseId: string) {
  const row = await loadPartyCase(deps, actor, caseId);
  return {
    ...summary(row),
    requests: await presentRequests(deps, caseId),
    timeline: presentEvents(await repo.listEvents(deps.db, caseId, true)),
  };
}

/**
 * The party answers a request: a text (fields first) and up to ten files, checked (size, real type) and stored with
 * the case's agency; timestamped, on the timeline of both sides, audited, and the team is notified.
 */
export async function answerRequest(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, requestId: string, parts: AsyncIterable<FormPart>) {
  const row = await loadPartyCase(deps, actor, caseId);
  const c = row.inspection;
  const request = await repo.findRequest(deps.db, requestId);
  if (!request || request.caseId !== caseId) throw notFound('Không tìm thấy yêu cầu.');
  if (request.status === 'closed') throw badRequest('Đoàn thanh tra đã đóng yêu cầu này; vui lòng liên hệ Đoàn nếu cần bổ sung.', 'wrong_state');
  let text = '';
  const { staged } = await stageFormFiles(deps, parts, {
    fileField: ANSWER_FILE_FIELD,
    maxFiles: MAX_ANSWER_FILES,
    beforeFiles: async (fields) => {
      text = typeof fields.text === 'string' ? fields.text.trim() : '';
      if (text.length < 2) throw badRequest('Vui lòng ghi nội dung trả lời, giải trình hoặc danh mục tài liệu gửi kèm (trường "text").', 'text_required');
      if (text.length > 10000) throw badRequest('Nội dung trả lời tối đa 10.000 ký tự.', 'text_too_long');
    },
  });
  const now = deps.clock.now();
  const author = ctx.actorName ?? row.inspection.subjectName;
  try {
    return await deps.db.transaction(async (tx) => {
      const stored = [];
      for (const f of staged) stored.push(await insertStagedFile(tx, f, { agencyId: c.agencyId, confidentiality: 'normal' }, actor.userId, now));
      const answer = await repo.insertAnswer(tx, { requestId, authorUserId: actor.userId, authorName: author, at: now, text }, stored.map((f) => f.id));
      await repo.updateRequest(tx, requestId, { status: 'answered', answeredAt: now });
      await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: author, event: 'answer', partyVisible: true, note: `Đối tượng thanh tra trả lời yêu cầu số ${request.seq}${stored.length ? ` kèm ${stored.length} tệp` : ''}` }]);
      await recordAudit(tx, ctx, { action: 'inspection.answer', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { requestId, answerId: answer.id, files: staged.map((f) => ({ sha256: f.blob.sha256, size: f.blob.size, type: f.type.mimeType, name: f.originalName })) } }, now);
      const team = await repo.teamUserIds(tx, caseId);
      await notify(deps, tx, { userIds: [...team.map((t) => t.userId), request.requestedBy], kind: 'inspection.answer', title: `Đối tượng thanh tra đã trả lời yêu cầu số ${request.seq} — ${c.caseNo}`, body: request.title, link: `/inspections/${caseId}`, entity: { type: 'inspection', id: caseId }, agencyId: c.agencyId, dedupeKey: `inspection-answer:${answer.id}` });
      return answer;
    });
  } catch (err) {
    await Promise.all(staged.map((f) => discardStaged(deps, f)));
    throw err;
  }
}

/** Opens a file of an answer: for the case's officers (read scope or team) or the party's own accounts; audited. */
export async function openAnswerFile(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, fileId: string, asParty: boolean): Promise<{ name: string; mimeType: string; size: number; stream: Readable }> {
  if (asParty) await loadPartyCase(deps, actor, caseId);
  else await loadReadable(deps, actor, caseId);
  const file = await repo.findAnswerFile(deps.db, caseId, fileId);
  if (!file) throw notFound('Không tìm thấy tệp.');
  return { name: file.originalName, mimeType: file.mimeType, size: file.size, stream: await openFileContent(deps, ctx, file) };
}
