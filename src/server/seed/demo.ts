import { count } from 'drizzle-orm';
import { listCommunes, listProvinces } from '../../modules/admin-units';
import { insertAgencies, newAgencyRow, findAgencyByCode, type AgencyRow } from '../../modules/orgs';
import { agencies, agencyEvents, agencyNames } from '../../modules/orgs/orgs.table';
import { findUserByUsername, hashPassword, insertUser, replaceRoles } from '../../modules/users';
import type { Role } from '../../shared/domain/access';
import { recordAudit } from '../audit/audit';
import type { Deps } from '../deps';

export const DEMO_ADMIN = 'admin';
export const DEMO_DEFAULT_PASSWORD = 'ThanhTra2026';
const REFORM_DATE = '2025-07-01';
const BASIS_REFORM = 'Nghị quyết 202/2025/QH15 (sắp xếp đơn vị hành chính cấp tỉnh); Luật Thanh tra 84/2025/QH15';

type Spec = { code: string; name: string; kind: string; shortName?: string; provinceCode?: string | null; communeCode?: string | null };

/** Central bodies (Luật Thanh tra 84/2025/QH15 Art 7: the inspectorates; and the ministries that run specialised checks). */
const CENTRAL: (Spec & { inspectorate?: Spec })[] = [
  { code: 'TTCP', name: 'Thanh tra Chính phủ', kind: 'government_inspectorate' },
  { code: 'BQP', name: 'Bộ Quốc phòng', kind: 'ministry', inspectorate: { code: 'TT-BQP', name: 'Thanh tra Bộ Quốc phòng', kind: 'ministry_inspectorate' } },
  { code: 'BCA', name: 'Bộ Công an', kind: 'ministry', inspectorate: { code: 'TT-BCA', name: 'Thanh tra Bộ Công an', kind: 'ministry_inspectorate' } },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước Việt Nam', kind: 'ministry', inspectorate: { code: 'TT-NHNN', name: 'Thanh tra Ngân hàng Nhà nước', kind: 'ministry_inspectorate' } },
  { code: 'BCY', name: 'Ban Cơ yếu Chính phủ', kind: 'other', inspectorate: { code: 'TT-CY', name: 'Thanh tra Cơ yếu', kind: 'ministry_inspectorate' } },
  { code: 'BTC', name: 'Bộ Tài chính', kind: 'ministry' },
  { code: 'BXD', name: 'Bộ Xây dựng', kind: 'ministry' },
  { code: 'BNNMT', name: 'Bộ Nông nghiệp và Môi trường', kind: 'ministry' },
  { code: 'BYT', name: 'Bộ Y tế', kind: 'ministry' },
  { code: 'BGDDT', name: 'Bộ Giáo dục và Đào tạo', kind: 'ministry' },
  { code: 'BCT', name: 'Bộ Công Thương', kind: 'ministry' },
];

/** Departments of every provincial People's Committee in the demo (after the 2025 reorganisation of departments). */
const DEPARTMENTS = [
  { code: 'STC', name: 'Sở Tài chính' },
  { code: 'SXD', name: 'Sở Xây dựng' },
  { code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường' },
  { code: 'SYT', name: 'Sở Y tế' },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo' },
];

/** "Phường Ba Đình" → "phường Ba Đình" inside a longer name. */
const lowerType = (fullName: string) => fullName.charAt(0).toLowerCase() + fullName.slice(1);

/** Demo accounts: username, full name, agency code, roles held at that agency. */
const DEMO_USERS: { username: string; fullName: string; agency: string; roles: Role[] }[] = [
  { username: DEMO_ADMIN, fullName: 'Quản trị hệ thống', agency: 'CP', roles: ['system_admin'] },
  { username: 'ttcp.lanhdao', fullName: 'Nguyễn Văn Thành', agency: 'TTCP', roles: ['agency_head'] },
  { username: 'hn.chanhthanhtra', fullName: 'Trần Thị Hồng', agency: 'TT-01', roles: ['agency_head'] },
  { username: 'hn.thanhtravien', fullName: 'Lê Minh Tuấn', agency: 'TT-01', roles: ['inspector'] },
  { username: 'hn.tiepdan', fullName: 'Phạm Thu Hà', agency: 'TT-01', roles: ['reception_officer'] },
  { username: 'hn.vanthu', fullName: 'Đỗ Thị Lan', agency: 'TT-01', roles: ['clerk'] },
  { username: 'hn.syt.giamdoc', fullName: 'Đặng Thị Ngọc Anh', agency: 'SYT-01', roles: ['agency_head'] },
  { username: 'hn.syt.kiemtra', fullName: 'Bùi Văn Khải', agency: 'SYT-01', roles: ['inspector'] },
  { username: 'hn.syt.chuyenvien', fullName: 'Ngô Thị Thảo', agency: 'SYT-01', roles: ['inspector'] },
  { username: 'hn.lanhdao', fullName: 'Vũ Quốc Hưng', agency: 'UBND-01', roles: ['leader_viewer'] },
  { username: 'hn.chutich', fullName: 'Đinh Văn Bình', agency: 'UBND-01', roles: ['agency_head'] },
  { username: 'hcm.chanhthanhtra', fullName: 'Huỳnh Văn Phúc', agency: 'TT-79', roles: ['agency_head'] },
  { username: 'hcm.thanhtravien', fullName: 'Nguyễn Thị Mai', agency: 'TT-79', roles: ['inspector'] },
];

/**
 * Creates the demo organisation tree (Government → ministries and their inspectorates; 34 provincial People's
 * Committees → provincial inspectorate, departments and every commune People's Committee) and demo accounts,
 * once. Returns whether anything was created.
 */
export async function seedDemoData(deps: Deps, adminPassword = DEMO_DEFAULT_PASSWORD): Promise<{ created: boolean; agencies: number; users: number }> {
  const [existing] = await deps.db.select({ n: count() }).from(agencies);
  if ((existing?.n ?? 0) > 0) return { created: false, agencies: existing!.n, users: 0 };
  const rows: ReturnType<typeof newAgencyRow>[] = [];
  const add = (parent: Pick<AgencyRow, 'id' | 'path' | 'level' | 'provinceCode'> | null, spec: Spec) => {
    const row = newAgencyRow(parent as AgencyRow | null, { ...spec, shortName: spec.shortName ?? null, provinceCode: spec.provinceCode ?? null, communeCode: spec.communeCode ?? null, validFrom: REFORM_DATE } as never);
    rows.push(row);
    return row as AgencyRow;
  };
  const government = add(null, { code: 'CP', name: 'Chính phủ', kind: 'government' });
  for (const c of CENTRAL) {
    const body = add(government, c);
    if (c.inspectorate) add(body, c.inspectorate);
  }
  for (const p of await listProvinces(deps.db)) {
    const committee = add(government, { code: `UBND-${p.code}`, name: `Ủy ban nhân dân ${p.fullName}`, kind: 'provincial_people_committee', provinceCode: p.code });
    add(committee, { code: `TT-${p.code}`, name: `Thanh tra ${p.fullName.replace(/^Tỉnh /, 'tỉnh ').replace(/^Thành phố /, 'thành phố ')}`, kind: 'provincial_inspectorate', provinceCode: p.code });
    for (const d of DEPARTMENTS) add(committee, { code: `${d.code}-${p.code}`, name: `${d.name} ${p.fullName}`, kind: 'provincial_department', provinceCode: p.code });
    for (const c of await listCommunes(deps.db, p.code)) {
      add(committee, { code: `UBND-X-${c.code}`, name: `Ủy ban nhân dân ${lowerType(c.fullName)}`, kind: 'commune_people_committee', provinceCode: p.code, communeCode: c.code });
    }
  }
  const ctx = { actorUserId: null, actorName: 'Khởi tạo dữ liệu mẫu', ip: null, requestId: null };
  const adminHash = await hashPassword(deps, adminPassword);
  const staffHash = await hashPassword(deps, adminPassword);
  let users = 0;
  await deps.db.transaction(async (tx) => {
    await insertAgencies(tx, rows);
    for (let i = 0; i < rows.length; i += 1000) {
      await tx.insert(agencyNames).values(rows.slice(i, i + 1000).map((r) => ({ agencyId: r.id!, name: r.name, validFrom: REFORM_DATE })));
    }
    await tx.insert(agencyEvents).values({ kind: 'established', effectiveDate: REFORM_DATE, sourceIds: [], resultIds: [], basis: BASIS_REFORM, note: `Khởi tạo ${rows.length} cơ quan theo mô hình chính quyền hai cấp` });
    for (const u of DEMO_USERS) {
      const agency = await findAgencyByCode(tx, u.agency);
      if (!agency || (await findUserByUsername(tx, u.username))) continue;
      const user = await insertUser(tx, { username: u.username, fullName: u.fullName, agencyId: agency.id, passwordHash: u.username === DEMO_ADMIN ? adminHash : staffHash });
      await replaceRoles(tx, user.id, u.roles.map((role) => ({ agencyId: agency.id, role })));
      users++;
    }
    await recordAudit(tx, ctx, { action: 'system.seed_demo', entityType: 'system', after: { agencies: rows.length, users } }, deps.clock.now());
  });
  return { created: true, agencies: rows.length, users };
}
