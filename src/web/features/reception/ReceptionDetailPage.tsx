import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { FactList } from '../../components/FactList';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Feedback';
import { tDynamic } from '../../i18n';
import { formatDateTime, formatIsoDate, formatNumber } from '../../lib/format';
import { petitionKindLabel } from '../../lib/labels';
import { useAuth } from '../../lib/auth';
import { useApi } from '../../lib/useApi';
import { LifecycleActionsPanel } from '../petitions/ActionsPanel';
import { FilesPanel } from '../petitions/AttachmentsPanel';
import { DeadlinesTable } from '../petitions/Deadlines';
import { Timeline } from '../petitions/PetitionDetailPage';
import { SenderPanel } from '../petitions/SenderPanel';
import { receptionApi, type VisitDetail } from './api';
import { visitStateLabel } from './ReceptionPage';
import { ConclusionNoticePanel } from './ConclusionNoticePanel';
import { CorrectVisitPanel } from './CorrectVisitPanel';
import { VisitActionForm } from './VisitActionForm';

function Facts({ visit }: { visit: VisitDetail }) {
  const { t } = useTranslation();
  const rows: [string, React.ReactNode][] = [
    [t('reception.agency'), visit.agencyName],
    [t('reception.receivedAt'), formatDateTime(visit.receivedAt)],
    [t('reception.session'), t(`reception.sessions.${visit.sessionKind}`)],
    [t('reception.officer'), visit.officerName],
    [t('reception.place'), visit.place],
    [t('reception.visitorCount'), formatNumber(visit.visitorCount)],
    [t('reception.letter'), visit.letterId ? <Link to={`/petitions/${visit.letterId}`}>{t('reception.letterLink', { registerNo: visit.letterRegisterNo ?? '' })}</Link> : t('reception.noLetter')],
  ];
  return <FactList rows={rows} />;
}

function Earlier({ visit }: { visit: VisitDetail }) {
  const { t } = useTranslation();
  if (visit.earlier.length === 0) return <p className="muted">{t('reception.earlierNone')}</p>;
  return (
    <ul className="plain-list">
      {visit.earlier.map((e) => (
        <li key={`${e.type}-${e.id}`}>
          <Link to={e.type === 'visit' ? `/reception/${e.id}` : `/petitions/${e.id}`}>{t(e.type === 'visit' ? 'reception.earlierVisit' : 'reception.earlierLetter', { registerNo: e.registerNo })}</Link> — {formatIsoDate(e.date)} — {e.title}{' '}
          <span className="small muted">({e.reasons.map((r) => t(`reception.reasons.${r}`)).join(', ')})</span>
        </li>
      ))}
    </ul>
  );
}

/** One visit: the register entry, its actions with their articles, the people, deadlines, timeline and letter. */
export function ReceptionDetailPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { id = '' } = useParams();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const loaded = useApi((signal) => receptionApi.get(id, signal), [id]);
  const visit = loaded.data;

  if (loaded.loading && !visit) return <Loading />;
  if (!visit) return <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;
  const people = {
    id: visit.id,
    isGroup: visit.isGroup || visit.visitorCount > 1,
    groupSize: visit.visitorCount,
    authorType: 'individual',
    identities: visit.identities,
    identityProtected: visit.identityProtected,
    canRevealIdentity: visit.canRevealIdentity,
    author: visit.visitors.map((v) => (v.representative ? `${v.label} (${t('reception.representative').toLowerCase()})` : v.label)).join('; '),
  };

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/reception">{t('reception.backToList')}</Link>
      </nav>
      <div className="page-header petition-head">
        <div>
          <p className="eyebrow">
            {t('reception.registerNo')} <span className="mono strong">{visit.registerNo}</span> · {formatDateTime(visit.receivedAt)}
          </p>
          <h1 id="page-title" tabIndex={-1}>
            {visit.title}
          </h1>
          <p className="badge-row">
            <span className={`badge badge-kind-${visit.kindClaimed}`}>{petitionKindLabel(visit.kindClaimed)}</span>
            <span className="badge badge-state">{visitStateLabel(visit.state)}</span>
            {visit.isGroup && <span className="badge badge-warning">{t('reception.groupBadge', { n: String(visit.visitorCount) })}</span>}
          </p>
        </div>
      </div>
      <StatusMessage message={flash} />
      <LifecycleActionsPanel
        load={(signal) => receptionApi.actions(visit.id, signal)}
        version={`${visit.id}|${visit.state}|${visit.events.length}`}
        renderForm={(action, close) => (
          <VisitActionForm
            visit={visit}
            action={action}
            onDone={(detail) => {
              close();
              loaded.setData(detail);
            }}
          />
        )}
      />
      <div className="detail-grid">
        <div className="detail-main">
          <section className="card">
            <h2>{t('reception.content')}</h2>
            <div className="letter-content">{visit.content}</div>
          </section>
          {(visit.refusal || visit.outcome) && (
            <section className="card">
              <h2>{visit.refusal ? t('reception.refusal') : t('reception.outcome')}</h2>
              {visit.refusal && (
                <p>
                  <span className="strong">{visit.refusal.label}</span>
                  <br />
                  <span className="small muted">
                    {t('petitionLabels.basis')}: {visit.refusal.basis}
                  </span>
                </p>
              )}
              {visit.outcome && <p>{visit.outcome}</p>}
            </section>
          )}
          <section className="card">
            <h2>{t('reception.details')}</h2>
            <FactList
              rows={[
                [t('reception.respondent'), visit.respondentName ? `${visit.respondentName}${visit.respondentAddress ? ` — ${visit.respondentAddress}` : ''}` : null],
                [t('reception.priorResolution'), visit.priorResolution],
                [t('reception.requests'), visit.requests],
                [t('reception.notes'), visit.notes],
              ]}
            />
            {visit.documents.length > 0 && (
              <>
                <h3 className="small strong">{t('reception.documents')}</h3>
                <ol>
                  {visit.documents.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ol>
              </>
            )}
          </section>
          <FilesPanel
            title={t('reception.files')}
            empty={t('reception.filesEmpty')}
            items={visit.attachments}
            urlOf={(fileId) => receptionApi.attachmentUrl(visit.id, fileId)}
            canUpload={can('reception.record')}
            identifying={visit.identityProtected ? 'locked' : false}
            identifyingLabel={t('reception.filesIdentifying')}
            send={async (files, identifying) => {
              await receptionApi.attach(visit.id, files, identifying);
              loaded.reload();
            }}
          />
          <ConclusionNoticePanel visit={visit} onDone={loaded.setData} />
          <CorrectVisitPanel key={visit.id} visit={visit} onDone={loaded.setData} />
          <section className="card">
            <h2>{t('reception.earlier')}</h2>
            <Earlier visit={visit} />
          </section>
        </div>
        <div className="detail-side">
          <section className="card">
            <Facts visit={visit} />
          </section>
          <SenderPanel letter={people} title={t('reception.people')} groupLabel={t(visit.isGroup ? 'reception.groupBadge' : 'reception.smallGroup', { n: String(visit.visitorCount) })}
            roleLabel={(role) => tDynamic(`reception.roles.${role}`, role)} reveal={(purpose) => receptionApi.reveal(visit.id, purpose)} />
        </div>
      </div>
      <section className="card">
        <h2>{t('reception.deadlines')}</h2>
        <DeadlinesTable deadlines={visit.deadlines} caption={t('reception.deadlinesCaption')} />
      </section>
      <section className="card">
        <h2>{t('reception.timeline')}</h2>
        <Timeline events={visit.events} eventLabel={(e) => tDynamic(`reception.events.${e}`, e)} stateLabel={visitStateLabel} />
      </section>
    </>
  );
}
