import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field';
import { representativeRule } from '../../../shared/domain/reception';
import { PersonFields } from '../petitions/PersonFields';
import { emptyPerson, needsContact, type DraftErrors, type PersonDraft } from '../petitions/model';
import { listedPeople, R2026_FROM, type VisitDraft } from './model';

type Props = { draft: VisitDraft; onChange(patch: Partial<VisitDraft>): void; errors: DraftErrors };

/**
 * One visitor or a group: the number of people on the same content, the people listed (identity sealed by the
 * server), and — for several people — the representatives they appointed in writing (LTCD 2013 Art 29).
 */
export function VisitorsFields({ draft, onChange, errors }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const count = Number(draft.visitorCount);
  const rule = Number.isInteger(count) ? representativeRule(count) : null;
  const people = listedPeople(draft);
  const contact = needsContact({ ...draft.letter, anonymous: false });
  const setLetter = (patch: Partial<VisitDraft['letter']>) => onChange({ letter: { ...draft.letter, ...patch } });
  const setPerson = (p: PersonDraft) => (p.key === draft.letter.author.key ? setLetter({ author: p }) : setLetter({ coAuthors: draft.letter.coAuthors.map((c) => (c.key === p.key ? p : c)) }));
  const toggleRep = (key: number, on: boolean) => onChange({ representatives: on ? [...draft.representatives, key] : draft.representatives.filter((k) => k !== key) });
  const reps = people.filter((p) => draft.representatives.includes(p.key)).length;

  return (
    <>
      <div className="form-grid two-col">
        <TextField
          label={t('reception.visitorCount')}
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          value={draft.visitorCount}
          required
          markRequired
          error={errors.visitorCount}
          onChange={(e) => onChange({ visitorCount: e.target.value })}
        />
      </div>
      {rule && (
        <p className="alert alert-info legal-note" id={`${id}-rule`}>
          {t('reception.groupRule', { n: String(count), min: String(rule.min), max: String(rule.max), basis: rule.basis })}
        </p>
      )}
      {draft.date >= R2026_FROM && <p className="alert alert-info legal-note">{t('reception.idRule')}</p>}
      {contact && <p className="alert alert-info legal-note">{t('letterForm.contactRule')}</p>}
      {people.map((p, i) => (
        <fieldset key={p.key} className="person-box">
          <legend>{t('reception.visitor', { n: String(i + 1) })}</legend>
          {rule && (
            <label className="check">
              <input type="checkbox" checked={draft.representatives.includes(p.key)} aria-describedby={`${id}-rule`} onChange={(e) => toggleRep(p.key, e.target.checked)} />
              <span className="strong">{t('reception.representative')}</span>
            </label>
          )}
          <PersonFields person={p} onChange={setPerson} errors={errors} contact={contact} idRequired={draft.date >= R2026_FROM} />
          {i > 0 && (
            <button
              type="button"
              className="btn btn-danger-ghost btn-small"
              onClick={() => {
                setLetter({ coAuthors: draft.letter.coAuthors.filter((c) => c.key !== p.key) });
                toggleRep(p.key, false);
              }}
            >
              {t('reception.removeVisitor', { n: String(i + 1) })}
            </button>
          )}
        </fieldset>
      ))}
      {(rule || people.length > 1) && (
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setLetter({ coAuthors: [...draft.letter.coAuthors, emptyPerson()] })}>
          + {t('reception.addVisitor')}
        </button>
      )}
      {rule && (
        <div className="option-box" style={{ marginTop: 12 }}>
          <p className="small" aria-live="polite">
            {t('reception.representativesCount', { n: String(reps) })}
          </p>
          {errors.representatives && <p className="field-error">{errors.representatives}</p>}
          <label className="check">
            <input type="checkbox" checked={draft.appointment} aria-invalid={errors.appointment ? true : undefined} onChange={(e) => onChange({ appointment: e.target.checked })} />
            {t('reception.appointment')}
          </label>
          {errors.appointment && <p className="field-error">{errors.appointment}</p>}
        </div>
      )}
    </>
  );
}
