import { loadAdminUnits } from '../modules/admin-units';
import { seedOfficialOverrides } from '../modules/calendar';
import type { Db } from './db';

/** Reference data every installation needs (admin units, official calendar); idempotent. */
export async function seedReferenceData(db: Db) {
  const units = await loadAdminUnits(db);
  const calendarDays = await seedOfficialOverrides(db);
  return { units, calendarDays };
}
