import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../components/Confirm';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage, Loading, PageHeader, StatusMessage } from '../../components/Feedback';
import { errorMessage } from '../../lib/api';
import { useAuth } from '../../lib/auth';
import { calendarApi, type CalendarDay } from '../../lib/endpoints';
import { formatIsoDate, todayIso, weekdayOf } from '../../lib/format';
import { weekdayLabel } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { DeadlineCalculator } from './DeadlineCalculator';
import { OverrideForm } from './OverrideForm';

/** Days off of a year (law and administrators' overrides), the deadline calculator, and override editing. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const manage = can('calendar.manage');
  const [year, setYear] = useState(() => Number(todayIso().slice(0, 4)));
  const holidays = useApi((signal) => calendarApi.holidays(year, signal), [year]);
  const [editing, setEditing] = useState<Partial<CalendarDay> | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const days = holidays.data?.year === year ? holidays.data.days : [];

  const remove = async (date: string) => {
    if (!(await confirm(t('calendar.confirmRemove', { date: formatIsoDate(date) }), t('common.delete')))) return;
    setError(null);
    try {
      await calendarApi.deleteOverride(date);
      setStatus(t('calendar.removed', { date: formatIsoDate(date) }));
      holidays.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <>
      <PageHeader title={t('calendar.title')} intro={t('calendar.intro')}>
        {manage && (
          <button type="button" className="btn btn-primary" onClick={() => setEditing({})}>
            {t('calendar.addOverride')}
          </button>
        )}
      </PageHeader>
      <StatusMessage message={status} />
      <ErrorMessage message={error} />
      <section className="card" aria-labelledby="calc-title">
        <h2 id="calc-title">{t('calendar.calculator')}</h2>
        <DeadlineCalculator />
      </section>
      <section className="card" aria-labelledby="year-title">
        <div className="card-head">
          <h2 id="year-title">{t('calendar.caption', { year: String(year) })}</h2>
          <div className="year-nav" role="group" aria-label={t('calendar.year')}>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => setYear((y) => y - 1)} disabled={year <= 1990}>
              ‹ <span className="visually-hidden">{t('calendar.prevYear')}</span>
              <span aria-hidden="true">{year - 1}</span>
            </button>
            <strong className="year-current" aria-current="true">
              {year}
            </strong>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => setYear((y) => y + 1)} disabled={year >= 2100}>
              <span className="visually-hidden">{t('calendar.nextYear')}</span>
              <span aria-hidden="true">{year + 1}</span> ›
            </button>
          </div>
        </div>
        <ErrorMessage message={holidays.error} onRetry={holidays.reload} />
        {holidays.loading ? (
          <Loading />
        ) : days.length === 0 ? (
          <p className="empty">{t('calendar.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table table-cards">
              <thead>
                <tr>
                  <th scope="col">{t('calendar.date')}</th>
                  <th scope="col">{t('calendar.weekday')}</th>
                  <th scope="col">{t('calendar.kind')}</th>
                  <th scope="col">{t('calendar.name')}</th>
                  <th scope="col">{t('calendar.basis')}</th>
                  {manage && <th scope="col">{t('calendar.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {days.map((d) => (
                  <tr key={d.date}>
                    <td data-label={t('calendar.date')} className="nowrap strong">
                      {formatIsoDate(d.date)}
                    </td>
                    <td data-label={t('calendar.weekday')} className="nowrap">{weekdayLabel(weekdayOf(d.date))}</td>
                    <td data-label={t('calendar.kind')}>
                      <span className={`badge badge-kind-${d.kind}`}>{t(`calendar.kinds.${d.kind}`)}</span>
                    </td>
                    <td data-label={t('calendar.name')}>
                      {i18n.language === 'en' ? d.nameEn || d.name : d.name}
                      {d.toVerify && <span className="badge badge-warning">{t('calendar.toVerify')}</span>}
                    </td>
                    <td data-label={t('calendar.basis')} className="small">
                      <span className={`badge badge-source`}>{d.source === 'law' ? t('calendar.sourceLaw') : t('calendar.sourceOverride')}</span> {d.basis}
                    </td>
                    {manage && (
                      <td data-label={t('calendar.actions')} className="nowrap">
                        <button type="button" className="btn btn-small btn-secondary" aria-label={t('calendar.editOverride', { date: formatIsoDate(d.date) })} onClick={() => setEditing(d)}>
                          {t('common.edit')}
                        </button>{' '}
                        {d.source === 'override' && (
                          <button type="button" className="btn btn-small btn-danger-ghost" aria-label={t('calendar.removeOverride', { date: formatIsoDate(d.date) })} onClick={() => void remove(d.date)}>
                            {t('common.delete')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {confirmDialog}
      <Dialog title={t('calendar.overrideTitle')} open={editing !== null} onClose={() => setEditing(null)} variant="modal">
        <OverrideForm
          day={editing}
          onCancel={() => setEditing(null)}
          onSaved={(date) => {
            setEditing(null);
            setStatus(t('calendar.saved', { date: formatIsoDate(date) }));
            const y = Number(date.slice(0, 4));
            if (y !== year) setYear(y);
            else holidays.reload();
          }}
        />
      </Dialog>
    </>
  );
}
