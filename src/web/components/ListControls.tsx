import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { formatNumber } from '../lib/format';
import { ErrorMessage, Loading } from './Feedback';
import { SelectField } from './Field';
import { useDebounced } from '../lib/useApi';

/**
 * Filters and page of a work list kept in the address (so a list can be bookmarked and shared): `get(key)`,
 * `setParam({ key: value })` (empty removes), the page number, a debounced text query in `q`, and `reset()`.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? '';
  const page = Math.max(0, Number(get('page')) || 0);
  const [query, setQuery] = useState(get('q'));
  const q = useDebounced(query.trim(), 300);

  const setParam = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  useEffect(() => {
    if (q !== get('q')) setParam({ q, page: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  /** Replaces every filter at once (a saved view); the page starts over. */
  const apply = (filters: Record<string, string>) => {
    setQuery(filters.q ?? '');
    setParams(new URLSearchParams(filters), { replace: true });
  };
  const reset = () => apply({});
  return { get, page, query, setQuery, setParam, reset, apply };
}

type PagerProps = { page: number; pageSize: number; total: number; caption: string; range?(r: { from: string; to: string; total: string }): string; onPage(page: number): void };

/** "1–20 of 340" with previous / next buttons (`range` words the count, e.g. "… visits"). */
export function Pager({ page, pageSize, total, caption, range, onPage }: PagerProps) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const r = { from: formatNumber(page * pageSize + 1), to: formatNumber(Math.min(total, (page + 1) * pageSize)), total: formatNumber(total) };
  return (
    <nav className="pager" aria-label={caption}>
      <span aria-live="polite">{range ? range(r) : t('common.range', r)}</span>
      <span className="pager-buttons">
        <button type="button" className="btn btn-secondary btn-small" disabled={page === 0} onClick={() => onPage(page - 1)}>
          {t('common.prev')}
        </button>
        <button type="button" className="btn btn-secondary btn-small" disabled={(page + 1) * pageSize >= total} onClick={() => onPage(page + 1)}>
          {t('common.next')}
        </button>
      </span>
    </nav>
  );
}

type ResultsProps = { loading: boolean; error: string | null; hasData: boolean; empty: boolean; emptyText: string; caption: string; className: string; columns: readonly string[]; reload(): void; children: ReactNode };

/** The result area of a work list: error with retry, loading, "nothing found", or the table with its header row. */
export function ListResults({ loading, error, hasData, empty, emptyText, caption, className, columns, reload, children }: ResultsProps) {
  return (
    <>
      <ErrorMessage message={error} onRetry={reload} />
      {loading && !hasData ? (
        <Loading />
      ) : empty && !error ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <div className="table-wrap" aria-busy={loading}>
          <table className={`table table-cards ${className}`}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The "clear filters" button, shown only when a filter is set. */
export function ResetFilters({ shown, label, onReset }: { shown: boolean; label: string; onReset(): void }) {
  if (!shown) return null;
  return (
    <div className="filter-actions">
      <button type="button" className="btn btn-secondary" onClick={onReset}>
        {label}
      </button>
    </div>
  );
}

/** A list filter chosen from options, "all" first (empty value removes the filter). */
export function FilterSelect({ label, value, options, onChange }: { label: string; value: string; options: readonly { value: string; label: string }[]; onChange(value: string): void }) {
  const { t } = useTranslation();
  return (
    <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('common.all')}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}
