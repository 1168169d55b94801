// The fact rows the indicators read, one shape per data source. Each source of the server (src/modules/subjects/risk/
// sources/*) turns its tables into these plain rows; the computations below never see a database. A source that is
// not wired yet is simply absent from `SubjectFacts.sources`, and its indicators are reported as unavailable.

/** "YYYY-MM-DD". */
export type IsoDate = string;

/** The subject's own registry data (always available). */
export interface SubjectFact {
  id: string;
  status: string;
  vsicCode: string | null;
  establishedOn: IsoDate | null;
}

/**
 * A letter (đơn) an officer tied to the subject as its respondent. `kind` is the officer's classification (null while
 * unclassified). `finding` is the outcome of the resolution when the platform records one: a denunciation concluded
 * "đúng"/"đúng một phần" (Luật Tố cáo 2018 Art 35(2)(c)) or a complaint that found the subject's decision unlawful.
 * The sender's identity never enters these rows (Luật Tố cáo 2018 Art 9(1)(b)).
 */
export interface PetitionFact {
  id: string;
  registerNo: string;
  kind: 'complaint' | 'denunciation' | 'petition' | 'reflection' | string | null;
  receivedOn: IsoDate;
  finding: 'substantiated' | 'partly_substantiated' | 'unsubstantiated' | 'unlawful_decision' | 'lawful_decision' | null;
}

/** An inspection of the subject (matched by tax code) with its conclusion, if any. */
export interface InspectionFact {
  id: string;
  caseNo: string;
  decisionDate: IsoDate;
  status: string;
  conclusionNo: string | null;
  conclusionSignedOn: IsoDate | null;
  conclusionPublishedOn: IsoDate | null;
}

/**
 * A sanction decision against the subject (XLVPHC). `completedOn`: the day the decision was fully executed;
 * `executionExpiredOn`: the day the execution limitation (Art 74) expired without execution. `payment`: the fine's
 * payment state — `instalments` / `postponed` decisions (Art 76, 79) are not overdue; `expired` (Art 74) is not unpaid.
 */
export interface SanctionFact {
  id: string;
  decisionNo: string;
  decidedOn: IsoDate;
  mainForm: 'warning' | 'other';
  completedOn: IsoDate | null;
  executionExpiredOn: IsoDate | null;
  fineAmount: number;
  paidAmount: number;
  paymentDueOn: IsoDate | null;
  payment: 'none' | 'unpaid' | 'paid' | 'instalments' | 'postponed' | 'expired';
}

/** A recommendation (kiến nghị) of an inspection conclusion and its follow-up. */
export interface RecommendationFact {
  id: string;
  conclusionNo: string;
  caseId: string;
  summary: string;
  dueOn: IsoDate | null;
  status: 'open' | 'in_progress' | 'partly_implemented' | 'not_implemented' | 'implemented' | 'cancelled' | string;
  /** Only recommendations of published conclusions may inform a score (Luật Thanh tra 2022 Art 8(5), 79). */
  conclusionPublishedOn: IsoDate | null;
}

/** Source key → its fact row type. */
export interface SourceFacts {
  petitions: PetitionFact[];
  inspections: InspectionFact[];
  sanctions: SanctionFact[];
  recommendations: RecommendationFact[];
}
export type SourceKey = keyof SourceFacts;
export const SOURCE_KEYS: readonly SourceKey[] = ['petitions', 'inspections', 'sanctions', 'recommendations'];

/** Everything known about one subject: its registry data and the rows of each wired source. */
export interface SubjectFacts {
  subject: SubjectFact;
  sources: Partial<SourceFacts>;
}
