/** Petitions and citizen reception: intake on every channel, public portal, work list, identity vault. */
export { petitionsRoutes } from './petitions.routes';
export { applyAction } from './petitions.actions';
export { registerByOfficer } from './petitions.service';
export { countLetters, listCases } from './petitions.repository';
