/** Administrative sanctions (issue 5 item 7): cases, lifecycle, decisions within the signer's power, fines and payments. */
export { sanctionsRoutes } from './sanctions.routes';
export { sanctionCases, sanctionPayments } from './sanctions.table';
