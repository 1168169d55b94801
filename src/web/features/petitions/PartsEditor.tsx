import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field';
import { petitionKindLabel } from '../../lib/labels';
import { KINDS } from './model';

export type LetterPart = { kind: (typeof KINDS)[number]; summary: string };

/** At least two contents, each with a summary of 5 characters or more (the server's rule). */
export const partsValid = (parts: LetterPart[]) => parts.length >= 2 && parts.every((p) => p.summary.trim().length >= 5);

/**
 * The contents of a multi-content letter (spec §1.4; Luật Tiếp công dân 2013, Điều 25 khoản 3): each with its kind
 * and a summary; with all of them within competence, each opens its own case.
 */
export function PartsEditor({ parts, onChange, error }: { parts: LetterPart[]; onChange(parts: LetterPart[]): void; error: string | null }) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<LetterPart>) => onChange(parts.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <fieldset className="parts-editor">
      <legend>{t('split.title')}</legend>
      <p className="small muted">{t('split.help')}</p>
      {parts.map((p, i) => (
        <div key={i} className="part-row">
          <SelectField label={`${t('split.part', { no: i + 1 })} — ${t('split.kind')}`} value={p.kind} onChange={(e) => update(i, { kind: e.target.value as LetterPart['kind'] })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {petitionKindLabel(k)}
              </option>
            ))}
          </SelectField>
          <TextField label={t('split.summary')} value={p.summary} maxLength={1000} onChange={(e) => update(i, { summary: e.target.value })} />
          {parts.length > 2 && (
            <button type="button" className="btn btn-link btn-small" onClick={() => onChange(parts.filter((_, j) => j !== i))}>
              {t('split.remove', { no: i + 1 })}
            </button>
          )}
        </div>
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {parts.length < 6 && (
        <button type="button" className="btn btn-secondary btn-small" onClick={() => onChange([...parts, { kind: 'petition', summary: '' }])}>
          {t('split.add')}
        </button>
      )}
    </fieldset>
  );
}
