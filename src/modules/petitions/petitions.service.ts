import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import type { z } from 'zod';
import { formatViDate } from '../../shared/domain/petitions/deadlines/format';
import { AuditChainBusyError, auditChainRows, recordAudit, recordAuditBatch, type AuditContext, type AuditEntry } from '../../server/audit/audit';
import { randomToken } from '../../server/crypto';
import { isEmbedded, type Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import type { PetitionListQuery, PublicPetitionRequest, RegisterPetitionRequest } from '../../shared/contracts/petitions';
import { scopesFor, type Actor } from '../../shared/domain/access';
import { getClock, status as deadlineStatusOf, type ClockId } from '../../shared/domain/petitions/deadlines';
import { hasComplexVariants, isTerminal, machineOf, stateLabelVi, type MachineId } from '../../shared/domain/petitions/lifecycle';
import { foldKey } from '../../shared/domain/text/vi';
import { placeIndex } from '../admin-units';
import { computeWithOverrides } from '../legal-rules';
import { findAgencies, findAgency } from '../orgs';
import { findUserWithGrants } from '../users';
import { IdentityVault, maskName } from './identity-vault';
import { listForOfficer as listAttachmentsFor } from './petitions.attachments';
import { canAssignAt, canDetermineComplexityAt, canReadLetter, canRegisterAt, identityAccess } from './petitions.policy';
import * as repo from './petitions.repository';
import { routingOf } from './petitions.transfer';

type Intake = Omit<z.infer<typeof RegisterPetitionRequest>, 'channel' | 'receivedOn'> & { channel: string; receivedOn: string; submissionKey?: string };

const CHANNEL_LABEL: Record<string, string> = { online: 'gửi trực tuyến', post: 'qua bưu chính', in_person: 'tại nơi tiếp công dân', drop_box_or_desk: 'qua hộp thư, bộ phận nhận đơn', transferred: 'do cơ quan khác chuyển đến', leader_forwarded: 'do lãnh đạo chuyển' };
const KIND_LABEL: Record<string, string> = { complaint: 'khiếu nại', denunciation: 'tố cáo', petition: 'kiến nghị', reflection: 'phản ánh' };

/** Today's date in Vietnam (UTC+7), the calendar every legal period is counted in. */
export function vnDate(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Tracking codes avoid letters that are easy to confuse (0/O, 1/I/L) when read out over the phone. */
function trackingCode(): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  return `TT-${[...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The clocks that start on receipt (spec §3.0 L1): a denunciation's initial processing (LTC 2018 Art 24(1)),
 * a complaint's acceptance decision (LKN 2011 Art 27), and for a visit to the reception desk the 10-working-day
 * answer (LTCD 2013 Art 28(1)). Anonymous information has no denouncer to answer (LTC Art 25).
 */
export function clocksOnReceipt(kind: string, channel: string, anonymous: boolean): ClockId[] {
  const clocks: ClockId[] = [];
  if (kind === 'denunciation' && !anonymous) clocks.push('TC_INITIAL');
  if (kind === 'complaint') clocks.push('KN_ACCEPT');
  if (channel === 'in_person' && !anonymous) clocks.push('TCD_ANSWER');
  return clocks;
}

/** The text compared to find letters about the same matter: title and respondent, without diacritics. */
export function subjectFold(title: string, respondent?: string | null): string {
  return foldKey(`${title} ${respondent ?? ''}`);
}

/** Legal form checks that can be made at intake, each naming its article (the officer's review comes later). */
function checkIntake(input: Intake) {
  if (input.anonymous) {
    // LKN 2011 Art 8(2): a complaint names and is signed by the complainant; an anonymous one cannot exist.
    if (input.kind === 'complaint') throw badRequest('Đơn khiếu nại phải ghi rõ họ tên, địa chỉ người khiếu nại (Luật Khiếu nại 2011, Điều 8 khoản 2).', 'author_required');
    return;
  }
  if (!input.author) throw badRequest('Vui lòng nhập họ tên và địa chỉ người gửi đơn, hoặc chọn gửi không ghi danh (chỉ áp dụng cho tố cáo).', 'author_required');
  // LTC 2018 Art 23(1): a denunciation letter gives the denouncer's name, address AND a way to contact them.
  if (input.kind === 'denunciation') {
    for (const a of [input.author, ...input.coAuthors]) {
      if (!a.phone && !a.email) throw badRequest(`Đơn tố cáo phải có cách thức liên hệ (điện thoại hoặc thư điện tử) của người tố cáo ${a.fullName} (Luật Tố cáo 2018, Điều 23 khoản 1).`, 'contact_required');
    }
  }
  if ((input.kind === 'denunciation' || input.kind === 'complaint') && !input.respondent) {
    throw badRequest(
      input.kind === 'denunciation'
        ? 'Đơn tố cáo phải nêu người hoặc cơ quan bị tố cáo (Luật Tố cáo 2018, Điều 23 khoản 1).'
        : 'Đơn khiếu nại phải nêu tên, địa chỉ cơ quan, người bị khiếu nại (Luật Khiếu nại 2011, Điều 8 khoản 2).',
      'respondent_required',
    );
  }
}

async function checkPlace(deps: Deps, provinceCode?: string, communeCode?: string) {
  if (!provinceCode && !communeCode) return;
  const places = await placeIndex(deps.db);
  if (provinceCode && !places.provinces.has(provinceCode)) throw badRequest('Mã tỉnh không có trong danh mục từ 01/7/2025.', 'invalid_province');
  if (communeCode) {
    const c = places.communes.get(communeCode);
    if (!c) throw badRequest('Mã xã không có trong danh mục từ 01/7/2025.', 'invalid_commune');
    if (provinceCode && c.provinceCode !== provinceCode) throw badRequest(`${c.fullName} không thuộc tỉnh đã chọn.`, 'commune_not_in_province');
  }
}

/** A letter ready to be written: its rows, the tracking secret (shown once) and how to audit it once numbered. */
/** What the registration audit record names of the letter (the portal builds it before the number is known). */
type AuditedLetter = Pick<repo.RegisteredLetter, 'id' | 'registerNo' | 'authorPseudonym'>;
type PreparedLetter = { item: repo.NewLetterWithChildren; secret: string | null; audit: (letter: AuditedLetter) => { ctx: AuditContext; entry: AuditEntry; at: Date } };

/**
 * Checks a letter at intake and prepares everything written when it is registered: the letter row (its id chosen
 * here), the sealed identities, the clocks that start on receipt with their articles, the timeline and the audit
 * record. Reads only cached reference data (calendar, rule overrides) and the place codes given.
 */
async function prepareLetter(deps: Deps, ctx: AuditContext, input: Intake, agencyId: string, opts: { tracking: boolean; createdBy: string | null }): Promise<PreparedLetter> {
  checkIntake(input);
  await checkPlace(deps, input.provinceCode, input.communeCode);
  const vault = new IdentityVault(deps.config);
  const now = deps.clock.now();
  const anonymous = input.anonymous || !input.author;
  const people = anonymous ? [] : [input.author!, ...input.coAuthors];
  const protectedIdentity = input.kind === 'denunciation';
  const clocks = clocksOnReceipt(input.kind, input.channel, anonymous);
  // Computed before the transaction: a rule that cannot be applied is the client's 400, not a half-written letter.
  const deadlines = await Promise.all(clocks.map((clockId) => computeWithOverrides(deps.db, { clockId, startDate: input.receivedOn })));
  const secret = opts.tracking ? randomToken(18) : null;
  const year = Number(input.receivedOn.slice(0, 4));
  const author = people[0];
  // L1 + L2 (spec §3.0): received and entered in the register in the same step, with the register number.
  const actorLabel = ctx.actorName ?? 'Cổng tiếp nhận trực tuyến';
  const letterRow = {
    id: randomUUID(),
    agencyId,
    registerYear: year,
    channel: input.channel,
    receivedOn: input.receivedOn,
    receivedAt: now,
    letterDate: input.letterDate ?? null,
    postmarkDate: 'postmarkDate' in input ? (input.postmarkDate ?? null) : null,
    claimedKind: input.kind,
    title: input.title,
    content: input.content,
    respondentName: input.respondent?.name ?? null,
    respondentAddress: input.respondent?.address ?? null,
    provinceCode: input.provinceCode ?? null,
    communeCode: input.communeCode ?? null,
    authorType: anonymous ? 'anonymous' : author?.organisation ? 'organisation' : 'individual',
    isGroup: people.length >= 5, // TT 07/2014 Art 6(4): five or more signatories make a group letter
    groupSize: Math.max(1, people.length),
    identityProtected: protectedIdentity,
    authorPseudonym: anonymous ? 'Không rõ người gửi' : protectedIdentity ? `Người tố cáo (đơn ${repo.REGISTER_NO})` : maskName(author!.fullName),
    authorNameIndex: vault.index('name', author?.fullName),
    authorIdIndex: vault.index('id', author?.idNumber),
    authorPhoneIndex: vault.index('phone', author?.phone),
    searchText: foldKey([input.title, input.content, input.respondent?.name ?? ''].join(' ')),
    subjectFold: subjectFold(input.title, input.respondent?.name),
    trackingCode: opts.tracking ? trackingCode() : null,
    trackingSecretHash: secret ? sha256(secret) : null,
    transferredFrom: 'transferredFrom' in input ? (input.transferredFrom ?? null) : null,
    submissionKey: input.submissionKey ?? null,
    state: 'registered',
    createdBy: opts.createdBy,
  };
  const children: repo.LetterChildren = {
    identities: people.map((p, i) => ({ role: i === 0 ? 'author' : 'co_author', ordinal: i, sealed: vault.seal(p) })),
    deadlines: deadlines.map((d, i) => ({
      clockId: clocks[i]!,
      startDate: input.receivedOn,
      dueDate: d.dueDate,
      warningDate: d.warningDate ?? null,
      unit: d.unit,
      length: d.length,
      regime: d.regime,
      ruleSource: d.ruleSource,
      ruleVersion: d.ruleVersion.version,
      basis: d.basis,
      toVerify: d.toVerify,
      explanation: d.explanation,
    })),
    events: [
      { at: now, actorUserId: ctx.actorUserId, actorLabel, event: 'receive', toState: 'received', public: true, note: `Tiếp nhận đơn ${KIND_LABEL[input.kind]} — ${CHANNEL_LABEL[input.channel] ?? input.channel}` },
      { at: now, actorUserId: ctx.actorUserId, actorLabel, event: 'register', fromState: 'received', toState: 'registered', public: false, note: `Vào sổ số ${repo.REGISTER_NO}` },
    ],
  };
  // The audit record never carries the identity (spec §6.2 SEC-6): only the pseudonym and the counts.
  const audit = (letter: AuditedLetter) => ({
    ctx,
    at: now,
    entry: { action: 'petition.register', entityType: 'petition', entityId: letter.id, agencyId, after: { registerNo: letter.registerNo, channel: input.channel, kind: input.kind, author: letter.authorPseudonym, people: people.length, deadlines: clocks } },
  });
  return { item: { row: letterRow, children }, secret, audit };
}

/** Writes prepared letters in the caller's transaction: one registration statement, then their audit records. */
async function writeLetters(tx: Db, letters: PreparedLetter[]): Promise<repo.RegisteredLetter[]> {
  const written = await repo.registerLetterBatch(tx, letters.map((l) => l.item));
  await recordAuditBatch(tx, written.map((w, i) => letters[i]!.audit(w)));
  return written;
}

/** Registers a letter once: register number, sealed identities, deadlines with their articles, timeline, audit — one transaction. */
async function registerLetter(deps: Deps, ctx: AuditContext, input: Intake, agency: { id: string }, opts: { tracking: boolean; createdBy: string | null }) {
  const prepared = await prepareLetter(deps, ctx, input, agency.id, opts);
  const [letter] = await deps.db.transaction((tx) => writeLetters(tx, [prepared]));
  return { letter: letter!, secret: prepared.secret };
}

type PortalOutcome = { kind: 'created'; letter: repo.RegisteredLetter; agencyName: string } | { kind: 'prior'; prior: NonNullable<Awaited<ReturnType<typeof repo.findLetterBySubmissionKey>>> };
type PortalPending = { prepared: PreparedLetter; agencyId: string; submissionKey?: string; resolve: (o: PortalOutcome) => void; reject: (e: unknown) => void };

/**
 * Group commit of the online portal. Submissions that arrive while a registration is being written wait for it and
 * then go in together, in arrival order: ONE statement for the whole group (registerPortalLettersAudited: register
 * numbers, letters, sealed identities, deadlines, timelines and the audit records, atomic on its own, prepared once
 * per connection on a PostgreSQL server), so the register numbers stay consecutive and the audit chain linear while
 * the fixed costs (a statement's parse and plan, the round trips, the commit's flush to disk, the counter and audit
 * locks) are paid once per group. A lone submission is written at once (no waiting for company). Each sender gets the
 * answer only after the commit, so an acknowledged letter is never lost; if a group fails, its letters are retried
 * one by one, so one bad letter fails alone.
 */
class PortalIntake {
  static readonly MAX_GROUP = 64;
  private queue: PortalPending[] = [];
  private writers = 0;
  /**
   * On a PostgreSQL server two groups are in flight: the next one is sent while the previous commits (it then waits
   * for the register counter row, so numbers still follow arrival). Embedded PGlite runs one at a time.
   */
  private readonly maxWriters: number;
  constructor(private readonly db: Db) {
    this.maxWriters = isEmbedded(db) ? 1 : 2;
  }

  submit(prepared: PreparedLetter, agencyId: string, submissionKey?: string): Promise<PortalOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ prepared, agencyId, submissionKey, resolve, reject });
      if (this.writers < this.maxWriters) void this.drain();
    });
  }

  private async drain() {
    this.writers++;
    try {
      while (this.queue.length > 0) {
        // One turn of the event loop lets the requests that arrived meanwhile join (embedded PGlite runs a whole
        // statement without yielding to I/O, so without this turn every group would be a group of one).
        await setImmediate();
        const taken = this.queue.splice(0, PortalIntake.MAX_GROUP);
        // One statement writes letters with the same set of columns (almost always the whole group).
        const groups = new Map<string, PortalPending[]>();
        for (const p of taken) {
          const key = repo.letterColumnsKey(p.prepared.item);
          groups.set(key, [...(groups.get(key) ?? []), p]);
        }
        for (const group of groups.values()) {
          try {
            await this.writeRetrying(group);
          } catch {
            for (const one of group) await this.writeRetrying([one]).catch(one.reject);
          }
        }
      }
    } finally {
      this.writers--;
    }
  }

  /** write(), run again while a concurrent audit append took the ids the group's records needed. */
  private async writeRetrying(group: PortalPending[]) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.write(group);
      } catch (err) {
        if (!(err instanceof AuditChainBusyError) || attempt >= 20) throw err;
      }
    }
  }

  /**
   * The group's one statement (which leaves out letters to an agency that is not active and re-sends of a key already
   * stored); then, only when some were left out, the reads that say why. A key sent twice within the group breaks the
   * unique key: the group fails and is retried one by one, where the second finds the first as its prior.
   */
  private async write(group: PortalPending[]) {
    // The audit record is built before the number is known: `{registerNo}` stands for it (see the statement).
    const audits = auditChainRows(
      group.map((g) => g.prepared.audit({ id: g.prepared.item.row.id, registerNo: repo.REGISTER_NO, authorPseudonym: g.prepared.item.row.authorPseudonym })),
    );
    const written = await repo.registerPortalLettersAudited(
      this.db,
      group.map((g) => g.prepared.item),
      audits,
    );
    const left = group.filter((_, i) => !written[i]);
    const agencyById = new Map(left.length ? (await findAgencies(this.db, [...new Set(left.map((g) => g.agencyId))])).map((a) => [a.id, a]) : []);
    const keys = left.flatMap((g) => (g.submissionKey ? [g.submissionKey] : []));
    const priorByKey = new Map(keys.length ? (await repo.findLettersBySubmissionKeys(this.db, keys)).map((p) => [p.submissionKey, p]) : []);
    group.forEach((g, i) => {
      const letter = written[i];
      if (letter) return g.resolve({ kind: 'created', letter, agencyName: letter.agencyName });
      const agency = agencyById.get(g.agencyId);
      if (!agency || agency.status !== 'active') return g.reject(badRequest('Cơ quan nhận đơn không tồn tại hoặc đã ngừng hoạt động.', 'invalid_agency'));
      const prior = g.submissionKey ? priorByKey.get(g.submissionKey) : undefined;
      if (prior) g.resolve({ kind: 'prior', prior });
      else g.reject(new Error('portal registration left a letter out for no known reason'));
    });
  }
}

const portalIntakes = new WeakMap<Db, PortalIntake>();
const portalIntake = (db: Db) => {
  let intake = portalIntakes.get(db);
  if (!intake) portalIntakes.set(db, (intake = new PortalIntake(db)));
  return intake;
};

/** Online portal: anyone files a letter to an agency; returns the tracking code and the secret (shown once). */
export async function submitPublic(deps: Deps, ctx: AuditContext, input: z.infer<typeof PublicPetitionRequest>) {
  const intake = { ...input, channel: 'online', receivedOn: vnDate(deps.clock.now()) };
  const prepared = await prepareLetter(deps, { ...ctx, actorName: 'Cổng tiếp nhận trực tuyến' }, intake, input.agencyId, { tracking: true, createdBy: null });
  const outcome = await portalIntake(deps.db).submit(prepared, input.agencyId, input.submissionKey);
  if (outcome.kind === 'prior') {
    // Idempotent re-send (the first answer was lost): the same letter and code; the secret is stored only as a hash,
    // so a new one replaces it. The key itself is a 16–64 character secret known only to the sender's browser.
    const { prior } = outcome;
    const secret = randomToken(18);
    await repo.updateLetterState(deps.db, prior.id, prior.state, { trackingSecretHash: sha256(secret) });
    const left = Math.max(0, deps.config.publicPortal.maxAttachments - (await repo.countSenderAttachments(deps.db, prior.id)));
    return { created: false, receipt: { trackingCode: prior.trackingCode!, secret, registerNo: prior.registerNo, receivedOn: prior.receivedOn, agencyName: prior.agencyName, attachmentsLeft: left } };
  }
  const { letter, agencyName } = outcome;
  return { created: true, receipt: { trackingCode: letter.trackingCode!, secret: prepared.secret!, registerNo: letter.registerNo, receivedOn: letter.receivedOn, agencyName, attachmentsLeft: deps.config.publicPortal.maxAttachments } };
}

/** An officer registers a letter received by post, at the desk, at reception or by transfer. */
export async function registerByOfficer(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof RegisterPetitionRequest>) {
  const agency = await findAgency(deps.db, input.agencyId);
  if (!agency) throw notFound('Không tìm thấy cơ quan.');
  if (!canRegisterAt(actor, agency.path)) throw forbidden('Bạn không có quyền vào sổ đơn cho cơ quan này.');
  if (input.receivedOn > vnDate(deps.clock.now())) throw badRequest('Ngày nhận đơn không được sau ngày hôm nay.', 'future_date');
  const { letter } = await registerLetter(deps, ctx, input, agency, { tracking: false, createdBy: actor.userId });
  return getLetter(deps, actor, letter.id);
}

/** What the sender sees of a case's state (the case, once opened, speaks louder than the letter). */
const CASE_PUBLIC_STATUS: Record<string, [string, string]> = {
  initial_processing: ['processing', 'Đang xử lý ban đầu'],
  pending_acceptance: ['processing', 'Đang xem xét thụ lý'],
  registered: ['processing', 'Đang xử lý'],
  accepted: ['accepted', 'Đã thụ lý'],
  not_accepted: ['not_accepted', 'Không thụ lý'],
  under_verification: ['verifying', 'Đang xác minh'],
  concluded: ['concluded', 'Đã có kết luận'],
  decided: ['decided', 'Đã có quyết định giải quyết'],
  answered: ['answered', 'Đã trả lời'],
  closed: ['closed', 'Đã kết thúc'],
};

const PUBLIC_EVENT_LABEL: Record<string, string> = { attach: 'Đã nhận tài liệu bổ sung của người gửi', open_case: 'Đã mở hồ sơ vụ việc', accept: 'Đã thụ lý', not_accept: 'Không thụ lý', transfer: 'Đã chuyển cơ quan có thẩm quyền', guide: 'Đã hướng dẫn người gửi' };

const PUBLIC_STATUS: Record<string, [string, string]> = {
  received: ['received', 'Đã tiếp nhận'],
  registered: ['received', 'Đã tiếp nhận'],
  classified: ['processing', 'Đang xử lý'],
  proposed_for_acceptance: ['processing', 'Đang xử lý'],
  guided: ['guided', 'Đã hướng dẫn người gửi'],
  transferred_out: ['transferred', 'Đã chuyển cơ quan có thẩm quyền'],
  archived_unprocessable: ['archived', 'Đã lưu đơn'],
};

/** "Đã chuyển đơn đến Thanh tra tỉnh X" for a transfer or guidance event: the body's name is the only routing detail shown. */
function publicRouteLabel(e: repo.EventRow): string | undefined {
  const name = (e.payload as { routeTo?: { name?: string } } | null)?.routeTo?.name;
  if (!name) return undefined;
  return e.event === 'transfer' ? `Đã chuyển đơn đến ${name}` : e.event === 'guide' ? `Đã hướng dẫn người gửi đơn đến ${name}` : undefined;
}

/** The letter behind a tracking code, if the secret matches; a wrong code or secret is indistinguishable from none. */
export async function verifyTracking(deps: Deps, code: string, secret: string | undefined) {
  const found = await repo.findLetterByTracking(deps.db, code);
  const given = Buffer.from(sha256(secret ?? ''));
  const stored = Buffer.from(found?.letter.trackingSecretHash ?? sha256(randomToken()));
  if (!found || !secret || !timingSafeEqual(given, stored)) throw notFound('Không tìm thấy đơn với mã tra cứu và mật mã này.');
  return found;
}

/** The sender's view: status, public timeline, deadlines and the files he added. */
export async function trackPublic(deps: Deps, code: string, secret: string | undefined) {
  const found = await verifyTracking(deps, code, secret);
  const { letter, agencyName } = found;
  const [events, deadlines, cases, attachments] = await Promise.all([repo.listEvents(deps.db, letter.id, true), repo.listDeadlines(deps.db, [letter.id]), repo.listCases(deps.db, letter.id), repo.listAttachments(deps.db, letter.id)]);
  const own = attachments.filter((a) => a.attachment.source === 'sender');
  const latestCase = cases.at(-1);
  const [status, stateLabel] = (latestCase && CASE_PUBLIC_STATUS[latestCase.state]) ?? PUBLIC_STATUS[letter.state] ?? ['processing', 'Đang xử lý'];
  const transferredTo = status === 'transferred' ? events.map(publicRouteLabel).filter(Boolean).at(-1) : undefined;
  const statusLabel = transferredTo ?? stateLabel;
  return {
    trackingCode: letter.trackingCode!,
    registerNo: letter.registerNo,
    receivedOn: letter.receivedOn,
    kind: letter.claimedKind as 'complaint',
    agencyName,
    status,
    statusLabel,
    // Officers' notes are internal: the sender sees fixed wording for each step, never what an officer typed.
    events: events.map((e) => ({ at: e.at.toISOString(), label: e.event === 'receive' ? (e.note ?? 'Đơn đã được tiếp nhận') : publicRouteLabel(e) ?? (PUBLIC_EVENT_LABEL[e.event] ?? CASE_PUBLIC_STATUS[e.toState ?? '']?.[1] ?? 'Cập nhật tình trạng xử lý') })),
    deadlines: deadlines.filter((d) => d.status === 'running').map((d) => ({ label: getClock(d.clockId as ClockId).labelVi, dueDate: d.dueDate, basis: d.basis })),
    attachments: own.map((a) => ({ name: a.file.originalName, size: a.file.size, addedAt: a.attachment.createdAt.toISOString() })),
    attachmentsLeft: Math.max(0, deps.config.publicPortal.maxAttachments - own.length),
  };
}

/** A stored deadline's status: closed ones say how they ended; running ones are graded by the engine's status(). */
type StoredDeadline = Pick<repo.DeadlineRow, 'clockId' | 'startDate' | 'dueDate' | 'warningDate' | 'basis' | 'toVerify' | 'status'> & Partial<Pick<repo.DeadlineRow, 'inputs'>>;

/** What changed a deadline after it started, from its stored inputs: the variant, each extension, each suspension. */
function adjustmentsOf(d: StoredDeadline): string[] {
  const i = d.inputs;
  if (!i) return [];
  const out: string[] = [];
  if (i.flags?.especiallyComplex) out.push('Vụ việc đặc biệt phức tạp');
  else if (i.flags?.complex) out.push('Vụ việc phức tạp');
  if (i.flags?.remote) out.push('Vùng sâu, vùng xa đi lại khó khăn');
  (i.extensions ?? []).forEach((e, n) => out.push(`Gia hạn lần ${n + 1} ngày ${formatViDate(e.decidedOn)}: ${e.days} ngày`));
  for (const p of i.pauses ?? []) out.push(`Tạm đình chỉ từ ${formatViDate(p.from)} đến ${formatViDate(p.to)} (không tính vào thời hạn)`);
  if (i.pausedFrom) out.push(`Đang tạm đình chỉ từ ${formatViDate(i.pausedFrom)}`);
  return out;
}

function deadlineStatus(d: StoredDeadline, today: string): string {
  if (d.status !== 'running') return d.status;
  return deadlineStatusOf({ dueDate: d.dueDate, warningDate: d.warningDate ?? undefined }, today);
}

/** A stored deadline as the API shows it (label, dates, article, status); also used for reception visits. */
export function presentDeadline(d: StoredDeadline, today: string) {
  const adjustments = adjustmentsOf(d);
  return { clockId: d.clockId, label: getClock(d.clockId as ClockId).labelVi, startDate: d.startDate, dueDate: d.dueDate, warningDate: d.warningDate, basis: d.basis, toVerify: d.toVerify, status: deadlineStatus(d, today), ...(adjustments.length ? { adjustments } : {}) };
}

function presentSummary(row: { letter: repo.LetterRow; agencyName: string; handlerName: string | null }, deadlines: repo.DeadlineRow[], today: string) {
  const { letter } = row;
  const next = deadlines.filter((d) => d.letterId === letter.id && d.status === 'running').sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  return {
    id: letter.id,
    registerNo: letter.registerNo,
    agencyId: letter.agencyId,
    agencyName: row.agencyName,
    channel: letter.channel,
    receivedOn: letter.receivedOn,
    claimedKind: letter.claimedKind as 'complaint',
    kind: letter.kind,
    state: letter.state,
    title: letter.title,
    author: letter.authorPseudonym,
    identityProtected: letter.identityProtected,
    nextDeadline: next ? presentDeadline(next, today) : null,
    handlerUserId: letter.handlerUserId,
    handlerName: row.handlerName,
  };
}

/** The work list: letters of the agencies in the actor's scope, pseudonymised. */
export async function listLetters(deps: Deps, actor: Actor, q: z.infer<typeof PetitionListQuery>) {
  const today = vnDate(deps.clock.now());
  const handlerUserId = q.handler === 'me' ? actor.userId : q.handler === 'none' ? null : q.handler;
  const { rows, total } = await repo.listLetters(deps.db, {
    ...q,
    scopes: scopesFor(actor, 'petitions.read'),
    searchFold: q.q ? foldKey(q.q) : undefined,
    handlerUserId,
    today,
  });
  const deadlines = await repo.listDeadlines(
    deps.db,
    rows.map((r) => r.letter.id),
  );
  return { total, items: rows.map((r) => presentSummary(r, deadlines, today)) };
}

async function loadReadable(db: Db, actor: Actor, id: string) {
  const found = await repo.findLetter(db, id);
  if (!found || !canReadLetter(actor, { agencyPath: found.agencyPath })) throw notFound('Không tìm thấy đơn.');
  return found;
}

async function openIdentities(deps: Deps, letterId: string) {
  const vault = new IdentityVault(deps.config);
  return (await repo.listIdentities(deps.db, letterId)).map((r) => ({ role: r.role, ...vault.open(r.sealed) }));
}

/** One letter with its deadlines and timeline; the sender's identity only where identityAccess says 'visible'. */
export async function getLetter(deps: Deps, actor: Actor, id: string) {
  const found = await loadReadable(deps.db, actor, id);
  const { letter } = found;
  const access = identityAccess(actor, { agencyPath: found.agencyPath, identityProtected: letter.identityProtected, createdBy: letter.createdBy });
  const [deadlines, events, cases, handlerName, attachments] = await Promise.all([
    repo.listDeadlines(deps.db, [letter.id]),
    repo.listEvents(deps.db, letter.id),
    repo.listCases(deps.db, letter.id),
    repo.userName(deps.db, letter.handlerUserId),
    listAttachmentsFor(deps, actor, found),
  ]);
  const today = vnDate(deps.clock.now());
  const mayDetermine = canDetermineComplexityAt(actor, found.agencyPath);
  return {
    ...presentSummary({ ...found, handlerName }, deadlines, today),
    content: letter.content,
    respondentName: letter.respondentName,
    respondentAddress: letter.respondentAddress,
    provinceCode: letter.provinceCode,
    communeCode: letter.communeCode,
    letterDate: letter.letterDate,
    postmarkDate: letter.postmarkDate,
    transferredFrom: letter.transferredFrom,
    authorType: letter.authorType,
    isGroup: letter.isGroup,
    groupSize: letter.groupSize,
    routing: await routingOf(deps.db, actor, letter.id),
    identities: access === 'visible' ? await openIdentities(deps, letter.id) : null,
    canRevealIdentity: access === 'reveal',
    cases: cases.map((c) => {
      const m = machineOf(c.machine as MachineId);
      const f = c.flags as { complexity?: 'normal' | 'complex' | 'especially_complex'; complexityCriteria?: string[]; isRemoteArea?: boolean };
      return {
        id: c.id,
        machine: c.machine,
        machineLabel: m.labelVi,
        part: typeof c.flags.part === 'number' ? c.flags.part : null,
        state: c.state,
        stateLabel: stateLabelVi(m.entity, c.state),
        openedOn: c.openedOn,
        acceptedOn: c.acceptedOn,
        complexity: f.complexity ?? 'normal',
        complexityCriteria: f.complexityCriteria ?? [],
        remoteArea: f.isRemoteArea ?? false,
        canSetComplexity: mayDetermine && hasComplexVariants(c.machine) && !isTerminal(c.machine as MachineId, c.state as never),
      };
    }),
    deadlines: deadlines.map((d) => presentDeadline(d, today)),
    parts: letter.parts ?? null,
    attachments,
    events: events.map((e) => ({ at: e.at.toISOString(), actor: e.actorLabel, event: e.event, fromState: e.fromState, toState: e.toState, note: e.note })),
  };
}

/** Reveals a protected denouncer's identity to an allowed officer, with a purpose; every reveal is audited (SEC-6). */
export async function revealIdentity(deps: Deps, ctx: AuditContext, actor: Actor, id: string, purpose: string) {
  const found = await loadReadable(deps.db, actor, id);
  const access = identityAccess(actor, { agencyPath: found.agencyPath, identityProtected: found.letter.identityProtected, createdBy: found.letter.createdBy });
  if (access === 'hidden') throw forbidden('Bạn không được xem thông tin người tố cáo (Luật Tố cáo 2018, Điều 8 khoản 3; Điều 47).');
  const identities = await openIdentities(deps, id);
  await deps.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'petition.identity_reveal', entityType: 'petition', entityId: id, agencyId: found.letter.agencyId, after: { purpose, people: identities.length } }, deps.clock.now()),
  );
  return { identities };
}

const RESOLVED_STATES = new Set(['closed', 'concluded', 'conclusion_handling', 'implementation_monitoring', 'decided', 'awaiting_finality', 'legally_effective', 'answered', 'not_accepted', 'terminated', 'terminated_withdrawn']);

/**
 * Earlier letters that may be duplicates or repeats of this one (same person by blind index, same respondent,
 * similar subject), each with its reasons and whether the matter was already resolved (spec §1.3: D2, D4).
 */
export async function findSimilar(deps: Deps, actor: Actor, id: string) {
  const found = await loadReadable(deps.db, actor, id);
  const { letter } = found;
  const respondentFold = letter.respondentName ? foldKey(letter.respondentName) : null;
  const rows = await repo.findSimilarLetters(deps.db, {
    excludeId: id,
    scopes: scopesFor(actor, 'petitions.read'),
    nameIndex: letter.authorNameIndex,
    idIndex: letter.authorIdIndex,
    phoneIndex: letter.authorPhoneIndex,
    respondentFold: respondentFold && respondentFold.length >= 4 ? respondentFold : null,
    subjectFold: letter.subjectFold,
    limit: 20,
  });
  const cases = await repo.listCasesOf(
    deps.db,
    rows.map((r) => r.letter.id),
  );
  return rows.map((r) => {
    const reasons: ('same_person' | 'same_respondent' | 'similar_subject')[] = [];
    if (r.samePerson) reasons.push('same_person');
    if (r.sameRespondent) reasons.push('same_respondent');
    if (Number(r.similarity) >= repo.SUBJECT_SIMILARITY) reasons.push('similar_subject');
    const states = [r.letter.state, ...cases.filter((c) => c.letterId === r.letter.id).map((c) => c.state)];
    return {
      id: r.letter.id,
      registerNo: r.letter.registerNo,
      agencyName: r.agencyName,
      receivedOn: r.letter.receivedOn,
      claimedKind: r.letter.claimedKind as 'complaint',
      title: r.letter.title,
      author: r.letter.authorPseudonym,
      state: r.letter.state,
      resolved: states.some((s) => RESOLVED_STATES.has(s)),
      reasons,
      similarity: Math.round(Number(r.similarity) * 100) / 100,
    };
  });
}

/**
 * Assigns the letter to an officer (giao xử lý) — or takes it back with null. Only the agency's head assigns; the
 * officer must be active and hold a role that reads petitions at the letter's agency.
 */
export async function assignLetter(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: { handlerUserId: string | null; note?: string }) {
  const found = await loadReadable(deps.db, actor, id);
  if (!canAssignAt(actor, found.agencyPath)) throw forbidden('Chỉ thủ trưởng cơ quan được giao cán bộ xử lý đơn.');
  let handlerName: string | null = null;
  if (input.handlerUserId) {
    const handler = await findUserWithGrants(deps.db, input.handlerUserId);
    if (!handler || handler.user.status !== 'active' || !canReadLetter({ userId: handler.user.id, grants: handler.grants }, found)) {
      throw badRequest('Cán bộ được giao phải đang hoạt động và có quyền xử lý đơn tại cơ quan này.', 'invalid_handler');
    }
    handlerName = handler.user.fullName;
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateLetterState(tx, id, found.letter.state, { handlerUserId: input.handlerUserId });
    const note = handlerName ? `Giao ${handlerName} xử lý${input.note ? ` — ${input.note}` : ''}` : 'Thu hồi giao xử lý';
    await repo.insertEvents(tx, [{ letterId: id, at: now, actorUserId: ctx.actorUserId, actorLabel: ctx.actorName ?? '', event: 'assign', public: false, note }]);
    await recordAudit(tx, ctx, { action: 'petition.assign', entityType: 'petition', entityId: id, agencyId: found.letter.agencyId, before: { handlerUserId: found.letter.handlerUserId }, after: { handlerUserId: input.handlerUserId } }, now);
  });
  return getLetter(deps, actor, id);
}
