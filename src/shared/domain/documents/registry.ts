import type { OfficialDocument } from './model';
import type { DocumentTemplate, TemplateContext } from './template';
import { denunciationAcceptanceDecision, denunciationAcceptanceNotice, denunciationContentNotice } from './templates/denunciation';
import { checkDecision, checkRecord } from './templates/check';
import { inspectionDecision, sanctionDecision } from './templates/inspection';
import { inspectionAnnouncementMinutes, inspectionConclusion, inspectionInformationRequest } from './templates/inspection-steps';
import { complaintAcceptanceNotice, guidanceLetter, nonAcceptanceNotice, transferSlip } from './templates/letters';
import { complaintResolutionDecision, complaintResumptionDecision, complaintSuspensionDecision, complaintTerminationDecision, complaintVerificationDecision, dialogueMinutes, dialogueNotice, enforcementSuspensionDecision } from './templates/complaint';
import { conclusionNoticeToDenouncer, denunciationConclusion, denunciationExtensionDecision, denunciationResumptionDecision, denunciationSuspensionDecision, denunciationTerminationDecision, handlingDecision, handlingRecommendation, noReresolutionNotice, overdueReportRequest, verificationAssignmentLetter, verificationTeamDecision } from './templates/denunciation-steps';
import { expertExaminationRequest, informationRequest, publicityRecord, verificationReport, workingMinutes } from './templates/verification';
import { archiveNote, criminalReferral, resultNoticeToTransferor, urgingLetter } from './templates/letter-steps';
import { protectionChangeDecision, protectionDecision, protectionEndDecision, protectionRefusalNotice } from './templates/protection';
import { receptionConclusionNotice } from './templates/reception';
import { acceptanceProposal, denunciationTransferNotice, returnLetter } from './templates/routing';

/** The ids of every document template (stable: petitions and inspections store them). */
export const TEMPLATE_IDS = [
  'petition.denunciation_acceptance_decision',
  'petition.denunciation_acceptance_notice',
  'petition.denunciation_content_notice',
  'petition.complaint_acceptance_notice',
  'petition.non_acceptance_notice',
  'petition.transfer_slip',
  'petition.guidance_letter',
  'petition.denunciation_transfer_notice',
  'petition.return_letter',
  'petition.acceptance_proposal',
  'petition.complaint_verification_decision',
  'petition.enforcement_suspension_decision',
  'petition.dialogue_notice',
  'petition.dialogue_minutes',
  'petition.complaint_resolution_decision',
  'petition.complaint_termination_decision',
  'petition.complaint_suspension_decision',
  'petition.complaint_resumption_decision',
  'petition.verification_team_decision',
  'petition.verification_assignment_letter',
  'petition.denunciation_extension_decision',
  'petition.denunciation_suspension_decision',
  'petition.denunciation_resumption_decision',
  'petition.denunciation_termination_decision',
  'petition.denunciation_conclusion',
  'petition.conclusion_notice_to_denouncer',
  'petition.handling_decision',
  'petition.handling_recommendation',
  'petition.no_reresolution_notice',
  'petition.overdue_report_request',
  'petition.information_request',
  'petition.working_minutes',
  'petition.expert_examination_request',
  'petition.verification_report',
  'petition.publicity_record',
  'petition.criminal_referral',
  'petition.archive_note',
  'petition.urging_letter',
  'petition.result_notice_to_transferor',
  'petition.protection_decision',
  'petition.protection_refusal_notice',
  'petition.protection_change_decision',
  'petition.protection_end_decision',
  'reception.conclusion_notice',
  'inspection.decision',
  'inspection.announcement_minutes',
  'inspection.information_request',
  'inspection.conclusion',
  'check.decision',
  'check.record',
  'sanction.decision',
] as const;
/** A template id. */
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Every template by id. */
export const DOCUMENT_TEMPLATES: Readonly<Record<TemplateId, DocumentTemplate>> = {
  'petition.denunciation_acceptance_decision': denunciationAcceptanceDecision,
  'petition.denunciation_acceptance_notice': denunciationAcceptanceNotice,
  'petition.denunciation_content_notice': denunciationContentNotice,
  'petition.complaint_acceptance_notice': complaintAcceptanceNotice,
  'petition.non_acceptance_notice': nonAcceptanceNotice,
  'petition.transfer_slip': transferSlip,
  'petition.guidance_letter': guidanceLetter,
  'petition.denunciation_transfer_notice': denunciationTransferNotice,
  'petition.return_letter': returnLetter,
  'petition.acceptance_proposal': acceptanceProposal,
  'petition.complaint_verification_decision': complaintVerificationDecision,
  'petition.enforcement_suspension_decision': enforcementSuspensionDecision,
  'petition.dialogue_notice': dialogueNotice,
  'petition.dialogue_minutes': dialogueMinutes,
  'petition.complaint_resolution_decision': complaintResolutionDecision,
  'petition.complaint_termination_decision': complaintTerminationDecision,
  'petition.complaint_suspension_decision': complaintSuspensionDecision,
  'petition.complaint_resumption_decision': complaintResumptionDecision,
  'petition.verification_team_decision': verificationTeamDecision,
  'petition.verification_assignment_letter': verificationAssignmentLetter,
  'petition.denunciation_extension_decision': denunciationExtensionDecision,
  'petition.denunciation_suspension_decision': denunciationSuspensionDecision,
  'petition.denunciation_resumption_decision': denunciationResumptionDecision,
  'petition.denunciation_termination_decision': denunciationTerminationDecision,
  'petition.denunciation_conclusion': denunciationConclusion,
  'petition.conclusion_notice_to_denouncer': conclusionNoticeToDenouncer,
  'petition.handling_decision': handlingDecision,
  'petition.handling_recommendation': handlingRecommendation,
  'petition.no_reresolution_notice': noReresolutionNotice,
  'petition.overdue_report_request': overdueReportRequest,
  'petition.information_request': informationRequest,
  'petition.working_minutes': workingMinutes,
  'petition.expert_examination_request': expertExaminationRequest,
  'petition.verification_report': verificationReport,
  'petition.publicity_record': publicityRecord,
  'petition.criminal_referral': criminalReferral,
  'petition.archive_note': archiveNote,
  'petition.urging_letter': urgingLetter,
  'petition.result_notice_to_transferor': resultNoticeToTransferor,
  'petition.protection_decision': protectionDecision,
  'petition.protection_refusal_notice': protectionRefusalNotice,
  'petition.protection_change_decision': protectionChangeDecision,
  'petition.protection_end_decision': protectionEndDecision,
  'reception.conclusion_notice': receptionConclusionNotice,
  'inspection.decision': inspectionDecision,
  'inspection.announcement_minutes': inspectionAnnouncementMinutes,
  'inspection.information_request': inspectionInformationRequest,
  'inspection.conclusion': inspectionConclusion,
  'check.decision': checkDecision,
  'check.record': checkRecord,
  'sanction.decision': sanctionDecision,
};

/** Thrown for a template id that does not exist. */
export class UnknownTemplateError extends Error {
  constructor(readonly id: string) {
    super(`Không có mẫu văn bản "${id}".`);
    this.name = 'UnknownTemplateError';
  }
}

/** True when `id` names a template. */
export function isTemplateId(id: string): id is TemplateId {
  return Object.prototype.hasOwnProperty.call(DOCUMENT_TEMPLATES, id);
}

/** The template named `id` (UnknownTemplateError otherwise). */
export function getTemplate(id: string): DocumentTemplate {
  if (!isTemplateId(id)) throw new UnknownTemplateError(id);
  return DOCUMENT_TEMPLATES[id];
}

/**
 * Builds the document of template `id` from raw data: audience check (IdentityFieldError), validation
 * (TemplateDataError), build, final check. Pure: the same input always gives the same document.
 */
export function buildDocument(id: string, data: unknown, ctx: TemplateContext): OfficialDocument {
  return getTemplate(id).render(data, ctx);
}
