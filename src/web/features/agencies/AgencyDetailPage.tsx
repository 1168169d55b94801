import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorMessage, Loading, PageHeader } from '../../components/Feedback';
import { agenciesApi, type AgencyDetail } from '../../lib/endpoints';
import { formatIsoDate } from '../../lib/format';
import { agencyKindLabel, agencyLevelLabel, agencyStatusLabel, eventKindLabel } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { CHILD_PAGE, TreeNode } from './AgencyTree';

/** Names of the agencies an event refers to (fetched one by one; events name few agencies). */
function useAgencyNames(ids: string[]) {
  const unique = [...new Set(ids)].slice(0, 20);
  return useApi(
    async (signal) => {
      const found = await Promise.all(unique.map((id) => agenciesApi.get(id, signal).then((a) => [id, a.name] as const, () => [id, id] as const)));
      return Object.fromEntries(found) as Record<string, string>;
    },
    [unique.join(',')],
    unique.length > 0,
  );
}

function AgencyLinks({ ids, names }: { ids: string[]; names: Record<string, string> | undefined }) {
  const { t } = useTranslation();
  if (ids.length === 0) return <span className="muted">{t('common.none')}</span>;
  return (
    <ul className="plain-list">
      {ids.map((id) => (
        <li key={id}>
          <Link to={`/agencies/${id}`}>{names?.[id] ?? id}</Link>
        </li>
      ))}
    </ul>
  );
}

function Facts({ agency, parentName }: { agency: AgencyDetail; parentName?: string }) {
  const { t } = useTranslation();
  const rows: [string, React.ReactNode][] = [
    [t('agencies.code'), <span className="mono">{agency.code}</span>],
    [t('agencies.kind'), agencyKindLabel(agency.kind)],
    [t('agencies.level'), agencyLevelLabel(agency.level)],
    [t('agencies.status'), <span className={`badge badge-${agency.status === 'active' ? 'active' : 'disabled'}`}>{agencyStatusLabel(agency.status)}</span>],
    [t('agencies.validFrom'), formatIsoDate(agency.validFrom)],
    [t('agencies.validTo'), agency.validTo ? formatIsoDate(agency.validTo) : t('common.none')],
    [t('agencies.parent'), agency.parentId ? <Link to={`/agencies/${agency.parentId}`}>{parentName ?? t('common.loading')}</Link> : t('common.none')],
  ];
  if (agency.provinceCode) rows.push([t('agencies.province'), <span className="mono">{agency.provinceCode}</span>]);
  if (agency.communeCode) rows.push([t('agencies.commune'), <span className="mono">{agency.communeCode}</span>]);
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One agency: facts, name history, reorganisation events and subordinate agencies. */
export function AgencyDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useApi((signal) => agenciesApi.get(id, signal), [id]);
  const agency = detail.data?.id === id ? detail.data : undefined;
  const parent = useApi((signal) => agenciesApi.get(agency!.parentId!, signal), [agency?.parentId], !!agency?.parentId);
  const children = useApi((signal) => agenciesApi.list({ parentId: id, limit: CHILD_PAGE }, signal), [id]);
  const names = useAgencyNames(agency ? agency.events.flatMap((e) => [...e.sourceIds, ...e.resultIds]) : []);

  if (!agency) return detail.error ? <ErrorMessage message={detail.error} onRetry={detail.reload} /> : <Loading />;

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/agencies">{t('agencies.backToTree')}</Link>
      </nav>
      <PageHeader title={agency.name} />
      <section className="card">
        <Facts agency={agency} parentName={parent.data?.name} />
      </section>
      <section className="card" aria-labelledby="names-title">
        <h2 id="names-title">{t('agencies.names')}</h2>
        <div className="table-wrap">
          <table className="table table-cards">
            <thead>
              <tr>
                <th scope="col">{t('agencies.name')}</th>
                <th scope="col">{t('agencies.validFrom')}</th>
                <th scope="col">{t('agencies.validTo')}</th>
              </tr>
            </thead>
            <tbody>
              {agency.names.map((n) => (
                <tr key={`${n.name}-${n.validFrom}`}>
                  <td data-label={t('agencies.name')}>{n.name}</td>
                  <td data-label={t('agencies.validFrom')}>{formatIsoDate(n.validFrom)}</td>
                  <td data-label={t('agencies.validTo')}>{n.validTo ? formatIsoDate(n.validTo) : t('common.present')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="events-title">
        <h2 id="events-title">{t('agencies.events')}</h2>
        {agency.events.length === 0 ? (
          <p className="empty">{t('agencies.noEvents')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table table-cards">
              <thead>
                <tr>
                  <th scope="col">{t('agencies.eventDate')}</th>
                  <th scope="col">{t('agencies.eventKind')}</th>
                  <th scope="col">{t('agencies.sources')}</th>
                  <th scope="col">{t('agencies.results')}</th>
                  <th scope="col">{t('agencies.basis')}</th>
                </tr>
              </thead>
              <tbody>
                {agency.events.map((e) => (
                  <tr key={e.id}>
                    <td data-label={t('agencies.eventDate')}>{formatIsoDate(e.effectiveDate)}</td>
                    <td data-label={t('agencies.eventKind')}>
                      {eventKindLabel(e.kind)}
                      {e.note && <div className="muted small">{e.note}</div>}
                    </td>
                    <td data-label={t('agencies.sources')}>
                      <AgencyLinks ids={e.sourceIds} names={names.data} />
                    </td>
                    <td data-label={t('agencies.results')}>
                      <AgencyLinks ids={e.resultIds} names={names.data} />
                    </td>
                    <td data-label={t('agencies.basis')}>{e.basis ?? t('common.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="children-title">
        <h2 id="children-title">{t('agencies.children')}</h2>
        <ErrorMessage message={children.error} onRetry={children.reload} />
        {children.loading ? (
          <Loading />
        ) : children.data && children.data.length > 0 ? (
          <ul className="tree">
            {children.data.map((c) => (
              <TreeNode key={c.id} agency={c} includeInactive={false} />
            ))}
          </ul>
        ) : (
          <p className="empty">{t('agencies.noChildren')}</p>
        )}
      </section>
    </>
  );
}
