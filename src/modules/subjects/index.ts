/** Managed subjects (issue 7): the registry of organisations an agency manages, their history, import and export. */
export { subjectsRoutes } from './subjects.routes';
export { registerSubjectJobs, runImport, seedSubjectRows, IMPORT_QUEUE } from './subjects.import';
export { canManageSubject, canReadSubject } from './subjects.policy';
export { findSubject, findByTaxCode as findSubjectByTaxCode, countSubjects, type SubjectRow } from './subjects.repository';
export { subjects, subjectEvents, subjectImports } from './subjects.table';
export { riskRoutes } from './risk/risk.routes';
export { installRisk, registerRiskJobs, runFullRescore, drainRescoreQueue, FULL_RESCORE_QUEUE } from './risk/risk.engine';
