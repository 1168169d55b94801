import { useId, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../components/Field';
import { formatNumber } from '../../lib/format';
import { petitionKindLabel } from '../../lib/labels';
import { CONTENT_MAX, KINDS, needsRespondent, TITLE_MAX, type DraftErrors, type Kind, type LetterDraft } from './model';

type Props = { draft: LetterDraft; onChange(patch: Partial<LetterDraft>): void; errors: DraftErrors };

/** The kind of letter as radio cards, each with a plain-language explanation. */
export function KindChooser({ draft, onChange, errors, legend, hideLegend }: Props & { legend: ReactNode; hideLegend?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const error = errors.kind;
  return (
    <fieldset className="choice-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={hideLegend ? 'visually-hidden' : undefined}>
        {legend}
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <div className="choice-list">
        {KINDS.map((kind: Kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={draft.kind === kind}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-${kind}`}
              onChange={() => onChange({ kind })}
            />
            <span className="choice-text">
              <span className="choice-title">{petitionKindLabel(kind)}</span>
              <span className="choice-help" id={`${id}-${kind}`}>
                {t(`letterForm.kindHelp.${kind}`)}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Title and content, with a character counter under the content. */
export function ContentFields({ draft, onChange, errors }: Props) {
  const { t } = useTranslation();
  const length = draft.content.trim().length;
  return (
    <>
      <TextField
        label={t('letterForm.letterTitle')}
        value={draft.title}
        maxLength={TITLE_MAX}
        required
        markRequired
        help={t('letterForm.letterTitleHelp')}
        error={errors.title}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <TextAreaField
        label={t('letterForm.content')}
        className="content-field"
        value={draft.content}
        rows={9}
        maxLength={CONTENT_MAX}
        required
        markRequired
        help={
          <>
            <span>{t('letterForm.contentHelp')}</span>
            <span className={`counter${length > 0 && length < 20 ? ' counter-short' : ''}`}>{t('letterForm.counter', { n: formatNumber(length), max: formatNumber(CONTENT_MAX) })}</span>
          </>
        }
        error={errors.content}
        onChange={(e) => onChange({ content: e.target.value })}
      />
    </>
  );
}

/** The heading of the respondent's fields, which depends on the kind of letter. */
export const respondentHeading = (t: TFunction, draft: LetterDraft) => t(`letterForm.respondent.${draft.kind || 'petition'}`);

/** The person or body complained about / denounced (required for those two kinds). */
export function RespondentFields({ draft, onChange, errors }: Props) {
  const { t } = useTranslation();
  const required = needsRespondent(draft);
  return (
    <>
      <div className="form-grid two-col">
        <TextField
          label={t('letterForm.respondentName')}
          value={draft.respondentName}
          maxLength={300}
          required={required}
          markRequired
          error={errors.respondentName}
          onChange={(e) => onChange({ respondentName: e.target.value })}
        />
        <TextField label={t('letterForm.respondentAddress')} value={draft.respondentAddress} maxLength={500} onChange={(e) => onChange({ respondentAddress: e.target.value })} />
      </div>
    </>
  );
}
