import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading } from '../../../components/Feedback';
import { errorMessage } from '../../../lib/api';
import { formatIsoDate } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { riskApi } from './api';

/** Everything the platform knows about the subject, one section per wired source, with links; letters to tie. */
export function FactsPanel({ subjectId, onChanged }: { subjectId: string; onChanged?: () => void }) {
  const { t, i18n } = useTranslation();
  const data = useApi((signal) => riskApi.facts(subjectId, signal), [subjectId]);
  const [error, setError] = useState<string | null>(null);
  if (data.error) return <ErrorMessage message={data.error} onRetry={data.reload} />;
  if (!data.data) return <Loading />;
  const run = async (f: () => Promise<unknown>) => {
    setError(null);
    try {
      await f();
      data.reload();
      onChanged?.();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <>
      <ErrorMessage message={error} />
      {data.data.sections.map((s) => (
        <section key={s.source} className="card" aria-labelledby={`facts-${s.source}`}>
          <h2 id={`facts-${s.source}`}>{i18n.language === 'en' ? s.titleEn : s.titleVi}</h2>
          {s.items.length === 0 ? (
            <p className="muted">{t('risk.noneRecorded')}</p>
          ) : (
            <ul className="risk-fact-list">
              {s.items.map((item) => (
                <li key={item.id}>
                  {item.link ? <Link to={item.link}>{item.title}</Link> : item.title}
                  {item.date ? <span className="muted"> · {formatIsoDate(item.date)}</span> : null}
                  {item.status ? <span className="badge">{item.status}</span> : null}
                  {item.details ? <div className="small muted">{item.details}</div> : null}
                  {s.source === 'petitions' ? (
                    <button type="button" className="btn btn-small" onClick={() => run(() => riskApi.unlink(subjectId, item.id))}>
                      {t('risk.unlink')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {data.data.missingSources.length > 0 ? (
        <p className="small muted">{t('risk.missingSources', { sources: data.data.missingSources.map((k) => t(`risk.sources.${k as 'sanctions'}`)).join(', ') })}</p>
      ) : null}
      {data.data.suggestions.length > 0 ? (
        <section className="card" aria-labelledby="facts-suggestions">
          <h2 id="facts-suggestions">{t('risk.suggestions')}</h2>
          <p className="small muted">{t('risk.suggestionsHelp')}</p>
          <ul className="risk-fact-list">
            {data.data.suggestions.map((l) => (
              <li key={l.id}>
                <Link to={`/petitions/${l.id}`}>
                  {l.registerNo} — {l.title}
                </Link>
                <span className="muted">
                  {' '}
                  · {formatIsoDate(l.receivedOn)}
                  {l.respondentName ? ` · ${l.respondentName}` : ''}
                </span>
                <button type="button" className="btn btn-small" onClick={() => run(() => riskApi.link(subjectId, l.id))}>
                  {t('risk.link')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
