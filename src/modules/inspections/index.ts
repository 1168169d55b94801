/** Inspections (issue 5): decisions to inspect, teams, diary, requests to the inspected party and its portal. */
export { inspectionsRoutes } from './inspections.routes';
export { regimeOf } from './inspections.service';
