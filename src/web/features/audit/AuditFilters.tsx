import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { SelectField, TextField } from '../../components/Field';
import { flatKeys } from '../../i18n';
import { vi } from '../../i18n/vi';
import { useAuth } from '../../lib/auth';
import { usersApi } from '../../lib/endpoints';
import { actionLabel, entityTypeLabel } from '../../lib/labels';
import { useApi, useDebounced } from '../../lib/useApi';

export type AuditFilterValues = { action: string; entityType: string; entityId: string; actor: string; actorName: string; from: string; to: string };
export const EMPTY_FILTERS: AuditFilterValues = { action: '', entityType: '', entityId: '', actor: '', actorName: '', from: '', to: '' };

/** Every action the interface has a label for. */
const ACTIONS = flatKeys(vi.audit.actions);
const ENTITY_TYPES = Object.keys(vi.audit.entityTypes);

function ActorPicker({ value, name, onChange }: { value: string; name: string; onChange(id: string, name: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 250);
  const found = useApi((signal) => usersApi.list({ q, limit: 10, offset: 0 }, signal), [q], q.length >= 2);
  if (value) {
    return (
      <div className="field">
        <span className="label">{t('audit.actor')}</span>
        <div className="picked">
          <span className="picked-name">{name || value}</span>
          <button type="button" className="btn btn-small btn-secondary" onClick={() => onChange('', '')}>
            {t('audit.anyone')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="field agency-picker">
      <label htmlFor={id}>{t('audit.actor')}</label>
      <input id={id} type="search" value={query} placeholder={t('audit.actorSearch')} autoComplete="off" onChange={(e) => setQuery(e.target.value)} aria-describedby={`${id}-status`} />
      <p id={`${id}-status`} className="field-help" aria-live="polite">
        {q.length >= 2 && found.data && found.data.items.length === 0 ? t('users.empty') : found.error}
      </p>
      {q.length >= 2 && found.data && found.data.items.length > 0 && (
        <ul className="pick-list">
          {found.data.items.map((u) => (
            <li key={u.id}>
              <button type="button" className="pick-item" onClick={() => onChange(u.id, `${u.fullName} (${u.username})`)}>
                <span>{u.fullName}</span>
                <span className="muted small mono">{u.username}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The audit filters; applied on submit. */
export function AuditFilters({ value, onApply }: { value: AuditFilterValues; onApply(v: AuditFilterValues): void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [draft, setDraft] = useState(value);
  const [datesValid, setDatesValid] = useState({ from: true, to: true });
  const set = (patch: Partial<AuditFilterValues>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!datesValid.from || !datesValid.to) return;
    onApply(draft);
  };

  return (
    <form className="audit-filters" onSubmit={submit} aria-label={t('audit.filters')}>
      <SelectField label={t('audit.action')} value={draft.action} onChange={(e) => set({ action: e.target.value })}>
        <option value="">{t('common.all')}</option>
        {ACTIONS.map((a) => (
          <option key={a} value={a}>
            {actionLabel(a)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('audit.entityType')} value={draft.entityType} onChange={(e) => set({ entityType: e.target.value })}>
        <option value="">{t('common.all')}</option>
        {ENTITY_TYPES.map((k) => (
          <option key={k} value={k}>
            {entityTypeLabel(k)}
          </option>
        ))}
      </SelectField>
      {can('users.read') && <ActorPicker value={draft.actor} name={draft.actorName} onChange={(actor, actorName) => set({ actor, actorName })} />}
      <DateInput label={t('audit.from')} value={draft.from} onChange={(from) => set({ from })} onValidity={(from) => setDatesValid((v) => ({ ...v, from }))} />
      <DateInput label={t('audit.to')} value={draft.to} onChange={(to) => set({ to })} onValidity={(to) => setDatesValid((v) => ({ ...v, to }))} />
      {draft.entityId && <TextField label={t('audit.entityId')} value={draft.entityId} onChange={(e) => set({ entityId: e.target.value.trim() })} className="mono" />}
      <div className="filter-actions">
        <button type="submit" className="btn btn-primary">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            setDraft(EMPTY_FILTERS);
            setDatesValid({ from: true, to: true });
            onApply(EMPTY_FILTERS);
          }}
        >
          {t('audit.reset')}
        </button>
      </div>
    </form>
  );
}
