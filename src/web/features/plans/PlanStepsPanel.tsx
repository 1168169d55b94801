import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { TextAreaField } from '../../components/Field';
import { todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { plansApi, type PlanAction, type PlanDetail } from './api';
import { planStatusLabel } from './model';

function StepForm({ plan, action, onDone }: { plan: PlanDetail; action: PlanAction; onDone(p: PlanDetail): void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso());
  const [valid, setValid] = useState(true);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  const error = !date || !valid ? t('inspections.steps.dateRequired') : date > todayIso() ? t('inspections.steps.dateFuture') : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (error) return;
    await run.run(async () => onDone(await plansApi.act(plan.id, { event: action.event, date, ...(note.trim() ? { note: note.trim() } : {}) })));
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={action.label}>
      <p className="small muted">
        {t('petitionLabels.basis')}: {action.basis}
      </p>
      {action.toLabel && <p className="small">{t('plans.steps.leadsTo', { state: action.toLabel })}</p>}
      <ErrorMessage message={run.error} />
      <DateInput label={t('inspections.steps.date')} value={date} onChange={setDate} onValidity={setValid} required error={submitted ? error : null} />
      <TextAreaField label={t('inspections.steps.note')} value={note} rows={2} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={run.busy}>
          {run.busy ? t('common.saving') : t('inspections.steps.submit')}
        </button>
      </div>
    </form>
  );
}

/**
 * "Các bước tiếp theo" of a plan, in the markup of the inspection case's NextStepsPanel: every step leaving the
 * plan's state (GET …/actions) with its article; a blocked one is greyed with the reason and article (an unresolved
 * overlap names khoản 3 Điều 4). The amendment step is taken from the items table (it carries the changes).
 */
export function PlanStepsPanel({ plan, onChange }: { plan: PlanDetail; onChange(p: PlanDetail): void }) {
  const { t } = useTranslation();
  const loaded = useApi((signal) => plansApi.actions(plan.id, signal), [plan.id, plan.version]);
  const [open, setOpen] = useState<PlanAction | null>(null);
  const actions = [...(loaded.data ?? [])].sort((a, b) => Number(!!a.blockedBy) - Number(!!b.blockedBy));
  return (
    <section className="card next-steps" aria-labelledby="plan-steps-title">
      <h2 id="plan-steps-title">{t('inspections.steps.heading')}</h2>
      <p className="small muted">
        {t('inspections.steps.current')} <span className="badge badge-state">{planStatusLabel(plan.status, plan.statusLabel)}</span>
      </p>
      {loaded.loading && !loaded.data ? (
        <Loading />
      ) : loaded.error ? (
        <ErrorMessage message={loaded.error} onRetry={loaded.reload} />
      ) : actions.length === 0 ? (
        <p className="muted">{t('inspections.steps.none')}</p>
      ) : (
        <ul className="step-list">
          {actions.map((a) => (
            <li key={`${a.event}-${a.to}`} className={a.blockedBy ? 'step-blocked' : undefined}>
              {a.event === 'amend' ? (
                <p className="strong">{a.label}</p>
              ) : (
                <button type="button" className="btn btn-secondary btn-block step-button" disabled={!!a.blockedBy} aria-describedby={`plan-step-${a.event}`} onClick={() => setOpen(a)}>
                  {a.label}
                </button>
              )}
              <div id={`plan-step-${a.event}`} className="small muted step-why">
                {a.blockedBy ? (
                  <>
                    <p>
                      <span className="strong">{t('inspections.steps.blocked')}</span> {a.blockedBy.message}
                    </p>
                    <p>
                      {t('petitionLabels.basis')}: {a.blockedBy.basis}
                    </p>
                  </>
                ) : (
                  <p>
                    {t('petitionLabels.basis')}: {a.basis}
                  </p>
                )}
                {a.event === 'amend' && !a.blockedBy && <p>{t('plans.steps.amendHint')}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Dialog title={open?.label ?? ''} open={!!open} onClose={() => setOpen(null)} variant="modal">
        {open && (
          <Fragment key={open.event}>
            <StepForm
              plan={plan}
              action={open}
              onDone={(p) => {
                setOpen(null);
                onChange(p);
              }}
            />
          </Fragment>
        )}
      </Dialog>
    </section>
  );
}
