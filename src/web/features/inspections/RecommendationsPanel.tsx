import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { RECOMMENDATION_KINDS } from '../../../shared/domain/inspections/followup';
import { DateInput } from '../../components/DateInput';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { LoadedSteps, StepFormShell } from '../../components/StepsPanel';
import { FollowUpAssign } from './FollowUpAssign';
import { formatIsoDate, formatMoney, todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { followUpApi, type FollowUp, type NewRecommendation, type Recommendation, type RecommendationAction, type RecommendationActionBody } from './followupApi';

/** Steps the rules refuse without a written reason (guard reason_given). */
const REASONED = new Set(['mark_not_implemented', 'escalate']);
/** States where a follow-up inspection may be proposed (with overdue ones): the server decides again. */
const FAILED = new Set(['not_implemented', 'partially_implemented', 'escalated']);
const digits = (s: string) => s.replace(/[.\s]/g, '');

/** Recovery progress: recovered / amount, remaining, a bar and the dated payments (VND). */
export function RecoveryProgress({ rec }: { rec: Recommendation }) {
  const { t } = useTranslation();
  const r = rec.recovery;
  if (!r) return null;
  return (
    <div className="recovery">
      <p className="small">{t('followup.recs.recovered', { recovered: formatMoney(r.recovered), amount: formatMoney(r.amountVnd), percent: String(r.percent), remaining: formatMoney(r.remaining) })}</p>
      <div className="recovery-bar" role="progressbar" aria-label={t('followup.recs.progressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={r.percent}>
        <span style={{ width: `${r.percent}%` }} />
      </div>
      {r.payments.length > 0 && (
        <details className="small">
          <summary>{t('followup.recs.payments')}</summary>
          <ul>
            {r.payments.map((p) => (
              <li key={p.id}>
                {formatIsoDate(p.paidOn)}: <span className="strong">{formatMoney(p.amountVnd)}</span>
                {p.document ? ` — ${p.document}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function StepForm({ caseId, rec, action, onDone }: { caseId: string; rec: Recommendation; action: RecommendationAction; onDone(f: FollowUp): void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [paidOn, setPaidOn] = useState(todayIso());
  const [amount, setAmount] = useState('');
  const [document, setDocument] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  const money = action.event === 'record_progress' && rec.kind === 'recover_money';
  const errors = {
    reason: REASONED.has(action.event) && !reason.trim() ? t('followup.step.reasonRequired') : null,
    amount: money && amount.trim() && !(/^\d+$/.test(digits(amount)) && Number(digits(amount)) > 0) ? t('followup.step.amountInvalid') : null,
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    const body: RecommendationActionBody = { event: action.event, date, payload: {} };
    if (REASONED.has(action.event)) body.payload = { reasonText: reason.trim() };
    if (money && amount.trim()) body.payload = { payment: { paidOn, amountVnd: Number(digits(amount)), ...(document.trim() ? { document: document.trim() } : {}) } };
    if (note.trim()) body.note = note.trim();
    await run.run(async () => onDone(await followUpApi.act(caseId, rec.id, body)));
  };
  return (
    <StepFormShell action={action} ns="followup.step" leadsToNs={null} run={run} date={{ value: date, onChange: setDate }} note={[note, setNote]} onSubmit={submit}>
      {money && (
        <>
          {rec.recovery && <p className="small strong">{t('followup.step.remaining', { amount: formatMoney(rec.recovery.remaining) })}</p>}
          <div className="form-grid">
            <DateInput label={t('followup.step.paidOn')} value={paidOn} onChange={setPaidOn} />
            <TextField label={t('followup.step.paidAmount')} value={amount} inputMode="numeric" maxLength={25} error={submitted ? errors.amount : null} onChange={(e) => setAmount(e.target.value)} />
          </div>
          <TextField label={t('followup.step.document')} value={document} maxLength={300} onChange={(e) => setDocument(e.target.value)} />
        </>
      )}
      {REASONED.has(action.event) && <TextAreaField label={t('followup.step.reason')} value={reason} rows={3} maxLength={2000} required markRequired error={submitted ? errors.reason : null} onChange={(e) => setReason(e.target.value)} />}
    </StepFormShell>
  );
}

/** The follow-up steps of one recommendation (GET …/actions), blocked ones with the reason and article; a form per step. */
function StepsDialog({ caseId, rec, onDone }: { caseId: string; rec: Recommendation; onDone(f: FollowUp): void }) {
  const loaded = useApi((signal) => followUpApi.actions(caseId, rec.id, signal), [rec.id, rec.status, rec.steps.length]);
  const [open, setOpen] = useState<RecommendationAction | null>(null);
  if (open) return <StepForm caseId={caseId} rec={rec} action={open} onDone={onDone} />;
  return <LoadedSteps loaded={loaded} ns="followup.step" idPrefix="rstep" onOpen={(a) => setOpen(a)} />;
}

/** The chief inspector opens an inspection of the implementation, pre-filled from the recommendation (Art 55). */
function FollowUpInspectionForm({ caseId, rec }: { caseId: string; rec: Recommendation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [decisionNo, setDecisionNo] = useState('');
  const [decisionDate, setDecisionDate] = useState(todayIso());
  const [duration, setDuration] = useState('30');
  const run = useAction();
  const days = Number(duration);
  const invalid = !Number.isInteger(days) || days < 1 || days > 365;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (invalid) return;
    await run.run(async () => {
      const created = await followUpApi.followUpInspection(caseId, rec.id, { decisionDate, durationDays: days, ...(decisionNo.trim() ? { decisionNo: decisionNo.trim() } : {}) });
      navigate(`/inspections/${created.id}`, { state: { flash: t('followup.inspection.created', { caseNo: created.caseNo }) } });
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('followup.inspection.heading', { seq: String(rec.seq) })}>
      <p className="small muted">{t('followup.inspection.intro')}</p>
      <ErrorMessage message={run.error} />
      <TextField label={t('followup.inspection.decisionNo')} value={decisionNo} maxLength={100} onChange={(e) => setDecisionNo(e.target.value)} />
      <DateInput label={t('followup.inspection.decisionDate')} value={decisionDate} onChange={setDecisionDate} required />
      <TextField label={t('followup.inspection.duration')} value={duration} inputMode="numeric" maxLength={3} error={invalid ? t('followup.inspection.durationInvalid') : null} onChange={(e) => setDuration(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={run.busy}>
          {run.busy ? t('common.saving') : t('followup.inspection.submit')}
        </button>
      </div>
    </form>
  );
}

function RecommendationCard({ caseId, agencyId, rec, data, onChange, onSteps, onInspect }: { caseId: string; agencyId?: string; rec: Recommendation; data: FollowUp; onChange(f: FollowUp): void; onSteps(): void; onInspect(): void }) {
  const { t } = useTranslation();
  const remove = useAction();
  return (
    <li className={`recommendation-item${rec.overdue ? ' recommendation-overdue' : ''}`} aria-label={t('followup.recs.seq', { seq: String(rec.seq) })}>
      <p className="badge-row">
        <span className="strong">{t('followup.recs.seq', { seq: String(rec.seq) })}</span>
        <span className="badge">{rec.kindLabel}</span>
        <span className="badge badge-state">{rec.statusLabel}</span>
        {rec.overdue && <span className="badge badge-deadline-overdue">{t('followup.recs.overdue', { days: String(rec.daysOverdue) })}</span>}
      </p>
      <div className="letter-content">{rec.content}</div>
      <p className="small">
        {rec.addressee} · <span className={rec.overdue ? 'text-late strong' : 'strong'}>{t('followup.recs.due', { date: formatIsoDate(rec.dueDate) })}</span>
      </p>
      {rec.persons.length > 0 && <p className="small">{t('followup.recs.persons_', { list: rec.persons.join('; ') })}</p>}
      {rec.ruleName && <p className="small">{t('followup.recs.rule', { name: rec.ruleName, body: rec.ruleBody ?? '' })}</p>}
      {rec.agency && <p className="small">{t('followup.recs.agency_', { name: rec.agency })}</p>}
      <p className="deadline-basis">
        {t('petitionLabels.basis')}: {rec.basis}
      </p>
      <RecoveryProgress rec={rec} />
      {rec.followUpUser && <p className="small muted">{t('followup.recs.followUpOfficer', { name: rec.followUpUser.fullName })}</p>}
      {rec.followUpCase && (
        <p className="small">
          <Link to={`/inspections/${rec.followUpCase.id}`}>{t('followup.recs.followUpCase', { caseNo: rec.followUpCase.caseNo })}</Link>
        </p>
      )}
      {rec.steps.length > 0 && (
        <details className="small">
          <summary>{t('followup.recs.steps')}</summary>
          <ol className="rec-steps">
            {rec.steps.map((s, i) => (
              <li key={i}>
                {formatIsoDate(s.on)} — {s.label}
                {s.note ? `: ${s.note}` : ''} <span className="muted">({s.actorName})</span>
              </li>
            ))}
          </ol>
        </details>
      )}
      <ErrorMessage message={remove.error} />
      <div className="form-actions">
        {data.can.followUp && (
          <button type="button" className="btn btn-secondary btn-small" onClick={onSteps}>
            {t('followup.recs.stepsButton')}
          </button>
        )}
        {data.can.followUp && data.can.manage && agencyId && !['closed'].includes(rec.status) && <FollowUpAssign caseId={caseId} agencyId={agencyId} rec={rec} onChange={onChange} />}
        {data.can.followUp && data.can.manage && !rec.followUpCase && (FAILED.has(rec.status) || rec.overdue) && (
          <button type="button" className="btn btn-secondary btn-small" onClick={onInspect}>
            {t('followup.recs.openFollowUpInspection')}
          </button>
        )}
        {data.can.recommend && (
          <button type="button" className="btn btn-link btn-small" disabled={remove.busy} onClick={() => void remove.run(async () => onChange(await followUpApi.removeRecommendation(caseId, rec.id)))}>
            {t('followup.recs.remove')}
          </button>
        )}
      </div>
    </li>
  );
}

function RecommendationForm({ caseId, data, onChange }: { caseId: string; data: FollowUp; onChange(f: FollowUp): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<NewRecommendation['kind']>('recover_money');
  const [content, setContent] = useState('');
  const [addressee, setAddressee] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [amount, setAmount] = useState('');
  const [persons, setPersons] = useState('');
  const [ruleBody, setRuleBody] = useState('');
  const [ruleName, setRuleName] = useState('');
  const [agency, setAgency] = useState('');
  const [findingId, setFindingId] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const errors = {
    content: content.trim().length < 5 ? t('followup.recs.contentRequired') : null,
    addressee: addressee.trim().length < 2 ? t('followup.recs.addresseeRequired') : null,
    dueDate: !dueDate ? t('followup.recs.dueRequired') : null,
    amount: kind === 'recover_money' && !(/^\d+$/.test(digits(amount)) && Number(digits(amount)) > 0) ? t('followup.recs.amountRequired') : null,
  };
  const shown = (k: keyof typeof errors) => (submitted ? errors[k] : null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    const body: NewRecommendation = { kind, content: content.trim(), addressee: addressee.trim(), dueDate };
    if (kind === 'recover_money') body.amountVnd = Number(digits(amount));
    if (kind === 'discipline') body.persons = persons.split('\n').map((p) => p.trim()).filter(Boolean);
    if (kind === 'amend_rules') Object.assign(body, { ruleBody: ruleBody.trim(), ruleName: ruleName.trim() });
    if (kind === 'transfer_investigation') body.agency = agency.trim();
    if (findingId) body.findingId = findingId;
    await action.run(async () => {
      onChange(await followUpApi.addRecommendation(caseId, body));
      setContent('');
      setAmount('');
      setPersons('');
      setSubmitted(false);
      return t('followup.recs.added');
    });
  };
  return (
    <form className="form sub-form" onSubmit={submit} noValidate aria-label={t('followup.recs.add')}>
      <h3>{t('followup.recs.add')}</h3>
      <div className="form-grid">
        <SelectField label={t('followup.recs.kind')} value={kind} onChange={(e) => setKind(e.target.value as NewRecommendation['kind'])}>
          {RECOMMENDATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`followup.recs.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <DateInput label={t('followup.recs.dueDate')} value={dueDate} onChange={setDueDate} required error={shown('dueDate')} />
      </div>
      <TextAreaField label={t('followup.recs.content')} value={content} rows={3} maxLength={5000} required markRequired error={shown('content')} onChange={(e) => setContent(e.target.value)} />
      <TextField label={t('followup.recs.addressee')} value={addressee} maxLength={300} required markRequired error={shown('addressee')} onChange={(e) => setAddressee(e.target.value)} />
      {kind === 'recover_money' && <TextField label={t('followup.recs.amount')} value={amount} inputMode="numeric" maxLength={25} required markRequired error={shown('amount')} onChange={(e) => setAmount(e.target.value)} />}
      {kind === 'discipline' && <TextAreaField label={t('followup.recs.persons')} value={persons} rows={3} onChange={(e) => setPersons(e.target.value)} />}
      {kind === 'amend_rules' && (
        <div className="form-grid">
          <TextField label={t('followup.recs.ruleBody')} value={ruleBody} maxLength={300} onChange={(e) => setRuleBody(e.target.value)} />
          <TextField label={t('followup.recs.ruleName')} value={ruleName} maxLength={500} onChange={(e) => setRuleName(e.target.value)} />
        </div>
      )}
      {kind === 'transfer_investigation' && <TextField label={t('followup.recs.agency')} value={agency} maxLength={300} onChange={(e) => setAgency(e.target.value)} />}
      {data.findings.length > 0 && (
        <SelectField label={t('followup.findings.description')} value={findingId} onChange={(e) => setFindingId(e.target.value)}>
          <option value="">—</option>
          {data.findings.map((f) => (
            <option key={f.id} value={f.id}>
              {t('followup.findings.seq', { seq: String(f.seq) })}: {f.description.slice(0, 80)}
            </option>
          ))}
        </SelectField>
      )}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('followup.recs.submit')}
        </button>
      </div>
    </form>
  );
}

/** Recommendations of the conclusion with their follow-up: steps, recovered money, follow-up inspection (Art 36, 53–55). */
export function RecommendationsPanel({ caseId, agencyId, data, onChange }: { caseId: string; agencyId?: string; data: FollowUp; onChange(f: FollowUp): void }) {
  const { t } = useTranslation();
  const [steps, setSteps] = useState<Recommendation | null>(null);
  const [inspect, setInspect] = useState<Recommendation | null>(null);
  const current = steps ? (data.recommendations.find((r) => r.id === steps.id) ?? steps) : null;
  if (data.recommendations.length === 0 && !data.can.recommend) return null;
  return (
    <section className="card recommendations-panel" aria-labelledby="recs-title">
      <h2 id="recs-title">{t('followup.recs.heading')}</h2>
      <p className="small muted">{t('followup.recs.intro')}</p>
      {data.can.followUp && data.recommendations.length > 0 && <p className="small">{t('followup.recs.frozen')}</p>}
      {data.recommendations.length === 0 ? (
        <p className="empty">{t('followup.recs.none')}</p>
      ) : (
        <ol className="recommendation-list">
          {data.recommendations.map((r) => (
            <RecommendationCard key={r.id} caseId={caseId} agencyId={agencyId} rec={r} data={data} onChange={onChange} onSteps={() => setSteps(r)} onInspect={() => setInspect(r)} />
          ))}
        </ol>
      )}
      {data.can.recommend && <RecommendationForm caseId={caseId} data={data} onChange={onChange} />}
      <Dialog title={current ? t('followup.step.heading', { seq: String(current.seq) }) : ''} open={!!current} onClose={() => setSteps(null)} variant="modal">
        {current && (
          <StepsDialog
            key={`${current.id}|${current.status}|${current.steps.length}`}
            caseId={caseId}
            rec={current}
            onDone={(f) => {
              setSteps(null);
              onChange(f);
            }}
          />
        )}
      </Dialog>
      <Dialog title={inspect ? t('followup.inspection.heading', { seq: String(inspect.seq) }) : ''} open={!!inspect} onClose={() => setInspect(null)} variant="modal">
        {inspect && <FollowUpInspectionForm caseId={caseId} rec={inspect} />}
      </Dialog>
    </section>
  );
}
