import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { errorMessage } from '../../lib/api';
import { calendarApi } from '../../lib/endpoints';
import { formatIsoDate, todayIso, weekdayOf } from '../../lib/format';
import { weekdayLabel } from '../../lib/labels';

/** "From this date, N working (or calendar) days later is…" using GET /calendar/add. */
export function DeadlineCalculator() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(todayIso());
  const [days, setDays] = useState('15');
  const [unit, setUnit] = useState<'working' | 'calendar'>('working');
  const [result, setResult] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ from?: string | null; days?: string | null }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(days);
    const errs = { from: from ? null : t('calendar.dateRequired'), days: /^\d+$/.test(days.trim()) && n <= 3660 ? null : t('calendar.daysInvalid') };
    setErrors(errs);
    setResult(null);
    if (errs.from || errs.days) return;
    setBusy(true);
    setError(null);
    try {
      setResult((await calendarApi.add(from, n, unit)).date);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="calculator" onSubmit={submit} noValidate>
      <div className="calc-fields">
        <DateInput label={t('calendar.from')} value={from} onChange={setFrom} error={errors.from} />
        <TextField label={t('calendar.days')} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} error={errors.days} />
        <SelectField label={t('calendar.unit')} value={unit} onChange={(e) => setUnit(e.target.value as 'working' | 'calendar')}>
          <option value="working">{t('calendar.unitWorking')}</option>
          <option value="calendar">{t('calendar.unitCalendar')}</option>
        </SelectField>
        <div className="calc-submit">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('calendar.compute')}
          </button>
        </div>
      </div>
      <ErrorMessage message={error} />
      <p className="calc-result" role="status" aria-live="polite">
        {result && t('calendar.result', { date: formatIsoDate(result), weekday: weekdayLabel(weekdayOf(result)) })}
      </p>
      <p className="muted small">{t('calendar.calcNote')}</p>
    </form>
  );
}
