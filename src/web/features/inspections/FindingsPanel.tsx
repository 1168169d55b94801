import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILE_EXTENSIONS } from '../../../shared/contracts/files';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { formatDateTime, formatIsoDate, formatMoney, formatNumber } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { followUpApi, type Finding, type FindingInput, type FollowUp } from './followupApi';

const MAX_FILES = 10;

function ItemForm({ caseId, onChange }: { caseId: string; onChange(f: FollowUp): void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const error = submitted && title.trim().length < 3 ? t('followup.items.titleRequired') : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (title.trim().length < 3) return;
    await action.run(async () => {
      onChange(await followUpApi.addItem(caseId, { title: title.trim(), ...(description.trim() ? { description: description.trim() } : {}) }));
      setTitle('');
      setDescription('');
      setSubmitted(false);
      return t('followup.items.added');
    });
  };
  return (
    <form className="form sub-form" onSubmit={submit} noValidate aria-label={t('followup.items.add')}>
      <h3>{t('followup.items.add')}</h3>
      <TextField label={t('followup.items.title')} value={title} maxLength={300} required markRequired error={error} onChange={(e) => setTitle(e.target.value)} />
      <TextField label={t('followup.items.description')} value={description} maxLength={2000} onChange={(e) => setDescription(e.target.value)} />
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="submit" className="btn btn-secondary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('followup.items.add')}
        </button>
      </div>
    </form>
  );
}

function FindingForm({ caseId, data, onChange }: { caseId: string; data: FollowUp; onChange(f: FollowUp): void }) {
  const { t } = useTranslation();
  const empty: FindingInput = { itemId: data.items[0]?.id ?? '', description: '', legalBasis: '', amountVnd: '', responsible: '' };
  const [v, setV] = useState<FindingInput>(empty);
  const [files, setFiles] = useState<File[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const action = useAction();
  const set = (patch: Partial<FindingInput>) => setV((x) => ({ ...x, ...patch }));
  const errors = {
    itemId: !v.itemId ? t('followup.findings.itemRequired') : null,
    description: v.description.trim().length < 5 ? t('followup.findings.descriptionRequired') : null,
    amountVnd: v.amountVnd.trim() && !/^[\d.\s]+$/.test(v.amountVnd.trim()) ? t('followup.findings.amountInvalid') : null,
    files: files.length === 0 ? t('followup.findings.filesRequired') : null,
  };
  const shown = (k: keyof typeof errors) => (submitted ? errors[k] : null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    await action.run(async () => {
      onChange(await followUpApi.addFinding(caseId, v, files));
      setV({ ...empty, itemId: v.itemId });
      setFiles([]);
      setSubmitted(false);
      if (input.current) input.current.value = '';
      return t('followup.findings.added');
    });
  };
  return (
    <form className="form sub-form" onSubmit={submit} noValidate aria-label={t('followup.findings.add')}>
      <h3>{t('followup.findings.add')}</h3>
      <SelectField label={t('followup.findings.item')} value={v.itemId} required markRequired error={shown('itemId')} onChange={(e) => set({ itemId: e.target.value })}>
        {data.items.map((i) => (
          <option key={i.id} value={i.id}>
            {i.seq}. {i.title}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('followup.findings.description')} value={v.description} rows={3} maxLength={5000} required markRequired error={shown('description')} onChange={(e) => set({ description: e.target.value })} />
      <div className="form-grid">
        <TextField label={t('followup.findings.legalBasis')} value={v.legalBasis} maxLength={1000} onChange={(e) => set({ legalBasis: e.target.value })} />
        <TextField label={t('followup.findings.amount')} value={v.amountVnd} inputMode="numeric" maxLength={25} error={shown('amountVnd')} onChange={(e) => set({ amountVnd: e.target.value })} />
      </div>
      <TextField label={t('followup.findings.responsible')} value={v.responsible} maxLength={1000} onChange={(e) => set({ responsible: e.target.value })} />
      <label className="file-drop">
        <input ref={input} className="visually-hidden" type="file" multiple accept={ACCEPTED_FILE_EXTENSIONS.map((x) => `.${x}`).join(',')} onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, MAX_FILES))} />
        <span className="btn btn-secondary btn-small" aria-hidden="true">
          {t('files.chooseButton')}
        </span>
        <span className="field-label">{t('followup.findings.files')}</span>
        <span className="small muted file-names" aria-live="polite">
          {files.length ? files.map((f) => f.name).join(', ') : t('files.noneChosen')}
        </span>
      </label>
      {shown('files') && <p className="field-error">{shown('files')}</p>}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('followup.findings.submit')}
        </button>
      </div>
    </form>
  );
}

function FindingCard({ caseId, finding, canApprove, onChange }: { caseId: string; finding: Finding; canApprove: boolean; onChange(f: FollowUp): void }) {
  const { t } = useTranslation();
  const approve = useAction();
  return (
    <li className="finding-item" aria-label={t('followup.findings.seq', { seq: String(finding.seq) })}>
      <p className="badge-row">
        <span className="strong">{t('followup.findings.seq', { seq: String(finding.seq) })}</span>
        <span className={`badge ${finding.status === 'approved' ? 'badge-active' : 'badge-warning'}`}>{finding.status === 'approved' ? t('followup.findings.approved') : t('followup.findings.proposed')}</span>
      </p>
      <div className="letter-content">{finding.description}</div>
      <dl className="finding-facts small">
        {finding.legalBasis && (
          <>
            <dt>{t('followup.findings.legalBasis')}</dt>
            <dd>{finding.legalBasis}</dd>
          </>
        )}
        {finding.amountVnd !== null && (
          <>
            <dt>{t('followup.findings.amountLabel')}</dt>
            <dd className="strong">{formatMoney(finding.amountVnd)}</dd>
          </>
        )}
        {finding.responsible && (
          <>
            <dt>{t('followup.findings.responsible')}</dt>
            <dd>{finding.responsible}</dd>
          </>
        )}
      </dl>
      {finding.files.length > 0 && (
        <ul className="attachment-list">
          {finding.files.map((f) => (
            <li key={f.id}>
              <a href={followUpApi.evidenceUrl(caseId, f.id)} target="_blank" rel="noreferrer">
                {f.name}
              </a>
              <span className="small muted"> · {t('attachments.size', { size: formatNumber(Math.max(1, Math.round(f.size / 1024))) })}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="small muted">{t('followup.findings.by', { name: finding.createdByName, at: formatDateTime(finding.createdAt) })}</p>
      <ErrorMessage message={approve.error} />
      {canApprove && finding.status === 'proposed' && (
        <div className="form-actions">
          <button type="button" className="btn btn-secondary btn-small" disabled={approve.busy} onClick={() => void approve.run(async () => onChange(await followUpApi.approve(caseId, finding.id)))}>
            {t('followup.findings.approve')}
          </button>
        </div>
      )}
    </li>
  );
}

/** The team's result report (Art 33): sections written by the leader; frozen with the summary once sent. */
function ReportEditor({ caseId, data, onChange }: { caseId: string; data: FollowUp; onChange(f: FollowUp): void }) {
  const { t } = useTranslation();
  const [sections, setSections] = useState(data.report?.sections.length ? data.report.sections : [{ heading: '', text: '' }]);
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const invalid = sections.some((s) => s.heading.trim().length < 2 || s.text.trim().length < 2);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (invalid) return;
    await action.run(async () => {
      onChange(await followUpApi.saveReport(caseId, { sections: sections.map((s) => ({ heading: s.heading.trim(), text: s.text.trim() })) }));
      return t('followup.report.saved');
    });
  };
  const update = (i: number, patch: Partial<{ heading: string; text: string }>) => setSections((list) => list.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <form className="form sub-form" onSubmit={save} noValidate aria-label={t('followup.report.heading')}>
      {sections.map((s, i) => (
        <fieldset key={i} className="conclusion-part" aria-label={t('followup.report.section', { n: String(i + 1) })}>
          <legend className="strong">{t('followup.report.section', { n: String(i + 1) })}</legend>
          <TextField label={t('followup.report.sectionHeading')} value={s.heading} maxLength={300} onChange={(e) => update(i, { heading: e.target.value })} />
          <TextAreaField label={t('followup.report.sectionText')} value={s.text} rows={4} maxLength={20000} onChange={(e) => update(i, { text: e.target.value })} />
          {sections.length > 1 && (
            <button type="button" className="btn btn-link btn-small" onClick={() => setSections((list) => list.filter((_, j) => j !== i))}>
              {t('followup.report.removeSection')}
            </button>
          )}
        </fieldset>
      ))}
      {submitted && invalid && <p className="field-error">{t('followup.report.sectionRequired')}</p>}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" onClick={() => setSections((list) => [...list, { heading: '', text: '' }])}>
          {t('followup.report.addSection')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('followup.report.save')}
        </button>
      </div>
    </form>
  );
}

/** Inspected items with their findings and evidence (Art 28), the findings' summary and the team's report (Art 33). */
export function FindingsPanel({ caseId, data, onChange }: { caseId: string; data: FollowUp; onChange(f: FollowUp): void }) {
  const { t } = useTranslation();
  const s = data.summary;
  return (
    <>
      <section className="card findings-panel" aria-labelledby="findings-title">
        <h2 id="findings-title">{t('followup.items.heading')}</h2>
        <p className="small muted">{t('followup.items.intro')}</p>
        {data.items.length === 0 ? (
          <p className="empty">{t('followup.items.none')}</p>
        ) : (
          <ol className="item-list">
            {data.items.map((item) => {
              const findings = data.findings.filter((f) => f.itemId === item.id);
              return (
                <li key={item.id} className="inspected-item">
                  <h3 className="item-title">
                    {item.seq}. {item.title}
                  </h3>
                  {item.description && <p className="small muted">{item.description}</p>}
                  {findings.length === 0 ? (
                    <p className="small muted">{t('followup.items.noFindings')}</p>
                  ) : (
                    <ul className="finding-list">
                      {findings.map((f) => (
                        <FindingCard key={f.id} caseId={caseId} finding={f} canApprove={data.can.approve} onChange={onChange} />
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        {data.findings.length > 0 && (
          <div className="findings-summary" role="note" aria-label={t('followup.summary.heading')}>
            <p>
              <span className="strong">{t('followup.summary.heading')}: </span>
              {t('followup.summary.line', { approved: String(s.approved), findings: String(s.findings), amount: formatMoney(s.amountVnd) })}
            </p>
            {s.itemsWithoutFindings > 0 && <p className="small muted">{t('followup.summary.uncovered', { n: String(s.itemsWithoutFindings) })}</p>}
          </div>
        )}
        {data.can.record && <ItemForm caseId={caseId} onChange={onChange} />}
        {data.can.record && data.items.length > 0 && <FindingForm key={data.items.length} caseId={caseId} data={data} onChange={onChange} />}
      </section>
      {(data.report || data.can.report) && (
        <section className="card" aria-labelledby="report-title">
          <h2 id="report-title">{t('followup.report.heading')}</h2>
          <p className="small muted">{t('followup.report.intro')}</p>
          {data.report && <p className="badge-row">{data.report.status === 'submitted' ? <span className="badge badge-active">{t('followup.report.submitted', { date: formatIsoDate(data.report.submittedOn) })}</span> : <span className="badge">{t('followup.report.draft')}</span>}</p>}
          {data.can.report && data.report?.status !== 'submitted' ? (
            <ReportEditor caseId={caseId} data={data} onChange={onChange} />
          ) : data.report ? (
            data.report.sections.map((sec, i) => (
              <div key={i} className="conclusion-part-view">
                <h3>{sec.heading}</h3>
                <div className="letter-content">{sec.text}</div>
              </div>
            ))
          ) : null}
        </section>
      )}
    </>
  );
}
