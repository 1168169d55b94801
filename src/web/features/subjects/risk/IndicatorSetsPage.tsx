import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading, PageHeader, StatusMessage } from '../../../components/Feedback';
import { errorMessage } from '../../../lib/api';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { SOURCE_OF } from '../../../../shared/domain/subjects/indicators/definitions';
import { useApi } from '../../../lib/useApi';
import { riskApi } from './api';

/** Administrators: the versions of the indicator set, the current one in detail, publishing a new version, full rescoring. */
export function IndicatorSetsPage() {
  const { t, i18n } = useTranslation();
  const sets = useApi((signal) => riskApi.sets(signal), []);
  const [draft, setDraft] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (sets.error) return <ErrorMessage message={sets.error} onRetry={sets.reload} />;
  if (!sets.data) return <Loading />;
  const current = sets.data.items[0];
  const publish = async () => {
    setError(null);
    try {
      let definition: unknown;
      try {
        definition = JSON.parse(draft ?? '');
      } catch {
        setError(t('risk.badJson'));
        return;
      }
      await riskApi.createSet(definition, note);
      setDraft(null);
      setNote('');
      setStatus(t('risk.published'));
      sets.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const rescore = async () => {
    setError(null);
    try {
      await riskApi.rescoreAll();
      setStatus(t('risk.rescoreQueued'));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <>
      <p>
        <Link to="/canh-bao-som">← {t('risk.inboxTitle')}</Link>
      </p>
      <PageHeader title={t('risk.setsTitle')} intro={t('risk.setsIntro')}>
        <button type="button" className="btn" onClick={rescore}>
          {t('risk.rescoreAll')}
        </button>
      </PageHeader>
      <StatusMessage message={status} />
      <ErrorMessage message={error} />
      {current ? (
        <section className="card" aria-labelledby="set-current">
          <h2 id="set-current">{t('risk.currentVersion', { version: current.version })}</h2>
          <p className="small muted">
            {formatDateTime(current.createdAt)} · {current.authorName ?? t('risk.shipped')} · {current.note}
          </p>
          <p className="small">
            {t('risk.thresholds', { watch: current.definition.thresholds.watch, warning: current.definition.thresholds.warning, serious: current.definition.thresholds.serious })} · {t('risk.warnFrom', { level: t(`risk.levels.${current.definition.thresholds.warnFrom}`) })}
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('risk.indicator')}</th>
                  <th scope="col">{t('risk.weight')}</th>
                  <th scope="col">{t('risk.cap')}</th>
                  <th scope="col">{t('risk.justification')}</th>
                </tr>
              </thead>
              <tbody>
                {current.definition.indicators.map((i) => (
                  <tr key={i.key}>
                    <td data-label={t('risk.indicator')}>
                      <span className="strong">{i18n.language === 'en' ? i.nameEn : i.nameVi}</span>
                      <div className="small muted mono">
                        {i.key} · {i.kind}
                      </div>
                      {SOURCE_OF[i.kind] === 'subject' || sets.data!.wiredSources.includes(SOURCE_OF[i.kind]) ? null : <div className="small muted">{t('risk.sourceMissing')}</div>}
                    </td>
                    <td data-label={t('risk.weight')}>{formatNumber(i.weight)}</td>
                    <td data-label={t('risk.cap')}>{formatNumber(i.cap)}</td>
                    <td data-label={t('risk.justification')} className="small">
                      {i.justification}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" onClick={() => setDraft(JSON.stringify(current.definition, null, 2))}>
              {t('risk.newVersion')}
            </button>
          </div>
        </section>
      ) : null}
      {draft !== null ? (
        <section className="card" aria-labelledby="set-new">
          <h2 id="set-new">{t('risk.newVersion')}</h2>
          <p className="small muted">{t('risk.newVersionHelp')}</p>
          <label className="wide">
            {t('risk.definition')}
            <textarea className="mono risk-json" rows={18} value={draft} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <label className="wide">
            {t('risk.note')}
            <input value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" onClick={publish}>
              {t('risk.publish')}
            </button>
            <button type="button" className="btn" onClick={() => setDraft(null)}>
              {t('risk.cancel')}
            </button>
          </div>
        </section>
      ) : null}
      <section className="card" aria-labelledby="set-versions">
        <h2 id="set-versions">{t('risk.versions')}</h2>
        <ul>
          {sets.data.items.map((s) => (
            <li key={s.version}>
              v{s.version} · {formatDateTime(s.createdAt)} · {s.authorName ?? t('risk.shipped')} — {s.note}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
