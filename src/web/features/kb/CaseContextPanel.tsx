import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { formatIsoDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { knowledgeApi } from './knowledgeApi';

/**
 * "Ask the assistant" opened from a petition or inspection (issue 6 §4): the case's stage, the articles that set its
 * running clocks, and questions to start with (a click asks them).
 */
export function CaseContextPanel({ kind, id, onAsk }: { kind: string; id: string; onAsk(question: string): void }) {
  const { t } = useTranslation();
  const ctx = useApi((signal) => knowledgeApi.context(kind, id, signal), [kind, id]);
  if (ctx.error) return <ErrorMessage message={ctx.error} />;
  if (!ctx.data) return <Loading />;
  const c = ctx.data;
  return (
    <section className="card kbk-context" aria-label={t('kbk.contextTitle')}>
      <h2>{t(kind === 'petition' ? 'kbk.contextPetition' : 'kbk.contextInspection', { title: c.title })}</h2>
      <p className="small muted">{t('kbk.stage', { stage: c.stage })}</p>
      {c.clocks.length > 0 && (
        <ul className="kbk-clocks">
          {c.clocks.map((k) => (
            <li key={`${k.label}-${k.dueDate}`}>
              <strong>{k.label}</strong> — {t('kbk.due', { date: formatIsoDate(k.dueDate) })}
              <div className="small muted">{k.basis}</div>
              {k.articles.map((a) => (
                <div key={a.articleId} className="kbk-clock-article">
                  <Link to={`/tro-ly/dieu/${a.articleId}`}>{a.label}</Link>
                  {a.heading && <span className="small"> — {a.heading}</span>}
                  <p className="kb-snippet">{a.snippet}</p>
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
      <p className="small">{t('kbk.suggestions')}</p>
      <div className="kbk-suggestions">
        {c.suggestions.map((s) => (
          <button key={s} type="button" className="btn btn-secondary btn-small" onClick={() => onAsk(s)}>
            {s}
          </button>
        ))}
      </div>
    </section>
  );
}
