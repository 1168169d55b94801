import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROTECTION_TAGS } from '../../../shared/contracts/inspections';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { TextAreaField, TextField } from '../../components/Field';
import { tDynamic } from '../../i18n';
import { formatIsoDate } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { inspectionsApi, type Conclusion, type InspectionDetail } from './api';

/** States in which the team leader drafts and the decision-maker completes the conclusion (Art 34, 35, 36). */
export const DRAFTING_STATES = ['drafting_conclusion', 'draft_submitted', 'in_appraisal', 'draft_final', 'awaiting_management_opinion'];
type Tag = (typeof PROTECTION_TAGS)[number];
type Part = { id: string; heading: string; text: string; tags: Tag[] };

export const protectionTagLabel = (tag: string) => tDynamic(`inspections.conclusion.tags.${tag}`, tag);
const conclusionStatusLabel = (status: string) => tDynamic(`inspections.conclusion.statuses.${status}`, status);

/** A new part's id, not used by the others. */
function freshId(parts: Part[]) {
  let n = parts.length + 1;
  while (parts.some((p) => p.id === `p${n}`)) n += 1;
  return `p${n}`;
}

function Editor({ detail, conclusion, onChange }: { detail: InspectionDetail; conclusion: Conclusion | null; onChange(d: InspectionDetail): void }) {
  const { t } = useTranslation();
  const [parts, setParts] = useState<Part[]>(() => (conclusion?.parts.length ? conclusion.parts.map((p) => ({ ...p, tags: p.tags as Tag[] })) : [{ id: 'p1', heading: '', text: '', tags: [] }]));
  const [submitted, setSubmitted] = useState(false);
  const save = useAction();
  const patch = (i: number, change: Partial<Part>) => setParts((list) => list.map((p, j) => (j === i ? { ...p, ...change } : p)));
  const errorOf = (p: Part) => ({ heading: p.heading.trim().length < 2 ? t('inspections.conclusion.headingRequired') : null, text: !p.text.trim() ? t('inspections.conclusion.textRequired') : null });
  const invalid = parts.some((p) => Object.values(errorOf(p)).some(Boolean));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (invalid) {
      save.clear();
      return;
    }
    await save.run(async () => {
      onChange(await inspectionsApi.saveConclusion(detail.id, { parts: parts.map((p) => ({ id: p.id, heading: p.heading.trim(), text: p.text.trim(), tags: p.tags })) }));
      return t('inspections.conclusion.saved');
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('inspections.conclusion.editorTitle')}>
      <p className="small muted">{t('inspections.conclusion.editorHelp')}</p>
      <ol className="conclusion-parts">
        {parts.map((p, i) => {
          const err = submitted ? errorOf(p) : { heading: null, text: null };
          return (
            <li key={p.id} className="conclusion-part-edit">
              <fieldset className="choice-group">
                <legend>{t('inspections.conclusion.partN', { n: String(i + 1) })}</legend>
                <TextField label={t('inspections.conclusion.partHeading')} value={p.heading} maxLength={300} required markRequired error={err.heading} onChange={(e) => patch(i, { heading: e.target.value })} />
                <TextAreaField label={t('inspections.conclusion.partText')} value={p.text} rows={4} maxLength={50000} required markRequired error={err.text} onChange={(e) => patch(i, { text: e.target.value })} />
                <fieldset className="tag-group">
                  <legend>{t('inspections.conclusion.tagsLegend')}</legend>
                  <div className="tag-checks">
                    {PROTECTION_TAGS.map((tag) => (
                      <label key={tag} className="check">
                        <input type="checkbox" checked={p.tags.includes(tag)} onChange={(e) => patch(i, { tags: e.target.checked ? [...p.tags, tag] : p.tags.filter((x) => x !== tag) })} />
                        <span>{protectionTagLabel(tag)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
                {parts.length > 1 && (
                  <button type="button" className="btn btn-secondary btn-small" onClick={() => setParts((list) => list.filter((_, j) => j !== i))}>
                    {t('inspections.conclusion.removePart', { n: String(i + 1) })}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <ErrorMessage message={save.error} />
      <StatusMessage message={save.done} />
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" disabled={parts.length >= 100} onClick={() => setParts((list) => [...list, { id: freshId(list), heading: '', text: '', tags: [] }])}>
          + {t('inspections.conclusion.addPart')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={save.busy}>
          {save.busy ? t('common.saving') : t('inspections.conclusion.save')}
        </button>
      </div>
    </form>
  );
}

function ReadOnly({ conclusion }: { conclusion: Conclusion }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts facts-compact">
        <div>
          <dt>{t('inspections.conclusion.status')}</dt>
          <dd>{conclusionStatusLabel(conclusion.status)}</dd>
        </div>
        <div>
          <dt>{t('inspections.conclusion.number')}</dt>
          <dd>{conclusion.conclusionNo ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('inspections.conclusion.signedOn')}</dt>
          <dd>{conclusion.signedOn ? formatIsoDate(conclusion.signedOn) : '—'}</dd>
        </div>
        {conclusion.signerName && (
          <div>
            <dt>{t('inspections.conclusion.signer')}</dt>
            <dd>{conclusion.signerName}</dd>
          </div>
        )}
        <div>
          <dt>{t('inspections.conclusion.publishedOn')}</dt>
          <dd>{conclusion.publishedOn ? formatIsoDate(conclusion.publishedOn) : '—'}</dd>
        </div>
      </dl>
      <ol className="conclusion-parts">
        {conclusion.parts.map((p) => (
          <li key={p.id}>
            <h3>{p.heading}</h3>
            {p.tags.length > 0 && (
              <p className="badge-row">
                {p.tags.map((tag) => (
                  <span key={tag} className="badge badge-warning">
                    {protectionTagLabel(tag)}
                  </span>
                ))}
              </p>
            )}
            <div className="letter-content">{p.text}</div>
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * "Kết luận thanh tra": while the conclusion is drafted (Art 34–36) the team leader or the decision-maker edits its
 * parts and marks those the law keeps out of its public version (Art 37(2)); otherwise it is shown as signed/published.
 */
export function ConclusionPanel({ detail, leads, onChange }: { detail: InspectionDetail; leads: boolean; onChange(d: InspectionDetail): void }) {
  const { t } = useTranslation();
  const c = detail.conclusion;
  // Drafting (Art 34–36), or the decision-maker amending the signed conclusion before publication (Art 36(4)).
  const amending = detail.can.manage && detail.status === 'concluded' && c?.status === 'amended';
  const editable = amending || (leads && DRAFTING_STATES.includes(detail.status) && (!c || c.status === 'draft'));
  if (!c && !editable) return null;
  return (
    <section className="card conclusion-panel" aria-labelledby="conclusion-title">
      <h2 id="conclusion-title">{t('inspections.conclusion.heading')}</h2>
      {editable ? <Editor detail={detail} conclusion={c} onChange={onChange} /> : c && <ReadOnly conclusion={c} />}
    </section>
  );
}
