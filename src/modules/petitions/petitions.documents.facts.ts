import { conflict } from '../../server/http/errors';
import type { TemplateId } from '../../shared/domain/documents';
import type { DocumentId } from '../../shared/domain/petitions/lifecycle';
import type { AgencyRow } from '../orgs';
import type * as repo from './petitions.repository';

/** What the documents of a step are made of: the letter, its agency, the case, the routing target and the sender (null = masked). */
export type StepFacts = {
  letter: repo.LetterRow;
  agency: AgencyRow;
  caseRow?: repo.CaseRow;
  /** The body the letter goes to (transfer, guidance) or comes back to (return). */
  routeTo?: { name: string; address?: string | null };
  reason?: string;
  filer: { name: string; address?: string } | null;
  /** The numbers of documents issued earlier for the same letter, by kind (e.g. the transfer slip cited by the notice). */
  earlier: Map<string, { numberText: string; issuedOn: string }>;
  /** Days of the latest extension of the case (T11), when the officer gave them. */
  extensionDays?: number;
  /** The resolver decided without the complainant, absent from the dialogue (K19 / K19a). */
  complainantAbsent?: boolean;
  headName: string;
  headTitle: string;
  actorName: string;
  /** The signer and place the officer chose (validated by `chooseSigner`); absent: the head and the province. */
  signer?: { authority?: 'KT.'; principal?: string; title: string; name: string };
  place?: string;
};

export type Built = { templateId: TemplateId; recipient: string | null; data: Record<string, unknown>; namesFiler: boolean };

export const LETTER_KIND: Record<string, 'complaint' | 'denunciation' | 'petition'> = { complaint: 'complaint', denunciation: 'denunciation' };
export const kindOf = (l: repo.LetterRow) => LETTER_KIND[l.kind ?? l.claimedKind] ?? 'petition';
export const summaryOf = (l: repo.LetterRow) => `${l.title}${l.respondentName ? ` (đối với ${l.respondentName})` : ''}`;
export const received = (l: repo.LetterRow) => ({ receivedDate: l.receivedOn, ...(l.letterDate ? { letterDate: l.letterDate } : {}), letterSummary: summaryOf(l) });
export const person = (f: StepFacts) => (f.filer ? { name: f.filer.name, ...(f.filer.address ? { address: f.filer.address } : {}) } : { name: `Người gửi đơn ${f.letter.registerNo}` });
export const needRoute = (f: StepFacts) => {
  if (!f.routeTo) throw conflict('Chưa có cơ quan có thẩm quyền nhận đơn: hãy thực hiện bước chuyển đơn hoặc hướng dẫn trước.', 'route_missing');
  return f.routeTo;
};
export const ref = (f: StepFacts, kind: DocumentId) => {
  const e = f.earlier.get(kind);
  return e ? { number: e.numberText, date: e.issuedOn } : undefined;
};

