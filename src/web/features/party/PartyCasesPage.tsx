import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { partyApi } from '../inspections/api';

/** The inspections of which the logged-in organisation is the inspected party. */
export function PartyCasesPage() {
  const { t } = useTranslation();
  const list = useApi((signal) => partyApi.list(signal), []);
  const items = list.data?.items ?? [];
  return (
    <>
      <div className="portal-page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t('party.casesTitle')}
        </h1>
        <p className="page-intro">{t('party.casesIntro')}</p>
      </div>
      <ErrorMessage message={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="empty card">{t('party.noCases')}</p>
      ) : (
        <ul className="plain-list party-cases">
          {items.map((c) => (
            <li key={c.id} className="card">
              <p className="eyebrow">
                {t('inspections.caseNo')} <span className="mono strong">{c.caseNo}</span> · {c.agencyName}
              </p>
              <h2>
                <Link to={`/doi-tuong/${c.id}`}>{c.title}</Link>
              </h2>
              <p>{c.openRequests > 0 ? <span className="badge badge-warning">{t('party.openRequests', { n: formatNumber(c.openRequests) })}</span> : <span className="muted">{t('party.noOpenRequests')}</span>}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
