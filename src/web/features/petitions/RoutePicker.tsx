import { useTranslation } from 'react-i18next';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { TextField } from '../../components/Field';

/** Where a transfer or a guidance sends the letter: an agency of the platform, or a body outside it. */
export type RouteDraft = { agency: AgencyRef | null; outside: boolean; name: string; address: string };
export const emptyRoute = (): RouteDraft => ({ agency: null, outside: false, name: '', address: '' });

/** The events that need a target (spec §1.6: L7 guidance, L8 transfer). */
export const ROUTED_EVENTS = new Set(['transfer', 'guide']);

/** The request's `routeTo`, or null when the draft names no body. */
export function routeToOf(d: RouteDraft): { agencyId?: string; name?: string; address?: string } | null {
  if (d.outside) return d.name.trim() ? { name: d.name.trim(), ...(d.address.trim() ? { address: d.address.trim() } : {}) } : null;
  return d.agency ? { agencyId: d.agency.id } : null;
}

/** Picker of the competent body: search the platform's agencies by name, or type a body outside the platform. */
export function RoutePicker({ value, onChange, error, event }: { value: RouteDraft; onChange(v: RouteDraft): void; error: string | null; event: string }) {
  const { t } = useTranslation();
  const set = (patch: Partial<RouteDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="fieldset">
      <legend>{t('petitionRouting.target')}</legend>
      {event === 'transfer' && <p className="small muted">{t('petitionRouting.transferHelp')}</p>}
      <div role="radiogroup" aria-label={t('petitionRouting.target')} style={{ display: 'grid', gap: 4 }}>
        {[false, true].map((outside) => (
          <label key={String(outside)} className="check check-top">
            <input type="radio" name="route-where" style={{ width: 'auto', flex: 'none', marginTop: 3 }} checked={value.outside === outside} onChange={() => set({ outside })} />
            {t(outside ? 'petitionRouting.outside' : 'petitionRouting.inPlatform')}
          </label>
        ))}
      </div>
      {value.outside ? (
        <>
          <TextField label={t('petitionRouting.outsideName')} value={value.name} maxLength={300} required markRequired error={error} onChange={(e) => set({ name: e.target.value })} />
          <TextField label={t('petitionRouting.outsideAddress')} value={value.address} maxLength={300} onChange={(e) => set({ address: e.target.value })} />
        </>
      ) : (
        <AgencyPicker label={t('petitionRouting.target')} value={value.agency} onChange={(agency) => set({ agency })} error={error} />
      )}
    </fieldset>
  );
}
