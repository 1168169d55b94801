import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { errorMessage } from '../../lib/api';
import { calendarApi, type CalendarDay } from '../../lib/endpoints';

type Kind = CalendarDay['kind'];
const KINDS: Kind[] = ['holiday', 'day_off', 'working_day'];

/** Adds or changes the override of one day (PUT /calendar/overrides/:date). */
export function OverrideForm({ day, onSaved, onCancel }: { day: Partial<CalendarDay> | null; onSaved(date: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const editing = !!day?.date;
  const [date, setDate] = useState(day?.date ?? '');
  const [kind, setKind] = useState<Kind>(day?.kind ?? 'holiday');
  const [name, setName] = useState(day?.name ?? '');
  const [nameEn, setNameEn] = useState(day?.nameEn ?? '');
  const [basis, setBasis] = useState(day?.source === 'override' ? (day.basis ?? '') : '');
  const [toVerify, setToVerify] = useState(day?.toVerify ?? false);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const validation = { date: date ? null : t('calendar.dateRequired'), name: name.trim().length >= 2 ? null : t('calendar.nameRequired'), basis: basis.trim().length >= 2 ? null : t('calendar.basisRequired') };
  const errors: Partial<typeof validation> = submitted ? validation : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (validation.date || validation.name || validation.basis) return;
    setBusy(true);
    setError(null);
    try {
      await calendarApi.upsertOverride(date, { kind, name: name.trim(), nameEn: nameEn.trim() || undefined, basis: basis.trim(), toVerify });
      onSaved(date);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorMessage message={error} />
      {editing ? (
        <p className="lead">{t('calendar.editOverride', { date: date.split('-').reverse().join('/') })}</p>
      ) : (
        <DateInput label={t('calendar.date')} value={date} onChange={setDate} error={errors.date} required />
      )}
      <SelectField label={t('calendar.kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`calendar.kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('calendar.nameVi')} value={name} onChange={(e) => setName(e.target.value)} error={errors.name} required />
      <TextField label={t('calendar.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.target.value)} lang="en" />
      <TextField label={t('calendar.basis')} value={basis} onChange={(e) => setBasis(e.target.value)} help={t('calendar.basisHelp')} error={errors.basis} required />
      <label className="check">
        <input type="checkbox" checked={toVerify} onChange={(e) => setToVerify(e.target.checked)} />
        {t('calendar.toVerify')}
      </label>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
