import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { CreateFormFooter, FixErrorsAlert, useCreateForm } from '../../components/CreateForm';
import { DateInput } from '../../components/DateInput';
import { PageHeader } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { workAgencies } from '../../components/Header';
import { useMe } from '../../lib/auth';
import { todayIso } from '../../lib/format';
import { sanctionsApi, type NewSanction } from './api';

type Draft = {
  violatorKind: 'individual' | 'organisation';
  violatorName: string;
  violatorIdNo: string;
  violatorAddress: string;
  taxCode: string;
  field: string;
  act: string;
  legalProvision: string;
  bracketMin: string;
  bracketMax: string;
  fieldMax: string;
  licenceOrSuspension: boolean;
  violationState: 'ended' | 'ongoing';
  violationOn: string;
  violationEndedOn: string;
  detectedOn: string;
  place: string;
};
const empty: Draft = { violatorKind: 'organisation', violatorName: '', violatorIdNo: '', violatorAddress: '', taxCode: '', field: '', act: '', legalProvision: '', bracketMin: '', bracketMax: '', fieldMax: '', licenceOrSuspension: false, violationState: 'ended', violationOn: '', violationEndedOn: '', detectedOn: '', place: '' };
const money = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(/\D/g, '')));
const groupDigits = (v: string) => v.replace(/\D/g, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A detected administrative violation: violator, act and its bracket, and the dates that start the limitation. */
export function SanctionNewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const agencies = workAgencies(me);
  const [agency, setAgency] = useState<AgencyRef | null>(() => agencies.find((a) => a.id === me.activeAgencyId) ?? null);
  const { draft, change, busy, error, check } = useCreateForm<Draft>(empty);
  const min = money(draft.bracketMin);
  const max = money(draft.bracketMax);
  const opt = (v: string) => v.trim() || undefined;

  const { errors, invalid, submit } = check(
    {
      agency: agency ? null : t('sanctions.form.agencyRequired'),
      violatorName: draft.violatorName.trim().length >= 2 ? null : t('sanctions.form.nameRequired'),
      taxCode: !draft.taxCode.trim() || /^\d{10}(-\d{3})?$/.test(draft.taxCode.trim()) ? null : t('sanctions.form.taxCodeInvalid'),
      field: draft.field.trim().length >= 2 ? null : t('sanctions.form.fieldRequired'),
      act: draft.act.trim().length >= 5 ? null : t('sanctions.form.actRequired'),
      legalProvision: draft.legalProvision.trim().length >= 5 ? null : t('sanctions.form.provisionRequired'),
      bracket: min === undefined || max === undefined || min > max ? t('sanctions.form.bracketInvalid') : null,
      detectedOn: !draft.detectedOn || draft.detectedOn > todayIso() ? t('sanctions.form.detectedRequired') : null,
      violationEndedOn: draft.violationState === 'ended' && !draft.violationEndedOn ? t('sanctions.form.endedRequired') : null,
    },
    () =>
      sanctionsApi.create({
        agencyId: agency!.id,
        violatorKind: draft.violatorKind,
        violatorName: draft.violatorName.trim(),
        violatorIdNo: opt(draft.violatorIdNo),
        violatorAddress: opt(draft.violatorAddress),
        taxCode: draft.violatorKind === 'organisation' ? opt(draft.taxCode) : undefined,
        field: draft.field.trim(),
        act: draft.act.trim(),
        legalProvision: draft.legalProvision.trim(),
        bracketMinIndividual: min!,
        bracketMaxIndividual: max!,
        fieldMaxIndividual: money(draft.fieldMax),
        licenceOrSuspension: draft.licenceOrSuspension,
        violationState: draft.violationState,
        violationOn: opt(draft.violationOn),
        violationEndedOn: draft.violationState === 'ended' ? opt(draft.violationEndedOn) : undefined,
        detectedOn: draft.detectedOn,
        place: opt(draft.place),
      } satisfies NewSanction),
    (created) => ({ to: `/sanctions/${created.id}`, flash: t('sanctions.form.created', { no: created.caseNo }) }),
  );

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/sanctions">{t('sanctions.backToList')}</Link>
      </nav>
      <PageHeader title={t('sanctions.form.heading')} intro={t('sanctions.form.intro')} />
      <form className="form register-form" onSubmit={submit} noValidate>
        <FixErrorsAlert show={invalid} />
        <section className="card">
          <h2>{t('sanctions.facts.violator')}</h2>
          <div className="form-grid">
            <AgencyPicker label={t('sanctions.form.agency')} value={agency} onChange={setAgency} suggestions={agencies} error={errors.agency} />
            <SelectField label={t('sanctions.form.kind')} value={draft.violatorKind} onChange={(e) => change({ violatorKind: e.target.value as Draft['violatorKind'] })}>
              <option value="organisation">{t('sanctions.kinds.organisation')}</option>
              <option value="individual">{t('sanctions.kinds.individual')}</option>
            </SelectField>
            <TextField label={t('sanctions.form.name')} value={draft.violatorName} maxLength={300} required markRequired error={errors.violatorName} onChange={(e) => change({ violatorName: e.target.value })} />
            {draft.violatorKind === 'organisation' && (
              <TextField label={t('sanctions.form.taxCode')} value={draft.taxCode} maxLength={14} inputMode="numeric" help={t('sanctions.form.taxCodeHelp')} error={errors.taxCode} onChange={(e) => change({ taxCode: e.target.value })} />
            )}
            <TextField label={t('sanctions.form.idNo')} value={draft.violatorIdNo} maxLength={50} onChange={(e) => change({ violatorIdNo: e.target.value })} />
            <TextField label={t('sanctions.form.address')} value={draft.violatorAddress} maxLength={500} onChange={(e) => change({ violatorAddress: e.target.value })} />
          </div>
        </section>
        <section className="card">
          <h2>{t('sanctions.violation')}</h2>
          <div className="form-grid">
            <TextField label={t('sanctions.form.field')} value={draft.field} maxLength={200} required markRequired error={errors.field} placeholder="giao thông đường bộ" onChange={(e) => change({ field: e.target.value })} />
            <TextField label={t('sanctions.form.provision')} value={draft.legalProvision} maxLength={500} required markRequired error={errors.legalProvision} placeholder="điểm a khoản 5 Điều 28 Nghị định 168/2024/NĐ-CP" onChange={(e) => change({ legalProvision: e.target.value })} />
          </div>
          <TextAreaField label={t('sanctions.form.act')} value={draft.act} rows={3} maxLength={2000} required markRequired error={errors.act} onChange={(e) => change({ act: e.target.value })} />
          <div className="form-grid">
            <TextField label={t('sanctions.form.bracketMin')} value={groupDigits(draft.bracketMin)} inputMode="numeric" required markRequired error={errors.bracket} onChange={(e) => change({ bracketMin: e.target.value.replace(/\D/g, '') })} />
            <TextField label={t('sanctions.form.bracketMax')} value={groupDigits(draft.bracketMax)} inputMode="numeric" required markRequired onChange={(e) => change({ bracketMax: e.target.value.replace(/\D/g, '') })} />
            <TextField label={t('sanctions.form.fieldMax')} value={groupDigits(draft.fieldMax)} inputMode="numeric" help={t('sanctions.form.fieldMaxHelp')} onChange={(e) => change({ fieldMax: e.target.value.replace(/\D/g, '') })} />
          </div>
          <label className="check">
            <input type="checkbox" checked={draft.licenceOrSuspension} onChange={(e) => change({ licenceOrSuspension: e.target.checked })} />
            <span>{t('sanctions.form.licence')}</span>
          </label>
        </section>
        <section className="card">
          <h2>{t('sanctions.form.state')}</h2>
          <div className="form-grid">
            <SelectField label={t('sanctions.form.state')} value={draft.violationState} onChange={(e) => change({ violationState: e.target.value as Draft['violationState'] })}>
              <option value="ended">{t('sanctions.form.states.ended')}</option>
              <option value="ongoing">{t('sanctions.form.states.ongoing')}</option>
            </SelectField>
            <DateInput label={t('sanctions.form.violationOn')} value={draft.violationOn} onChange={(violationOn) => change({ violationOn })} />
            {draft.violationState === 'ended' && <DateInput label={t('sanctions.form.endedOn')} value={draft.violationEndedOn} onChange={(violationEndedOn) => change({ violationEndedOn })} required error={errors.violationEndedOn} />}
            <DateInput label={t('sanctions.form.detectedOn')} value={draft.detectedOn} onChange={(detectedOn) => change({ detectedOn })} required error={errors.detectedOn} />
          </div>
          <TextField label={t('sanctions.form.place')} value={draft.place} maxLength={500} onChange={(e) => change({ place: e.target.value })} />
        </section>
        <CreateFormFooter error={error} busy={busy} saveLabel={t('sanctions.form.submit')} savingLabel={t('sanctions.form.saving')} cancelLabel={t('sanctions.form.cancel')} cancelTo="/sanctions" />
      </form>
    </>
  );
}
