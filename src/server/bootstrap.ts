import { loadAdminUnits } from '../modules/admin-units';
import { seedOfficialOverrides } from '../modules/calendar';
import { loadShippedLaws } from '../modules/kb';
import { installRisk } from '../modules/subjects';
import type { Db } from './db';

/** Reference data every installation needs (admin units, official calendar, law library); idempotent. */
export async function seedReferenceData(db: Db) {
  const units = await loadAdminUnits(db);
  const calendarDays = await seedOfficialOverrides(db);
  const laws = await loadShippedLaws(db);
  // The early warning's shipped indicator set and the triggers that queue a subject when one of its facts changes.
  await installRisk(db);
  return { units, calendarDays, laws };
}
