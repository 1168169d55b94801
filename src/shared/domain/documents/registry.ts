import type { OfficialDocument } from './model';
import type { DocumentTemplate, TemplateContext } from './template';
import { denunciationAcceptanceDecision, denunciationAcceptanceNotice, denunciationContentNotice } from './templates/denunciation';
import { inspectionDecision, sanctionDecision } from './templates/inspection';
import { complaintAcceptanceNotice, guidanceLetter, nonAcceptanceNotice, transferSlip } from './templates/letters';
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
  'reception.conclusion_notice',
  'inspection.decision',
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
  'reception.conclusion_notice': receptionConclusionNotice,
  'inspection.decision': inspectionDecision,
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
