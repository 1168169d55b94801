/**
 * The visit being recorded: the letter-like part (kind, summary, content, people, respondent) reuses the petitions
 * draft and its checks; the reception part adds date and time, session, group size and representatives (LTCD Art 29).
 */
import type { TFunction } from 'i18next';
import { SESSION_KINDS } from '../../../shared/contracts/reception';
import { RECEPTION_VISIT_STATES } from '../../../shared/domain/petitions/lifecycle/types';
import { representativeRule } from '../../../shared/domain/reception';
import { todayIso } from '../../lib/format';
import { draftBody, emptyDraft, validateDraft, type DraftErrors, type LetterDraft } from '../petitions/model';
import type { NewVisit } from './api';

export { SESSION_KINDS, RECEPTION_VISIT_STATES };
export type SessionKind = (typeof SESSION_KINDS)[number];

/** First day of the R2026 regime: identity numbers required (NĐ 154/2026 Art 12(1)), online reception allowed. */
export const R2026_FROM = '2026-07-01';

export type VisitDraft = {
  letter: LetterDraft;
  date: string;
  time: string;
  sessionKind: SessionKind;
  officerName: string;
  place: string;
  visitorCount: string;
  /** Keys of the listed people chosen as representatives. */
  representatives: number[];
  appointment: boolean;
  priorResolution: string;
  requests: string;
  documents: string;
  notes: string;
};

/** "08:30" now in Vietnam. */
const nowTime = (now = new Date()) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(11, 16);

export const emptyVisit = (): VisitDraft => ({
  letter: emptyDraft(),
  date: todayIso(),
  time: nowTime(),
  sessionKind: 'regular',
  officerName: '',
  place: '',
  visitorCount: '1',
  representatives: [],
  appointment: false,
  priorResolution: '',
  requests: '',
  documents: '',
  notes: '',
});

export const listedPeople = (d: VisitDraft) => [d.letter.author, ...d.letter.coAuthors];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Every problem of the draft (null = fine); keys as in the petitions draft plus the reception fields. */
export function validateVisit(t: TFunction, d: VisitDraft, hasAgency: boolean): DraftErrors {
  const out: DraftErrors = { ...validateDraft(t, { ...d.letter, anonymous: false }) };
  out.agency = hasAgency ? null : t('reception.agencyRequired');
  out.date = !d.date ? t('common.required', { field: t('reception.receivedDate') }) : d.date > todayIso() ? t('reception.future') : null;
  out.time = TIME.test(d.time) ? null : t('reception.timeInvalid');
  const count = Number(d.visitorCount);
  const listed = listedPeople(d);
  out.visitorCount = !Number.isInteger(count) || count < 1 ? t('reception.visitorCountInvalid') : count < listed.length ? t('reception.visitorCountTooSmall', { n: String(listed.length) }) : null;
  const rule = Number.isInteger(count) ? representativeRule(count) : null;
  const reps = listed.filter((p) => d.representatives.includes(p.key)).length;
  out.representatives = rule && (reps < rule.min || reps > rule.max) ? t('reception.representativesInvalid', { min: String(rule.min), max: String(rule.max) }) : null;
  out.appointment = rule && !d.appointment ? t('reception.appointmentRequired') : null;
  if (d.date >= R2026_FROM) for (const p of listed) if (!p.idNumber.trim()) out[`${p.key}.idNumber`] = t('reception.idRule');
  return out;
}

const opt = (s: string) => s.trim() || undefined;

/** The request body of POST /reception-visits. */
export function visitBody(d: VisitDraft, agencyId: string): NewVisit {
  const letter = draftBody({ ...d.letter, anonymous: false });
  const count = Number(d.visitorCount);
  const people = [letter.author!, ...letter.coAuthors];
  const keys = listedPeople(d).map((p) => p.key);
  return {
    agencyId,
    receivedAt: `${d.date}T${d.time}:00+07:00`,
    sessionKind: d.sessionKind,
    officerName: opt(d.officerName),
    place: opt(d.place),
    visitorCount: count,
    visitors: people.map((p, i) => ({ ...p, representative: count > 1 && d.representatives.includes(keys[i]!) })),
    appointmentInWriting: count > 1 && d.appointment,
    kindClaimed: letter.kind,
    title: letter.title,
    content: letter.content,
    respondent: letter.respondent,
    priorResolution: opt(d.priorResolution),
    requests: opt(d.requests),
    documents: d.documents
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s.length >= 2),
    notes: opt(d.notes),
  };
}
