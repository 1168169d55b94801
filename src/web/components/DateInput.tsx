import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate, parseVnDate } from '../lib/format';
import { TextField } from './Field';

type Props = {
  label: string;
  /** ISO date "YYYY-MM-DD", or '' when empty. */
  value: string;
  onChange(iso: string): void;
  /** Reports whether what is typed is a valid date (or empty). */
  onValidity?(valid: boolean): void;
  error?: string | null;
  required?: boolean;
  id?: string;
  className?: string;
};

/**
 * A date typed as dd/mm/yyyy whatever the browser's locale (the native date input would follow the browser,
 * e.g. mm/dd/yyyy in an English Chrome).
 */
export function DateInput({ label, value, onChange, onValidity, error, required, id, className }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(formatIsoDate(value));
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    // Follow outside changes (a form reset, a row picked for editing) but keep what is being typed.
    if ((parseVnDate(text) ?? '') !== value) {
      setText(formatIsoDate(value));
      setInvalid(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const iso = next.trim() === '' ? '' : parseVnDate(next);
    if (iso !== null) {
      setInvalid(false);
      onValidity?.(true);
      if (iso !== value) onChange(iso);
    } else {
      onValidity?.(false);
      if (value !== '') onChange('');
    }
  };

  return (
    <TextField
      id={id}
      className={className}
      label={label}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('common.dateFormat')}
      required={required}
      maxLength={10}
      onChange={(e) => change(e.target.value)}
      onBlur={() => setInvalid(text.trim() !== '' && parseVnDate(text) === null)}
      error={error ?? (invalid ? t('common.invalidDate') : null)}
      help={<span className="visually-hidden">{t('common.dateFormat')}</span>}
    />
  );
}
