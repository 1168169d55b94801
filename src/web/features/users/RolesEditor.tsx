import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/domain/access/roles';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { SelectField } from '../../components/Field';
import { useMe } from '../../lib/auth';
import { roleLabel } from '../../lib/labels';

export type RoleRow = { key: number; role: Role; agency: AgencyRef | null };

let nextKey = 1;
export const newRoleRow = (role: Role, agency: AgencyRef | null): RoleRow => ({ key: nextKey++, role, agency });

/** Rows of "role at agency"; the agency is searched in the directory. */
export function RolesEditor({ rows, onChange, defaultAgency, error }: { rows: RoleRow[]; onChange(rows: RoleRow[]): void; defaultAgency: AgencyRef | null; error?: string | null }) {
  const { t } = useTranslation();
  const me = useMe();
  // Only a system administrator may hand out the system administrator role (the server checks it too).
  const roles = ROLES.filter((r) => r !== 'system_admin' || me.grants.some((g) => g.role === 'system_admin'));
  const suggestions = [...(defaultAgency ? [defaultAgency] : []), ...me.grants.map((g) => ({ id: g.agencyId, name: g.agencyName }))].filter(
    (a, i, all) => all.findIndex((b) => b.id === a.id) === i,
  );
  const set = (key: number, patch: Partial<RoleRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <fieldset className="roles-editor">
      <legend>{t('users.rolesTitle')}</legend>
      {rows.length === 0 && <p className="muted">{t('users.noRolesYet')}</p>}
      <ol className="role-rows">
        {rows.map((row, i) => (
          <li key={row.key} className="role-row">
            <SelectField label={`${t('users.role')} ${i + 1}`} value={row.role} onChange={(e) => set(row.key, { role: e.target.value as Role })}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {roleLabel(t, r)}
                </option>
              ))}
            </SelectField>
            <AgencyPicker label={t('users.roleAgency')} value={row.agency} onChange={(agency) => set(row.key, { agency })} suggestions={suggestions} />
            <button type="button" className="btn btn-danger-ghost btn-small role-remove" aria-label={`${t('users.removeRole')} ${i + 1}`} onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
              {t('users.removeRole')}
            </button>
          </li>
        ))}
      </ol>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="btn btn-secondary btn-small" onClick={() => onChange([...rows, newRoleRow('inspector', defaultAgency)])}>
        + {t('users.addRole')}
      </button>
    </fieldset>
  );
}

/** The rows as the API's role assignments, or null when a row has no agency yet. */
export function toAssignments(rows: RoleRow[]): { role: Role; agencyId: string }[] | null {
  if (rows.some((r) => !r.agency)) return null;
  return rows.map((r) => ({ role: r.role, agencyId: r.agency!.id }));
}
