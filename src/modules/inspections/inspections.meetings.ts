import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, conflict, forbidden, notFound } from '../../server/http/errors';
import type { CreateMeetingRequest, InspectionSettingsRequest } from '../../shared/contracts/inspections-insdocs';
import { can, type Actor } from '../../shared/domain/access';
import { meetingBasis, meetingChannel, videoLinkOf, videoTemplateProblem, type MeetingKind } from '../../shared/domain/inspections';
import { insertStagedFile, type FormPart } from '../files';
import { notify } from '../notifications';
import { findAgency } from '../orgs';
import { applyAction } from './inspections.actions';
import { readForm, withStaged } from './inspections.forms';
import * as ins from './inspections-insdocs.repository';
import { canRequestDocuments } from './inspections.policy';
import * as repo from './inspections.repository';
import { formatVn, loadReadable, officerName, vnToday } from './inspections.service';

export const KIND_LABEL: Record<MeetingKind, string> = { announcement: 'Công bố quyết định thanh tra', working_session: 'Làm việc với đối tượng thanh tra', draft_dialogue: 'Trao đổi về dự thảo kết luận', closing: 'Kết thúc thanh tra trực tiếp', other: 'Cuộc họp' };
const MODE_LABEL: Record<string, string> = { in_person: 'trực tiếp', online: 'trực tuyến', hybrid: 'trực tiếp kết hợp trực tuyến' };
const ENDED = ['closed', 'terminated'];
export const MINUTES_FILE_FIELD = 'file';

/** "08:30 ngày 12/11/2026" in Vietnam time. */
const vnTime = (at: Date) => {
  const v = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return `${v.slice(11, 16)} ngày ${formatVn(v.slice(0, 10))}`;
};

/** The people who organise the team's work with the party: the decision-maker, the leader, its deputy, inspectors (Art 28(2)). */
async function loadOrganiser(deps: Deps, actor: Actor, caseId: string) {
  const found = await loadReadable(deps, actor, caseId);
  if (!canRequestDocuments(actor, found.agencyPath, found.member)) throw forbidden('Chỉ người ra quyết định, Trưởng đoàn và thành viên là thanh tra viên tổ chức làm việc với đối tượng thanh tra (Luật Thanh tra 2025, khoản 2 Điều 28, khoản 2 Điều 40).');
  return found;
}

async function partyUserIds(db: Db, caseId: string) {
  return (await repo.listParties(db, caseId)).filter((p) => p.party.status === 'active').map((p) => p.party.userId);
}

/** A meeting as the officer or the party sees it. */
export function presentMeeting(row: { meeting: ins.MeetingRow; file: { id: string; originalName: string; size: number } | null }, regime: string) {
  const m = row.meeting;
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    basis: meetingBasis(m.kind as MeetingKind, regime),
    startsAt: m.startsAt.toISOString(),
    durationMinutes: m.durationMinutes,
    mode: m.mode,
    place: m.place,
    videoLink: m.status === 'cancelled' ? null : m.videoLink,
    attendees: m.attendees.map((a) => ({ kind: a.kind, name: a.name, ...(a.position ? { position: a.position } : {}) })),
    partyVisible: m.partyVisible,
    status: m.status,
    minutesText: m.minutesText,
    minutesFile: row.file ? { id: row.file.id, name: row.file.originalName, size: row.file.size } : null,
    heldOn: m.heldOn,
    channel: m.channel,
  };
}

/** The case's meetings for its officers, and whether the agency has a video service configured. */
export async function listMeetings(deps: Deps, actor: Actor, caseId: string) {
  const found = await loadReadable(deps, actor, caseId);
  const settings = await ins.findSettings(deps.db, found.inspection.agencyId);
  return { items: (await ins.listMeetings(deps.db, caseId)).map((r) => presentMeeting(r, found.inspection.regime)), videoConfigured: !!settings?.videoUrlTemplate };
}

/**
 * Schedules a meeting with its attendees; an online or hybrid meeting gets its link from the agency's video-service
 * template (a room name nobody can guess). The announcement is one per case and only before the case is announced.
 * Shown to the party (timeline, notification) when `partyVisible`.
 */
export async function scheduleMeeting(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: z.infer<typeof CreateMeetingRequest>) {
  const found = await loadOrganiser(deps, actor, caseId);
  const c = found.inspection;
  if (ENDED.includes(c.status)) throw badRequest('Cuộc thanh tra đã kết thúc.', 'wrong_state');
  const startsAt = new Date(input.startsAt);
  if (vnToday(startsAt) < c.decisionDate) throw badRequest('Cuộc họp không thể trước ngày ra quyết định thanh tra.', 'invalid_date');
  const existing = await ins.listMeetings(deps.db, caseId);
  if (input.kind === 'announcement') {
    if (c.announcedOn) throw conflict(`Quyết định thanh tra đã được công bố ngày ${formatVn(c.announcedOn)}.`, 'already_announced');
    if (existing.some((r) => r.meeting.kind === 'announcement' && r.meeting.status !== 'cancelled')) throw conflict('Cuộc thanh tra đã có buổi công bố; hủy buổi đó trước khi lập buổi khác.', 'announcement_exists');
  }
  const team = await repo.listTeam(deps.db, caseId);
  const parties = await repo.listParties(deps.db, caseId);
  for (const a of input.attendees) {
    if (!a.userId) continue;
    const known = a.kind === 'team' ? team.some((t) => t.member.userId === a.userId) : a.kind === 'party' ? parties.some((p) => p.party.userId === a.userId) : false;
    if (!known) throw badRequest(`${a.name} không phải ${a.kind === 'team' ? 'thành viên Đoàn thanh tra' : 'người đại diện đối tượng thanh tra đã được mời'} của cuộc thanh tra này.`, 'invalid_attendee');
  }
  let videoLink: string | null = null;
  if (input.mode !== 'in_person') {
    const settings = await ins.findSettings(deps.db, c.agencyId);
    if (!settings?.videoUrlTemplate) throw badRequest('Cơ quan chưa cấu hình dịch vụ họp trực tuyến; đề nghị quản trị hệ thống của cơ quan cấu hình mẫu đường dẫn, hoặc chọn họp trực tiếp.', 'video_not_configured');
    videoLink = videoLinkOf(settings.videoUrlTemplate, c.caseNo, randomBytes(6).toString('hex'));
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const m = await ins.insertMeeting(tx, { caseId, kind: input.kind, title: input.title, startsAt, durationMinutes: input.durationMinutes, mode: input.mode, place: input.place ?? null, videoLink, attendees: input.attendees, partyVisible: input.kind === 'announcement' ? true : input.partyVisible, createdBy: actor.userId });
    const where = input.mode === 'online' ? 'họp trực tuyến' : `${input.place}${input.mode === 'hybrid' ? ' (kết hợp trực tuyến)' : ''}`;
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'meeting_scheduled', partyVisible: m.partyVisible, note: `Lịch ${KIND_LABEL[input.kind].toLowerCase()}: ${input.title} — ${vnTime(startsAt)}, ${where}` }]);
    await recordAudit(tx, ctx, { action: 'inspection.meeting_scheduled', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { meetingId: m.id, kind: m.kind, startsAt: input.startsAt, mode: m.mode, videoLink, attendees: input.attendees.length, partyVisible: m.partyVisible } }, now);
    if (m.partyVisible) {
      await notify(deps, tx, { userIds: await partyUserIds(tx, caseId), kind: 'inspection.meeting', title: `Lịch làm việc với Đoàn thanh tra — ${c.caseNo}`, body: `${input.title}: ${vnTime(startsAt)}, ${MODE_LABEL[input.mode]}${input.place ? `, ${input.place}` : ''}.`, link: `/doi-tuong/${caseId}`, entity: { type: 'inspection', id: caseId }, agencyId: c.agencyId, dedupeKey: `inspection-meeting:${m.id}` });
    }
    return m;
  });
}

/**
 * Records the minutes of a meeting (multipart: fields `minutesText`, `heldOn`, then the signed scan in `file`, a PDF):
 * the meeting is held, counted online or on paper by how it was held. The minutes of the announcement are the
 * announcement step itself when the case has not been announced: the machine's `announce` (guards, clocks, article)
 * runs in the same transaction, on the day the meeting was held.
 */
export async function recordMinutes(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, meetingId: string, parts: AsyncIterable<FormPart>) {
  const found = await loadOrganiser(deps, actor, caseId);
  const c = found.inspection;
  const meeting = await ins.findMeeting(deps.db, caseId, meetingId);
  if (!meeting) throw notFound('Không tìm thấy cuộc họp.');
  if (meeting.status !== 'scheduled') throw conflict('Cuộc họp đã có biên bản hoặc đã bị hủy.', 'wrong_state');
  const { fields, staged } = await readForm(deps, parts, { fileField: MINUTES_FILE_FIELD, maxFiles: 1, pdfOnly: true });
  return withStaged(deps, staged, async () => {
    const text = (fields.minutesText ?? '').trim();
    if (text.length < 10) throw badRequest('Vui lòng ghi nội dung biên bản (ít nhất 10 ký tự, trường "minutesText").', 'minutes_required');
    if (text.length > 20000) throw badRequest('Nội dung biên bản tối đa 20.000 ký tự.', 'minutes_too_long');
    const heldOn = (fields.heldOn ?? vnToday(meeting.startsAt)).trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn) || Number.isNaN(Date.parse(heldOn))) throw badRequest('Ngày họp phải có dạng YYYY-MM-DD.', 'invalid_date');
    if (heldOn > vnToday(deps.clock.now())) throw badRequest('Chưa thể ghi biên bản cho cuộc họp chưa diễn ra.', 'future_date');
    if (heldOn < c.decisionDate) throw badRequest('Ngày họp không được trước ngày ra quyết định thanh tra.', 'invalid_date');
    const now = deps.clock.now();
    const channel = meetingChannel(meeting.mode);
    const write = async (tx: Db) => {
      const file = staged[0] ? await insertStagedFile(tx, staged[0], { agencyId: c.agencyId, confidentiality: 'normal' }, actor.userId, now) : null;
      const row = await ins.updateMeeting(tx, meeting.id, 'scheduled', { status: 'held', minutesText: text, minutesFileId: file?.id ?? null, heldOn, channel });
      if (!row) throw conflict('Cuộc họp đã có biên bản hoặc đã bị hủy.', 'wrong_state');
      await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'meeting_held', channel, partyVisible: meeting.partyVisible, note: `Biên bản ${KIND_LABEL[meeting.kind as MeetingKind].toLowerCase()} ngày ${formatVn(heldOn)} (${MODE_LABEL[meeting.mode]})${file ? ' kèm bản ký' : ''}` }]);
      await recordAudit(tx, ctx, { action: 'inspection.meeting_minutes', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { meetingId: meeting.id, heldOn, channel, file: file ? { id: file.id, sha256: file.sha256, size: file.size } : null } }, now);
    };
    if (meeting.kind === 'announcement' && !c.announcedOn) {
      await applyAction(deps, ctx, actor, caseId, { event: 'announce', date: heldOn, note: meeting.title, channel, payload: {} }, write);
    } else {
      await deps.db.transaction(write);
    }
  });
}

/** Cancels a scheduled meeting (its link is no longer shown). */
export async function cancelMeeting(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, meetingId: string) {
  const found = await loadOrganiser(deps, actor, caseId);
  const meeting = await ins.findMeeting(deps.db, caseId, meetingId);
  if (!meeting) throw notFound('Không tìm thấy cuộc họp.');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const row = await ins.updateMeeting(tx, meeting.id, 'scheduled', { status: 'cancelled' });
    if (!row) throw conflict('Chỉ hủy được cuộc họp chưa diễn ra.', 'wrong_state');
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'meeting_cancelled', partyVisible: meeting.partyVisible, note: `Hủy lịch: ${meeting.title}` }]);
    await recordAudit(tx, ctx, { action: 'inspection.meeting_cancelled', entityType: 'inspection', entityId: caseId, agencyId: found.inspection.agencyId, after: { meetingId } }, now);
  });
}

// ---- The agency's settings (video service, online target)

async function loadSettingsAgency(deps: Deps, actor: Actor, agencyId: string, manage: boolean) {
  const agency = await findAgency(deps.db, agencyId);
  if (!agency) throw notFound('Không tìm thấy cơ quan.');
  const allowed = manage ? can(actor, 'agencies.manage', { agencyPath: agency.path }) : can(actor, 'inspections.read', { agencyPath: agency.path });
  if (!allowed) throw manage ? forbidden('Chỉ quản trị hệ thống của cơ quan cấu hình dịch vụ họp trực tuyến và chỉ tiêu.') : notFound('Không tìm thấy cơ quan.');
  return agency;
}

const presentSettings = (agencyId: string, s: ins.SettingsRow | undefined) => ({ agencyId, videoUrlTemplate: s?.videoUrlTemplate ?? null, onlineTargetPercent: s?.onlineTargetPercent === null || s?.onlineTargetPercent === undefined ? null : Number(s.onlineTargetPercent), onlineTargetSource: s?.onlineTargetSource ?? null, updatedAt: s?.updatedAt.toISOString() ?? null });

export async function getSettings(deps: Deps, actor: Actor, agencyId: string) {
  await loadSettingsAgency(deps, actor, agencyId, false);
  return presentSettings(agencyId, await ins.findSettings(deps.db, agencyId));
}

/** The agency's administrator sets the video-service link template and the online target (with the text that sets it); audited. */
export async function saveSettings(deps: Deps, ctx: AuditContext, actor: Actor, agencyId: string, input: z.infer<typeof InspectionSettingsRequest>) {
  const agency = await loadSettingsAgency(deps, actor, agencyId, true);
  const template = input.videoUrlTemplate ? input.videoUrlTemplate : null;
  if (template) {
    const problem = videoTemplateProblem(template);
    if (problem) throw badRequest(problem, 'invalid_video_template');
  }
  const before = await ins.findSettings(deps.db, agencyId);
  const now = deps.clock.now();
  const saved = await deps.db.transaction(async (tx) => {
    const row = await ins.upsertSettings(tx, { agencyId, videoUrlTemplate: template, onlineTargetPercent: input.onlineTargetPercent, onlineTargetSource: input.onlineTargetPercent === null ? null : input.onlineTargetSource, updatedBy: actor.userId, updatedAt: now });
    await recordAudit(tx, ctx, { action: 'inspection.settings', entityType: 'agency', entityId: agencyId, agencyId: agency.id, before: before ? presentSettings(agencyId, before) : null, after: presentSettings(agencyId, row) }, now);
    return row;
  });
  return presentSettings(agencyId, saved);
}

/** The meetings shown to the inspected party (partyVisible), for an active account of the case only (404 otherwise). */
export async function listMyMeetings(deps: Deps, actor: Actor, caseId: string) {
  const [row] = await repo.listPartyCases(deps.db, actor.userId, caseId);
  if (!row) throw notFound('Không tìm thấy cuộc thanh tra.');
  return { items: (await ins.listMeetings(deps.db, caseId, true)).map((r) => presentMeeting(r, row.inspection.regime)), videoConfigured: false };
}
