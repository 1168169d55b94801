import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyPicker, type AgencyRef } from '../../components/AgencyPicker';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { workAgencies } from '../../components/Header';
import { useMe } from '../../lib/auth';
import { portalApi } from '../../lib/endpoints';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { SUBJECT_KINDS, SUBJECT_STATUSES } from '../../../shared/domain/subjects/subject';
import { checkTaxCode } from '../../../shared/domain/subjects/tax-code';
import { vsicCodeProblem, vsicLabel } from '../../../shared/domain/subjects/vsic-2018';
import { subjectsApi, type SubjectBody, type SubjectDetail } from './api';

/**
 * Registers a subject by hand or edits one (issue 7 item 1): tax code checked with its check digit as typed, the
 * address coded to the 2025 communes (province, then a commune of it), the VSIC 2018 code with its sector named,
 * managing agency, legal representative, status. The server checks everything again, audits and keeps the history.
 */
export function SubjectForm({ subject, onDone }: { subject?: SubjectDetail; onDone(s: SubjectDetail): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const agencies = workAgencies(me);
  const [f, setF] = useState({
    taxCode: subject?.taxCode ?? '',
    name: subject?.name ?? '',
    kind: (subject?.kind ?? 'enterprise') as string,
    status: (subject?.status ?? 'active') as string,
    address: subject?.address ?? '',
    provinceCode: subject?.provinceCode ?? '',
    communeCode: subject?.communeCode ?? '',
    vsicCode: subject?.vsicCode ?? '',
    legalRepName: subject?.legalRepName ?? '',
    legalRepTitle: subject?.legalRepTitle ?? '',
    establishedOn: subject?.establishedOn ?? '',
    reason: '',
  });
  const [agency, setAgency] = useState<AgencyRef | null>(subject ? { id: subject.managingAgencyId, name: subject.managingAgencyName } : (agencies.find((a) => a.id === me.activeAgencyId) ?? null));
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  const provinces = useApi((signal) => portalApi.provinces(signal), []);
  const communes = useApi((signal) => portalApi.communes(f.provinceCode, signal), [f.provinceCode], !!f.provinceCode);
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));
  const tax = f.taxCode.trim() ? checkTaxCode(f.taxCode) : null;
  const sector = f.vsicCode.trim() ? vsicLabel(f.vsicCode.trim()) : null;
  const errors = {
    taxCode: !f.taxCode.trim() ? t('subjectForm.taxCodeRequired') : tax && !tax.ok ? tax.reason : null,
    name: f.name.trim().length < 2 ? t('subjectForm.nameRequired') : null,
    provinceCode: !f.provinceCode ? t('subjectForm.provinceRequired') : null,
    vsicCode: f.vsicCode.trim() ? vsicCodeProblem(f.vsicCode.trim()) : null,
    agency: !agency ? t('subjectForm.agencyRequired') : null,
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    const body: SubjectBody = {
      taxCode: tax && tax.ok ? tax.value : f.taxCode.trim(),
      name: f.name.trim(),
      kind: f.kind as SubjectBody['kind'],
      status: f.status as SubjectBody['status'],
      address: f.address.trim() || null,
      provinceCode: f.provinceCode,
      communeCode: f.communeCode || null,
      vsicCode: f.vsicCode.trim() || null,
      managingAgencyId: agency!.id,
      legalRepName: f.legalRepName.trim() || null,
      legalRepTitle: f.legalRepTitle.trim() || null,
      establishedOn: f.establishedOn || null,
    };
    await run.run(async () => onDone(subject ? await subjectsApi.update(subject.id, { ...body, version: subject.version, reason: f.reason.trim() || undefined }) : await subjectsApi.create(body)));
  };
  const err = (k: keyof typeof errors) => (submitted ? errors[k] : null);
  return (
    <form className="form subject-form" onSubmit={submit} noValidate>
      <ErrorMessage message={run.error} />
      <div className="form-row">
        <TextField label={t('subjects.taxCode')} value={f.taxCode} inputMode="numeric" maxLength={20} required markRequired help={tax?.ok ? t('subjectForm.taxCodeOk', { value: tax.value }) : t('subjectForm.taxCodeHelp')} error={err('taxCode') ?? (tax && !tax.ok ? tax.reason : null)} onChange={(e) => set({ taxCode: e.target.value })} />
        <SelectField label={t('subjects.kind')} value={f.kind} onChange={(e) => set({ kind: e.target.value })}>
          {SUBJECT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`subjects.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label={t('subjectForm.name')} value={f.name} maxLength={500} required markRequired error={err('name')} onChange={(e) => set({ name: e.target.value })} />
      <div className="form-row">
        <SelectField label={t('subjects.province')} value={f.provinceCode} required markRequired error={err('provinceCode')} onChange={(e) => set({ provinceCode: e.target.value, communeCode: '' })}>
          <option value="">{t('subjectForm.chooseProvince')}</option>
          {(provinces.data ?? []).map((p) => (
            <option key={p.code} value={p.code}>
              {p.fullName}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('subjectForm.commune')} value={f.communeCode} disabled={!f.provinceCode || !communes.data} help={t('subjectForm.communeHelp')} onChange={(e) => set({ communeCode: e.target.value })}>
          <option value="">{t('subjectForm.chooseCommune')}</option>
          {(f.provinceCode ? (communes.data ?? []) : []).map((c) => (
            <option key={c.code} value={c.code}>
              {c.fullName} ({c.code})
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label={t('subjects.address')} value={f.address} maxLength={500} help={t('subjectForm.addressHelp')} onChange={(e) => set({ address: e.target.value })} />
      <div className="form-row">
        <TextField label={t('subjectForm.vsic')} value={f.vsicCode} inputMode="numeric" maxLength={5} help={sector ? `${sector.section} — ${sector.sectionName} · ${sector.division} ${sector.divisionName}` : t('subjectForm.vsicHelp')} error={err('vsicCode') ?? (f.vsicCode.trim().length >= 2 ? errors.vsicCode : null)} onChange={(e) => set({ vsicCode: e.target.value.replace(/\D/g, '') })} />
        <SelectField label={t('subjects.status')} value={f.status} onChange={(e) => set({ status: e.target.value })}>
          {SUBJECT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`subjects.statuses.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <AgencyPicker label={t('subjectForm.agency')} value={agency} onChange={setAgency} suggestions={agencies} error={err('agency')} />
      <div className="form-row">
        <TextField label={t('subjectForm.legalRepName')} value={f.legalRepName} maxLength={200} onChange={(e) => set({ legalRepName: e.target.value })} />
        <TextField label={t('subjectForm.legalRepTitle')} value={f.legalRepTitle} maxLength={200} onChange={(e) => set({ legalRepTitle: e.target.value })} />
      </div>
      <DateInput label={t('subjects.established')} value={f.establishedOn} onChange={(v) => set({ establishedOn: v })} />
      {subject && <TextField label={t('subjectForm.reason')} value={f.reason} maxLength={500} help={t('subjectForm.reasonHelp')} onChange={(e) => set({ reason: e.target.value })} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={run.busy}>
          {run.busy ? t('common.saving') : subject ? t('subjectForm.save') : t('subjectForm.create')}
        </button>
      </div>
    </form>
  );
}
