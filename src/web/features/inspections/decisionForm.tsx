import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AgencyRef } from '../../components/AgencyPicker';
import { TextField } from '../../components/Field';
import { todayIso } from '../../lib/format';

/** What a decision to inspect and a specialised check decision both record about the inspected party and the decision. */
export type DecisionDraft = { title: string; subjectName: string; subjectTaxCode: string; subjectAddress: string; content: string; decisionNo: string; decisionDate: string; signerName: string; durationDays: string };

const TAX_CODE = /^\d{10}(-\d{3})?$/;

/** The checks both decision forms make before sending (the server makes them again, with the articles). */
export function decisionChecks(t: TFunction, draft: DecisionDraft, agency: AgencyRef | null): Record<string, string | null> {
  return {
    agency: agency ? null : t('inspections.form.agencyRequired'),
    title: draft.title.trim().length >= 5 ? null : t('inspections.form.titleRequired'),
    subjectName: draft.subjectName.trim().length >= 2 ? null : t('inspections.form.subjectRequired'),
    subjectTaxCode: !draft.subjectTaxCode.trim() || TAX_CODE.test(draft.subjectTaxCode.trim()) ? null : t('inspections.form.taxCodeInvalid'),
    content: draft.content.trim().length >= 10 ? null : t('inspections.form.contentRequired'),
    decisionDate: !draft.decisionDate ? t('inspections.form.decisionDateRequired') : draft.decisionDate > todayIso() ? t('inspections.form.decisionDateFuture') : null,
  };
}

const opt = (v: string) => v.trim() || undefined;

/** The body fields both decisions send, trimmed (empty optional fields left out). */
export function decisionBody(draft: DecisionDraft, agency: AgencyRef) {
  return {
    agencyId: agency.id,
    title: draft.title.trim(),
    subjectName: draft.subjectName.trim(),
    subjectTaxCode: opt(draft.subjectTaxCode),
    subjectAddress: opt(draft.subjectAddress),
    content: draft.content.trim(),
    decisionNo: opt(draft.decisionNo),
    decisionDate: draft.decisionDate,
    signerName: opt(draft.signerName),
    durationDays: Number(draft.durationDays),
  };
}

/** The inspected party: name, tax code, address. */
export function SubjectFields({ draft, errors, nameLabel, change }: { draft: DecisionDraft; errors: Record<string, string | null>; nameLabel: string; change(patch: Partial<DecisionDraft>): void }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form-grid">
        <TextField label={nameLabel} value={draft.subjectName} maxLength={300} required markRequired error={errors.subjectName} onChange={(e) => change({ subjectName: e.target.value })} />
        <TextField label={t('inspections.taxCode')} value={draft.subjectTaxCode} maxLength={14} inputMode="numeric" error={errors.subjectTaxCode} onChange={(e) => change({ subjectTaxCode: e.target.value })} />
      </div>
      <TextField label={t('inspections.address')} value={draft.subjectAddress} maxLength={500} onChange={(e) => change({ subjectAddress: e.target.value })} />
    </>
  );
}
