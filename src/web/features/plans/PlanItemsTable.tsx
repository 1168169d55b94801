import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/Feedback';
import { TextAreaField } from '../../components/Field';
import { useAuth } from '../../lib/auth';
import { formatDateTime, formatIsoDate } from '../../lib/format';
import { CARRIED_OUT_STATES, fromPlanItem } from '../inspections/fromPlan';
import { useAction } from '../../lib/useAction';
import { plansApi, type PlanConflict, type PlanDetail, type PlanItem } from './api';
import { PlanItemForm } from './PlanItemForm';
import { topicLabel } from './model';

/** Records the written basis on which a blocking overlap was resolved. */
function ResolveForm({ plan, item, conflict, onDone }: { plan: PlanDetail; item: PlanItem; conflict: PlanConflict; onDone(p: PlanDetail): void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  const error = note.trim().length < 10 ? t('plans.conflict.noteRequired') : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (error) return;
    await run.run(async () => onDone(await plansApi.resolve(plan.id, item.id, { conflictKey: conflict.key, note: note.trim(), planVersion: plan.version })));
  };
  return (
    <form className="form resolve-form" onSubmit={submit} noValidate>
      <ErrorMessage message={run.error} />
      <TextAreaField label={t('plans.conflict.note')} value={note} rows={2} maxLength={2000} required markRequired error={submitted ? error : null} onChange={(e) => setNote(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="btn btn-secondary btn-small" disabled={run.busy}>
          {run.busy ? t('common.saving') : t('plans.conflict.save')}
        </button>
      </div>
    </form>
  );
}

/** One item's conflicts: what, with whom, the article, who resolves it, and its resolution (or the form to record it). */
function Conflicts({ plan, item, onChange }: { plan: PlanDetail; item: PlanItem; onChange(p: PlanDetail): void }) {
  const { t } = useTranslation();
  return (
    <div className="plan-conflicts" role="group" aria-label={t('plans.conflict.heading', { seq: item.seq })}>
      <h3 className="small strong">{t('plans.conflict.heading', { seq: item.seq })}</h3>
      <ul>
        {item.overlap.conflicts.map((c) => (
          <li key={c.key} className={`plan-conflict plan-conflict-${c.resolution ? 'resolved' : c.severity}`}>
            <p>
              <span className={`badge ${c.resolution ? 'badge-active' : c.severity === 'block' ? 'badge-deadline-overdue' : 'badge-warning'}`}>{c.resolution ? t('plans.table.resolved') : c.severity === 'block' ? t('plans.conflict.block') : t('plans.conflict.warn')}</span> {c.message}
            </p>
            <p className="small">{t('plans.conflict.with', { label: [c.other.label, c.other.agencyName].filter(Boolean).join(' — ') })}</p>
            <p className="small muted">
              {t('petitionLabels.basis')}: {c.basis} ({t(`plans.conflict.verification.${c.verification as 'V'}`, { defaultValue: c.verification })})
            </p>
            {c.resolver && <p className="small muted">{t('plans.conflict.resolver', { who: c.resolver })}</p>}
            {c.resolution ? (
              <p className="small">{t('plans.conflict.resolvedBy', { who: c.resolution.byName, at: formatDateTime(c.resolution.at), note: c.resolution.note })}</p>
            ) : (
              c.severity === 'block' && plan.can.resolve && <ResolveForm plan={plan} item={item} conflict={c} onDone={onChange} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function OverlapBadges({ item }: { item: PlanItem }) {
  const { t } = useTranslation();
  const o = item.overlap;
  const resolved = o.conflicts.filter((c) => c.resolution).length;
  if (o.conflicts.length === 0) return <span className="badge badge-active">{t('plans.table.ok')}</span>;
  return (
    <span className="plan-badges">
      {o.blocking > 0 && <span className="badge badge-deadline-overdue">{t('plans.table.blocking', { count: o.blocking })}</span>}
      {o.warnings > 0 && <span className="badge badge-warning">{t('plans.table.warnings', { count: o.warnings })}</span>}
      {resolved > 0 && <span className="badge badge-active">{t('plans.table.resolved')}</span>}
    </span>
  );
}

type Editing = { mode: 'edit' | 'remove'; item: PlanItem } | null;

/** Removes an item: from a draft directly; from an issued plan by an amendment with its reason. */
function RemoveForm({ plan, item, onDone }: { plan: PlanDetail; item: PlanItem; onDone(p: PlanDetail): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  const amend = plan.can.amend;
  const error = amend && reason.trim().length < 10 ? t('plans.amend.reasonRequired') : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (error) return;
    await run.run(async () => onDone(amend ? await plansApi.amend(plan.id, { reason: reason.trim(), planVersion: plan.version, remove: [item.id] }) : await plansApi.removeItem(plan.id, item.id, plan.version)));
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorMessage message={run.error} />
      <p>{t('plans.table.removeConfirm', { seq: item.seq })}</p>
      <p className="strong">{item.subjectName}</p>
      {amend && <TextAreaField label={t('plans.amend.reason')} value={reason} rows={2} maxLength={2000} required markRequired error={submitted ? error : null} onChange={(e) => setReason(e.target.value)} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-danger" disabled={run.busy}>
          {run.busy ? t('common.saving') : amend ? t('plans.amend.submit') : t('plans.table.remove')}
        </button>
      </div>
    </form>
  );
}

/** The plan's items with their overlap badges; a row opens its conflicts (article, resolver, resolution). */
export function PlanItemsTable({ plan, onChange }: { plan: PlanDetail; onChange(p: PlanDetail): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Set<string>>(() => new Set(plan.items.filter((i) => i.overlap.blocking > 0).map((i) => i.id)));
  const [editing, setEditing] = useState<Editing>(null);
  const canChange = plan.can.editItems || plan.can.amend;
  // An item of an issued plan is carried out by a decision to inspect (origin "planned").
  const canDecide = useAuth().can('inspections.manage') && CARRIED_OUT_STATES.includes(plan.status);
  const columns = [t('plans.table.seq'), t('plans.table.subject'), t('plans.table.content'), t('plans.table.time'), t('plans.table.lead'), t('plans.table.overlap')];
  const toggle = (id: string) => setOpen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const done = (p: PlanDetail) => {
    setEditing(null);
    onChange(p);
  };
  if (plan.items.length === 0) return <p className="empty">{t('plans.table.empty')}</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="table table-cards plan-items-table">
          <caption className="visually-hidden">{t('plans.table.caption')}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              {canChange && <th scope="col"><span className="visually-hidden">{t('plans.table.edit')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {plan.items.map((i) => (
              <Fragment key={i.id}>
                <tr className={i.overlap.blocking > 0 ? 'row-blocked' : undefined}>
                  <td data-label={columns[0]} className="mono">
                    {i.seq}
                  </td>
                  <td data-label={columns[1]}>
                    <span className="strong">{i.subjectName}</span>
                    <div className="small muted">
                      {i.subjectTaxCode && <span className="mono">{i.subjectTaxCode}</span>}
                      {i.subjectId && <span className="badge badge-info">{t('plans.table.inRegistry')}</span>}
                    </div>
                    {i.proposal && (
                      <div className="small muted plan-item-proposal">
                        <span className="badge">{t('proposals.fromProposal')}</span> {i.proposal.reason}
                      </div>
                    )}
                    {canDecide && (
                      <Link className="btn btn-small btn-secondary" to="/inspections/new" state={{ fromPlan: fromPlanItem(plan, i) }}>
                        {t('inspui.fromPlan.button')}
                      </Link>
                    )}
                  </td>
                  <td data-label={columns[2]}>
                    {i.content}
                    <div className="small muted">
                      {i.topics.map(topicLabel).join(', ')}
                      {(i.periodFrom || i.periodTo) && ` · ${t('plans.table.period', { from: formatIsoDate(i.periodFrom) || '…', to: formatIsoDate(i.periodTo) || '…' })}`}
                    </div>
                  </td>
                  <td data-label={columns[3]} className="nowrap">
                    {i.plannedMonth ? t('plans.table.month', { m: i.plannedMonth }) : i.plannedQuarter ? t('plans.table.quarter', { q: i.plannedQuarter }) : t('plans.table.wholeYear')}
                  </td>
                  <td data-label={columns[4]}>{i.leadUnit}</td>
                  <td data-label={columns[5]}>
                    <OverlapBadges item={i} />
                    {i.overlap.conflicts.length > 0 && (
                      <button type="button" className="btn btn-ghost btn-small" aria-expanded={open.has(i.id)} onClick={() => toggle(i.id)}>
                        {t('plans.table.details')}
                      </button>
                    )}
                  </td>
                  {canChange && (
                    <td className="nowrap row-actions">
                      <button type="button" className="btn btn-small btn-secondary" onClick={() => setEditing({ mode: 'edit', item: i })}>
                        {t('plans.table.edit')}
                      </button>{' '}
                      <button type="button" className="btn btn-small btn-ghost" onClick={() => setEditing({ mode: 'remove', item: i })}>
                        {t('plans.table.remove')}
                      </button>
                    </td>
                  )}
                </tr>
                {open.has(i.id) && i.overlap.conflicts.length > 0 && (
                  <tr className="plan-conflicts-row">
                    <td colSpan={columns.length + (canChange ? 1 : 0)}>
                      <Conflicts plan={plan} item={i} onChange={onChange} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog title={editing ? (editing.mode === 'edit' ? t('plans.item.editTitle', { seq: editing.item.seq }) : plan.can.amend ? t('plans.amend.removeTitle', { seq: editing.item.seq }) : t('plans.table.remove')) : ''} open={!!editing} onClose={() => setEditing(null)} variant="modal">
        {editing?.mode === 'edit' && <PlanItemForm key={editing.item.id} plan={plan} item={editing.item} amend={plan.can.amend} onDone={done} />}
        {editing?.mode === 'remove' && <RemoveForm plan={plan} item={editing.item} onDone={done} />}
      </Dialog>
    </>
  );
}
