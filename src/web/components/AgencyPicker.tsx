import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agenciesApi } from '../lib/endpoints';
import { agencyKindLabel } from '../lib/labels';
import { useApi, useDebounced } from '../lib/useApi';

export type AgencyRef = { id: string; name: string };

type Props = {
  label: string;
  value: AgencyRef | null;
  onChange(value: AgencyRef | null): void;
  error?: string | null;
  /** Offered before anything is typed (e.g. the agencies where the user holds a role). */
  suggestions?: AgencyRef[];
  id?: string;
};

/** Chooses an agency by searching the directory (GET /agencies?q=, diacritics-insensitive). */
export function AgencyPicker({ label, value, onChange, error, suggestions = [], id }: Props) {
  const { t } = useTranslation();
  const auto = useId();
  const inputId = id ?? auto;
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 250);
  const search = useApi((signal) => agenciesApi.list({ q, limit: 20 }, signal), [q], q.length >= 2);

  if (value) {
    return (
      <div className="field">
        <span className="label" id={`${inputId}-label`}>
          {label}
        </span>
        <div className="picked" aria-labelledby={`${inputId}-label`}>
          <span className="picked-name">{value.name}</span>
          <button
            type="button"
            className="btn btn-small btn-secondary"
            onClick={() => {
              onChange(null);
              setQuery('');
            }}
          >
            {t('agencyPicker.change')}
          </button>
        </div>
        {error && <p className="field-error">{error}</p>}
      </div>
    );
  }

  const shown: { id: string; name: string; hint?: string }[] =
    q.length >= 2 ? (search.data ?? []).map((a) => ({ id: a.id, name: a.name, hint: agencyKindLabel(a.kind) })) : suggestions;
  const hint = q.length >= 2 ? (search.loading ? t('common.loading') : shown.length === 0 ? t('agencyPicker.noResults') : '') : query.trim() ? t('agencyPicker.typeMore') : '';

  return (
    <div className="field agency-picker">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder={t('agencyPicker.placeholder')}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${inputId}-status${error ? ` ${inputId}-error` : ''}`}
        aria-controls={`${inputId}-results`}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p id={`${inputId}-status`} className="field-help" aria-live="polite">
        {search.error ?? hint}
      </p>
      {shown.length > 0 && (
        <ul id={`${inputId}-results`} className="pick-list" aria-label={t('agencyPicker.results')}>
          {shown.map((a) => (
            <li key={a.id}>
              <button type="button" className="pick-item" onClick={() => onChange({ id: a.id, name: a.name })}>
                <span>{a.name}</span>
                {a.hint && <span className="muted small">{a.hint}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${inputId}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
