import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/Feedback';
import { errorMessage } from '../../lib/api';
import { portalApi, type PublicReceipt } from '../../lib/endpoints';
import { ContentFields, KindChooser, RespondentFields, respondentHeading } from '../petitions/LetterFields';
import { draftBody, emptyDraft, focusFirstError, hasErrors, newSubmissionKey, validateDraft, type LetterDraft } from '../petitions/model';
import { SenderFields } from '../petitions/PersonFields';
import { AgencyChooser, CENTRAL } from './AgencyChooser';
import { solveChallenge } from './pow';
import { Receipt } from './Receipt';

function Step({ n, title, children }: { n: number; title: ReactNode; children: ReactNode }) {
  return (
    <section className="card step">
      <h2>
        <span className="step-no" aria-hidden="true">
          {n}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

type Phase = 'idle' | 'solving' | 'sending';

/** The online letter form: no account; a proof of work is solved in the browser before sending. */
export function SubmitPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LetterDraft>(emptyDraft);
  const [provinceCode, setProvinceCode] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [truth, setTruth] = useState(false);
  // One key per form: a double click or a retry after a lost answer is not filed twice.
  const [submissionKey, setSubmissionKey] = useState(newSubmissionKey);
  const [submitted, setSubmitted] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<{ receipt: PublicReceipt; anonymous: boolean } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const sending = useRef(false);

  useEffect(() => () => abort.current?.abort(), []);

  const change = (patch: Partial<LetterDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const validation = {
    ...validateDraft(t, draft),
    province: provinceCode ? null : t('portal.provinceRequired'),
    agency: agencyId ? null : t('portal.agencyRequired'),
    truth: truth ? null : t('portal.truthRequired'),
  };
  const errors: Record<string, string | null> = submitted ? validation : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending.current) return; // a double click sends once
    setSubmitted(true);
    setError(null);
    if (hasErrors(validation)) {
      focusFirstError();
      return;
    }
    const ctrl = new AbortController();
    abort.current = ctrl;
    sending.current = true;
    try {
      setPhase('solving');
      const challenge = await portalApi.challenge();
      const nonce = await solveChallenge(challenge.challenge, challenge.difficulty, { signal: ctrl.signal });
      setPhase('sending');
      const body = draftBody(draft);
      const result = await portalApi.submit({
        ...body,
        agencyId,
        provinceCode: provinceCode === CENTRAL ? undefined : provinceCode,
        submissionKey,
        pow: challenge.difficulty > 0 ? { challenge: challenge.challenge, nonce } : undefined,
        truthfulness: true,
      });
      setReceipt({ receipt: result, anonymous: body.anonymous });
      window.scrollTo(0, 0);
      requestAnimationFrame(() => document.getElementById('page-title')?.focus());
    } catch (err) {
      if (ctrl.signal.aborted) return;
      setError(errorMessage(err));
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.submit-error [role="alert"]')?.scrollIntoView({ block: 'center' }));
    } finally {
      sending.current = false;
      if (!ctrl.signal.aborted) setPhase('idle');
    }
  };

  if (receipt) {
    return (
      <Receipt
        receipt={receipt.receipt}
        anonymous={receipt.anonymous}
        onAnother={() => {
          setReceipt(null);
          setDraft(emptyDraft());
          setTruth(false);
          setSubmitted(false);
          setSubmissionKey(newSubmissionKey());
        }}
      />
    );
  }

  const busy = phase !== 'idle';
  return (
    <>
      <div className="portal-page-head">
        <h1 id="page-title" tabIndex={-1}>
          {t('portal.submitTitle')}
        </h1>
        <p className="page-intro">{t('portal.submitIntro')}</p>
      </div>
      <form className="portal-form" onSubmit={submit} noValidate aria-busy={busy}>
        {submitted && hasErrors(validation) && <p className="alert alert-error">{t('letterForm.fixErrors')}</p>}
        <Step n={1} title={t('portal.stepKind')}>
          <KindChooser draft={draft} onChange={change} errors={errors} legend={t('portal.stepKind')} hideLegend />
        </Step>
        <Step n={2} title={t('portal.stepAgency')}>
          <AgencyChooser
            provinceCode={provinceCode}
            agencyId={agencyId}
            errors={errors}
            onChange={(p, a) => {
              setProvinceCode(p);
              setAgencyId(a);
            }}
          />
        </Step>
        <Step n={3} title={t('portal.stepContent')}>
          <ContentFields draft={draft} onChange={change} errors={errors} />
        </Step>
        <Step n={4} title={t('portal.stepSender')}>
          <SenderFields draft={draft} onChange={change} errors={errors} />
        </Step>
        <Step n={5} title={respondentHeading(t, draft)}>
          <RespondentFields draft={draft} onChange={change} errors={errors} />
        </Step>
        <Step n={6} title={t('portal.stepConfirm')}>
          <div className="field">
            <label className="check check-top">
              <input type="checkbox" checked={truth} required aria-invalid={errors.truth ? true : undefined} aria-describedby={errors.truth ? 'truth-error' : undefined} onChange={(e) => setTruth(e.target.checked)} />
              <span>{t('portal.truthfulness')}</span>
            </label>
            {errors.truth && (
              <p id="truth-error" className="field-error">
                {errors.truth}
              </p>
            )}
          </div>
          <div className="submit-error">
            <ErrorMessage message={error} />
          </div>
          <div role="status" aria-live="polite" className={busy ? 'pow-status' : 'visually-hidden'}>
            {busy && (
              <>
                <span className="spinner" aria-hidden="true" />
                <span>
                  <strong>{phase === 'solving' ? t('portal.solving') : t('portal.submitting')}</strong>
                  {phase === 'solving' && <span className="field-help">{t('portal.solvingHelp')}</span>}
                </span>
              </>
            )}
          </div>
          <button type="submit" className="btn btn-primary btn-large" disabled={busy}>
            {busy ? t('portal.submitting') : t('portal.submit')}
          </button>
        </Step>
      </form>
    </>
  );
}
