import { readShippedAdminUnits } from '../../modules/admin-units';
import { findAgenciesByCodes } from '../../modules/orgs';
import { countSubjects, seedSubjectRows } from '../../modules/subjects';
import { recordAudit } from '../audit/audit';
import type { Deps } from '../deps';
import { generateSubjects } from './subjects-data';

/**
 * Tens of thousands of managed subjects across the 34 provinces (real 2025 commune codes), each managed by its
 * province's inspectorate, written with multi-row upserts in one transaction so the first start stays fast.
 */
export async function seedDemoSubjects(deps: Deps, total = 20_000): Promise<{ created: number }> {
  if ((await countSubjects(deps.db)) > 0) return { created: 0 };
  const { units } = readShippedAdminUnits();
  const inspectorates = await findAgenciesByCodes(
    deps.db,
    units.provinces.map((p) => `TT-${p.code}`),
  );
  if (inspectorates.length === 0) return { created: 0 };
  const byProvince = new Map(inspectorates.map((a) => [a.provinceCode!, a.id]));
  const communes = units.communes.filter((c) => byProvince.has(c.provinceCode));
  const drafts = [...generateSubjects(total, communes, 2025, (p) => byProvince.get(p)!)];
  const at = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await seedSubjectRows(tx, drafts, at);
    await recordAudit(tx, { actorUserId: null, actorName: 'Dữ liệu mẫu', ip: null, requestId: null }, { action: 'system.seed_demo_subjects', entityType: 'system', after: { subjects: drafts.length } }, at);
  });
  return { created: drafts.length };
}
