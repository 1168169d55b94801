import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { SelectField } from '../../components/Field';
import { useAuth } from '../../lib/auth';
import { petitionsApi, usersApi, type PetitionDetail } from '../../lib/endpoints';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';

/** Who handles the letter; the agency head assigns an officer of the letter's agency or withdraws the assignment. */
export function AssignPanel({ letter, onChanged }: { letter: PetitionDetail; onChanged(detail: PetitionDetail): void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const mayAssign = can('petitions.assign');
  const officers = useApi((signal) => usersApi.list({ agencyId: letter.agencyId, status: 'active', limit: 200, offset: 0 }, signal), [letter.agencyId], mayAssign);
  const [choice, setChoice] = useState('');
  const { busy, error, done, run } = useAction();

  const assign = (handlerUserId: string | null) =>
    run(async () => {
      const updated = await petitionsApi.assign(letter.id, handlerUserId);
      setChoice('');
      onChanged(updated);
      return updated.handlerName ? t('assign.done', { name: updated.handlerName }) : t('assign.undone');
    });

  return (
    <section className="card" aria-labelledby="assign-title">
      <h2 id="assign-title">{t('assign.title')}</h2>
      <p className={letter.handlerName ? 'strong' : 'muted'}>{letter.handlerName ?? t('assign.nobody')}</p>
      <StatusMessage message={done} />
      <ErrorMessage message={error ?? officers.error} />
      {mayAssign && (
        <form
          className="assign-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) void assign(choice);
          }}
        >
          <SelectField label={t('assign.choose')} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">—</option>
            {(officers.data?.items ?? [])
              .filter((u) => u.id !== letter.handlerUserId)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.fullName}
                </option>
              ))}
          </SelectField>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary btn-small" disabled={busy || !choice}>
              {t('assign.submit')}
            </button>
            {letter.handlerUserId && (
              <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => void assign(null)}>
                {t('assign.unassign')}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
