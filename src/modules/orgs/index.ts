/** Agencies: the organisation tree and its history. */
export { orgsRoutes } from './orgs.routes';
export { newAgencyRow, presentAgency } from './orgs.service';
export { agencyPathIn, findAgencies, findAgenciesByCodes, findAgency, findAgencyByCode, insertAgencies, type AgencyRow } from './orgs.repository';
