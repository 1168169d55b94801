import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../lib/auth';
import { formatDateTime } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { receptionApi } from './api';

/** On a letter's page: the reception visit the letter was made at, for users who may read the reception register. */
export function VisitOfLetter({ letterId }: { letterId: string }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const allowed = can('reception.read');
  const found = useApi((signal) => receptionApi.list({ letterId, limit: 1, offset: 0 }, signal), [letterId], allowed);
  const visit = found.data?.items[0];
  if (!allowed || !visit) return null;
  return (
    <section className="card" aria-labelledby="visit-of-letter">
      <h2 id="visit-of-letter">{t('reception.fromVisit')}</h2>
      <p>
        {t('reception.fromVisitText', { registerNo: visit.registerNo, date: formatDateTime(visit.receivedAt) })}{' '}
        <Link to={`/reception/${visit.id}`}>{t('reception.openVisit')}</Link>
      </p>
    </section>
  );
}
