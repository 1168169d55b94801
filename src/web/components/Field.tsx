import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type Common = {
  label: string;
  error?: string | null;
  help?: ReactNode;
  className?: string;
  /** Shows a "*" after the label of a required field (hidden from screen readers, which announce `required`). */
  markRequired?: boolean;
};

function describedBy(id: string, error?: string | null, help?: ReactNode) {
  return [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Label({ id, label, mark }: { id: string; label: string; mark?: boolean }) {
  return (
    <label htmlFor={id}>
      {label}
      {mark && (
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </label>
  );
}

function Extras({ id, error, help }: { id: string; error?: string | null; help?: ReactNode }) {
  return (
    <>
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/** A labelled input with help text and an error tied to it (aria-describedby, aria-invalid). */
export function TextField({ label, error, help, className, markRequired, ref, ...input }: Common & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const auto = useId();
  const id = input.id ?? auto;
  return (
    <div className={`field ${className ?? ''}`}>
      <Label id={id} label={label} mark={markRequired && input.required} />
      <input {...input} ref={ref} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, help)} />
      <Extras id={id} error={error} help={help} />
    </div>
  );
}

/** A labelled multi-line text. */
export function TextAreaField({ label, error, help, className, markRequired, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const auto = useId();
  const id = area.id ?? auto;
  return (
    <div className={`field ${className ?? ''}`}>
      <Label id={id} label={label} mark={markRequired && area.required} />
      <textarea {...area} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, help)} />
      <Extras id={id} error={error} help={help} />
    </div>
  );
}

/** A labelled select. */
export function SelectField({ label, error, help, className, markRequired, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const auto = useId();
  const id = select.id ?? auto;
  return (
    <div className={`field ${className ?? ''}`}>
      <Label id={id} label={label} mark={markRequired && select.required} />
      <select {...select} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, help)}>
        {children}
      </select>
      <Extras id={id} error={error} help={help} />
    </div>
  );
}

/** The form's submit button in its actions row; disabled and worded `busyLabel` while the form is being sent. */
export function SubmitButton({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <div className="form-actions">
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </div>
  );
}
