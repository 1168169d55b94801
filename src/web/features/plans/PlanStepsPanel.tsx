import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StepFormShell, StepsPanel } from '../../components/StepsPanel';
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
    <StepFormShell action={action} ns="inspections.steps" leadsToNs="plans.steps" run={run} date={{ value: date, onChange: setDate, onValidity: setValid, error: submitted ? error : null }} note={[note, setNote]} onSubmit={submit} />
  );
}

/**
 * "Các bước tiếp theo" of a plan (the shared StepsPanel): every step leaving the plan's state (GET …/actions) with its
 * article; a blocked one is greyed with the reason and article (an unresolved overlap names khoản 3 Điều 4). The
 * amendment step is taken from the items table (it carries the changes).
 */
export function PlanStepsPanel({ plan, onChange }: { plan: PlanDetail; onChange(p: PlanDetail): void }) {
  const { t } = useTranslation();
  const loaded = useApi((signal) => plansApi.actions(plan.id, signal), [plan.id, plan.version]);
  return (
    <StepsPanel
      titleId="plan-steps-title"
      ns="inspections.steps"
      idPrefix="plan-step"
      stateLabel={planStatusLabel(plan.status, plan.statusLabel)}
      loaded={loaded}
      keyOf={(a) => `${a.event}-${a.to}`}
      render={(a) => (a.event === 'amend' ? <p className="strong">{a.label}</p> : undefined)}
      hint={(a) => (a.event === 'amend' && !a.blockedBy ? <p>{t('plans.steps.amendHint')}</p> : null)}
      form={(a, done) => <StepForm plan={plan} action={a} onDone={(p) => (done(), onChange(p))} />}
    />
  );
}
