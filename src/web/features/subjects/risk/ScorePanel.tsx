import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading } from '../../../components/Feedback';
import { errorMessage } from '../../../lib/api';
import { formatDateTime, formatIsoDate, formatMoney, formatNumber } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { riskApi, type Score } from './api';

/** A level as a coloured badge. */
export function LevelBadge({ level }: { level: string }) {
  const { t } = useTranslation();
  return <span className={`badge risk-level risk-level-${level}`}>{t(`risk.levels.${level as 'none'}`)}</span>;
}

/** An indicator's raw value in its unit. */
function rawValue(kind: string, raw: number, years: string): string {
  if (kind === 'unpaid_fines') return formatMoney(raw);
  if (kind === 'years_since_inspection') return `${formatNumber(raw)} ${years}`;
  return formatNumber(raw);
}

/** The explanation of one score: each indicator's value, weight, contribution and the facts behind it. */
export function Explanation({ score }: { score: Score }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="risk-explanation">
        <caption className="visually-hidden">{t('risk.explanation')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('risk.indicator')}</th>
            <th scope="col">{t('risk.value')}</th>
            <th scope="col">{t('risk.weight')}</th>
            <th scope="col">{t('risk.contribution')}</th>
            <th scope="col">{t('risk.facts')}</th>
          </tr>
        </thead>
        <tbody>
          {score.indicators.map((i) => (
            <tr key={i.key} className={i.available ? undefined : 'muted'}>
              <td data-label={t('risk.indicator')}>
                <span className="strong">{i18n.language === 'en' ? i.nameEn : i.nameVi}</span>
                {i.note ? <div className="small muted">{i.note}</div> : null}
              </td>
              <td data-label={t('risk.value')} className="nowrap">
                {i.available ? rawValue(i.kind, i.raw, t('risk.years')) : '—'}
                {i.available ? <div className="small muted">{t('risk.normalised', { value: formatNumber(i.normalised) })}</div> : null}
              </td>
              <td data-label={t('risk.weight')}>{formatNumber(i.weight)}</td>
              <td data-label={t('risk.contribution')} className="strong">
                {formatNumber(i.contribution)}
              </td>
              <td data-label={t('risk.facts')}>
                {i.facts.length === 0 ? (
                  <span className="muted small">{i.available ? t('risk.noFacts') : t('risk.sourceMissing')}</span>
                ) : (
                  <ul className="risk-facts small">
                    {i.facts.map((f) => (
                      <li key={`${f.source}-${f.id}`} className={f.counted ? 'counted' : 'not-counted'}>
                        {f.link ? <Link to={f.link}>{f.label}</Link> : f.label}
                        {f.date ? ` · ${formatIsoDate(f.date)}` : ''}
                        {f.counted ? ` ✓` : ''}
                        {f.note ? <div className="muted">{f.note}</div> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The score card of a subject: score, level, explanation, score history with reproduction of a past score. */
export function ScorePanel({ subjectId, canRecompute }: { subjectId: string; canRecompute: boolean }) {
  const { t } = useTranslation();
  const data = useApi((signal) => riskApi.score(subjectId, signal), [subjectId]);
  const [past, setPast] = useState<Score | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (data.error) return <ErrorMessage message={data.error} onRetry={data.reload} />;
  if (!data.data) return <Loading />;
  const s = data.data.current;
  const recompute = async () => {
    setBusy(true);
    setError(null);
    try {
      await riskApi.recompute(subjectId);
      data.reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const showPast = async (id: number) => {
    setError(null);
    try {
      setPast(await riskApi.pastScore(subjectId, id));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <>
      <section className="card risk-card" aria-labelledby="risk-score-title">
        <h2 id="risk-score-title">{t('risk.scoreTitle')}</h2>
        <p className="small muted">{t('risk.advisory')}</p>
        <ErrorMessage message={error} />
        {!s ? (
          <p className="muted">{t('risk.notScored')}</p>
        ) : (
          <>
            <div className="risk-summary">
              <div className="risk-score-number" aria-label={t('risk.score')}>
                {formatNumber(s.score)}
                <span className="small muted"> / 100</span>
              </div>
              <LevelBadge level={s.level} />
              <div className="small muted">
                {t('risk.computed', { version: s.setVersion, date: formatIsoDate(s.asOf), at: formatDateTime(s.computedAt) })}
                <br />
                {t('risk.thresholds', { watch: s.thresholds.watch, warning: s.thresholds.warning, serious: s.thresholds.serious })}
                <br />
                {s.reproduced.matches ? t('risk.reproducedOk') : t('risk.reproducedDiff', { score: formatNumber(s.reproduced.score) })}
              </div>
            </div>
            {s.excluded ? <p className="muted">{s.excluded}</p> : <Explanation score={s} />}
          </>
        )}
        {canRecompute ? (
          <div className="form-actions">
            <button type="button" className="btn" onClick={recompute} disabled={busy}>
              {t('risk.recompute')}
            </button>
          </div>
        ) : null}
      </section>
      {data.data.history.length > 0 ? (
        <section className="card" aria-labelledby="risk-history-title">
          <h2 id="risk-history-title">{t('risk.scoreHistory')}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('risk.when')}</th>
                  <th scope="col">{t('risk.score')}</th>
                  <th scope="col">{t('risk.level')}</th>
                  <th scope="col">{t('risk.version')}</th>
                  <th scope="col">{t('risk.cause')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('risk.reproduce')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.data.history.map((h) => (
                  <tr key={h.id}>
                    <td data-label={t('risk.when')}>{formatDateTime(h.computedAt)}</td>
                    <td data-label={t('risk.score')}>{formatNumber(h.score)}</td>
                    <td data-label={t('risk.level')}>
                      <LevelBadge level={h.level} />
                    </td>
                    <td data-label={t('risk.version')}>v{h.setVersion}</td>
                    <td data-label={t('risk.cause')}>{t(`risk.causes.${h.cause as 'full'}`, h.cause)}</td>
                    <td>
                      <button type="button" className="btn btn-small" onClick={() => showPast(h.id)}>
                        {t('risk.reproduce')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {past ? (
            <div className="risk-past" role="region" aria-label={t('risk.pastTitle', { id: past.historyId })}>
              <h3>{t('risk.pastTitle', { id: past.historyId })}</h3>
              <p className={past.reproduced.matches ? 'risk-ok' : 'risk-diff'}>
                {past.reproduced.matches ? t('risk.pastMatches', { score: formatNumber(past.score), version: past.setVersion, date: formatIsoDate(past.asOf) }) : t('risk.pastDiffers', { stored: formatNumber(past.score), again: formatNumber(past.reproduced.score) })}
              </p>
              <Explanation score={past} />
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
