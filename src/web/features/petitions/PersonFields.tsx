import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field';
import { emptyPerson, isAnonymous, needsContact, type DraftErrors, type LetterDraft, type PersonDraft } from './model';

/** `idRequired`: the identity number must be given (reception from 01/07/2026, NĐ 154/2026 Art 12(1)). */
type PersonProps = { person: PersonDraft; onChange(p: PersonDraft): void; errors: DraftErrors; contact: boolean; idRequired?: boolean };

/** Name, identity number, address, phone and e-mail of one sender. */
export function PersonFields({ person, onChange, errors, contact, idRequired = false }: PersonProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<PersonDraft>) => onChange({ ...person, ...patch });
  const e = (field: string) => errors[`${person.key}.${field}`];
  const optional = (label: string) => (contact ? label : t('letterForm.optional', { label }));
  return (
    <div className="form-grid two-col">
      <TextField label={t('letterForm.fullName')} value={person.fullName} maxLength={200} autoComplete="name" required markRequired error={e('fullName')} onChange={(ev) => set({ fullName: ev.target.value })} />
      <TextField
        label={idRequired ? t('letterForm.idNumber') : t('letterForm.optional', { label: t('letterForm.idNumber') })}
        required={idRequired}
        markRequired={idRequired}
        value={person.idNumber}
        maxLength={20}
        autoComplete="off"
        help={t('letterForm.idNumberHelp')}
        error={e('idNumber')}
        onChange={(ev) => set({ idNumber: ev.target.value })}
      />
      <TextField className="span-all" label={t('letterForm.address')} value={person.address} maxLength={500} autoComplete="street-address" required markRequired error={e('address')} onChange={(ev) => set({ address: ev.target.value })} />
      <TextField
        label={optional(t('letterForm.phone'))}
        type="tel"
        inputMode="tel"
        value={person.phone}
        maxLength={20}
        autoComplete="tel"
        aria-required={contact || undefined}
        error={e('phone')}
        onChange={(ev) => set({ phone: ev.target.value })}
      />
      <TextField label={optional(t('letterForm.email'))} type="email" value={person.email} maxLength={200} autoComplete="email" error={e('email')} onChange={(ev) => set({ email: ev.target.value })} />
    </div>
  );
}

/**
 * The sender and co-signers. For a denunciation: the "without my name" option (LTC 2018 Art 25) and the
 * contact rule (Art 23); a complaint can never be anonymous (LKN 2011 Art 8(2)).
 */
export function SenderFields({ draft, onChange, errors }: { draft: LetterDraft; onChange(patch: Partial<LetterDraft>): void; errors: DraftErrors }) {
  const { t } = useTranslation();
  const id = useId();
  const anonymous = isAnonymous(draft);
  const contact = needsContact(draft);
  const setCo = (p: PersonDraft) => onChange({ coAuthors: draft.coAuthors.map((c) => (c.key === p.key ? p : c)) });

  return (
    <>
      {draft.kind === 'denunciation' && (
        <div className="option-box">
          <label className="check">
            <input type="checkbox" checked={draft.anonymous} aria-describedby={`${id}-anon`} onChange={(e) => onChange({ anonymous: e.target.checked })} />
            <span className="strong">{t('letterForm.anonymous')}</span>
          </label>
          <p id={`${id}-anon`} className="field-help">
            {t('letterForm.anonymousHelp')}
          </p>
        </div>
      )}
      {contact && (
        <p className="alert alert-info legal-note">
          {t('letterForm.contactRule')}
        </p>
      )}
      {!anonymous && (
        <>
          <PersonFields person={draft.author} onChange={(author) => onChange({ author })} errors={errors} contact={contact} />
          <div className="co-authors">
            <h3>{t('letterForm.coAuthors')}</h3>
            <p className="field-help">{t('letterForm.coAuthorsHelp')}</p>
            {draft.coAuthors.map((p, i) => (
              <fieldset key={p.key} className="person-box">
                <legend>{t('letterForm.coAuthor', { n: String(i + 1) })}</legend>
                <PersonFields person={p} onChange={setCo} errors={errors} contact={contact} />
                <button type="button" className="btn btn-danger-ghost btn-small" onClick={() => onChange({ coAuthors: draft.coAuthors.filter((c) => c.key !== p.key) })}>
                  {t('letterForm.removeCoAuthor', { n: String(i + 1) })}
                </button>
              </fieldset>
            ))}
            <button type="button" className="btn btn-secondary btn-small" onClick={() => onChange({ coAuthors: [...draft.coAuthors, emptyPerson()] })}>
              + {t('letterForm.addCoAuthor')}
            </button>
          </div>
        </>
      )}
    </>
  );
}
