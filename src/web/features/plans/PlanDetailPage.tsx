import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Dialog } from '../../components/Dialog';
import { FactList } from '../../components/FactList';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { formatIsoDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { DeadlinesPanel } from '../inspections/DeadlinesPanel';
import { regimeLabel, timelineEvents } from '../inspections/model';
import { Timeline } from '../petitions/PetitionDetailPage';
import { plansApi, type PlanDetail } from './api';
import { planEventLabel, planStatusLabel } from './model';
import { PlanHistoryPanel } from './PlanHistoryPanel';
import { PlanItemForm } from './PlanItemForm';
import { PlanItemsTable } from './PlanItemsTable';
import { PlanProposalsPanel } from './PlanProposalsPanel';
import { PlanStepsPanel } from './PlanStepsPanel';

/** Whether the plan can go forward: blocking overlaps stop it (khoản 3 Điều 4), warnings are for the approver. */
function OverlapSummary({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { blocking, warnings } = plan.overlap;
  const resolved = plan.items.some((i) => i.overlap.conflicts.some((c) => c.resolution));
  if (blocking === 0 && warnings === 0) return <p className="plan-overlap-summary plan-overlap-ok">{resolved ? t('plans.overlapSummary.resolved') : t('plans.overlapSummary.none')}</p>;
  return (
    <div className={`plan-overlap-summary ${blocking > 0 ? 'plan-overlap-block' : 'plan-overlap-warn'}`} role={blocking > 0 ? 'alert' : 'status'}>
      {blocking > 0 && <p className="strong">{t('plans.overlapSummary.blocking', { count: blocking })}</p>}
      {warnings > 0 && <p>{t('plans.overlapSummary.warnings', { count: warnings })}</p>}
    </div>
  );
}

/** One annual plan: its items with overlaps, the next steps with their articles, time limits, versions, timeline. */
export function PlanDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useApi((signal) => plansApi.get(id, signal), [id]);
  const [adding, setAdding] = useState(false);
  const plan = loaded.data;
  if (loaded.loading && !plan) return <Loading />;
  if (!plan) return <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;
  const canAdd = plan.can.editItems || plan.can.amend;

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/inspection-plans">{t('plans.back')}</Link>
      </nav>
      <div className="page-header petition-head">
        <div>
          <p className="eyebrow">
            {t('plans.year')} <span className="mono strong">{plan.planYear}</span> · {plan.agencyName}
          </p>
          <h1 id="page-title" tabIndex={-1}>
            {plan.title}
          </h1>
          <p className="badge-row">
            <span className="badge badge-state">{planStatusLabel(plan.status, plan.statusLabel)}</span>
            <span className="badge">{regimeLabel(plan.regime)}</span>
            {plan.revision > 0 && <span className="badge">{t('plans.revisionValue', { n: plan.revision })}</span>}
          </p>
        </div>
      </div>
      <section className="card plan-items" aria-labelledby="plan-items-title">
        <div className="card-head">
          <h2 id="plan-items-title">{t('plans.table.heading')}</h2>
          {canAdd && (
            <button type="button" className="btn btn-primary btn-small" onClick={() => setAdding(true)}>
              + {plan.can.amend ? t('plans.amend.add') : t('plans.item.add')}
            </button>
          )}
        </div>
        <OverlapSummary plan={plan} />
        <PlanItemsTable key={plan.version} plan={plan} onChange={loaded.setData} />
      </section>
      {plan.can.propose && <PlanProposalsPanel plan={plan} onChange={loaded.setData} />}
      <div className="detail-grid">
        <div className="detail-main">
          <PlanHistoryPanel plan={plan} />
          <section className="card" aria-labelledby="plan-timeline-title">
            <h2 id="plan-timeline-title">{t('plans.timeline')}</h2>
            <Timeline events={timelineEvents(plan.timeline)} eventLabel={planEventLabel} stateLabel={() => null} />
          </section>
        </div>
        <div className="detail-side">
          <PlanStepsPanel plan={plan} onChange={loaded.setData} />
          <section className="card" aria-label={t('plans.title')}>
            <FactList
              rows={[
                [t('plans.agency'), plan.agencyName],
                [t('plans.regime'), regimeLabel(plan.regime)],
                [t('plans.draftedOn'), formatIsoDate(plan.draftedOn)],
                [t('plans.issuedOn'), plan.issuedOn ? formatIsoDate(plan.issuedOn) : t('plans.notIssued')],
                [t('plans.revision'), plan.revision > 0 ? t('plans.revisionValue', { n: plan.revision }) : '—'],
              ]}
            />
          </section>
          <DeadlinesPanel detail={plan} />
        </div>
      </div>
      <Dialog title={plan.can.amend ? t('plans.amend.title') : t('plans.item.addTitle')} open={adding} onClose={() => setAdding(false)} variant="modal">
        <PlanItemForm
          plan={plan}
          amend={plan.can.amend}
          onDone={(p) => {
            setAdding(false);
            loaded.setData(p);
          }}
        />
      </Dialog>
    </>
  );
}
