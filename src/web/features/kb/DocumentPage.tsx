import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorMessage, Loading, PageHeader } from '../../components/Feedback';
import { formatIsoDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { kbApi, type KbDocument } from './api';
import { LinkedText } from './Highlighted';

type Unit = KbDocument['units'][number];

const HEADING_KIND: Record<string, string> = { part: 'Phần', chapter: 'Chương', section: 'Mục' };

/** One unit of the document with its children: headings for parts, chapters and sections; articles link to the viewer. */
function Node({ unit, childrenOf }: { unit: Unit; childrenOf: Map<string, Unit[]> }) {
  const { t } = useTranslation();
  const kids = childrenOf.get(unit.id) ?? [];
  const children = kids.map((k) => <Node key={k.id} unit={k} childrenOf={childrenOf} />);
  if (unit.kind === 'part' || unit.kind === 'chapter' || unit.kind === 'section') {
    return (
      <section className={`kb-${unit.kind}`}>
        <h2 className="kb-structure-heading">
          {HEADING_KIND[unit.kind]} {unit.number}
          {unit.heading ? `. ${unit.heading}` : ''}
        </h2>
        {children}
      </section>
    );
  }
  if (unit.kind === 'article') {
    return (
      <article className="kb-doc-article">
        <h3>
          <Link to={`/tro-ly/dieu/${unit.id}`}>{t('kb.articleRef', { article: unit.number, title: unit.heading ?? '' })}</Link>
        </h3>
        {unit.text && (
          <p>
            <LinkedText text={unit.text} refs={unit.refs} />
          </p>
        )}
        {kids.length > 0 && <ol className="plain-list kb-children">{children}</ol>}
      </article>
    );
  }
  const label = unit.kind === 'clause' ? `${unit.number}. ` : `${unit.number}) `;
  return (
    <li className={`kb-unit kb-${unit.kind}`}>
      <p>
        <span className="strong">{label}</span>
        <LinkedText text={unit.text} refs={unit.refs} />
      </p>
      {kids.length > 0 && <ol className="plain-list kb-children">{children}</ol>}
    </li>
  );
}

/** A whole document of the library with its structure (parts, chapters, sections, articles, clauses, points). */
export function DocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const doc = useApi((signal) => kbApi.document(id, signal), [id]);
  if (doc.loading && !doc.data) return <Loading />;
  if (doc.error || !doc.data) return <ErrorMessage message={doc.error} onRetry={doc.reload} />;
  const d = doc.data;
  const childrenOf = new Map<string, Unit[]>();
  for (const u of d.units) {
    const key = u.parentId ?? '';
    const list = childrenOf.get(key) ?? [];
    list.push(u);
    childrenOf.set(key, list);
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/tro-ly">{t('kb.back')}</Link>
      </p>
      <PageHeader title={d.title} intro={`${t('kb.number', { number: d.number })} · ${d.issuer ?? ''} · ${t('kb.issuedOn')} ${formatIsoDate(d.issuedOn)} · ${t('kb.articleCount', { count: d.articleCount })}`} />
      <section className="card kb-article">
        <p>
          <span className={`badge ${d.status === 'in_force' ? 'badge-active' : 'badge-warning'}`}>{t(`kb.status.${d.status}`)}</span>
          {d.supersededBy && <> {t('kb.supersededBy', { number: d.supersededBy })}</>}
        </p>
        {d.statusNote && <p className="alert alert-info">{d.statusNote}</p>}
        {(childrenOf.get('') ?? []).map((u) => (
          <Node key={u.id} unit={u} childrenOf={childrenOf} />
        ))}
      </section>
    </>
  );
}
