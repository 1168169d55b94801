import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { errorMessage } from '../../lib/api';
import { formatIsoDate, formatMoney, todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi, useDebounced } from '../../lib/useApi';
import { sanctionsApi, type DecisionCheck, type DecisionDraft, type SanctionDetail } from './api';
import { DECISION_CASES, formLabel, linesOf, SANCTION_FORMS } from './model';

type Draft = { signerUserId: string; decidedOn: string; decisionCase: (typeof DECISION_CASES)[number]; forms: string[]; fine: string; confiscationValue: string; titleCap: string; additional: string; remedial: string; aggravating: string; mitigating: string; executionDays: string };
const digits = (v: string) => v.replace(/\D/g, '');
const grouped = (v: string) => digits(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const amount = (v: string) => (digits(v) === '' ? undefined : Number(digits(v)));

/**
 * The sanctioning decision (Art 68): the signer among the officers holding a sanctioning title on the decision date,
 * the forms, the fine and measures. As the officer types, the server checks it (POST …/decision-check) and the form
 * shows the signer's power limit for this violator, the limitation end and the decision time limit, each with its
 * article, and every refusal with its article.
 */
export function DecisionForm({ detail, basis, onDone }: { detail: SanctionDetail; basis: string; onDone(d: SanctionDetail): void }) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>({ signerUserId: '', decidedOn: todayIso(), decisionCase: 'normal', forms: ['fine'], fine: '', confiscationValue: '', titleCap: '', additional: '', remedial: '', aggravating: '', mitigating: '', executionDays: '10' });
  const [submitted, setSubmitted] = useState(false);
  const set = (patch: Partial<Draft>) => setD((v) => ({ ...v, ...patch }));
  const signers = useApi((signal) => sanctionsApi.signers(detail.id, d.decidedOn || todayIso(), signal), [detail.id, d.decidedOn]);
  useEffect(() => {
    const first = signers.data?.[0];
    if (first && !signers.data!.some((s) => s.userId === d.signerUserId)) set({ signerUserId: first.userId });
  }, [signers.data, d.signerUserId]);
  const run = useAction();
  const factor = detail.violatorKind === 'organisation' ? 2 : 1;

  const body = (): DecisionDraft => ({
    signerUserId: d.signerUserId,
    decidedOn: d.decidedOn,
    decisionCase: d.decisionCase,
    forms: d.forms as DecisionDraft['forms'],
    fineAmount: d.forms.includes('fine') ? amount(d.fine) : undefined,
    confiscationValue: d.forms.includes('confiscation') ? amount(d.confiscationValue) : undefined,
    titleCapIndividual: amount(d.titleCap),
    additionalPenalties: linesOf(d.additional),
    remedialMeasures: linesOf(d.remedial),
    aggravating: linesOf(d.aggravating),
    mitigating: linesOf(d.mitigating),
    executionDays: Number(d.executionDays) || 10,
  });
  const checkKey = useDebounced(JSON.stringify(body()), 400);
  const [check, setCheck] = useState<{ result: DecisionCheck | null; error: string | null }>({ result: null, error: null });
  useEffect(() => {
    if (!d.signerUserId || d.forms.length === 0 || !d.decidedOn) return;
    const ctrl = new AbortController();
    sanctionsApi
      .check(detail.id, JSON.parse(checkKey) as DecisionDraft, ctrl.signal)
      .then((result) => setCheck({ result, error: null }))
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setCheck({ result: null, error: errorMessage(err) });
      });
    return () => ctrl.abort();
  }, [checkKey, detail.id, d.signerUserId, d.forms.length, d.decidedOn]);

  const errors = {
    signer: d.signerUserId ? null : t('sanctions.steps.required'),
    fine: d.forms.includes('fine') && amount(d.fine) === undefined ? t('sanctions.decide.fineRequired') : null,
    forms: d.forms.length === 0 ? t('sanctions.steps.required') : null,
  };
  const shown = (k: keyof typeof errors) => (submitted ? errors[k] : null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    await run.run(async () => onDone(await sanctionsApi.act(detail.id, { event: 'decide', payload: { decision: body() } })));
  };
  const c = check.result;

  return (
    <form className="form decision-form" onSubmit={submit} noValidate aria-label={t('sanctions.decide.heading')}>
      <p className="small muted">
        {t('petitionLabels.basis')}: {basis}
      </p>
      <p className="small">{t('sanctions.decide.bracket', { min: formatMoney(detail.bracketMinIndividual * factor), max: formatMoney(detail.bracketMaxIndividual * factor) })}</p>
      <ErrorMessage message={run.error} />
      <div className="form-grid">
        <DateInput label={t('sanctions.decide.decidedOn')} value={d.decidedOn} onChange={(decidedOn) => set({ decidedOn })} required />
        <SelectField label={t('sanctions.decide.signer')} value={d.signerUserId} required markRequired error={shown('signer')} onChange={(e) => set({ signerUserId: e.target.value })}>
          <option value="">{t('sanctions.steps.choose')}</option>
          {(signers.data ?? []).map((s) => (
            <option key={`${s.userId}:${s.title}`} value={s.userId}>
              {s.name} — {s.titleLabel}
            </option>
          ))}
        </SelectField>
      </div>
      {signers.data && signers.data.length === 0 && <p className="alert alert-warning small">{t('sanctions.decide.noSigners')}</p>}
      <SelectField label={t('sanctions.decide.decisionCase')} value={d.decisionCase} onChange={(e) => set({ decisionCase: e.target.value as Draft['decisionCase'] })}>
        {DECISION_CASES.map((k) => (
          <option key={k} value={k}>
            {t(`sanctions.decisionCases.${k}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="tag-group">
        <legend className="strong">{t('sanctions.decide.forms')}</legend>
        {SANCTION_FORMS.map((f) => (
          <label key={f} className="check">
            <input type="checkbox" checked={d.forms.includes(f)} onChange={(e) => set({ forms: e.target.checked ? [...d.forms, f] : d.forms.filter((x) => x !== f) })} />
            <span>{formLabel(f)}</span>
          </label>
        ))}
        {shown('forms') && <p className="field-error">{shown('forms')}</p>}
      </fieldset>
      <div className="form-grid">
        {d.forms.includes('fine') && <TextField label={t('sanctions.decide.fineAmount')} value={grouped(d.fine)} inputMode="numeric" required markRequired error={shown('fine')} onChange={(e) => set({ fine: digits(e.target.value) })} />}
        {d.forms.includes('confiscation') && <TextField label={t('sanctions.decide.confiscationValue')} value={grouped(d.confiscationValue)} inputMode="numeric" onChange={(e) => set({ confiscationValue: digits(e.target.value) })} />}
        <TextField label={t('sanctions.decide.titleCap')} value={grouped(d.titleCap)} inputMode="numeric" onChange={(e) => set({ titleCap: digits(e.target.value) })} />
        <TextField label={t('sanctions.decide.executionDays')} value={d.executionDays} inputMode="numeric" maxLength={3} onChange={(e) => set({ executionDays: digits(e.target.value) })} />
      </div>
      <section className={`decision-check ${c ? (c.ok ? 'decision-check-ok' : 'decision-check-refused') : ''}`} aria-live="polite" aria-label={t('sanctions.decide.check')}>
        <h3>{t('sanctions.decide.check')}</h3>
        {check.error && <p className="field-error">{check.error}</p>}
        {!c && !check.error && <p className="small muted">{t('sanctions.decide.checking')}</p>}
        {c && (
          <>
            <dl className="facts">
              <dt>{t('sanctions.decide.power')}</dt>
              <dd>
                <span className="strong">{c.capForSubject !== null ? formatMoney(c.capForSubject) : t('sanctions.decide.powerUnknown')}</span>
                {c.signerTitleLabel && <div className="small muted">{c.signerTitleLabel}</div>}
                {c.powerBasis && <div className="small muted">{c.powerBasis}</div>}
              </dd>
              <dt>{t('sanctions.decide.limitation')}</dt>
              <dd>
                <span className="strong">{formatIsoDate(c.limitationEnd)}</span>
                <div className="small muted">{t('petitionLabels.basis')}: Luật Xử lý vi phạm hành chính, Điều 6</div>
              </dd>
              {c.decisionDue && (
                <>
                  <dt>{t('sanctions.decide.decisionDue')}</dt>
                  <dd>
                    <span className="strong">{formatIsoDate(c.decisionDue)}</span>
                    <div className="small muted">{t('petitionLabels.basis')}: Luật Xử lý vi phạm hành chính, Điều 66</div>
                  </dd>
                </>
              )}
            </dl>
            {c.ok ? (
              <p className="text-ok strong">✓ {t('sanctions.decide.lawful')}</p>
            ) : (
              <div className="refusals">
                <p className="strong text-late">{t('sanctions.decide.refused')}</p>
                <ul>
                  {c.refusals.map((r, i) => (
                    <li key={`${r.code}${i}`}>
                      {r.message}
                      <div className="small muted">
                        {t('petitionLabels.basis')}: {r.basis}
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {c.warnings.length > 0 && (
              <details className="small">
                <summary>{t('sanctions.decide.warnings')}</summary>
                <ul>
                  {c.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </section>
      <TextAreaField label={t('sanctions.decide.remedial')} value={d.remedial} rows={2} onChange={(e) => set({ remedial: e.target.value })} />
      <TextAreaField label={t('sanctions.decide.additional')} value={d.additional} rows={2} onChange={(e) => set({ additional: e.target.value })} />
      <div className="form-grid">
        <TextAreaField label={t('sanctions.decide.mitigating')} value={d.mitigating} rows={2} onChange={(e) => set({ mitigating: e.target.value })} />
        <TextAreaField label={t('sanctions.decide.aggravating')} value={d.aggravating} rows={2} onChange={(e) => set({ aggravating: e.target.value })} />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={run.busy || (c !== null && !c.ok)}>
          {run.busy ? t('common.saving') : t('sanctions.decide.submit')}
        </button>
      </div>
    </form>
  );
}
