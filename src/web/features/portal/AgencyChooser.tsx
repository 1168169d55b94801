import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/Feedback';
import { SelectField } from '../../components/Field';
import { portalApi, type ReceivingAgency } from '../../lib/endpoints';
import { agencyKindLabel } from '../../lib/labels';
import { useApi } from '../../lib/useApi';

/** Value of the province select meaning "central agencies" (no province). */
export const CENTRAL = 'central';

/** Receiving bodies in the order a citizen looks for them: the inspectorate first. */
const KIND_ORDER = ['provincial_inspectorate', 'provincial_people_committee', 'provincial_department', 'government_inspectorate', 'ministry_inspectorate', 'ministry'];

function groups(agencies: ReceivingAgency[]): [string, ReceivingAgency[]][] {
  const byKind = new Map<string, ReceivingAgency[]>();
  for (const a of agencies) byKind.set(a.kind, [...(byKind.get(a.kind) ?? []), a]);
  const rank = (k: string) => (KIND_ORDER.indexOf(k) + 1 || 99);
  return [...byKind.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

type Props = {
  provinceCode: string;
  agencyId: string;
  onChange(provinceCode: string, agencyId: string): void;
  errors: { province?: string | null; agency?: string | null };
};

/** Province (or central level) → receiving agency, from the public lists of the server. */
export function AgencyChooser({ provinceCode, agencyId, onChange, errors }: Props) {
  const { t } = useTranslation();
  const provinces = useApi((signal) => portalApi.provinces(signal), []);
  const agencies = useApi((signal) => portalApi.agencies(provinceCode === CENTRAL ? '' : provinceCode, signal), [provinceCode], provinceCode !== '');
  const list = provinceCode ? (agencies.data ?? []) : [];

  return (
    <>
      <ErrorMessage message={provinces.error} onRetry={provinces.reload} />
      <div className="form-grid two-col">
        <SelectField
          label={t('portal.province')}
          value={provinceCode}
          required
          markRequired
          help={t('portal.provinceHelp')}
          error={errors.province}
          onChange={(e) => onChange(e.target.value, '')}
        >
          <option value="">{provinces.loading ? t('common.loading') : t('portal.provinceChoose')}</option>
          {(provinces.data ?? []).map((p) => (
            <option key={p.code} value={p.code}>
              {p.fullName}
            </option>
          ))}
          <option value={CENTRAL}>{t('portal.provinceCentral')}</option>
        </SelectField>
        <SelectField
          label={t('portal.agency')}
          value={agencyId}
          required
          markRequired
          disabled={!provinceCode || agencies.loading}
          help={!provinceCode ? t('portal.agencyFirst') : agencies.data && list.length === 0 ? t('portal.agencyNone') : undefined}
          error={errors.agency}
          onChange={(e) => onChange(provinceCode, e.target.value)}
        >
          <option value="">{provinceCode && agencies.loading ? t('common.loading') : t('portal.agencyChoose')}</option>
          {groups(list).map(([kind, items]) => (
            <optgroup key={kind} label={agencyKindLabel(kind)}>
              {items.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      </div>
      <ErrorMessage message={provinceCode ? agencies.error : null} onRetry={agencies.reload} />
    </>
  );
}
