import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { TextAreaField, TextField } from '../../components/Field';
import { petitionsApi, type PetitionDetail } from '../../lib/endpoints';
import { useAction } from '../../lib/useAction';
import { CX_CODES, hasComplexVariants, REASON_CODES, type CxCode } from '../../../shared/domain/petitions/lifecycle';

type Case = PetitionDetail['cases'][number];

function CaseComplexity({ letter, c, onChanged }: { letter: PetitionDetail; c: Case; onChanged(detail: PetitionDetail): void }) {
  const { t, i18n } = useTranslation();
  const [criteria, setCriteria] = useState<CxCode[]>(c.complexityCriteria as CxCode[]);
  const [complex, setComplex] = useState(c.complexity !== 'normal' && c.complexityCriteria.length === 0);
  const [remote, setRemote] = useState(c.remoteArea);
  const [remoteBasis, setRemoteBasis] = useState('');
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const { busy, error, done, run } = useAction();
  const label = (code: CxCode) => (i18n.language === 'en' ? REASON_CODES[code].labelEn : REASON_CODES[code].labelVi);
  const reasonError = submitted && reason.trim().length < 10 ? t('complexity.reasonInvalid') : null;
  const toggle = (code: CxCode, on: boolean) => setCriteria((list) => (on ? [...list, code] : list.filter((x) => x !== code)));

  return (
    <div className="complexity-case">
      <p>
        <span className="strong">{c.machineLabel}</span> <span className={`badge badge-complexity-${c.complexity}`}>{t(`complexity.level.${c.complexity}`)}</span>
        {c.remoteArea && <span className="badge">{t('complexity.remote')}</span>}
      </p>
      {c.complexityCriteria.length > 0 ? (
        <ul className="small complexity-criteria" aria-label={t('complexity.criteria')}>
          {c.complexityCriteria.map((code) => (
            <li key={code}>{label(code as CxCode)}</li>
          ))}
        </ul>
      ) : (
        <p className="small muted">{t('complexity.noCriteria')}</p>
      )}
      <StatusMessage message={done} />
      <ErrorMessage message={error} />
      {c.canSetComplexity && (
        <details className="complexity-form">
          <summary>{t('complexity.open')}</summary>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setSubmitted(true);
              if (reason.trim().length < 10) return;
              void run(async () => {
                const body = { criteria, complex: complex || criteria.length > 0, remoteArea: remote, ...(remote && remoteBasis.trim() ? { remoteBasis: remoteBasis.trim() } : {}), reasonText: reason.trim() };
                onChanged(await petitionsApi.setComplexity(letter.id, c.id, body));
                setReason('');
                setSubmitted(false);
                return t('complexity.done');
              });
            }}
          >
            <fieldset className="parts-editor">
              <legend>{t('complexity.criteria')}</legend>
              {CX_CODES.map((code) => (
                <div key={code}>
                  <label className="check">
                    <input type="checkbox" checked={criteria.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
                    {label(code)}
                  </label>
                </div>
              ))}
              {c.machine.startsWith('complaint') && (
                <div>
                  <label className="check">
                    <input type="checkbox" checked={complex} onChange={(e) => setComplex(e.target.checked)} />
                    {t('complexity.complexNoCriteria')}
                  </label>
                </div>
              )}
            </fieldset>
            <div>
              <label className="check">
                <input type="checkbox" checked={remote} onChange={(e) => setRemote(e.target.checked)} />
                {t('complexity.remote')}
              </label>
            </div>
            {remote && <TextField label={t('complexity.remoteBasis')} value={remoteBasis} maxLength={500} onChange={(e) => setRemoteBasis(e.target.value)} />}
            <TextAreaField label={t('complexity.reason')} value={reason} rows={3} maxLength={5000} markRequired error={reasonError} onChange={(e) => setReason(e.target.value)} />
            <div className="form-actions">
              <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
                {t('complexity.submit')}
              </button>
            </div>
          </form>
        </details>
      )}
    </div>
  );
}

/** The nature of each complaint or denunciation case (complex, remote area) that selects its time limits; the head determines it. */
export function ComplexityPanel({ letter, onChanged }: { letter: PetitionDetail; onChanged(detail: PetitionDetail): void }) {
  const { t } = useTranslation();
  const cases = letter.cases.filter((c) => hasComplexVariants(c.machine));
  if (cases.length === 0) return null;
  return (
    <section className="card" aria-labelledby="complexity-title">
      <h2 id="complexity-title">{t('complexity.title')}</h2>
      <p className="small muted">{t('complexity.help')}</p>
      {cases.map((c) => (
        <CaseComplexity key={c.id} letter={letter} c={c} onChanged={onChanged} />
      ))}
    </section>
  );
}
