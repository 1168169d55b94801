/** Petitions and citizen reception: intake on every channel, public portal, work list, identity vault. */
export { petitionsRoutes } from './petitions.routes';
export { applyAction } from './petitions.actions';
export { presentDeadline, registerByOfficer, vnDate } from './petitions.service';
export { identityAccess } from './petitions.policy';
export { IdentityVault, maskName } from './identity-vault';
export { countLetters, findLettersByPerson, listCases, stopDeadlines as stopLetterDeadlines } from './petitions.repository';
export { describeFiles, identifyingField, MAX_FILES_PER_REQUEST, openAttachment, presentAttachment, storeAttachedFiles, type OpenedAttachment } from './petitions.attachments';
export { insertAttachments as linkLetterAttachments } from './petitions.repository';
export { agencyHeader, headTitleOf } from './petitions.documents';
export { findHeadName } from './petitions.documents.repository';
