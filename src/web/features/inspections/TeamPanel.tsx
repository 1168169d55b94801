import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { SelectField, TextAreaField } from '../../components/Field';
import { useMe } from '../../lib/auth';
import { usersApi } from '../../lib/endpoints';
import { formatDateTime } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { inspectionsApi, type InspectionDetail, type TeamMember } from './api';
import { isCheck, TEAM_ROLES, teamRoleLabel } from './model';

function ConflictStatus({ member }: { member: TeamMember }) {
  const { t } = useTranslation();
  if (!member.coiDeclaredAt) return <span className="badge badge-warning">{t('inspections.team.coiPending')}</span>;
  return (
    <>
      <span className={`badge ${member.coiHasConflict ? 'badge-deadline-overdue' : 'badge-active'}`}>{member.coiHasConflict ? t('inspections.team.coiConflict') : t('inspections.team.coiNone')}</span>
      <span className="small muted block">{t('inspections.team.coiDeclaredAt', { at: formatDateTime(member.coiDeclaredAt) })}</span>
      {member.coiStatement && <span className="small block">{member.coiStatement}</span>}
    </>
  );
}

/** The decision-maker puts an officer of the case's agency on the team (Art 27) or names the supervisor (Art 32). */
function AddMemberForm({ detail, onDone }: { detail: InspectionDetail; onDone(d: InspectionDetail): void }) {
  const { t } = useTranslation();
  const officers = useApi((signal) => usersApi.list({ agencyId: detail.agencyId, status: 'active', limit: 200, offset: 0 }, signal), [detail.agencyId]);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<(typeof TEAM_ROLES)[number]>(detail.team.some((m) => m.role === 'leader') ? 'member_inspector' : 'leader');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const onTeam = new Set(detail.team.map((m) => m.userId));
  const choices = (officers.data?.items ?? []).filter((u) => !onTeam.has(u.id));
  const error = submitted && !userId ? t('inspections.team.userRequired') : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!userId) return;
    const ok = await action.run(async () => {
      onDone(await inspectionsApi.addMember(detail.id, { userId, role }));
      return t('inspections.team.added');
    });
    if (ok) {
      setUserId('');
      setSubmitted(false);
      setRole('member_inspector');
    }
  };

  return (
    <form className="form sub-form" onSubmit={submit} noValidate aria-labelledby="add-member-title">
      <h3 id="add-member-title">{t('inspections.team.addTitle')}</h3>
      <ErrorMessage message={officers.error} onRetry={officers.reload} />
      <div className="form-grid">
        <SelectField label={t('inspections.team.officer')} value={userId} required error={error} onChange={(e) => setUserId(e.target.value)} disabled={officers.loading}>
          <option value="">{officers.loading ? t('common.loading') : t('inspections.team.chooseOfficer')}</option>
          {choices.map((u) => (
            <option key={u.id} value={u.id}>
              {u.fullName} ({u.username})
            </option>
          ))}
        </SelectField>
        <SelectField label={t('inspections.team.role')} value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
          {/* A check team has no supervisor (NĐ 217/2025 Art 12(1)). */}
          {TEAM_ROLES.filter((r) => !(isCheck(detail) && r === 'supervisor')).map((r) => (
            <option key={r} value={r}>
              {teamRoleLabel(r)}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="small muted">{t('inspections.team.addHelp')}</p>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('inspections.team.add')}
        </button>
      </div>
    </form>
  );
}

/** The logged-in member declares whether he has a conflict of interest with the inspected party. */
function DeclareForm({ detail, onDone }: { detail: InspectionDetail; onDone(d: InspectionDetail): void }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<'' | 'no' | 'yes'>('');
  const [statement, setStatement] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const errors = submitted ? { answer: answer ? null : t('inspections.team.coiChoose'), statement: answer === 'yes' && !statement.trim() ? t('inspections.team.coiStatementRequired') : null } : { answer: null, statement: null };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!answer || (answer === 'yes' && !statement.trim())) return;
    await action.run(async () => onDone(await inspectionsApi.declareConflict(detail.id, { hasConflict: answer === 'yes', statement: statement.trim() || undefined })));
  };

  return (
    <form className="form sub-form coi-form" onSubmit={submit} noValidate aria-labelledby="coi-title">
      <h3 id="coi-title">{t('inspections.team.coiTitle')}</h3>
      <p className="small muted">{t('inspections.team.coiHelp')}</p>
      <fieldset className="choice-group" aria-describedby={errors.answer ? 'coi-error' : undefined}>
        <legend className="visually-hidden">{t('inspections.team.coiTitle')}</legend>
        <label className="check">
          <input type="radio" name="coi" checked={answer === 'no'} onChange={() => setAnswer('no')} />
          <span>{t('inspections.team.coiNoOption')}</span>
        </label>
        <label className="check">
          <input type="radio" name="coi" checked={answer === 'yes'} onChange={() => setAnswer('yes')} />
          <span>{t('inspections.team.coiYesOption')}</span>
        </label>
        {errors.answer && (
          <p id="coi-error" className="field-error">
            {errors.answer}
          </p>
        )}
      </fieldset>
      {answer === 'yes' && <TextAreaField label={t('inspections.team.coiStatement')} value={statement} rows={3} maxLength={2000} required error={errors.statement} onChange={(e) => setStatement(e.target.value)} />}
      <ErrorMessage message={action.error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('inspections.team.coiSubmit')}
        </button>
      </div>
    </form>
  );
}

/** The team (Art 27) and its supervisor (Art 32), each with the conflict-of-interest declaration. */
export function TeamPanel({ detail, onChange }: { detail: InspectionDetail; onChange(d: InspectionDetail): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const mine = detail.team.find((m) => m.userId === me.user.id);
  const closed = ['closed', 'terminated'].includes(detail.status);
  return (
    <section className="card" aria-labelledby="team-title">
      <h2 id="team-title">{t('inspections.team.heading')}</h2>
      {detail.team.length === 0 ? (
        <p className="empty">{t('inspections.team.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-cards">
            <caption className="visually-hidden">{t('inspections.team.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inspections.team.member')}</th>
                <th scope="col">{t('inspections.team.role')}</th>
                <th scope="col">{t('inspections.team.coi')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.team.map((m) => (
                <tr key={m.id}>
                  <td data-label={t('inspections.team.member')} className="strong">
                    {m.fullName}
                  </td>
                  <td data-label={t('inspections.team.role')}>{teamRoleLabel(m.role)}</td>
                  <td data-label={t('inspections.team.coi')}>
                    <ConflictStatus member={m} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mine && !mine.coiDeclaredAt && <DeclareForm detail={detail} onDone={onChange} />}
      {detail.can.manage && !closed && <AddMemberForm detail={detail} onDone={onChange} />}
    </section>
  );
}
