/** Citizen reception: the reception register (sổ tiếp công dân), visits through the reception-visit lifecycle, letters they yield. */
export { receptionRoutes } from './reception.routes';
export { applyVisitAction, createVisit } from './reception.service';
export { countVisits } from './reception.repository';
