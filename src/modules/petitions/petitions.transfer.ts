import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest } from '../../server/http/errors';
import { CLAIMED_KINDS } from '../../shared/contracts/petitions';
import type { Actor } from '../../shared/domain/access';
import type { Transition } from '../../shared/domain/petitions/lifecycle';
import type { StagedFile } from '../files';
import { notify } from '../notifications';
import { usersWithRolesAt } from '../notifications/notifications.repository';
import { findAgency, type AgencyRow } from '../orgs';
import { applyClocks } from './petitions.actions';
import { availableDocuments, issueStepDocuments, type StepFacts } from './petitions.documents';
import * as docsRepo from './petitions.documents.repository';
import { canReadLetter } from './petitions.policy';
import * as repo from './petitions.repository';
import { clocksOnReceipt, vnDate } from './petitions.service';

/** Where an officer sends a letter: an agency of the platform, or a body outside it (name and address). */
export type RouteTo = { agencyId?: string; name?: string; address?: string };

/** The lifecycle events that send a letter somewhere (spec §1.6): guidance to the sender, transfer, return. */
const ROUTING_EVENTS = { guide: 'guide', transfer: 'transfer', return_to_transferor: 'return' } as const;
type RoutingKind = (typeof ROUTING_EVENTS)[keyof typeof ROUTING_EVENTS];

/** A checked routing target: `agency` set when the letter lands in that agency's inbox. */
export type Route = { kind: RoutingKind; name: string; address: string | null; agency: AgencyRow | null };

const MISSING: Record<Exclude<RoutingKind, 'return'>, string> = {
  transfer: 'Vui lòng chọn cơ quan có thẩm quyền nhận đơn chuyển, trong hệ thống hoặc ngoài hệ thống (Luật Tố cáo 2018, khoản 2 Điều 24; Thông tư 05/2021/TT-TTCP, Điều 14; Luật Tiếp công dân 2013, điểm b khoản 2 Điều 26).',
  guide: 'Vui lòng nêu cơ quan có thẩm quyền để hướng dẫn người gửi đơn (Luật Tiếp công dân 2013, điểm b khoản 1 Điều 26; Thông tư 07/2014/TT-TTCP, Điều 8).',
};

/**
 * Checks the target of a routing event before anything is written (400 with the article when missing or wrong).
 * A return goes back to whoever transferred the letter: the platform agency it came from, else the forwarding body
 * named at registration (TT 07/2014 Art 8(2)). Null when the event routes nothing.
 */
export async function resolveRoute(deps: Deps, letter: repo.LetterRow, event: string, routeTo: RouteTo | undefined): Promise<Route | null> {
  const kind = (ROUTING_EVENTS as Record<string, RoutingKind>)[event];
  if (!kind) return null;
  if (kind === 'return') {
    const incoming = (await docsRepo.listTransfers(deps.db, letter.id)).filter((t) => t.transfer.toLetterId === letter.id).at(-1);
    if (incoming) return { kind, name: incoming.fromAgencyName, address: null, agency: (await findAgency(deps.db, incoming.transfer.fromAgencyId)) ?? null };
    const name = routeTo?.name?.trim() || letter.transferredFrom;
    if (!name) throw badRequest('Không rõ cơ quan đã chuyển đơn đến để trả lại (Thông tư 07/2014/TT-TTCP, khoản 2 Điều 8).', 'transferor_unknown');
    return { kind, name, address: routeTo?.address?.trim() || null, agency: null };
  }
  if (routeTo?.agencyId) {
    const agency = await findAgency(deps.db, routeTo.agencyId);
    if (!agency || agency.status !== 'active') throw badRequest('Cơ quan nhận đơn không tồn tại hoặc đã ngừng hoạt động.', 'invalid_agency');
    if (agency.id === letter.agencyId) throw badRequest('Không thể chuyển đơn cho chính cơ quan đang xử lý.', 'same_agency');
    // Guidance is a letter to the sender: the competent agency is named, nothing lands in its inbox (LTCD Art 26(1)(b)).
    return { kind, name: agency.name, address: null, agency: kind === 'transfer' ? agency : null };
  }
  const name = routeTo?.name?.trim();
  if (!name) throw badRequest(MISSING[kind], 'route_required');
  return { kind, name, address: routeTo?.address?.trim() || null, agency: null };
}

/**
 * Registers the letter in the inbox of a platform agency (transfer, or return to the agency it came from): a new
 * letter with its own register number, channel "transferred", the sealed identities copied as they are (the target's
 * head reveals them under the same rules: SEC-4, the identity goes with the transfer), the attachments linked, the
 * receipt clocks of the target started, the timeline and the target's audit record — in the caller's transaction.
 */
async function deliver(tx: Db, deps: Deps, ctx: AuditContext, source: repo.LetterRow, sourceAgencyName: string, target: AgencyRow, kind: RoutingKind) {
  const now = deps.clock.now();
  const today = vnDate(now);
  const year = Number(today.slice(0, 4));
  const seq = await repo.nextRegisterSeq(tx, target.id, year);
  const registerNo = `${year}/${String(seq).padStart(6, '0')}`;
  const anonymous = source.authorType === 'anonymous';
  const letter = await repo.insertLetter(tx, {
    agencyId: target.id,
    registerYear: year,
    registerSeq: seq,
    registerNo,
    channel: 'transferred',
    receivedOn: today,
    receivedAt: now,
    letterDate: source.letterDate,
    postmarkDate: source.postmarkDate,
    // The sender's kind as classified by the transferring body, when it is one a sender can claim; the target classifies again (L3).
    claimedKind: source.kind && (CLAIMED_KINDS as readonly string[]).includes(source.kind) ? source.kind : source.claimedKind,
    title: source.title,
    content: source.content,
    respondentName: source.respondentName,
    respondentAddress: source.respondentAddress,
    provinceCode: source.provinceCode,
    communeCode: source.communeCode,
    authorType: source.authorType,
    isGroup: source.isGroup,
    groupSize: source.groupSize,
    identityProtected: source.identityProtected,
    authorPseudonym: source.identityProtected && !anonymous ? `Người tố cáo (đơn ${registerNo})` : source.authorPseudonym,
    authorNameIndex: source.authorNameIndex,
    authorIdIndex: source.authorIdIndex,
    authorPhoneIndex: source.authorPhoneIndex,
    searchText: source.searchText,
    subjectFold: source.subjectFold,
    transferredFrom: sourceAgencyName,
    state: 'registered',
    createdBy: null,
  });
  const identities = await repo.listIdentities(tx, source.id);
  await repo.insertIdentities(
    tx,
    identities.map((r) => ({ letterId: letter.id, role: r.role, ordinal: r.ordinal, sealed: r.sealed })),
  );
  await docsRepo.copyAttachments(tx, source.id, letter.id);
  await applyClocks(tx, letter, null, { start: clocksOnReceipt(letter.claimedKind, 'transferred', anonymous) }, today);
  const how = kind === 'return' ? 'trả lại' : 'chuyển đến';
  const actorLabel = ctx.actorName ?? '';
  await repo.insertEvents(tx, [
    { letterId: letter.id, at: now, actorUserId: ctx.actorUserId, actorLabel, event: 'receive', toState: 'received', public: false, note: `Tiếp nhận đơn do ${sourceAgencyName} ${how} (số vào sổ tại nơi chuyển: ${source.registerNo})`, payload: { fromLetterId: source.id } },
    { letterId: letter.id, at: now, actorUserId: ctx.actorUserId, actorLabel, event: 'register', fromState: 'received', toState: 'registered', public: false, note: `Vào sổ số ${registerNo}` },
  ]);
  await recordAudit(tx, ctx, { action: kind === 'return' ? 'petition.receive_return' : 'petition.receive_transfer', entityType: 'petition', entityId: letter.id, agencyId: target.id, after: { registerNo, fromLetterId: source.id, fromAgencyId: source.agencyId, fromRegisterNo: source.registerNo, people: identities.length } }, now);
  await notifyArrival(tx, deps, letter, sourceAgencyName, target, how);
  return letter;
}

/** Who is told that a letter landed in an agency's inbox: its heads and its reception officers (they register and route mail). */
export const ARRIVAL_RECIPIENT_ROLES = ['agency_head', 'reception_officer'] as const;

/**
 * Tells the target agency's heads and reception officers, in-app and by e-mail (notifications module, same
 * transaction), that a letter arrived, so it does not sit unseen while its receipt clocks run (LTC 2018 Art 24(1):
 * 07 working days to process a denunciation from receipt). The message names the register number and the sending
 * agency only — never the sender, whose identity stays in the vault (SEC-6).
 */
async function notifyArrival(tx: Db, deps: Deps, letter: repo.LetterRow, sourceAgencyName: string, target: AgencyRow, how: string) {
  const people = await usersWithRolesAt(tx, [target.id], [...ARRIVAL_RECIPIENT_ROLES]);
  await notify(deps, tx, {
    userIds: people.map((p) => p.id),
    kind: 'petition.transferred_in',
    title: `Đơn ${how} từ ${sourceAgencyName}`,
    body: `${sourceAgencyName} đã ${how} ${target.name} một đơn, vào sổ số ${letter.registerNo} ngày ${letter.receivedOn.split('-').reverse().join('/')}. Vui lòng phân loại, xử lý trong thời hạn luật định (thời hạn tính từ ngày nhận).`,
    link: `/petitions/${letter.id}`,
    entity: { type: 'petition', id: letter.id },
    agencyId: target.id,
    dedupeKey: `petition:arrived:${letter.id}`,
  });
}

/**
 * The routing part of a lifecycle event, inside its transaction: records where the letter went, lands it in the
 * target agency's inbox when that agency is in the platform, and issues the documents the transition names (transfer
 * slip and, for a denunciation, the notice to the denouncer due within 05 working days — LTC 2018 Art 24(2); the
 * guidance letter; the return letter). Staged files are left in `staged` for the caller to discard on failure.
 */
export async function routeLetter(tx: Db, deps: Deps, ctx: AuditContext, actor: Actor, p: { facts: StepFacts; access: string; route: Route; transition: Transition; caseId: string | null; staged: StagedFile[] }) {
  const { facts, route } = p;
  const delivered = route.agency ? await deliver(tx, deps, ctx, facts.letter, facts.agency.name, route.agency, route.kind) : null;
  await docsRepo.insertTransfer(tx, {
    kind: route.kind,
    fromLetterId: facts.letter.id,
    fromCaseId: p.caseId,
    fromAgencyId: facts.agency.id,
    toAgencyId: route.agency?.id ?? null,
    toName: route.name,
    toAddress: route.address,
    toLetterId: delivered?.id ?? null,
    at: deps.clock.now(),
    actorUserId: actor.userId,
  });
  // Issued by the caller once the step's own timeline entry is written (the documents are those the step names).
  const issueDocuments = async () => {
    const kinds = (await availableDocuments(tx, facts.letter.id)).filter((a) => a.caseId === p.caseId && (a.kind === p.transition.document || p.transition.alsoDocuments?.includes(a.kind))).map((a) => a.kind);
    return issueStepDocuments(tx, deps, ctx, actor, { ...facts, routeTo: { name: route.name, address: route.address } }, p.access, kinds, p.staged);
  };
  return { delivered, issueDocuments };
}

/**
 * Where the letter went and where it came from, for the case page: the other agency, its register number and a link
 * when the actor may open that letter (the source's people see the target's further work only when it is in their
 * scope, and the other way round).
 */
export async function routingOf(db: Db, actor: Actor, letterId: string) {
  const rows = await docsRepo.listTransfers(db, letterId);
  // At the same instant, what reached the letter came before what left it.
  const incomingFirst = (r: (typeof rows)[number]) => (r.transfer.toLetterId === letterId ? 0 : 1);
  rows.sort((a, b) => a.transfer.at.getTime() - b.transfer.at.getTime() || incomingFirst(a) - incomingFirst(b));
  return rows.map((r) => {
    const out = r.transfer.fromLetterId === letterId;
    const otherPath = out ? r.toAgencyPath : r.fromAgencyPath;
    const canOpen = otherPath !== null && canReadLetter(actor, { agencyPath: otherPath });
    const otherLetterId = out ? r.transfer.toLetterId : r.transfer.fromLetterId;
    return {
      kind: r.transfer.kind as RoutingKind,
      direction: out ? ('out' as const) : ('in' as const),
      at: r.transfer.at.toISOString(),
      agencyName: out ? r.transfer.toName : r.fromAgencyName,
      inPlatform: out ? r.transfer.toAgencyId !== null : true,
      // The source's own register number is shown to the target (the trail); the target's only to those who may open it.
      registerNo: out ? (canOpen ? r.toRegisterNo : null) : r.fromRegisterNo,
      letterId: canOpen ? otherLetterId : null,
    };
  });
}
