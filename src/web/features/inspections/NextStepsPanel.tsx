import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { StepFormShell, StepsPanel } from '../../components/StepsPanel';
import { todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { tDynamic } from '../../i18n';
import { useApi } from '../../lib/useApi';
import { inspectionsApi, type InspectionAction, type InspectionActionBody, type InspectionDetail } from './api';
import { inspectionStatusLabel, isCheck } from './model';

type Payload = NonNullable<InspectionActionBody['payload']>;

/** Legal grounds of a suspension (Luật Thanh tra 2025 Art 30(1); 2022 Art 70). */
export const SUSPENSION_GROUNDS = ['force_majeure', 'urgent_priority_task', 'subject_request'] as const;
/** Statutory grounds of a termination (2025 Art 31; 2022 Art 71), the ids the rules of shared/domain/inspections accept. */
export const TERMINATION_GROUNDS = ['subject_ceased', 'concluded_by_superior', 'criminal_case_initiated', 'management_head_request', 'overlap_resolved'] as const;
/** Forms of publication of a conclusion (Art 37(1)): the portal is compulsory, with at least one other. */
export const PUBLICATION_FORMS = ['portal', 'meeting_or_press_conference', 'mass_media', 'posting_at_subject_premises'] as const;
/** Termination grounds of a specialised check (NĐ 217/2025 Art 7(2)(đ)). */
export const CHECK_TERMINATION_GROUNDS = ['subject_ceased', 'already_inspected', 'criminal_case_initiated', 'management_head_request'] as const;
const EXTENSION_GROUNDS = ['complex', 'remote_area'] as const;
/** Steps the rules refuse without a written reason (guard reason_given). */
const REASONED = new Set(['change_member', 'amend_conclusion']);

type Draft = {
  date: string;
  note: string;
  suspensionGround: string;
  terminationGround: string;
  terminationScope: 'whole' | 'partial';
  publicationForms: string[];
  reasonText: string;
  conclusionNo: string;
  signerName: string;
  extensionDays: string;
  extensionGrounds: string[];
  recordSummary: string;
  subjectOpinion: string;
  signedBySubject: boolean;
  witnessName: string;
};

function StepForm({ detail, action, onDone }: { detail: InspectionDetail; action: InspectionAction; onDone(d: InspectionDetail): void }) {
  const { t } = useTranslation();
  const ev = action.event;
  const check = isCheck(detail);
  const [d, setD] = useState<Draft>({
    date: todayIso(),
    note: '',
    suspensionGround: check ? 'force_majeure' : '',
    terminationGround: '',
    terminationScope: ev === 'terminate_part' ? 'partial' : 'whole',
    publicationForms: ['portal'],
    reasonText: '',
    conclusionNo: '',
    signerName: detail.signerName ?? '',
    extensionDays: '',
    extensionGrounds: [],
    recordSummary: '',
    subjectOpinion: '',
    signedBySubject: true,
    witnessName: '',
  });
  const extending = check && ev === 'extend';
  const recording = check && ev === 'record_check';
  const [dateValid, setDateValid] = useState(true);
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  const set = (patch: Partial<Draft>) => setD((v) => ({ ...v, ...patch }));
  const terminating = ev === 'terminate' || ev === 'terminate_part';

  const errors = {
    date: !d.date || !dateValid ? t('inspections.steps.dateRequired') : d.date > todayIso() ? t('inspections.steps.dateFuture') : null,
    suspensionGround: ev === 'suspend' && !d.suspensionGround ? t('inspections.steps.suspensionGroundRequired') : null,
    terminationGround: terminating && !d.terminationGround ? t('inspections.steps.terminationGroundRequired') : null,
    reasonText: REASONED.has(ev) && !d.reasonText.trim() ? t('inspections.steps.reasonRequired') : null,
    conclusionNo: ev === 'sign_conclusion' && !d.conclusionNo.trim() ? t('inspections.steps.conclusionNoRequired') : null,
    publicationForms: ev === 'publish' && d.publicationForms.length === 0 ? t('inspections.steps.formsRequired') : null,
    extensionDays: extending && !(Number(d.extensionDays) >= 1) ? t('checks.steps.extensionDaysRequired') : null,
    extensionGrounds: extending && d.extensionGrounds.length === 0 ? t('checks.steps.extensionGroundsRequired') : null,
    recordSummary: recording && !d.recordSummary.trim() ? t('checks.steps.recordSummaryRequired') : null,
    witnessName: recording && !d.signedBySubject && !d.witnessName.trim() ? t('checks.steps.witnessRequired') : null,
  };
  const shown = (k: keyof typeof errors) => (submitted ? errors[k] : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    const payload: Payload = {};
    if (ev === 'suspend') payload.suspensionGround = d.suspensionGround as Payload['suspensionGround'];
    if (terminating) {
      payload.terminationGround = d.terminationGround;
      if (!check) payload.terminationScope = d.terminationScope;
    }
    if (extending) {
      payload.extensionDays = Number(d.extensionDays);
      payload.extensionGrounds = d.extensionGrounds as Payload['extensionGrounds'];
    }
    if (recording) {
      payload.recordSummary = d.recordSummary.trim();
      if (d.subjectOpinion.trim()) payload.subjectOpinion = d.subjectOpinion.trim();
      payload.recordSignedBySubject = d.signedBySubject;
      payload.refusalWitnessed = !d.signedBySubject;
      if (!d.signedBySubject) payload.witnessName = d.witnessName.trim();
    }
    if (ev === 'publish') payload.publicationForms = d.publicationForms;
    if (REASONED.has(ev)) payload.reasonText = d.reasonText.trim();
    if (ev === 'sign_conclusion') {
      payload.conclusionNo = d.conclusionNo.trim();
      if (d.signerName.trim()) payload.signerName = d.signerName.trim();
    }
    const body: InspectionActionBody = { event: ev, date: d.date, payload };
    if (d.note.trim()) body.note = d.note.trim();
    await run.run(async () => onDone(await inspectionsApi.act(detail.id, body)));
  };

  return (
    <StepFormShell action={action} ns="inspections.steps" run={run} date={{ value: d.date, onChange: (date) => set({ date }), onValidity: setDateValid, error: shown('date') }} note={[d.note, (note) => set({ note })]} onSubmit={submit}>
      {ev === 'suspend' && (
        <SelectField label={t('inspections.steps.suspensionGround')} value={d.suspensionGround} required markRequired error={shown('suspensionGround')} onChange={(e) => set({ suspensionGround: e.target.value })}>
          <option value="">{t('inspections.steps.choose')}</option>
          {check ? (
            <option value="force_majeure">{t('checks.steps.forceMajeure')}</option>
          ) : (
            SUSPENSION_GROUNDS.map((g) => (
              <option key={g} value={g}>
                {t(`inspections.steps.suspensionGrounds.${g}`)}
              </option>
            ))
          )}
        </SelectField>
      )}
      {terminating && (
        <>
          <SelectField label={t('inspections.steps.terminationGround')} value={d.terminationGround} required markRequired error={shown('terminationGround')} onChange={(e) => set({ terminationGround: e.target.value })}>
            <option value="">{t('inspections.steps.choose')}</option>
            {(check ? CHECK_TERMINATION_GROUNDS : TERMINATION_GROUNDS).map((g) => (
              <option key={g} value={g}>
                {check ? tDynamic(`checks.steps.terminationGrounds.${g}`, g) : tDynamic(`inspections.steps.terminationGrounds.${g}`, g)}
              </option>
            ))}
          </SelectField>
          {ev === 'terminate' && !check && (
            <SelectField label={t('inspections.steps.terminationScope')} value={d.terminationScope} onChange={(e) => set({ terminationScope: e.target.value as Draft['terminationScope'] })}>
              <option value="whole">{t('inspections.steps.scopes.whole')}</option>
              <option value="partial">{t('inspections.steps.scopes.partial')}</option>
            </SelectField>
          )}
        </>
      )}
      {ev === 'publish' && (
        <fieldset className="tag-group">
          <legend className="strong">{t('inspections.steps.publicationForms')}</legend>
          <p className="small muted">{t('inspections.steps.publicationHelp')}</p>
          {PUBLICATION_FORMS.map((f) => (
            <label key={f} className="check">
              <input
                type="checkbox"
                checked={d.publicationForms.includes(f)}
                onChange={(e) => set({ publicationForms: e.target.checked ? [...d.publicationForms, f] : d.publicationForms.filter((x) => x !== f) })}
              />
              <span>{t(`inspections.steps.forms.${f}`)}</span>
            </label>
          ))}
          {shown('publicationForms') && <p className="field-error">{shown('publicationForms')}</p>}
        </fieldset>
      )}
      {ev === 'sign_conclusion' && (
        <>
          <TextField label={t('inspections.steps.conclusionNo')} value={d.conclusionNo} maxLength={100} required markRequired error={shown('conclusionNo')} onChange={(e) => set({ conclusionNo: e.target.value })} />
          <TextField label={t('inspections.steps.signerName')} value={d.signerName} maxLength={200} onChange={(e) => set({ signerName: e.target.value })} />
        </>
      )}
      {extending && (
        <>
          <TextField label={t('checks.steps.extensionDays')} value={d.extensionDays} inputMode="numeric" maxLength={2} required markRequired error={shown('extensionDays')} onChange={(e) => set({ extensionDays: e.target.value.replace(/\D/g, '') })} />
          <fieldset className="tag-group">
            <legend className="strong">{t('checks.steps.extensionGrounds')}</legend>
            {EXTENSION_GROUNDS.map((g) => (
              <label key={g} className="check">
                <input type="checkbox" checked={d.extensionGrounds.includes(g)} onChange={(e) => set({ extensionGrounds: e.target.checked ? [...d.extensionGrounds, g] : d.extensionGrounds.filter((x) => x !== g) })} />
                <span>{t(`checks.steps.grounds.${g}`)}</span>
              </label>
            ))}
            {shown('extensionGrounds') && <p className="field-error">{shown('extensionGrounds')}</p>}
          </fieldset>
        </>
      )}
      {recording && (
        <>
          <TextAreaField label={t('checks.steps.recordSummary')} value={d.recordSummary} rows={4} maxLength={10000} required markRequired error={shown('recordSummary')} onChange={(e) => set({ recordSummary: e.target.value })} />
          <TextAreaField label={t('checks.steps.subjectOpinion')} value={d.subjectOpinion} rows={2} maxLength={5000} onChange={(e) => set({ subjectOpinion: e.target.value })} />
          <label className="check">
            <input type="checkbox" checked={d.signedBySubject} onChange={(e) => set({ signedBySubject: e.target.checked })} />
            <span>{t('checks.steps.signedBySubject')}</span>
          </label>
          {!d.signedBySubject && <TextField label={t('checks.steps.witnessName')} value={d.witnessName} maxLength={200} required markRequired error={shown('witnessName')} onChange={(e) => set({ witnessName: e.target.value })} />}
        </>
      )}
      {REASONED.has(ev) && <TextAreaField label={t('inspections.steps.reason')} value={d.reasonText} rows={3} maxLength={2000} required markRequired error={shown('reasonText')} onChange={(e) => set({ reasonText: e.target.value })} />}
    </StepFormShell>
  );
}

/**
 * "Các bước tiếp theo": every step leaving the case's state (GET …/actions), each with its article; a step the rules
 * block now is greyed with the reason and its article. Choosing one opens its form (date, note, what the step needs).
 */
export function NextStepsPanel({ detail, onChange }: { detail: InspectionDetail; onChange(d: InspectionDetail): void }) {
  const version = `${detail.id}|${detail.status}|${detail.timeline.length}|${detail.team.map((m) => `${m.userId}${m.coiDeclaredAt ?? ''}`).join()}`;
  const loaded = useApi((signal) => inspectionsApi.actions(detail.id, signal), [version]);
  const form = (a: InspectionAction, done: () => void) => <StepForm detail={detail} action={a} onDone={(d) => (done(), onChange(d))} />;
  return <StepsPanel titleId="steps-title" ns="inspections.steps" idPrefix="step" stateLabel={inspectionStatusLabel(detail.status, detail.statusLabel, detail.caseType)} loaded={loaded} form={form} />;
}
