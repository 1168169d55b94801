import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { Pager, useListParams } from '../../components/ListControls';
import { formatIsoDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { publicConclusionsApi, type PublicConclusion } from '../inspections/api';

const PAGE_SIZE = 10;

function ConclusionCard({ c }: { c: PublicConclusion }) {
  const { t } = useTranslation();
  return (
    <li>
      <article className="card public-conclusion" aria-labelledby={`conclusion-${c.id}`}>
        <p className="eyebrow">{c.agencyName}</p>
        <h2 id={`conclusion-${c.id}`}>{c.title}</h2>
        <dl className="facts facts-compact">
          <div>
            <dt>{t('publicConclusions.subject')}</dt>
            <dd>{c.subjectName}</dd>
          </div>
          <div>
            <dt>{t('publicConclusions.number')}</dt>
            <dd className="mono">{c.conclusionNo}</dd>
          </div>
          <div>
            <dt>{t('publicConclusions.signedOn')}</dt>
            <dd>{formatIsoDate(c.signedOn)}</dd>
          </div>
          <div>
            <dt>{t('publicConclusions.publishedOn')}</dt>
            <dd>{formatIsoDate(c.publishedOn)}</dd>
          </div>
        </dl>
        {c.summary && <p>{c.summary}</p>}
        <details>
          <summary>{t('publicConclusions.readParts', { n: String(c.parts.length) })}</summary>
          <ol className="conclusion-parts">
            {c.parts.map((p) => {
              // A withheld part keeps its place and heading; its content is replaced by the reasons and articles.
              const w = c.withheld.find((x) => x.partId === p.id);
              return w ? (
                <li key={p.id} className="withheld-part">
                  <h3>{p.heading}</h3>
                  <p className="strong">{t('publicConclusions.withheld')}</p>
                  <ul className="small">
                    {w.reasons.map((r) => (
                      <li key={`${r.labelVi}-${r.basis}`}>
                        {r.labelVi} — {t('petitionLabels.basis')}: {r.basis}
                      </li>
                    ))}
                  </ul>
                </li>
              ) : (
                <li key={p.id}>
                  <h3>{p.heading}</h3>
                  <div className="letter-content">{p.text}</div>
                </li>
              );
            })}
          </ol>
        </details>
        {c.notes.length > 0 && (
          <ul className="small muted">
            {c.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </article>
    </li>
  );
}

/** Published inspection conclusions (Luật Thanh tra 2025, Điều 37), public: only their public version. */
export function ConclusionsPage() {
  const { t } = useTranslation();
  const { get, page, query, setQuery, setParam } = useListParams();
  const q = get('q');
  const list = useApi((signal) => publicConclusionsApi.list({ ...(q ? { q } : {}), limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal), [q, page]);
  const items = list.data?.items ?? [];
  return (
    <>
      <section className="portal-hero">
        <h1 id="page-title" tabIndex={-1}>
          {t('publicConclusions.title')}
        </h1>
        <p>{t('publicConclusions.intro')}</p>
      </section>
      <form className="card" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField label={t('publicConclusions.search')} placeholder={t('publicConclusions.searchPlaceholder')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </form>
      {list.loading && !list.data ? (
        <Loading />
      ) : list.error ? (
        <ErrorMessage message={list.error} onRetry={list.reload} />
      ) : items.length === 0 ? (
        <p className="card empty">{t('publicConclusions.empty')}</p>
      ) : (
        <ul className="public-conclusions" aria-label={t('publicConclusions.listCaption')}>
          {items.map((c) => (
            <ConclusionCard key={c.id} c={c} />
          ))}
        </ul>
      )}
      <Pager page={page} pageSize={PAGE_SIZE} total={list.data?.total ?? 0} caption={t('publicConclusions.listCaption')} range={(r) => t('publicConclusions.range', r)} onPage={(n) => setParam({ page: String(n) })} />
    </>
  );
}
