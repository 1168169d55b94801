/** Petitions and citizen reception: intake on every channel, public portal, work list, identity vault. */
export { petitionsRoutes } from './petitions.routes';
