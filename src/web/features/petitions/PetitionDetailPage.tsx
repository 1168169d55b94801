import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { AskAssistantLink } from '../kb/AskAssistantLink';
import { FactList } from '../../components/FactList';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Feedback';
import { petitionsApi, portalApi, type PetitionDetail } from '../../lib/endpoints';
import { formatDateTime, formatIsoDate } from '../../lib/format';
import { channelLabel, knownLetterStateLabel, letterStateLabel, petitionEventLabel, petitionKindLabel } from '../../lib/labels';
import { useApi } from '../../lib/useApi';
import { ActionsPanel } from './ActionsPanel';
import { AssignPanel } from './AssignPanel';
import { ComplexityPanel } from './ComplexityPanel';
import { AttachmentsPanel } from './AttachmentsPanel';
import { SimilarPanel } from './SimilarPanel';
import { DeadlinesTable } from './Deadlines';
import { DocumentsPanel, RoutingPanel } from './DocumentsPanel';
import { SenderPanel } from './SenderPanel';
import { VisitOfLetter } from '../reception/VisitOfLetter';

function Facts({ letter, provinceName }: { letter: PetitionDetail; provinceName?: string }) {
  const { t } = useTranslation();
  const rows: [string, string | null][] = [
    [t('petitions.agency'), letter.agencyName],
    [t('petitions.channel'), channelLabel(letter.channel)],
    [t('petitions.receivedOn'), formatIsoDate(letter.receivedOn)],
    [t('petitions.letterDate'), letter.letterDate ? formatIsoDate(letter.letterDate) : null],
    [t('petitions.postmarkDate'), letter.postmarkDate ? formatIsoDate(letter.postmarkDate) : null],
    [t('petitions.transferredFrom'), letter.transferredFrom],
    [t('petitions.province'), letter.provinceCode ? (provinceName ?? letter.provinceCode) : null],
  ];
  return <FactList rows={rows} />;
}

/** The timeline of a letter (or, with its own labels, of a reception visit): time, step, state reached, note, who. */
export function Timeline({ events, eventLabel = petitionEventLabel, stateLabel = knownLetterStateLabel }: { events: PetitionDetail['events']; eventLabel?(event: string): string; stateLabel?(state: string): string | null }) {
  const { t } = useTranslation();
  if (events.length === 0) return <p className="empty">{t('petitions.noEvents')}</p>;
  return (
    <ol className="timeline">
      {events.map((e, i) => (
        <li key={i}>
          <time dateTime={e.at}>{formatDateTime(e.at)}</time>
          <span>
            <span className="strong">{eventLabel(e.event)}</span>
            {e.toState && stateLabel(e.toState) && <span className="badge timeline-state">{stateLabel(e.toState)}</span>}
            {e.note && <span className="timeline-note">{e.note}</span>}
            <span className="small muted timeline-actor">{t('petitions.by', { actor: e.actor })}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** One letter: header, content, respondent, deadlines with their articles, timeline and the sender panel. */
export function PetitionDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const loaded = useApi((signal) => petitionsApi.get(id, signal), [id]);
  const provinces = useApi((signal) => portalApi.provinces(signal), [], !!loaded.data?.provinceCode);
  const letter = loaded.data;

  if (loaded.loading && !letter) return <Loading />;
  if (!letter) return <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;
  const kind = letter.kind ?? letter.claimedKind;

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/petitions">{t('petitions.backToList')}</Link>
      </nav>
      <div className="page-header petition-head">
        <div>
          <p className="eyebrow">
            {t('petitions.registerNo')} <span className="mono strong">{letter.registerNo}</span>
          </p>
          <h1 id="page-title" tabIndex={-1}>
            {letter.title}
          </h1>
          <p className="badge-row">
            <span className={`badge badge-kind-${letter.claimedKind}`}>{petitionKindLabel(kind)}</span>
            <span className="badge badge-state">{letterStateLabel(letter.state)}</span>
            {letter.cases.map((c) => (
              <span key={c.id} className="badge badge-case" title={c.machineLabel}>
                {c.part ? `${t('split.part', { no: c.part })} — ` : ''}
                {c.machineLabel}: {c.stateLabel}
              </span>
            ))}
          </p>
        </div>
        <AskAssistantLink kind="petition" id={letter.id} />
      </div>
      <StatusMessage message={flash} />
      <ActionsPanel letterId={letter.id} version={`${letter.state}|${letter.events.length}|${letter.cases.map((c) => c.state).join(',')}`} onChanged={loaded.setData} />
      <VisitOfLetter letterId={letter.id} />
      <RoutingPanel routing={letter.routing} />
      <div className="detail-grid">
        <div className="detail-main">
          <section className="card">
            <h2>{t('petitions.content')}</h2>
            <div className="letter-content">{letter.content}</div>
            {letter.parts && (
              <>
                <h3>{t('split.parts')}</h3>
                <ol className="letter-parts">
                  {letter.parts.map((p) => (
                    <li key={p.no}>
                      <span className="badge">{petitionKindLabel(p.kind)}</span> {p.summary}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
          <AttachmentsPanel letter={letter} onChanged={loaded.reload} />
          <SimilarPanel letter={letter} onChanged={loaded.setData} />
          <section className="card">
            <h2>{t('petitions.respondent')}</h2>
            {letter.respondentName ? (
              <>
                <p className="strong">{letter.respondentName}</p>
                {letter.respondentAddress && (
                  <p className="muted">
                    {t('petitions.respondentAddress')}: {letter.respondentAddress}
                  </p>
                )}
              </>
            ) : (
              <p className="muted">{t('petitions.noRespondent')}</p>
            )}
          </section>
        </div>
        <div className="detail-side">
          <section className="card">
            <Facts letter={letter} provinceName={provinces.data?.find((p) => p.code === letter.provinceCode)?.fullName} />
          </section>
          <AssignPanel letter={letter} onChanged={loaded.setData} />
          <ComplexityPanel letter={letter} onChanged={loaded.setData} />
          <SenderPanel letter={letter} />
        </div>
      </div>
      <DocumentsPanel letter={letter} onChanged={loaded.reload} />
      <section className="card">
        <h2>{t('petitions.deadlines')}</h2>
        <DeadlinesTable deadlines={letter.deadlines} />
      </section>
      <section className="card">
        <h2>{t('petitions.timeline')}</h2>
        <Timeline events={letter.events} />
      </section>
    </>
  );
}
