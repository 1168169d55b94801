import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/Feedback';
import { ListResults, Pager } from '../../components/ListControls';
import { formatIsoDate, formatMoney, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { followUpApi } from './followupApi';

const PAGE = 50;

/**
 * "Kiến nghị chậm thực hiện": recommendations of the agency's signed conclusions past their due date and still open
 * (Art 54(1), 55), the oldest first, with days late, the recovered money and the article.
 */
export function OverdueRecommendationsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const list = useApi((signal) => followUpApi.overdue({ overdue: '1', limit: PAGE, offset: page * PAGE }, signal), [page]);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  return (
    <>
      <PageHeader title={t('followup.overdue.title')} intro={t('followup.overdue.intro')} />
      <section className="card">
        {list.data && <p className="small muted">{t('followup.overdue.today', { date: formatIsoDate(list.data.today) })}</p>}
        <ListResults
          loading={list.loading}
          error={list.error}
          hasData={!!list.data}
          empty={items.length === 0}
          emptyText={t('followup.overdue.empty')}
          caption={t('followup.overdue.caption')}
          className="overdue-table"
          columns={[t('followup.overdue.recommendation'), t('followup.overdue.addressee'), t('followup.overdue.due'), t('followup.overdue.late'), t('followup.overdue.status')]}
          reload={list.reload}
        >
          {items.map((r) => (
            <tr key={r.id}>
              <td data-label={t('followup.overdue.recommendation')}>
                <Link to={`/inspections/${r.caseId}`} className="strong">
                  {t('followup.recs.seq', { seq: String(r.seq) })} — {r.kindLabel}
                </Link>
                <div className="small">{r.content}</div>
                <div className="small muted">
                  <span className="mono">{r.caseNo}</span> · {r.subjectName} · {r.agencyName}
                </div>
                {r.recovery && (
                  <div className="small">
                    {t('followup.overdue.progress')}: {formatMoney(r.recovery.recovered)} / {formatMoney(r.recovery.amountVnd)} ({r.recovery.percent}%)
                  </div>
                )}
              </td>
              <td data-label={t('followup.overdue.addressee')}>{r.addressee}</td>
              <td data-label={t('followup.overdue.due')} className="nowrap">
                {formatIsoDate(r.dueDate)}
              </td>
              <td data-label={t('followup.overdue.late')} className="nowrap deadline-overdue strong">
                {t('followup.overdue.days', { n: formatNumber(r.daysOverdue) })}
              </td>
              <td data-label={t('followup.overdue.status')}>
                <span className="badge badge-state">{r.statusLabel}</span>
                <div className="small muted">{r.basis}</div>
              </td>
            </tr>
          ))}
        </ListResults>
        <Pager page={page} pageSize={PAGE} total={total} caption={t('followup.overdue.caption')} onPage={setPage} />
      </section>
    </>
  );
}
