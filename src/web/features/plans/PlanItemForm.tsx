import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi, useDebounced } from '../../lib/useApi';
import { SUBJECT_KINDS } from '../../../shared/domain/subjects/subject';
import { subjectsApi } from '../subjects/api';
import { plansApi, type PlanDetail, type PlanItem, type PlanItemBody } from './api';
import { PLAN_TOPICS, topicLabel } from './model';

type Picked = { id: string; name: string; taxCode: string | null; kind: string };

/** Chooses a subject of the managed-subjects registry by name or tax code (GET /subjects?q=). */
function SubjectPicker({ value, onChange }: { value: Picked | null; onChange(v: Picked | null): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 250);
  const byTax = /^\d{10}(-\d{3})?$/.test(q);
  const search = useApi((signal) => subjectsApi.list(byTax ? { taxCode: q, limit: 8, offset: 0 } : { q, limit: 8, offset: 0 }, signal), [q], q.length >= 2);
  if (value) {
    return (
      <div className="field">
        <span className="label">{t('plans.item.subjectSearch')}</span>
        <div className="picked">
          <span className="picked-name">{t('plans.item.linked', { name: value.name })}</span>
          <button type="button" className="btn btn-small btn-secondary" onClick={() => onChange(null)}>
            {t('plans.item.unlink')}
          </button>
        </div>
      </div>
    );
  }
  const results = q.length >= 2 ? (search.data?.items ?? []) : [];
  const hint = q.length >= 2 ? (search.loading ? t('plans.item.searching') : results.length === 0 ? t('plans.item.noMatch') : '') : t('plans.item.subjectSearchHelp');
  return (
    <div className="field agency-picker subject-picker">
      <label htmlFor={id}>{t('plans.item.subjectSearch')}</label>
      <input id={id} type="search" value={query} autoComplete="off" aria-describedby={`${id}-status`} aria-controls={`${id}-results`} onChange={(e) => setQuery(e.target.value)} />
      <p id={`${id}-status`} className="field-help" aria-live="polite">
        {search.error ?? hint}
      </p>
      {results.length > 0 && (
        <ul id={`${id}-results`} className="pick-list">
          {results.map((s) => (
            <li key={s.id}>
              <button type="button" className="pick-item" onClick={() => onChange({ id: s.id, name: s.name, taxCode: s.taxCode, kind: s.kind })}>
                <span>{s.name}</span>
                <span className="muted small">
                  {s.taxCode ?? ''} · {s.provinceName}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type Draft = { subjectName: string; subjectTaxCode: string; subjectKind: string; content: string; topics: string[]; periodFrom: string; periodTo: string; plannedQuarter: string; plannedMonth: string; leadUnit: string; kind: string; reason: string; date: string; overlapBasis: string };

const draftOf = (i?: PlanItem): Draft => ({
  subjectName: i?.subjectName ?? '',
  subjectTaxCode: i?.subjectTaxCode ?? '',
  subjectKind: i?.subjectKind ?? '',
  content: i?.content ?? '',
  topics: i?.topics ?? [],
  periodFrom: i?.periodFrom ?? '',
  periodTo: i?.periodTo ?? '',
  plannedQuarter: i?.plannedQuarter ? String(i.plannedQuarter) : '',
  plannedMonth: i?.plannedMonth ? String(i.plannedMonth) : '',
  leadUnit: i?.leadUnit ?? '',
  kind: i?.kind ?? '',
  reason: '',
  date: todayIso(),
  overlapBasis: '',
});

/**
 * An item of the plan: the subject (picked from the registry, or typed), content and topics, inspected period,
 * planned quarter or month, lead unit. On an issued plan the same form amends it, with the reason the rules require.
 */
export function PlanItemForm({ plan, item, amend, onDone }: { plan: PlanDetail; item?: PlanItem; amend: boolean; onDone(p: PlanDetail): void }) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(() => draftOf(item));
  const [picked, setPicked] = useState<Picked | null>(() => (item?.subjectId ? { id: item.subjectId, name: item.subjectName, taxCode: item.subjectTaxCode, kind: item.subjectKind ?? '' } : null));
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  const set = (patch: Partial<Draft>) => setD((v) => ({ ...v, ...patch }));
  const errors = {
    subjectName: !picked && d.subjectName.trim().length < 2 ? t('plans.item.nameRequired') : null,
    subjectTaxCode: !picked && d.subjectTaxCode.trim() && !/^\d{10}(-\d{3})?$/.test(d.subjectTaxCode.trim()) ? t('plans.item.taxInvalid') : null,
    content: d.content.trim().length < 10 ? t('plans.item.contentRequired') : null,
    leadUnit: d.leadUnit.trim().length < 2 ? t('plans.item.leadRequired') : null,
    reason: amend && d.reason.trim().length < 10 ? t('plans.amend.reasonRequired') : null,
  };
  const shown = (k: keyof typeof errors) => (submitted ? errors[k] : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    const body: PlanItemBody = {
      subjectName: picked ? picked.name : d.subjectName.trim(),
      content: d.content.trim(),
      leadUnit: d.leadUnit.trim(),
    };
    if (picked) body.subjectId = picked.id;
    else {
      if (d.subjectTaxCode.trim()) body.subjectTaxCode = d.subjectTaxCode.trim();
      if (d.subjectKind) body.subjectKind = d.subjectKind as PlanItemBody['subjectKind'];
    }
    if (d.topics.length) body.topics = d.topics as PlanItemBody['topics'];
    if (d.periodFrom) body.periodFrom = d.periodFrom;
    if (d.periodTo) body.periodTo = d.periodTo;
    if (d.plannedQuarter) body.plannedQuarter = Number(d.plannedQuarter);
    if (d.plannedMonth) body.plannedMonth = Number(d.plannedMonth);
    if (d.kind) body.kind = d.kind as PlanItemBody['kind'];
    await run.run(async () => {
      let next: PlanDetail;
      if (amend) next = await plansApi.amend(plan.id, { reason: d.reason.trim(), date: d.date, planVersion: plan.version, ...(d.overlapBasis.trim() ? { overlapBasis: d.overlapBasis.trim() } : {}), ...(item ? { update: [{ ...body, id: item.id }] } : { add: [body] }) });
      else if (item) next = await plansApi.updateItem(plan.id, item.id, plan.version, body);
      else next = await plansApi.addItem(plan.id, plan.version, body);
      onDone(next);
    });
  };

  return (
    <form className="form plan-item-form" onSubmit={submit} noValidate>
      <ErrorMessage message={run.error} />
      <SubjectPicker value={picked} onChange={setPicked} />
      {!picked && (
        <div className="form-row">
          <TextField label={t('plans.item.subjectName')} value={d.subjectName} maxLength={300} required markRequired error={shown('subjectName')} onChange={(e) => set({ subjectName: e.target.value })} />
          <TextField label={t('plans.item.taxCode')} value={d.subjectTaxCode} maxLength={14} inputMode="numeric" error={shown('subjectTaxCode')} onChange={(e) => set({ subjectTaxCode: e.target.value })} />
          <SelectField label={t('plans.item.subjectKind')} value={d.subjectKind} onChange={(e) => set({ subjectKind: e.target.value })}>
            <option value="">{t('plans.item.none')}</option>
            {SUBJECT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`subjects.kinds.${k}`)}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <TextAreaField label={t('plans.item.content')} value={d.content} rows={3} maxLength={5000} required markRequired error={shown('content')} onChange={(e) => set({ content: e.target.value })} />
      <fieldset className="tag-group">
        <legend className="strong">{t('plans.item.topics')}</legend>
        <p className="small muted">{t('plans.item.topicsHelp')}</p>
        <div className="topic-grid">
          {PLAN_TOPICS.map((tp) => (
            <label key={tp} className="check">
              <input type="checkbox" checked={d.topics.includes(tp)} onChange={(e) => set({ topics: e.target.checked ? [...d.topics, tp] : d.topics.filter((x) => x !== tp) })} />
              <span>{topicLabel(tp)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-row">
        <DateInput label={t('plans.item.periodFrom')} value={d.periodFrom} onChange={(periodFrom) => set({ periodFrom })} />
        <DateInput label={t('plans.item.periodTo')} value={d.periodTo} onChange={(periodTo) => set({ periodTo })} />
      </div>
      <div className="form-row">
        <SelectField label={t('plans.item.quarter')} value={d.plannedQuarter} onChange={(e) => set({ plannedQuarter: e.target.value })}>
          <option value="">{t('plans.table.wholeYear')}</option>
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={q}>
              {t('plans.table.quarter', { q })}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('plans.item.month')} value={d.plannedMonth} onChange={(e) => set({ plannedMonth: e.target.value })}>
          <option value="">{t('plans.item.none')}</option>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
            <option key={m} value={m}>
              {t('plans.table.month', { m })}
            </option>
          ))}
        </SelectField>
        {plan.regime === 'ltt_2022' && (
          <SelectField label={t('plans.item.kind')} value={d.kind} onChange={(e) => set({ kind: e.target.value })}>
            <option value="">{t('plans.item.none')}</option>
            <option value="administrative">{t('plans.item.kinds.administrative')}</option>
            <option value="specialised">{t('plans.item.kinds.specialised')}</option>
          </SelectField>
        )}
      </div>
      <TextField label={t('plans.item.lead')} value={d.leadUnit} maxLength={300} required markRequired error={shown('leadUnit')} onChange={(e) => set({ leadUnit: e.target.value })} />
      {amend && (
        <>
          <TextAreaField label={t('plans.amend.reason')} value={d.reason} rows={2} maxLength={2000} required markRequired error={shown('reason')} onChange={(e) => set({ reason: e.target.value })} />
          <DateInput label={t('plans.amend.date')} value={d.date} onChange={(date) => set({ date })} required />
          <TextAreaField label={t('plans.amend.overlapBasis')} help={t('plans.amend.overlapBasisHelp')} value={d.overlapBasis} rows={2} maxLength={2000} onChange={(e) => set({ overlapBasis: e.target.value })} />
        </>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={run.busy}>
          {run.busy ? t('common.saving') : amend ? t('plans.amend.submit') : t('plans.item.save')}
        </button>
      </div>
    </form>
  );
}
