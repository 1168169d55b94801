/**
 * The online share of an agency's inspection work (issue 5 item 9): how many steps and activities were carried out
 * through the platform versus recorded as done on paper, per kind, so the agency can show its progress toward its
 * target (the target and the text that sets it are the agency's setting: no national number is built in).
 *
 * What counts, one record each, dated by when it happened:
 * - `action`   a lifecycle step of the case (announce, suspend, end direct inspection, sign, publish…): online when the
 *              officer performs it in the platform, paper when he records a step done on paper (`channel: 'paper'`);
 * - `request`  a request for information or documents sent through the platform (always online);
 * - `answer`   an answer of the inspected party: online when sent on its portal, paper when received on paper and
 *              entered by an officer;
 * - `meeting`  a meeting held (minutes recorded): online when held online or hybrid with the video link, paper in person;
 * - `document` a document issued from the case data (always online);
 * - `draft`    a draft sent to the party for comment through the portal (always online);
 * - `comment`  the party's comments on a draft: online on its portal, paper when entered by an officer.
 * Not counted: team changes, conflict declarations, invitations and activations, diary entries, closing a request,
 * scheduling or cancelling a meeting — internal bookkeeping, not steps of the inspection.
 */

export const SHARE_KINDS = ['action', 'request', 'answer', 'meeting', 'document', 'draft', 'comment'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];
export type Channel = 'online' | 'paper';

/** Timeline events that are not lifecycle steps, with the kind they count as (null: not counted). */
const NON_ACTION_EVENTS: Readonly<Record<string, ShareKind | null>> = {
  request: 'request',
  answer: 'answer',
  meeting_held: 'meeting',
  document_issued: 'document',
  draft_sent: 'draft',
  draft_comment: 'comment',
  team_add: null,
  coi_declared: null,
  party_invited: null,
  party_activated: null,
  request_closed: null,
  meeting_scheduled: null,
  meeting_cancelled: null,
  draft_closed: null,
  decide: null,
};

/**
 * The kind a timeline event counts as, or null. `lifecycleEvents` are the events of the case machine; the recording
 * of the decision itself (`decide`) is the case's creation, not a step done online or on paper, and is not counted.
 */
export function shareKindOf(event: string, lifecycleEvents: ReadonlySet<string>): ShareKind | null {
  if (event in NON_ACTION_EVENTS) return NON_ACTION_EVENTS[event]!;
  return lifecycleEvents.has(event) ? 'action' : null;
}

/** One count row: a kind, a channel, how many. */
export type ShareCount = { kind: ShareKind; channel: Channel; n: number };
export type ShareTarget = { percent: number; source: string | null };

/** Share in percent with one decimal, null when nothing was done. */
export const percentOf = (online: number, total: number): number | null => (total === 0 ? null : Math.round((online / total) * 1000) / 10);

/** Per-kind and overall counts and shares, and whether the agency's target (if any) is met. */
export function onlineShare(counts: readonly ShareCount[], target: ShareTarget | null) {
  const byKind = SHARE_KINDS.map((kind) => {
    const online = counts.filter((c) => c.kind === kind && c.channel === 'online').reduce((s, c) => s + c.n, 0);
    const paper = counts.filter((c) => c.kind === kind && c.channel === 'paper').reduce((s, c) => s + c.n, 0);
    return { kind, online, paper, total: online + paper, share: percentOf(online, online + paper) };
  });
  const online = byKind.reduce((s, k) => s + k.online, 0);
  const paper = byKind.reduce((s, k) => s + k.paper, 0);
  const share = percentOf(online, online + paper);
  return { byKind, online, paper, total: online + paper, share, target: target ? { ...target, met: share !== null && share >= target.percent } : null };
}

/** A meeting counts as online when held online or hybrid (the video link was used), paper when held in person. */
export const meetingChannel = (mode: string): Channel => (mode === 'in_person' ? 'paper' : 'online');

/** Why a video-service link template is not usable (null when it is): an https address with a `{room}` placeholder. */
export function videoTemplateProblem(template: string): string | null {
  if (!template.includes('{room}')) return 'Mẫu đường dẫn phải chứa "{room}" (tên phòng họp), ví dụ https://meet.example.vn/{room}.';
  let url: URL;
  try {
    url = new URL(template.replace('{room}', 'phong-hop'));
  } catch {
    return 'Mẫu đường dẫn không phải là địa chỉ hợp lệ.';
  }
  if (url.protocol !== 'https:') return 'Dịch vụ họp trực tuyến phải dùng địa chỉ https://.';
  if (url.username || url.password) return 'Mẫu đường dẫn không được chứa tên đăng nhập hay mật khẩu.';
  return null;
}

/** The link of a meeting: the template with an unguessable room name ("tt-2026-tt-0003-4f9a…"). */
export function videoLinkOf(template: string, caseNo: string, randomPart: string): string {
  const slug = caseNo.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return template.replace('{room}', encodeURIComponent(`tt-${slug}-${randomPart}`));
}
