import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { AskAssistantLink } from '../kb/AskAssistantLink';
import { FactList } from '../../components/FactList';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Feedback';
import { useMe } from '../../lib/auth';
import { formatIsoDate, formatNumber } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { Timeline } from '../petitions/PetitionDetailPage';
import { inspectionsApi, type InspectionDetail } from './api';
import { ConclusionPanel } from './ConclusionPanel';
import { DeadlinesPanel } from './DeadlinesPanel';
import { DiaryPanel } from './DiaryPanel';
import { DocumentsPanel } from './DocumentsPanel';
import { DraftsPanel } from './DraftsPanel';
import { MeetingsPanel } from './MeetingsPanel';
import { FollowUpPanels } from './FollowUpPanels';
import { inspectionEventLabel, inspectionStatusLabel, isCheck, originLabel, regimeLabel, timelineEvents } from './model';
import { NextStepsPanel } from './NextStepsPanel';
import { PartiesPanel } from './PartiesPanel';
import { RequestsPanel } from './RequestsPanel';
import { TeamPanel } from './TeamPanel';

function Facts({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  // A check names its own facts (NĐ 217/2025): checking agency, check decision, checked party, check duration.
  const k = isCheck(detail);
  const period = detail.periodFrom || detail.periodTo ? `${formatIsoDate(detail.periodFrom) || '…'} – ${formatIsoDate(detail.periodTo) || '…'}` : null;
  return (
    <FactList
      rows={[
        [k ? t('checks.facts.agency') : t('inspections.agency'), detail.agencyName],
        [k ? t('checks.form.decision') : t('inspections.decision'), `${detail.decisionNo ?? t('inspections.noDecisionNo')} — ${formatIsoDate(detail.decisionDate)}`],
        [k ? t('checks.form.signer') : t('inspections.signer'), detail.signerName],
        [t('inspections.origin'), isCheck(detail) ? null : originLabel(detail.origin)],
        [t('inspections.regime'), isCheck(detail) ? (detail.check?.ruleSetLabel ?? detail.regime) : regimeLabel(detail.regime)],
        [k ? t('checks.form.subjectName') : t('inspections.subjectName'), detail.subjectName],
        [t('inspections.taxCode'), detail.subjectTaxCode],
        [t('inspections.address'), detail.subjectAddress],
        [t('inspections.period'), period],
        [k ? t('checks.form.duration') : t('inspections.durationFact'), t('inspections.durationValue', { days: formatNumber(detail.durationDays) })],
        [t('inspections.announcedOn'), detail.announcedOn ? formatIsoDate(detail.announcedOn) : null],
      ]}
    />
  );
}

/** A specialised check: the authority of NĐ 217 Art 6 with its article, the cap of Art 13(2), the bases of Art 11(2). */
function CheckFactsPanel({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const c = detail.check;
  if (!c) return null;
  return (
    <section className="card check-facts" aria-labelledby="check-facts-title">
      <h2 id="check-facts-title">{t('checks.facts.heading')}</h2>
      <dl className="check-facts-list">
        <dt>{t('checks.facts.authority')}</dt>
        <dd>
          {c.authorityLabel}
          <span className="deadline-basis">{c.authorityBasis}</span>
        </dd>
        <dt>{t('checks.facts.cap')}</dt>
        <dd>
          {c.capDays ? t('checks.facts.capValue', { days: String(c.capDays).padStart(2, '0'), ext: String(c.extensionCapDays ?? 0).padStart(2, '0') }) : t('checks.facts.noCap')}
          <span className="deadline-basis">Nghị định 217/2025/NĐ-CP, khoản 2 Điều 13 · {t('checks.facts.extensionsUsed', { n: String(c.extensionsUsed) })}</span>
        </dd>
        <dt>{t('checks.facts.bases')}</dt>
        <dd>
          <ul className="plain-list">
            {c.bases.map((b) => (
              <li key={b.id}>
                {b.label}
                <span className="deadline-basis">{b.basis}</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('checks.facts.ruleSet')}</dt>
        <dd className="small">{c.ruleSetExplanation.join(' ')}</dd>
      </dl>
      {c.caughtInTheAct && <p className="badge badge-warning">{t('checks.facts.caughtInTheAct')}</p>}
      <p className="small muted">{t('checks.facts.announce')}</p>
    </section>
  );
}

/** The announcement of the decision (Art 26(4)): done or not, its time limit with the basis, red when late. */
function AnnouncementPanel({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const due = detail.announcementDue;
  return (
    <section className={`card announcement${due?.late ? ' announcement-late' : ''}`} aria-labelledby="announce-title">
      <h2 id="announce-title">{t('inspections.announce.heading')}</h2>
      {detail.announcedOn ? (
        <p>{t('inspections.announce.done', { date: formatIsoDate(detail.announcedOn) })}</p>
      ) : (
        <p>{t('inspections.announce.notYet')}</p>
      )}
      {due ? (
        <div className="deadline-list">
          <p className={due.late ? 'text-late strong' : 'strong'}>
            {t('inspections.announce.due', { date: formatIsoDate(due.date) })}
            {due.late && <span className="badge badge-deadline-overdue">{t('inspections.announce.late')}</span>}
          </p>
          <p className="deadline-basis">
            {t('petitionLabels.basis')}: {due.basis}
          </p>
        </div>
      ) : (
        <p className="small muted">{t('inspections.announce.noLimit')}</p>
      )}
      {!detail.announcedOn && <p className="small muted">{t('inspections.announce.how')}</p>}
    </section>
  );
}

/** One inspection: decision, next steps of its lifecycle, time limits, conclusion, announcement, team, requests to the inspected party and its answers, diary, timeline. */
export function InspectionDetailPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { id = '' } = useParams();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const loaded = useApi((signal) => inspectionsApi.get(id, signal), [id]);
  const detail = loaded.data;

  if (loaded.loading && !detail) return <Loading />;
  if (!detail) return <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;
  // The decision-maker or the team leader invites the party and drafts the conclusion (the server checks the same).
  const leader = detail.team.some((m) => m.userId === me.user.id && m.role === 'leader');
  const leads = detail.can.manage || leader;
  // A specialised check has no conclusion, meetings or drafts for comment (NĐ 217/2025 Art 15): its own facts panel.
  const check = isCheck(detail);

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/inspections">{t('inspections.backToList')}</Link>
      </nav>
      <div className="page-header petition-head">
        <div>
          <p className="eyebrow">
            {t('inspections.caseNo')} <span className="mono strong">{detail.caseNo}</span> · {detail.agencyName}
          </p>
          <h1 id="page-title" tabIndex={-1}>
            {detail.title}
          </h1>
          <p className="badge-row">
            <span className="badge badge-state">{inspectionStatusLabel(detail.status, detail.statusLabel, detail.caseType)}</span>
            {check && <span className="badge badge-check">{t('checks.badge')}</span>}
            <span className="badge">{check ? t('checks.regime') : regimeLabel(detail.regime)}</span>
            {!check && <span className="badge">{originLabel(detail.origin)}</span>}
            {detail.openRequests > 0 && <span className="badge badge-warning">{t('inspections.openRequestsBadge', { n: String(detail.openRequests) })}</span>}
          </p>
        </div>
        <AskAssistantLink kind="inspection" id={detail.id} />
      </div>
      <StatusMessage message={flash} />
      <div className="detail-grid">
        <div className="detail-main">
          <section className="card">
            <h2>{check ? t('checks.form.content') : t('inspections.content')}</h2>
            <div className="letter-content">{detail.content}</div>
          </section>
          <NextStepsPanel detail={detail} onChange={loaded.setData} />
          {!check && <ConclusionPanel detail={detail} leads={leads} onChange={loaded.setData} />}
          <FollowUpPanels detail={detail} />
          <RequestsPanel detail={detail} onChange={loaded.setData} />
          {!check && <MeetingsPanel detail={detail} onCaseChange={loaded.reload} />}
          {!check && <DraftsPanel detail={detail} onCaseChange={loaded.reload} />}
          <DocumentsPanel detail={detail} onCaseChange={loaded.reload} />
          <TeamPanel detail={detail} onChange={loaded.setData} />
          <DiaryPanel detail={detail} />
        </div>
        <div className="detail-side">
          <section className="card" aria-label={check ? t('checks.form.decision') : t('inspections.decision')}>
            <Facts detail={detail} />
          </section>
          {check ? <CheckFactsPanel detail={detail} /> : <AnnouncementPanel detail={detail} />}
          <DeadlinesPanel detail={detail} />
          <PartiesPanel detail={detail} canInvite={leads && !['closed', 'terminated'].includes(detail.status)} onInvited={loaded.reload} />
        </div>
      </div>
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('inspections.timeline')}</h2>
        <Timeline events={timelineEvents(detail.timeline)} eventLabel={inspectionEventLabel} stateLabel={() => null} />
      </section>
    </>
  );
}
