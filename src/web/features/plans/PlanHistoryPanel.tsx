import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../lib/format';
import type { PlanDetail, PlanVersion } from './api';
import { historyFieldLabel, topicLabel } from './model';

/** A value of a compared field as the reader knows it (dates dd/mm/yyyy, topics by name). */
function ValueText({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '') return <span className="muted">{t('plans.history.empty_value')}</span>;
  if (field === 'topics' && Array.isArray(value)) return <>{value.map((v) => topicLabel(String(v))).join(', ')}</>;
  if ((field === 'periodFrom' || field === 'periodTo') && typeof value === 'string') return <>{formatIsoDate(value)}</>;
  if (field === 'subjectId') return <>{t('plans.table.inRegistry')}</>;
  return <>{String(value)}</>;
}

function VersionEntry({ v }: { v: PlanVersion }) {
  const { t } = useTranslation();
  const label = (i: Record<string, unknown>) => ({ seq: String(i.seq), name: String(i.subjectName ?? '') });
  return (
    <li className="plan-version">
      <p className="strong">{v.kind === 'issue' ? t('plans.history.issue') : t('plans.history.amend', { n: v.revision - 1, rev: v.revision })}</p>
      <p className="small muted">{t('plans.history.by', { name: v.byName, date: formatIsoDate(v.on) })}</p>
      {v.reason && <p>{t('plans.history.reason', { reason: v.reason })}</p>}
      {v.kind === 'issue' ? (
        <p className="small">{t('plans.history.initial', { count: v.diff.added.length })}</p>
      ) : (
        <ul className="plan-diff small">
          {v.diff.added.map((i) => (
            <li key={`a${String(i.id)}`} className="diff-added">
              {t('plans.history.added', label(i))}
            </li>
          ))}
          {v.diff.removed.map((i) => (
            <li key={`r${String(i.id)}`} className="diff-removed">
              {t('plans.history.removed', label(i))}
            </li>
          ))}
          {v.diff.changed.map((c) => (
            <li key={`c${c.id}`} className="diff-changed">
              {t('plans.history.changed', { seq: c.seq, name: c.subjectName })}
              <ul>
                {Object.entries(c.fields).map(([f, [before, after]]) => (
                  <li key={f}>
                    {historyFieldLabel(f)}: <del><ValueText field={f} value={before} /></del> → <ins><ValueText field={f} value={after} /></ins>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The issued versions of the plan, newest first: who, when, why, and what changed from the previous one. */
export function PlanHistoryPanel({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  return (
    <section className="card plan-history" aria-labelledby="plan-history-title">
      <h2 id="plan-history-title">{t('plans.history.heading')}</h2>
      {plan.versions.length === 0 ? (
        <p className="muted small">{t('plans.history.empty')}</p>
      ) : (
        <ol className="plan-versions">
          {plan.versions.map((v) => (
            <VersionEntry key={v.revision} v={v} />
          ))}
        </ol>
      )}
    </section>
  );
}
