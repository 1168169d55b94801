/** Knowledge base: the law library (documents → chapters → articles → clauses → points), search and answers. */
export { kbRoutes } from './kb.routes';
export { loadShippedLaws } from './kb.service';
export { getKbIndex as warmKbIndex } from './kb.index';
