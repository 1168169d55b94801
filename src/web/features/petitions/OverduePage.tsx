import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/Feedback';
import { ListResults, Pager } from '../../components/ListControls';
import { petitionsApi } from '../../lib/endpoints';
import { formatIsoDate, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';

const PAGE = 50;

/**
 * The overdue view for agency heads: every running legal deadline past due in the user's scope — letters' and
 * reception visits' (linked to the visit) —, the longest overdue first, with working and calendar days late and the article that sets the deadline. Senders appear by pseudonym.
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
        <ListResults
          loading={list.loading}
          error={list.error}
          hasData={!!list.data}
          empty={items.length === 0}
          emptyText={t('overdue.empty')}
          caption={t('overdue.caption')}
          className="overdue-table"
          columns={[t('overdue.letter'), t('overdue.clock'), t('overdue.dueDate'), t('overdue.late'), t('overdue.basis')]}
          reload={list.reload}
        >
          {items.map((d) => (
            <tr key={d.deadlineId}>
              <td data-label={t('overdue.letter')}>
                <Link to={d.target === 'visit' ? `/reception/${d.visitId}` : `/petitions/${d.letterId}`} className="strong">
                  {d.title}
                </Link>
                <div className="small muted">
                  {d.target === 'visit' && <span className="badge badge-state">{t('overdue.visitTag')}</span>} <span className="mono">{d.registerNo}</span> · {d.author} · {d.agencyName}
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
        </ListResults>
        <Pager
          page={page}
          pageSize={PAGE}
          total={total}
          caption={t('overdue.caption')}
          onPage={setPage}
        />
      </section>
    </>
  );
}
