/** Saved views: users' named filters of the work lists. */
export { savedViewsRoutes } from './saved-views.routes';
