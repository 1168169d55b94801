import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading, PageHeader } from '../../components/Feedback';
import { Icon } from '../../components/Icon';
import { useAuth, useMe } from '../../lib/auth';
import { agenciesApi, auditApi, calendarApi, usersApi } from '../../lib/endpoints';
import { formatDateTime, formatIsoDate, formatNumber, todayIso, weekdayOf } from '../../lib/format';
import { actionLabel, roleLabel, weekdayLabel } from '../../lib/labels';
import { useApi } from '../../lib/useApi';

const SUB_AGENCY_LIMIT = 500;

function StatCard({ title, value, to, loading, error }: { title: string; value: string; to?: string; loading: boolean; error: string | null }) {
  return (
    <section className="card stat-card">
      <h2 className="stat-title">{title}</h2>
      {loading ? <Loading /> : error ? <ErrorMessage message={error} /> : <p className="stat-value">{to ? <Link to={to}>{value}</Link> : value}</p>}
    </section>
  );
}

/** Overview: who I am, where I work, and a few live figures from the API. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { can } = useAuth();
  const activeName = [...me.grants.map((g) => ({ id: g.agencyId, name: g.agencyName })), { id: me.user.agencyId, name: me.user.agencyName }].find((a) => a.id === me.activeAgencyId)?.name ?? '';
  const year = Number(todayIso().slice(0, 4));

  const users = useApi((s) => usersApi.list({ limit: 1, offset: 0 }, s), [], can('users.read'));
  const subs = useApi((s) => agenciesApi.list({ parentId: me.activeAgencyId, limit: SUB_AGENCY_LIMIT }, s), [me.activeAgencyId], can('agencies.read'));
  // This year's and next year's days off, so that late in December the next one is still found.
  const holidays = useApi(async (s) => {
    const [a, b] = await Promise.all([calendarApi.holidays(year, s), calendarApi.holidays(year + 1, s)]);
    return { days: [...a.days, ...b.days] };
  }, [year]);
  const audit = useApi((s) => auditApi.list({ limit: 5 }, s), [], can('audit.read'));

  const today = todayIso();
  const next = holidays.data?.days.find((d) => d.date >= today && d.kind !== 'working_day');

  return (
    <>
      <PageHeader title={t('home.welcome', { name: me.user.fullName })} />
      <div className="grid grid-2">
        <section className="card">
          <h2>
            <Icon name="agencies" /> {t('home.activeAgency')}
          </h2>
          <p className="lead">{activeName}</p>
          {me.activeAgencyId !== me.user.agencyId && <p className="muted">{t('home.homeAgency', { name: me.user.agencyName })}</p>}
        </section>
        <section className="card">
          <h2>
            <Icon name="shield" /> {t('home.myRoles')}
          </h2>
          {me.grants.length === 0 ? (
            <p className="muted">{t('home.noRoles')}</p>
          ) : (
            <ul className="plain-list">
              {me.grants.map((g) => (
                <li key={`${g.agencyId}-${g.role}`}>
                  <span className="badge badge-role">{roleLabel(t, g.role)}</span> <span className="muted">{g.agencyName}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <div className="grid grid-3">
        {can('users.read') && <StatCard title={t('home.usersCount')} value={formatNumber(users.data?.total)} to="/users" loading={users.loading} error={users.error} />}
        {can('agencies.read') && (
          <StatCard
            title={t('home.subAgencies')}
            value={subs.data ? `${formatNumber(subs.data.length)}${subs.data.length >= SUB_AGENCY_LIMIT ? '+' : ''}` : ''}
            to={`/agencies/${me.activeAgencyId}`}
            loading={subs.loading}
            error={subs.error}
          />
        )}
        <StatCard
          title={t('home.nextHoliday')}
          value={next ? `${formatIsoDate(next.date)} (${weekdayLabel(weekdayOf(next.date))}) — ${i18n.language === 'en' ? next.nameEn : next.name}` : t('home.noHoliday')}
          to="/calendar"
          loading={holidays.loading}
          error={holidays.error}
        />
      </div>
      {can('audit.read') && (
        <section className="card">
          <div className="card-head">
            <h2>
              <Icon name="audit" /> {t('home.recentActivity')}
            </h2>
            <Link to="/audit">{t('home.viewAll')}</Link>
          </div>
          {audit.loading ? (
            <Loading />
          ) : audit.error ? (
            <ErrorMessage message={audit.error} onRetry={audit.reload} />
          ) : audit.data?.items.length === 0 ? (
            <p className="empty">{t('common.noData')}</p>
          ) : (
            <ul className="activity">
              {audit.data?.items.map((r) => (
                <li key={r.id}>
                  <time dateTime={r.at}>{formatDateTime(r.at)}</time>
                  <span className="activity-what">{actionLabel(r.action)}</span>
                  <span className="muted">{r.actorName ?? t('audit.system')}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
