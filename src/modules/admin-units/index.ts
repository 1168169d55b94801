/** Administrative units (34 provinces, 3,321 communes since 1 July 2025) and the old→new mapping. */
export { adminUnitsRoutes } from './admin-units.routes';
export { findCommunes, findProvince, listCommunes, listProvinces, loadAdminUnits, placeIndex, readShippedAdminUnits } from './admin-units.repository';
