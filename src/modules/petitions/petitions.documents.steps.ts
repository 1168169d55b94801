import type { TemplateId } from '../../shared/domain/documents';
import type { DocumentId } from '../../shared/domain/petitions/lifecycle';
import { kindOf, person, ref, type Built, type StepFacts } from './petitions.documents.facts';

/**
 * The data of the step documents of cases (complaint ×4, denunciation, re-denunciation, protection) and of the letter
 * steps without routing (referral of a crime, archive, urging, result notice), built from what the record knows; the
 * rest is printed as blanks for the officer to complete in the DOCX (see shared/domain/documents/templates/steps.ts).
 * A builder gives a sender field only to a template addressed to the sender ('denouncer' audience); the templates of
 * every other audience have no such field at all, so a denouncer can never be printed in them (SEC-5).
 */

/** Documents a step names that the agency RECEIVES rather than issues: nothing to generate, they are uploaded as attachments. */
export const RECEIVED_DOCUMENTS: Readonly<Partial<Record<DocumentId, string>>> = {
  protection_request: 'Văn bản đề nghị bảo vệ do người tố cáo lập và gửi (Điều 50 Luật Tố cáo 2018).',
  overdue_report: 'Báo cáo quá trình giải quyết do người giải quyết tố cáo quá hạn gửi lên (khoản 3 Điều 38 Luật Tố cáo 2018).',
};

const resolver = (f: StepFacts) => `${f.headTitle} ${f.agency.name}`;
const decisionHead = (f: StepFacts) => ({ authority: resolver(f) });
/** An earlier document of the letter as "05/QĐ-TTT" of its date. */
const refOf = (f: StepFacts, kind: DocumentId) => {
  const r = ref(f, kind);
  return r ? { number: r.number.replace(/^Số:\s*/u, ''), date: r.date } : undefined;
};
const opt = <K extends string, V>(key: K, value: V | undefined | null) => (value === undefined || value === null || value === '' ? {} : ({ [key]: value } as Record<K, V>));
const machine = (f: StepFacts) => f.caseRow?.machine ?? 'letter';
const instance = (f: StepFacts) => (machine(f).endsWith('second') ? 'second' : 'first');
const matter = (f: StepFacts) => ({ matter: f.letter.title, receivedDate: f.letter.receivedOn, registerNo: f.letter.registerNo });
const respondent = (f: StepFacts) => opt('respondent', f.letter.respondentName);

/** A complaint's documents: the complainant, the matter, the respondent, the resolver, disciplinary or not. */
const complaint = (f: StepFacts) => ({ complainant: person(f), ...matter(f), ...respondent(f), resolver: resolver(f), disciplinary: machine(f).startsWith('complaint_discipline') });
/** A denunciation's documents for the accused and other bodies: never the denouncer. */
const denounced = (f: StepFacts) => ({ accused: f.letter.respondentName ?? 'người bị tố cáo', contents: [f.letter.title], resolver: resolver(f), ...opt('acceptance', refOf(f, 'denunciation_acceptance_decision')) });
/** The matter of a complaint or denunciation case for third parties (information, experts, minutes, report). */
const caseMatter = (f: StepFacts) => ({ kind: kindOf(f.letter) === 'denunciation' ? 'denunciation' : 'complaint', ...matter(f), ...respondent(f), resolver: resolver(f) });
const letterMatter = (f: StepFacts) => ({ kind: kindOf(f.letter), ...matter(f), ...respondent(f) });
const protection = (f: StepFacts) => ({ denouncer: person(f), resolver: resolver(f) });
const reason = (f: StepFacts) => opt('reason', f.reason);

/** To the filer (complainant, denouncer, protected person): he is named when the actor may see him, else the register number stands in. */
const toFiler = (templateId: TemplateId, recipient: string, data: (f: StepFacts) => Record<string, unknown>) => (f: StepFacts): Built => ({ templateId, recipient, namesFiler: !!f.filer, data: data(f) });
/** To anyone else: no sender field is ever passed. */
const toOthers = (templateId: TemplateId, recipient: (f: StepFacts) => string | null, data: (f: StepFacts) => Record<string, unknown>) => (f: StepFacts): Built => ({ templateId, recipient: recipient(f), namesFiler: false, data: data(f) });
/** A complaint document addressed to the complainant, naming him. */
const complaintDoc = (templateId: TemplateId, extra: (f: StepFacts) => Record<string, unknown> = () => ({})) => toFiler(templateId, 'Người khiếu nại', (f) => ({ ...complaint(f), ...extra(f) }));
/** A complaint decision: as complaintDoc, with the decision preamble. */
const complaintDecision = (templateId: TemplateId, extra: (f: StepFacts) => Record<string, unknown> = () => ({})) => complaintDoc(templateId, (f) => ({ ...decisionHead(f), ...extra(f) }));
/** A denunciation decision sent to the denouncer and the accused: no denouncer field. */
const denunciationDecision = (templateId: TemplateId, extra: (f: StepFacts) => Record<string, unknown> = () => ({})) => toOthers(templateId, (f) => f.letter.respondentName ?? 'Người bị tố cáo', (f) => ({ ...decisionHead(f), ...denounced(f), ...extra(f) }));
const protectionDecision = (templateId: TemplateId, extra: (f: StepFacts) => Record<string, unknown> = () => ({})) =>
  toFiler(templateId, 'Người được bảo vệ', (f) => ({ ...decisionHead(f), ...protection(f), ...opt('previous', refOf(f, 'protection_decision')), ...extra(f) }));

/** The builders by §8.4 document id (merged into STEP_TEMPLATES). */
export const CASE_STEP_TEMPLATES: Partial<Record<DocumentId, (f: StepFacts) => Built>> = {
  // Letter pipeline (§3.0 L4, L5, L10; §3.6 P5; §3.7 A4, A5).
  criminal_referral: toOthers('petition.criminal_referral', () => 'Cơ quan điều tra / Viện kiểm sát có thẩm quyền', (f) => ({ ...letterMatter(f), ...opt('competentBody', f.routeTo?.name), ...opt('signs', f.reason) })),
  archive_note: toOthers('petition.archive_note', () => null, (f) => ({ ...letterMatter(f), reasons: f.reason ? f.reason.split('; ') : [] })),
  urging_letter: toOthers('petition.urging_letter', (f) => f.routeTo?.name ?? null, (f) => ({ ...letterMatter(f), ...opt('subordinate', f.routeTo?.name) })),
  result_notice_to_transferor: toOthers('petition.result_notice_to_transferor', (f) => f.letter.transferredFrom, (f) => ({ ...letterMatter(f), ...opt('transferor', f.letter.transferredFrom) })),
  // Complaints (§3.1–§3.3).
  verification_assignment_decision: toOthers('petition.complaint_verification_decision', () => null, (f) => ({ ...decisionHead(f), ...complaint(f) })),
  enforcement_suspension_decision: complaintDecision('petition.enforcement_suspension_decision', reason),
  dialogue_notice: complaintDoc('petition.dialogue_notice', (f) => ({ instance: instance(f) })),
  // After K19/K19a the minutes record the complainant's absence (LKN Art 30; NĐ 124/2020 Art 28(5) as amended).
  dialogue_minutes: complaintDoc('petition.dialogue_minutes', (f) => ({ instance: instance(f), ...(f.complainantAbsent ? { complainantAbsent: true } : {}) })),
  complaint_resolution_decision_1: complaintDecision('petition.complaint_resolution_decision', () => ({ instance: 'first' })),
  complaint_resolution_decision_2: complaintDecision('petition.complaint_resolution_decision', () => ({ instance: 'second' })),
  complaint_termination_notice: complaintDecision('petition.complaint_termination_decision', (f) => ({ ground: f.caseRow?.state === 'terminated_withdrawn' ? 'withdrawn' : 'other', ...opt('acceptance', refOf(f, 'complaint_acceptance_notice')), ...reason(f) })),
  complaint_suspension_decision: complaintDecision('petition.complaint_suspension_decision', reason),
  complaint_resumption_decision: complaintDecision('petition.complaint_resumption_decision', (f) => ({ ...opt('suspension', refOf(f, 'complaint_suspension_decision')), ...reason(f) })),
  // Shared by complaints and denunciations (K6, K7, T10, T16, K2-8, T20): no sender field.
  information_request: toOthers('petition.information_request', () => null, caseMatter),
  working_minutes: toOthers('petition.working_minutes', () => null, caseMatter),
  expert_examination_request: toOthers('petition.expert_examination_request', () => null, caseMatter),
  verification_report: toOthers('petition.verification_report', (f) => resolver(f), (f) => ({ ...caseMatter(f), ...opt('verification', refOf(f, 'verification_assignment_decision') ?? refOf(f, 'verification_team_decision')) })),
  publicity_record: toOthers('petition.publicity_record', () => null, (f) => ({
    kind: kindOf(f.letter) === 'denunciation' ? 'denunciation' : 'complaint',
    resolver: resolver(f),
    ...opt('publicised', refOf(f, 'denunciation_conclusion') ?? refOf(f, 'complaint_resolution_decision_2')),
  })),
  // Denunciations (§3.4 T9–T18).
  verification_team_decision: denunciationDecision('petition.verification_team_decision'),
  verification_assignment_letter: toOthers('petition.verification_assignment_letter', () => null, denounced),
  // The days given at T11 (LTC Art 30(1): at most 30 a time) are printed in the decision.
  extension_decision: denunciationDecision('petition.denunciation_extension_decision', (f) => ({ complexity: f.caseRow?.flags?.complexity === 'especially_complex' ? 'especially_complex' : 'complex', ...opt('extensionDays', f.extensionDays), ...reason(f) })),
  denunciation_suspension_decision: denunciationDecision('petition.denunciation_suspension_decision', reason),
  denunciation_resumption_decision: denunciationDecision('petition.denunciation_resumption_decision', (f) => ({ ...opt('suspension', refOf(f, 'denunciation_suspension_decision')), ...reason(f) })),
  denunciation_termination_decision: denunciationDecision('petition.denunciation_termination_decision', reason),
  denunciation_conclusion: toOthers('petition.denunciation_conclusion', (f) => f.letter.respondentName ?? 'Người bị tố cáo', denounced),
  conclusion_notice_to_denouncer: toFiler('petition.conclusion_notice_to_denouncer', 'Người tố cáo', (f) => ({ ...denounced(f), denouncer: person(f), ...opt('conclusion', refOf(f, 'denunciation_conclusion')) })),
  handling_decision: denunciationDecision('petition.handling_decision', (f) => opt('conclusion', refOf(f, 'denunciation_conclusion'))),
  handling_recommendation: toOthers('petition.handling_recommendation', () => null, (f) => ({ ...denounced(f), ...opt('conclusion', refOf(f, 'denunciation_conclusion')) })),
  // Re-denunciation (§3.5).
  no_reresolution_notice: toFiler('petition.no_reresolution_notice', 'Người tố cáo', (f) => ({ ...denounced(f), denouncer: person(f), ...reason(f) })),
  overdue_report_request: toOthers('petition.overdue_report_request', () => null, denounced),
  // Protection (§3.9).
  protection_decision: toFiler('petition.protection_decision', 'Người được bảo vệ', (f) => ({ ...decisionHead(f), ...protection(f) })),
  protection_refusal_notice: toFiler('petition.protection_refusal_notice', 'Người đề nghị bảo vệ', (f) => ({ ...protection(f), ...reason(f) })),
  protection_change_decision: protectionDecision('petition.protection_change_decision', reason),
  protection_end_decision: protectionDecision('petition.protection_end_decision', reason),
};
