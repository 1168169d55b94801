import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, Loading, PageHeader } from '../../components/Feedback';
import { petitionsApi, type PetitionStats } from '../../lib/endpoints';
import { formatIsoDate, formatNumber, todayIso } from '../../lib/format';
import { channelLabel, petitionKindLabel } from '../../lib/labels';
import { tDynamic } from '../../i18n';
import { useApi } from '../../lib/useApi';

type Row = [label: string, value: number];

function CountTable({ title, rows, note }: { title: string; rows: Row[]; note?: string }) {
  return (
    <section className="card stats-card">
      <h2>{title}</h2>
      <table className="table stats-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{formatNumber(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note && <p className="small muted">{note}</p>}
    </section>
  );
}

const entries = (counts: Record<string, number>, label: (k: string) => string): Row[] => Object.entries(counts).map(([k, n]) => [label(k), n]);

/** The statistics the sector reports (spec §7): letters, cases, deadlines and citizen reception of a period, per agency; XLSX export. */
export function StatsPage() {
  const { t } = useTranslation();
  const today = todayIso();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [agency, setAgency] = useState<AgencyRef | null>(null);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const stats = useApi((signal) => petitionsApi.stats({ from, to, agencyId: agency?.id }, signal), [from, to, agency?.id], valid);
  const s: PetitionStats | undefined = stats.data ?? undefined;

  return (
    <>
      <PageHeader title={t('stats.title')} intro={t('stats.intro')}>
        {valid && (
          <a className="btn btn-primary" href={petitionsApi.statsXlsxUrl({ from, to, agencyId: agency?.id })} download>
            {t('stats.export')}
          </a>
        )}
      </PageHeader>
      <section className="card">
        <form className="stats-filters" onSubmit={(e) => e.preventDefault()}>
          <DateInput label={t('stats.from')} value={from} onChange={setFrom} />
          <DateInput label={t('stats.to')} value={to} onChange={setTo} />
          <AgencyPicker label={t('stats.agency')} value={agency} onChange={setAgency} />
        </form>
        {!valid && <p className="field-error">{t('stats.periodInvalid')}</p>}
        {s && (
          <p className="muted">
            {t('stats.scope', { agency: s.agencyName, from: formatIsoDate(s.period.from), to: formatIsoDate(s.period.to) })}
          </p>
        )}
      </section>
      <ErrorMessage message={stats.error} onRetry={stats.reload} />
      {stats.loading && !s ? (
        <Loading />
      ) : (
        s && (
          <div className="stats-grid" aria-busy={stats.loading}>
            <CountTable
              title={t('stats.letters')}
              rows={[
                [t('stats.carriedOver'), s.letters.carriedOver],
                [t('stats.received'), s.letters.received],
                [t('stats.anonymous'), s.letters.anonymous],
                [t('stats.group'), s.letters.group],
                [t('stats.classified'), s.letters.classified],
                [t('stats.proposed'), s.letters.proposedForAcceptance],
                [t('stats.guided'), s.letters.guided],
                [t('stats.transferred'), s.letters.transferred],
                [t('stats.archived'), s.letters.archived],
                [t('stats.duplicates'), s.letters.duplicates],
              ]}
            />
            <CountTable title={t('stats.byKind')} rows={entries(s.letters.byKind, petitionKindLabel)} />
            <CountTable title={t('stats.byChannel')} rows={entries(s.letters.byChannel, channelLabel)} />
            <CountTable
              title={t('stats.cases')}
              rows={[[t('stats.opened'), s.cases.opened], ...entries(s.cases.byMachine, (m) => tDynamic(`stats.machines.${m}`, m)), [t('stats.accepted'), s.cases.accepted], [t('stats.notAccepted'), s.cases.notAccepted]]}
            />
            <CountTable
              title={t('stats.deadlines')}
              rows={[
                [t('stats.met'), s.deadlines.met],
                [t('stats.late'), s.deadlines.late],
                [t('stats.overdueAtEnd'), s.deadlines.overdueAtEnd],
                [t('stats.runningAtEnd'), s.deadlines.runningAtEnd],
              ]}
            />
            <CountTable
              title={t('reception.stats.title')}
              rows={[
                [t('reception.stats.carriedOver'), s.reception.carriedOver],
                [t('reception.stats.visits'), s.reception.visits],
                [t('reception.stats.persons'), s.reception.persons],
                [t('reception.stats.groupVisits'), s.reception.groupVisits],
                [t('reception.stats.groupPersons'), s.reception.groupPersons],
              ]}
            />
            <CountTable title={t('reception.stats.bySession')} rows={entries(s.reception.bySession, (k) => tDynamic(`reception.sessions.${k}`, k))} />
            <CountTable title={t('reception.stats.byKind')} rows={entries(s.reception.byKind, petitionKindLabel)} />
            <CountTable
              title={t('reception.stats.outcomes')}
              note={t('reception.stats.basis')}
              rows={[
                [t('reception.stats.refused'), s.reception.refused],
                [t('reception.stats.guided'), s.reception.guided],
                [t('reception.stats.lettersMade'), s.reception.lettersMade],
                [t('reception.stats.transferred'), s.reception.transferred],
                [t('reception.stats.answered'), s.reception.answered],
                [t('reception.stats.answeredOnTime'), s.reception.answeredOnTime],
                [t('reception.stats.answeredLate'), s.reception.answeredLate],
                [t('reception.stats.answerOverdueAtEnd'), s.reception.answerOverdueAtEnd],
              ]}
            />
          </div>
        )
      )}
    </>
  );
}
