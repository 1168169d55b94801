import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading, PageHeader } from '../../components/Feedback';
import { petitionsApi } from '../../lib/endpoints';
import { formatIsoDate, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';

const PAGE = 50;

/**
 * The overdue view for agency heads: every running legal deadline past due in the user's scope, the longest overdue
 * first, with working and calendar days late and the article that sets the deadline. Senders appear by pseudonym.
 */
export function OverduePage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const list = useApi((signal) => petitionsApi.overdue({ limit: PAGE, offset: page * PAGE }, signal), [page]);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  return (
    <>
      <PageHeader title={t('overdue.title')} intro={t('overdue.intro')} />
      <section className="card">
        {list.data && (
          <p className="small muted">
            {t('overdue.today', { date: formatIsoDate(list.data.today) })} · <span className="strong">{t('overdue.total', { count: total })}</span>
          </p>
        )}
        <ErrorMessage message={list.error} onRetry={list.reload} />
        {list.loading && !list.data ? (
          <Loading />
        ) : items.length === 0 && !list.error ? (
          <p className="empty">{t('overdue.empty')}</p>
        ) : (
          <div className="table-wrap" aria-busy={list.loading}>
            <table className="table table-cards">
              <caption className="visually-hidden">{t('overdue.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overdue.letter')}</th>
                  <th scope="col">{t('overdue.clock')}</th>
                  <th scope="col">{t('overdue.dueDate')}</th>
                  <th scope="col">{t('overdue.late')}</th>
                  <th scope="col">{t('overdue.basis')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((d) => (
                  <tr key={d.deadlineId}>
                    <td data-label={t('overdue.letter')}>
                      <Link to={`/petitions/${d.letterId}`} className="strong">
                        {d.title}
                      </Link>
                      <div className="small muted">
                        <span className="mono">{d.registerNo}</span> · {d.author} · {d.agencyName}
                      </div>
                    </td>
                    <td data-label={t('overdue.clock')}>{d.label}</td>
                    <td data-label={t('overdue.dueDate')} className="nowrap">
                      {formatIsoDate(d.dueDate)}
                    </td>
                    <td data-label={t('overdue.late')} className="nowrap deadline-overdue strong">
                      {t('overdue.lateDays', { days: formatNumber(d.daysOverdue), calendar: formatNumber(d.calendarDaysOverdue) })}
                    </td>
                    <td data-label={t('overdue.basis')} className="small">
                      {d.basis}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {total > PAGE && (
          <nav className="pager" aria-label={t('overdue.caption')}>
            <span className="pager-buttons">
              <button type="button" className="btn btn-secondary btn-small" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('petitions.prev')}
              </button>
              <button type="button" className="btn btn-secondary btn-small" disabled={(page + 1) * PAGE >= total} onClick={() => setPage(page + 1)}>
                {t('petitions.next')}
              </button>
            </span>
          </nav>
        )}
      </section>
    </>
  );
}
