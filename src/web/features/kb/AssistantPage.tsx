import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorMessage, PageHeader } from '../../components/Feedback';
import { TextAreaField } from '../../components/Field';
import { errorMessage } from '../../lib/api';
import { useAuth } from '../../lib/auth';
import { kbApi, type KbAnswer } from './api';
import { CaseContextPanel } from './CaseContextPanel';
import { Highlighted } from './Highlighted';

type Turn = { question: string; answer: KbAnswer };

/** Citation text for copying: the sentences with their article, clause and document. */
function citedText(answer: KbAnswer): string {
  return answer.answer.map((s) => `${s.text} (${[s.citation, ...s.alsoCitations].map((c) => c.label).join('; ')})`).join('\n');
}

/**
 * The virtual assistant (issue 6): a question in Vietnamese (diacritics optional, abbreviations such as KN, TC,
 * UBND understood) answered with sentences taken from the law, each linked to its article; the articles found are
 * listed with the matching passage highlighted.
 */
export function AssistantPage() {
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [turns, setTurns] = useState<Turn[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<number | null>(null);
  const [judged, setJudged] = useState<Record<number, string>>({});
  const [params] = useSearchParams();
  const { can } = useAuth();
  const contextKind = params.get('kind');
  const contextId = params.get('id');

  const judge = async (key: number, turn: Turn, verdict: 'helpful' | 'wrong_article') => {
    try {
      await kbApi.feedback({ question: turn.question, verdict, mode: turn.answer.mode, articleId: turn.answer.answer[0]?.citation.articleId ?? turn.answer.articles[0]?.articleId });
      setJudged((prev) => ({ ...prev, [key]: t('kb.thanks') }));
    } catch (err) {
      setJudged((prev) => ({ ...prev, [key]: errorMessage(err) }));
    }
  };

  const ask = async (e: React.FormEvent | null, asked?: string) => {
    e?.preventDefault();
    const q = (asked ?? question).trim();
    if (q.length < 2) {
      setError(t('kb.tooShort'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await kbApi.ask(q);
      setTurns((prev) => [{ question: q, answer }, ...prev]);
      setQuestion('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const copy = async (i: number, answer: KbAnswer) => {
    try {
      await navigator.clipboard.writeText(citedText(answer));
      setCopied(i);
    } catch {
      setCopied(null);
    }
  };

  return (
    <>
      <PageHeader title={t('kb.title')} intro={t('kb.intro')}>
        <Link className="btn btn-ghost" to="/tro-ly/tri-thuc">
          {t('kbk.knowledgeLink')}
        </Link>
        {can('kb.manage') && (
          <Link className="btn btn-ghost" to="/tro-ly/thu-vien">
            {t('kbk.libraryLink')}
          </Link>
        )}
      </PageHeader>
      {contextKind && contextId && <CaseContextPanel kind={contextKind} id={contextId} onAsk={(q) => void ask(null, q)} />}
      <section className="card">
        <form className="form kb-ask" onSubmit={ask}>
          <TextAreaField
            label={t('kb.question')}
            help={t('kb.questionHelp')}
            rows={3}
            value={question}
            maxLength={1000}
            onChange={(e) => setQuestion(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <div className="form-actions">
            <button className="btn btn-primary" type="submit" disabled={busy}>
              {busy ? t('kb.asking') : t('kb.ask')}
            </button>
          </div>
          <ErrorMessage message={error} />
        </form>
      </section>
      {turns.length === 0 && <p className="muted">{t('kb.examples')}</p>}
      {turns.map((turn, i) => (
        <section className="card kb-turn" key={turns.length - i} aria-label={t('kb.turnLabel', { question: turn.question })}>
          <p className="kb-question">
            <strong>{t('kb.you')}:</strong> {turn.question}
          </p>
          <h2 className="kb-answer-title">{turn.answer.mode === 'generative' ? t('kb.answerGenerated') : t('kb.answer')}</h2>
          {turn.answer.notice && <p className="alert alert-info">{turn.answer.notice}</p>}
          {turn.answer.answer.length === 0 ? (
            <p className="muted">{t('kb.noAnswer')}</p>
          ) : (
            <ol className="kb-answer">
              {turn.answer.answer.map((s, j) => (
                <li key={j}>
                  <span>{s.text}</span>{' '}
                  <Link className="kb-cite" to={`/tro-ly/dieu/${s.citation.articleId}`}>
                    ({s.citation.label})
                  </Link>
                  {s.alsoCitations.map((c) => (
                    <Fragment key={c.articleId}>
                      {' '}
                      <Link className="kb-cite" to={`/tro-ly/dieu/${c.articleId}`}>
                        ({c.label})
                      </Link>
                    </Fragment>
                  ))}
                </li>
              ))}
            </ol>
          )}
          {turn.answer.answer.length > 0 && (
            <div className="page-actions">
              <button type="button" className="btn btn-secondary btn-small" onClick={() => void copy(i, turn.answer)}>
                {copied === i ? t('kb.copied') : t('kb.copy')}
              </button>
              {judged[turns.length - i] ? (
                <span className="small muted" role="status">
                  {judged[turns.length - i]}
                </span>
              ) : (
                <>
                  <button type="button" className="btn btn-ghost btn-small" onClick={() => void judge(turns.length - i, turn, 'helpful')}>
                    {t('kb.helpful')}
                  </button>
                  <button type="button" className="btn btn-ghost btn-small" onClick={() => void judge(turns.length - i, turn, 'wrong_article')}>
                    {t('kb.wrongArticle')}
                  </button>
                </>
              )}
            </div>
          )}
          {turn.answer.related.length > 0 && (
            <>
              <h3>{t('kbk.related')}</h3>
              <ul className="result-list kb-results">
                {turn.answer.related.map((r) => (
                  <li key={r.id}>
                    <strong>{r.title}</strong> <span className="kb-cite">({r.label})</span>
                    <p className="kb-snippet">
                      <Highlighted text={r.snippet} ranges={r.highlights} />
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('kb.articles')}</h3>
          <ul className="result-list kb-results">
            {turn.answer.articles.map((a) => (
              <li key={a.articleId}>
                <Link to={`/tro-ly/dieu/${a.articleId}`} className="strong">
                  {t('kb.articleRef', { article: a.article, title: a.title })}
                </Link>
                <div className="small muted">
                  {a.lawTitle} {t('kb.number', { number: a.lawNumber })}
                  {a.status !== 'in_force' && <span className="badge badge-warning kb-status">{t(`kb.status.${a.status}`)}</span>}
                  {a.clause && <> · {t('kb.clause', { clause: a.clause })}</>}
                  {a.point && <> · {t('kb.point', { point: a.point })}</>}
                </div>
                <p className="kb-snippet">
                  <Highlighted text={a.snippet} ranges={a.highlights} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
