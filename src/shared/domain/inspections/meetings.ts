/**
 * Meetings of an inspection and the draft sent to the inspected party for comment, with the articles that ground
 * them in each rule set of the case (chosen by its decision date, kept for its whole life).
 */

export const MEETING_KINDS = ['announcement', 'working_session', 'draft_dialogue', 'closing', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_MODES = ['in_person', 'online', 'hybrid'] as const;

type Regime = 'ltt_2025' | 'ltt_2022' | 'ltt_2010';

/** The article behind each kind of meeting, by rule set. */
export const MEETING_BASIS: Readonly<Record<MeetingKind, Readonly<Record<Regime, string>>>> = {
  // 2025: the announcement is the first step of direct inspection, within 15 days of the decision (Art 21(2)(a), 26(4));
  // its minutes are not regulated any more (2022 Art 64(2) has no successor) — kept as evidence of the date.
  announcement: { ltt_2025: 'Luật Thanh tra 2025, điểm a khoản 2 Điều 21, khoản 4 Điều 26', ltt_2022: 'Luật Thanh tra 2022, Điều 64', ltt_2010: 'Luật Thanh tra 2010 (điều khoản cần xác minh)' },
  working_session: { ltt_2025: 'Luật Thanh tra 2025, khoản 2, 3 Điều 28', ltt_2022: 'Luật Thanh tra 2022, Điều 67', ltt_2010: 'Luật Thanh tra 2010 (điều khoản cần xác minh)' },
  draft_dialogue: { ltt_2025: 'Luật Thanh tra 2025, khoản 2, 3 Điều 34 và khoản 1 Điều 50 (quyền giải trình của đối tượng thanh tra)', ltt_2022: 'Luật Thanh tra 2022, khoản 2, 3 Điều 75', ltt_2010: 'Luật Thanh tra 2010 (điều khoản cần xác minh)' },
  closing: { ltt_2025: 'Luật Thanh tra 2025, điểm d khoản 2 Điều 21', ltt_2022: 'Luật Thanh tra 2022, Điều 72', ltt_2010: 'Luật Thanh tra 2010 (điều khoản cần xác minh)' },
  other: { ltt_2025: 'Luật Thanh tra 2025, Điều 28', ltt_2022: 'Luật Thanh tra 2022, Điều 67', ltt_2010: 'Luật Thanh tra 2010 (điều khoản cần xác minh)' },
};

/**
 * Why the inspected party may comment on a draft sent to it: its right to explain (Luật Thanh tra 2025 Art 50(1))
 * and the written explanations the decision-maker may ask for while the conclusion is drafted (Art 34(2)-(3); 2022 Art
 * 75(2)-(3)). The law sets no number of days: the team states the date comments are due.
 */
export const DRAFT_COMMENT_BASIS: Readonly<Record<Regime, string>> = {
  ltt_2025: 'Luật Thanh tra 2025, khoản 2, 3 Điều 34; khoản 1 Điều 50',
  ltt_2022: 'Luật Thanh tra 2022, khoản 2, 3 Điều 75',
  ltt_2010: 'Luật Thanh tra 2010 (điều khoản cần xác minh)',
};

/** The basis of a meeting kind under the case's rule set (the 2025 text for an unknown one). */
export const meetingBasis = (kind: MeetingKind, regime: string) => MEETING_BASIS[kind][(regime as Regime) in MEETING_BASIS[kind] ? (regime as Regime) : 'ltt_2025'];
/** The basis of comments on a draft under the case's rule set. */
export const draftCommentBasis = (regime: string) => DRAFT_COMMENT_BASIS[(regime as Regime) in DRAFT_COMMENT_BASIS ? (regime as Regime) : 'ltt_2025'];

/** Comments may be sent until the end of the due date (Vietnam time), not after. */
export const commentsOpen = (status: string, commentsDue: string, today: string) => status === 'open' && today <= commentsDue;
