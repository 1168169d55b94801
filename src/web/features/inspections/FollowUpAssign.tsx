import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/Feedback';
import { SelectField } from '../../components/Field';
import { usersApi } from '../../lib/endpoints';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { followUpApi, type FollowUp, type Recommendation } from './followupApi';

/**
 * The chief inspector assigns the officer who follows a recommendation up (Luật Thanh tra 2025, khoản 1 Điều 55): an
 * active officer of the deciding agency; the reminders then go to him instead of the heads.
 */
export function FollowUpAssign({ caseId, agencyId, rec, onChange }: { caseId: string; agencyId: string; rec: Recommendation; onChange(f: FollowUp): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [userId, setUserId] = useState(rec.followUpUser?.id ?? '');
  const officers = useApi((signal) => usersApi.list({ agencyId, status: 'active', limit: 200, offset: 0 }, signal), [agencyId], open);
  const run = useAction();
  if (!open)
    return (
      <button type="button" className="btn btn-secondary btn-small" onClick={() => setOpen(true)}>
        {rec.followUpUser ? t('inspui.assign.change') : t('inspui.assign.button')}
      </button>
    );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!userId) return;
    await run.run(async () => {
      onChange(await followUpApi.assign(caseId, rec.id, userId));
      setOpen(false);
    });
  };
  return (
    <form className="form sub-form follow-up-assign" onSubmit={submit} noValidate aria-label={t('inspui.assign.heading', { seq: String(rec.seq) })}>
      <p className="small muted">{t('inspui.assign.help')}</p>
      <ErrorMessage message={run.error ?? officers.error} />
      <SelectField label={t('inspui.assign.officer')} value={userId} required markRequired onChange={(e) => setUserId(e.target.value)}>
        <option value="">{t('inspections.steps.choose')}</option>
        {(officers.data?.items ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.fullName}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={run.busy || !userId}>
          {run.busy ? t('common.saving') : t('inspui.assign.submit')}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
