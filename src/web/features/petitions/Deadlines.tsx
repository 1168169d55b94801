import { useTranslation } from 'react-i18next';
import type { PetitionDeadline } from '../../lib/endpoints';
import { formatIsoDate } from '../../lib/format';
import { deadlineStatusLabel } from '../../lib/labels';

/** Coloured status of a deadline (overdue red, due today / soon amber); the article is in its title. */
export function DeadlineBadge({ deadline }: { deadline: Pick<PetitionDeadline, 'status' | 'basis'> }) {
  return (
    <span className={`badge badge-deadline badge-deadline-${deadline.status}`} title={deadline.basis}>
      {deadlineStatusLabel(deadline.status)}
    </span>
  );
}

/** "chưa đối chiếu": the rule's figure has not been checked against the original text yet. */
export function ToVerify() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-warning" title={t('petitionLabels.toVerifyHelp')}>
      {t('petitionLabels.toVerify')}
      <span className="visually-hidden"> ({t('petitionLabels.toVerifyHelp')})</span>
    </span>
  );
}

/** The letter's next deadline in the work list: label, due date, status; the article in the tooltip. */
export function NextDeadline({ deadline }: { deadline: PetitionDeadline | null }) {
  const { t } = useTranslation();
  if (!deadline) return <span className="muted">{t('petitions.noDeadline')}</span>;
  return (
    <div className="next-deadline" title={`${deadline.label} — ${t('petitionLabels.basis')}: ${deadline.basis}`}>
      <div>
        <DeadlineBadge deadline={deadline} /> <span className="nowrap strong">{t('petitions.dueOn', { date: formatIsoDate(deadline.dueDate) })}</span>
      </div>
      <div className="small muted">{deadline.label}</div>
      <span className="visually-hidden">
        {t('petitionLabels.basis')}: {deadline.basis}
      </span>
    </div>
  );
}

/** Every deadline of a letter (or a visit: `caption`) with its start, due and warning dates, status and legal basis (the article). */
export function DeadlinesTable({ deadlines, caption }: { deadlines: PetitionDeadline[]; caption?: string }) {
  const { t } = useTranslation();
  if (deadlines.length === 0) return <p className="empty">{t('petitions.noDeadlines')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table-cards deadlines-table">
        <caption className="visually-hidden">{caption ?? t('petitions.deadlinesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('petitions.deadline')}</th>
            <th scope="col">{t('petitions.startDate')}</th>
            <th scope="col">{t('petitions.dueDate')}</th>
            <th scope="col">{t('petitions.warningDate')}</th>
            <th scope="col">{t('petitions.status')}</th>
            <th scope="col">{t('petitionLabels.basis')}</th>
          </tr>
        </thead>
        <tbody>
          {deadlines.map((d) => (
            <tr key={d.clockId} className={`deadline-row-${d.status}`}>
              <td data-label={t('petitions.deadline')} className="strong">
                {d.label}
                {d.toVerify && (
                  <>
                    {' '}
                    <ToVerify />
                  </>
                )}
                {d.adjustments && d.adjustments.length > 0 && (
                  <ul className="small muted deadline-adjustments">
                    {d.adjustments.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-label={t('petitions.startDate')} className="nowrap">
                {formatIsoDate(d.startDate)}
              </td>
              <td data-label={t('petitions.dueDate')} className="nowrap strong">
                {formatIsoDate(d.dueDate)}
              </td>
              <td data-label={t('petitions.warningDate')} className="nowrap">
                {d.warningDate ? formatIsoDate(d.warningDate) : <span className="muted">{t('common.none')}</span>}
              </td>
              <td data-label={t('petitions.status')}>
                <DeadlineBadge deadline={d} />
              </td>
              <td data-label={t('petitionLabels.basis')} className="basis">
                {d.basis}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
