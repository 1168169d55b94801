/** Administrative sanctions (issue 5 item 7): cases, lifecycle, decisions within the signer's power, fines and payments. */
export { sanctionsRoutes } from './sanctions.routes';
export { sanctionCases, sanctionPayments } from './sanctions.table';
export { createCase as createSanctionCase } from './sanctions.service';
export { applyAction as applySanctionAction, recordPayment as recordSanctionPayment } from './sanctions.actions';
export { createTitle as assignSanctioningTitle } from './sanctions.config';
export { countCases as countSanctionCases, subjectsManagedBy } from './sanctions.repository';
