import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { StepFormShell, StepsPanel as SharedStepsPanel } from '../../components/StepsPanel';
import { todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { sanctionsApi, type SanctionAction, type SanctionActionBody, type SanctionDetail } from './api';
import { DecisionForm } from './DecisionForm';
import { NO_DECISION_GROUNDS, parseInstalments, sanctionStatusLabel } from './model';

type Payload = NonNullable<SanctionActionBody['payload']>;
type Draft = { date: string; note: string; recordNo: string; signed: 'violator' | 'witnessed' | ''; ground: string; receivedOn: string; instalments: string; postponedUntil: string };

function StepForm({ detail, action, onDone }: { detail: SanctionDetail; action: SanctionAction; onDone(d: SanctionDetail): void }) {
  const { t } = useTranslation();
  const ev = action.event;
  const [d, setD] = useState<Draft>({ date: todayIso(), note: '', recordNo: '', signed: '', ground: '', receivedOn: todayIso(), instalments: '', postponedUntil: '' });
  const [dateValid, setDateValid] = useState(true);
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  const set = (patch: Partial<Draft>) => setD((v) => ({ ...v, ...patch }));
  const plan = ev === 'grant_instalments' ? parseInstalments(d.instalments) : null;
  const errors = {
    date: !d.date || !dateValid || d.date > todayIso() ? t('sanctions.steps.required') : null,
    recordNo: ev === 'make_record' && !d.recordNo.trim() ? t('sanctions.steps.required') : null,
    signed: ev === 'make_record' && !d.signed ? t('sanctions.steps.required') : null,
    ground: ev === 'no_decision' && !d.ground ? t('sanctions.steps.required') : null,
    receivedOn: ev === 'deliver' && !d.receivedOn ? t('sanctions.steps.required') : null,
    instalments: ev === 'grant_instalments' && !plan ? t('sanctions.steps.instalmentsInvalid') : null,
    postponedUntil: ev === 'postpone' && !d.postponedUntil ? t('sanctions.steps.required') : null,
  };
  const shown = (k: keyof typeof errors) => (submitted ? errors[k] : null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    const payload: Payload = {};
    if (ev === 'make_record') {
      payload.recordNo = d.recordNo.trim();
      if (d.signed === 'violator') payload.signedByViolator = true;
      else payload.refusalWitnessed = true;
    }
    if (ev === 'no_decision') payload.noDecisionGround = d.ground as Payload['noDecisionGround'];
    if (ev === 'deliver') payload.receivedOn = d.receivedOn;
    if (ev === 'grant_instalments') payload.instalments = plan!;
    if (ev === 'postpone') payload.postponedUntil = d.postponedUntil;
    const body: SanctionActionBody = { event: ev, date: d.date, payload };
    if (d.note.trim()) body.note = d.note.trim();
    await run.run(async () => onDone(await sanctionsApi.act(detail.id, body)));
  };
  return (
    <StepFormShell action={action} ns="sanctions.steps" run={run} date={{ value: d.date, onChange: (date) => set({ date }), onValidity: setDateValid, error: shown('date') }} note={[d.note, (note) => set({ note })]} onSubmit={submit}>
      {ev === 'make_record' && (
        <>
          <TextField label={t('sanctions.steps.recordNo')} value={d.recordNo} maxLength={100} required markRequired error={shown('recordNo')} placeholder="01/BB-VPHC" onChange={(e) => set({ recordNo: e.target.value })} />
          <fieldset className="tag-group">
            <label className="check">
              <input type="radio" name="signed" checked={d.signed === 'violator'} onChange={() => set({ signed: 'violator' })} />
              <span>{t('sanctions.steps.signedByViolator')}</span>
            </label>
            <label className="check">
              <input type="radio" name="signed" checked={d.signed === 'witnessed'} onChange={() => set({ signed: 'witnessed' })} />
              <span>{t('sanctions.steps.refusalWitnessed')}</span>
            </label>
            {shown('signed') && <p className="field-error">{shown('signed')}</p>}
          </fieldset>
        </>
      )}
      {ev === 'no_decision' && (
        <SelectField label={t('sanctions.steps.ground')} value={d.ground} required markRequired error={shown('ground')} onChange={(e) => set({ ground: e.target.value })}>
          <option value="">{t('sanctions.steps.choose')}</option>
          {NO_DECISION_GROUNDS.map((g) => (
            <option key={g} value={g}>
              {t(`sanctions.noDecisionGrounds.${g}`)}
            </option>
          ))}
        </SelectField>
      )}
      {ev === 'deliver' && <DateInput label={t('sanctions.steps.receivedOn')} value={d.receivedOn} onChange={(receivedOn) => set({ receivedOn })} required error={shown('receivedOn')} />}
      {ev === 'grant_instalments' && (
        <TextAreaField label={t('sanctions.steps.instalments')} help={t('sanctions.steps.instalmentsHelp')} value={d.instalments} rows={3} required markRequired error={shown('instalments')} placeholder={'01/12/2026; 12000000\n04/01/2027; 18000000'} onChange={(e) => set({ instalments: e.target.value })} />
      )}
      {ev === 'postpone' && <DateInput label={t('sanctions.steps.postponedUntil')} value={d.postponedUntil} onChange={(postponedUntil) => set({ postponedUntil })} required error={shown('postponedUntil')} />}
    </StepFormShell>
  );
}

/**
 * "Các bước tiếp theo" of a sanction case (the inspections NextStepsPanel pattern): every step leaving the state
 * (GET …/actions) with its article; a blocked step is greyed with the reason and its article; choosing one opens its
 * form — the decision opens the decision form with the signer's power and the limitation end.
 */
export function StepsPanel({ detail, onChange }: { detail: SanctionDetail; onChange(d: SanctionDetail): void }) {
  const { t } = useTranslation();
  const version = `${detail.id}|${detail.status}|${detail.events.length}|${detail.payments.length}`;
  const loaded = useApi((signal) => sanctionsApi.actions(detail.id, signal), [version]);
  const done = (close: () => void) => (d: SanctionDetail) => (close(), onChange(d));
  return (
    <SharedStepsPanel
      titleId="steps-title"
      ns="sanctions.steps"
      idPrefix="step"
      stateLabel={sanctionStatusLabel(detail.status, detail.statusLabel)}
      loaded={loaded}
      disabled={() => !detail.canManage}
      dialogTitle={(a) => (a.event === 'decide' ? t('sanctions.decide.heading') : a.label)}
      form={(a, close) => (a.event === 'decide' ? <DecisionForm detail={detail} basis={a.basis} onDone={done(close)} /> : <StepForm detail={detail} action={a} onDone={done(close)} />)}
    />
  );
}
