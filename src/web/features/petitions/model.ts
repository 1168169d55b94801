/**
 * The letter being written (portal) or registered (officers): its draft state, the same checks as the server's
 * PublicPetitionRequest / RegisterPetitionRequest with messages in the interface language, and the request body.
 */
import type { TFunction } from 'i18next';
import { LETTER_STATES } from '../../../shared/domain/petitions/lifecycle/types';
import type { NewPetition, PublicSubmission } from '../../lib/endpoints';

export type Kind = PublicSubmission['kind'];
export const KINDS = ['complaint', 'denunciation', 'petition', 'reflection'] as const satisfies readonly Kind[];
/** Channels an officer registers a letter on (the online one is the portal's). */
export const OFFICER_CHANNELS = ['post', 'in_person', 'drop_box_or_desk', 'transferred', 'leader_forwarded'] as const satisfies readonly NewPetition['channel'][];
export { LETTER_STATES };

export const TITLE_MAX = 300;
export const CONTENT_MAX = 20000;

export type PersonDraft = { key: number; fullName: string; idNumber: string; address: string; phone: string; email: string };
export type LetterDraft = {
  kind: Kind | '';
  title: string;
  content: string;
  author: PersonDraft;
  coAuthors: PersonDraft[];
  anonymous: boolean;
  respondentName: string;
  respondentAddress: string;
};

let nextKey = 1;
export const emptyPerson = (): PersonDraft => ({ key: nextKey++, fullName: '', idNumber: '', address: '', phone: '', email: '' });
export const emptyDraft = (): LetterDraft => ({ kind: '', title: '', content: '', author: emptyPerson(), coAuthors: [], anonymous: false, respondentName: '', respondentAddress: '' });

/** Error messages by field: 'kind', 'title', 'content', 'respondentName', and `<person key>.<field>` for people. */
export type DraftErrors = Record<string, string | null>;

const ID_NUMBER = /^(\d{9}|\d{12}|[A-Z]\d{7,8})$/;
const PHONE = /^\+?[0-9 .-]{8,15}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const cleanId = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/** Only a denunciation may be sent without a name (LKN 2011 Art 8(2): a complaint names the complainant). */
export const isAnonymous = (d: LetterDraft) => d.kind === 'denunciation' && d.anonymous;
/** LTC 2018 Art 23(1): a denouncer gives a way to be contacted. */
export const needsContact = (d: LetterDraft) => d.kind === 'denunciation' && !d.anonymous;
/** A complaint names what is complained about; a denunciation whom it denounces (LKN Art 8(2), LTC Art 23(1)). */
export const needsRespondent = (d: LetterDraft) => d.kind === 'complaint' || d.kind === 'denunciation';

function personErrors(t: TFunction, p: PersonDraft, contact: boolean, out: DraftErrors) {
  const k = p.key;
  out[`${k}.fullName`] = p.fullName.trim().length >= 2 ? null : t('letterForm.fullNameRequired');
  out[`${k}.address`] = p.address.trim().length >= 5 ? null : t('letterForm.addressRequired');
  out[`${k}.idNumber`] = !p.idNumber.trim() || ID_NUMBER.test(cleanId(p.idNumber)) ? null : t('letterForm.idNumberInvalid');
  out[`${k}.email`] = !p.email.trim() || EMAIL.test(p.email.trim()) ? null : t('letterForm.emailInvalid');
  out[`${k}.phone`] = p.phone.trim() && !PHONE.test(p.phone.trim()) ? t('letterForm.phoneInvalid') : contact && !p.phone.trim() && !p.email.trim() ? t('letterForm.contactRequired') : null;
}

/** Every problem of the draft (null values are fields that are fine). */
export function validateDraft(t: TFunction, d: LetterDraft): DraftErrors {
  const out: DraftErrors = {
    kind: d.kind ? null : t('letterForm.kindRequired'),
    title: d.title.trim().length >= 5 ? null : t('letterForm.titleTooShort'),
    content: d.content.trim().length >= 20 ? null : t('letterForm.contentTooShort'),
    respondentName: (needsRespondent(d) || d.respondentName.trim()) && d.respondentName.trim().length < 2 ? t('letterForm.respondentRequired') : null,
  };
  if (!isAnonymous(d)) for (const p of [d.author, ...d.coAuthors]) personErrors(t, p, needsContact(d), out);
  return out;
}

export const hasErrors = (errors: DraftErrors) => Object.values(errors).some(Boolean);

const opt = (s: string) => s.trim() || undefined;

function toPerson(p: PersonDraft) {
  return { fullName: p.fullName.trim(), idNumber: p.idNumber.trim() ? cleanId(p.idNumber) : undefined, address: p.address.trim(), phone: opt(p.phone), email: opt(p.email) };
}

/** The fields common to the portal's and the officers' requests. */
export function draftBody(d: LetterDraft) {
  const anonymous = isAnonymous(d);
  return {
    kind: d.kind as Kind,
    title: d.title.trim(),
    content: d.content.trim(),
    anonymous,
    author: anonymous ? undefined : toPerson(d.author),
    coAuthors: anonymous ? [] : d.coAuthors.map(toPerson),
    respondent: d.respondentName.trim() ? { name: d.respondentName.trim(), address: opt(d.respondentAddress) } : undefined,
  };
}

/** A random key of 32 characters [A-Za-z0-9_-], made once per form, so that a double click or retry is filed once. */
export function newSubmissionKey(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  return [...crypto.getRandomValues(new Uint8Array(32))].map((b) => alphabet[b & 63]).join('');
}

export { focusFirstError } from '../../components/CreateForm';
