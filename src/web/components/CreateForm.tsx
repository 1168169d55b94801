import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../lib/api';
import { ErrorMessage } from './Feedback';

type Checks = Record<string, string | null>;

/** Moves the focus to the first field marked invalid (after the render that marks it). */
export function focusFirstError(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/**
 * A form that creates one record (a decision, a sanction case): its draft, the checks shown once the officer has tried
 * to submit (focus on the first error), one request at a time, the server's refusal shown in place, and on success
 * the new record's page with a flash message.
 */
export function useCreateForm<D>(initial: D | (() => D)) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<D>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch }));

  /** The errors to show, whether any check fails, and the submit handler that sends only when none does. */
  function check<T>(validation: Checks, send: () => Promise<T>, opened: (created: T) => { to: string; flash: string }) {
    const invalid = Object.values(validation).some(Boolean);
    const submit = async (e: FormEvent) => {
      e.preventDefault();
      if (busy) return;
      setSubmitted(true);
      if (invalid) {
        focusFirstError();
        return;
      }
      setBusy(true);
      setError(null);
      try {
        const { to, flash } = opened(await send());
        navigate(to, { state: { flash } });
      } catch (err) {
        setError(errorMessage(err));
        setBusy(false);
      }
    };
    return { errors: submitted ? validation : ({} as Checks), invalid: submitted && invalid, submit };
  }

  return { draft, change, busy, error, check };
}

/** "Please fix the fields marked below", once the officer has tried to submit a form with errors. */
export function FixErrorsAlert({ show }: { show: boolean }) {
  const { t } = useTranslation();
  return show ? <p className="alert alert-error">{t('letterForm.fixErrors')}</p> : null;
}

/** The server's refusal, then save (busy while sending) and cancel back to the list. */
export function CreateFormFooter({ error, busy, saveLabel, savingLabel, cancelLabel, cancelTo }: { error: string | null; busy: boolean; saveLabel: string; savingLabel?: string; cancelLabel?: string; cancelTo: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorMessage message={error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? (savingLabel ?? t('common.saving')) : saveLabel}
        </button>
        <Link className="btn btn-secondary" to={cancelTo}>
          {cancelLabel ?? t('common.cancel')}
        </Link>
      </div>
    </>
  );
}
