import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';

type Common = { label: string; error?: string | null; help?: ReactNode; className?: string };

function describedBy(id: string, error?: string | null, help?: ReactNode) {
  return [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
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
export function TextField({ label, error, help, className, ref, ...input }: Common & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const auto = useId();
  const id = input.id ?? auto;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input {...input} ref={ref} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, help)} />
      <Extras id={id} error={error} help={help} />
    </div>
  );
}

/** A labelled select. */
export function SelectField({ label, error, help, className, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const auto = useId();
  const id = select.id ?? auto;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select {...select} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, help)}>
        {children}
      </select>
      <Extras id={id} error={error} help={help} />
    </div>
  );
}
