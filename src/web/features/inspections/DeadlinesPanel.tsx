import { useTranslation } from 'react-i18next';
import { tDynamic } from '../../i18n';
import { formatIsoDate } from '../../lib/format';
import type { InspectionDeadline, InspectionDetail } from './api';

/** A clock's name ("Thời hạn thanh tra"), its id when the texts do not name it. */
export const clockLabel = (clockId: string) => tDynamic(`inspections.clocks.${clockId}`, clockId);
const clockStatusLabel = (status: string) => tDynamic(`inspections.deadlines.statuses.${status}`, status);

function DeadlineItem({ d }: { d: InspectionDeadline }) {
  const { t } = useTranslation();
  return (
    <li className={d.overdue ? 'deadline-overdue' : undefined}>
      <span className="deadline-label">
        {clockLabel(d.clockId)} <span className={`badge badge-clock-${d.status}`}>{clockStatusLabel(d.status)}</span>
        {d.overdue && <span className="badge badge-deadline-overdue">{t('inspections.deadlines.overdue')}</span>}
      </span>
      <span className={d.overdue ? 'text-late strong' : undefined}>
        {t('inspections.deadlines.range', { start: formatIsoDate(d.startDate), due: formatIsoDate(d.dueDate) })}
        {d.closedOn && ` · ${t(d.status === 'paused' ? 'inspections.deadlines.pausedOn' : 'inspections.deadlines.closedOn', { date: formatIsoDate(d.closedOn) })}`}
      </span>
      <span className="deadline-basis">
        {t('petitionLabels.basis')}: {d.basis}
        {d.toVerify && ` (${t('inspections.deadlines.toVerify')})`}
      </span>
      {d.explanation.length > 0 && (
        <details className="small">
          <summary>{t('inspections.deadlines.howCounted')}</summary>
          <ul>
            {d.explanation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** "Thời hạn": the case's clocks started by its steps, with start and due dates, status and article. */
export function DeadlinesPanel({ detail }: { detail: Pick<InspectionDetail, 'deadlines'> }) {
  const { t } = useTranslation();
  return (
    <section className="card inspection-deadlines" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('inspections.deadlines.heading')}</h2>
      {detail.deadlines.length === 0 ? (
        <p className="muted small">{t('inspections.deadlines.empty')}</p>
      ) : (
        <ul className="deadline-list">
          {detail.deadlines.map((d) => (
            <DeadlineItem key={`${d.clockId}-${d.startDate}`} d={d} />
          ))}
        </ul>
      )}
    </section>
  );
}
