import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorMessage, Loading, PageHeader } from '../../components/Feedback';
import { formatIsoDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { kbApi, type KbArticle } from './api';
import { LinkedText } from './Highlighted';

type Unit = KbArticle['units'][number];

/** A clause or point with its label, its text (references as links) and its children. */
function UnitView({ unit, childrenOf }: { unit: Unit; childrenOf: Map<string, Unit[]> }) {
  const label = unit.kind === 'clause' ? `${unit.number}. ` : unit.kind === 'point' ? `${unit.number}) ` : '';
  const kids = childrenOf.get(unit.id) ?? [];
  return (
    <li className={`kb-unit kb-${unit.kind}`} id={`${unit.kind}-${unit.number}`}>
      {unit.text && (
        <p>
          <span className="strong">{label}</span>
          <LinkedText text={unit.text} refs={unit.refs} />
        </p>
      )}
      {kids.length > 0 && (
        <ol className="plain-list kb-children">
          {kids.map((k) => (
            <UnitView key={k.id} unit={k} childrenOf={childrenOf} />
          ))}
        </ol>
      )}
    </li>
  );
}

/** The article viewer: an article with its clauses and points, cross-references as links, its document's status. */
export function ArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const article = useApi((signal) => kbApi.article(id, signal), [id]);
  if (article.loading && !article.data) return <Loading />;
  if (article.error || !article.data) return <ErrorMessage message={article.error} onRetry={article.reload} />;
  const { document: doc, units, previousArticleId, nextArticleId } = article.data;
  const head = units[0]!;
  const childrenOf = new Map<string, Unit[]>();
  for (const u of units.slice(1)) {
    const list = childrenOf.get(u.parentId ?? '') ?? [];
    list.push(u);
    childrenOf.set(u.parentId ?? '', list);
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/tro-ly">{t('kb.back')}</Link>
      </p>
      <PageHeader title={t('kb.articleRef', { article: head.number, title: head.heading ?? '' })} intro={`${doc.title} ${t('kb.number', { number: doc.number })}`}>
        <Link className="btn btn-secondary" to={`/tro-ly/van-ban/${doc.id}`}>
          {t('kb.wholeDocument')}
        </Link>
      </PageHeader>
      <section className="card kb-article">
        <dl className="facts facts-compact">
          <div>
            <dt>{t('kb.issuer')}</dt>
            <dd>{doc.issuer ?? t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('kb.issuedOn')}</dt>
            <dd>{formatIsoDate(doc.issuedOn)}</dd>
          </div>
          <div>
            <dt>{t('kb.effectiveOn')}</dt>
            <dd>{formatIsoDate(doc.effectiveOn)}</dd>
          </div>
          <div>
            <dt>{t('kb.statusLabel')}</dt>
            <dd>
              <span className={`badge ${doc.status === 'in_force' ? 'badge-active' : 'badge-warning'}`}>{t(`kb.status.${doc.status}`)}</span>
              {doc.supersededBy && <> {t('kb.supersededBy', { number: doc.supersededBy })}</>}
            </dd>
          </div>
        </dl>
        {doc.statusNote && <p className="alert alert-info">{doc.statusNote}</p>}
        {head.text && (
          <p>
            <LinkedText text={head.text} refs={head.refs} />
          </p>
        )}
        <ol className="plain-list kb-children">
          {(childrenOf.get(head.id) ?? []).map((u) => (
            <UnitView key={u.id} unit={u} childrenOf={childrenOf} />
          ))}
        </ol>
        <div className="page-actions">
          {previousArticleId && (
            <Link className="btn btn-secondary btn-small" to={`/tro-ly/dieu/${previousArticleId}`}>
              ← {t('kb.previous')}
            </Link>
          )}
          {nextArticleId && (
            <Link className="btn btn-secondary btn-small" to={`/tro-ly/dieu/${nextArticleId}`}>
              {t('kb.next')} →
            </Link>
          )}
        </div>
      </section>
    </>
  );
}
