import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { DateInput } from '../../components/DateInput';
import { FactList } from '../../components/FactList';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { tDynamic } from '../../i18n';
import { formatIsoDate, formatMoney, formatNumber, todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { SANCTION_MACHINE } from '../../../shared/domain/sanctions/machine';
import { Timeline } from '../petitions/PetitionDetailPage';
import { sanctionsApi, type SanctionDetail } from './api';
import { formLabel, sanctionStatusLabel, versionLabel } from './model';
import { StepsPanel } from './StepsPanel';

const eventLabel = (event: string) => tDynamic(`sanctions.events.${event}`, SANCTION_MACHINE.transitions.find((x) => x.event === event)?.labelVi ?? event);

function Facts({ detail: c }: { detail: SanctionDetail }) {
  const { t } = useTranslation();
  return (
    <FactList
      rows={[
        [t('sanctions.agency'), c.agencyName],
        [t('sanctions.facts.violator'), `${c.violatorName} (${t(`sanctions.kinds.${c.violatorKind as 'individual' | 'organisation'}`)})`],
        [t('sanctions.facts.taxCode'), c.taxCode],
        [t('sanctions.facts.subject'), c.subjectId ? <Link to={`/subjects/${c.subjectId}`}>{c.subjectName}</Link> : null],
        [t('sanctions.facts.idNo'), c.violatorIdNo],
        [t('sanctions.facts.address'), c.violatorAddress],
        [t('sanctions.facts.field'), c.field],
        [t('sanctions.facts.provision'), c.legalProvision],
        [t('sanctions.facts.bracket'), `${formatMoney(c.bracketMinIndividual)} – ${formatMoney(c.bracketMaxIndividual)}`],
        [t('sanctions.facts.fieldMax'), c.fieldMaxIndividual !== null ? formatMoney(c.fieldMaxIndividual) : null],
        [t('sanctions.facts.violationOn'), c.violationOn ? formatIsoDate(c.violationOn) : null],
        [t('sanctions.facts.endedOn'), c.violationState === 'ongoing' ? t('sanctions.facts.ongoing') : formatIsoDate(c.violationEndedOn)],
        [t('sanctions.facts.detectedOn'), formatIsoDate(c.detectedOn)],
        [t('sanctions.facts.place'), c.place],
        [t('sanctions.facts.inspection'), c.inspectionCaseId ? <Link to={`/inspections/${c.inspectionCaseId}`}>{c.inspectionCaseNo}</Link> : null],
        [t('sanctions.facts.record'), c.recordNo ? `${c.recordNo} — ${formatIsoDate(c.recordOn)}` : null],
        [t('sanctions.facts.version'), versionLabel(c.xlvphcVersion)],
      ]}
    />
  );
}

/** "Thời hạn, thời hiệu": the clocks computed by the rules, each with its article and how it was counted. */
function ClocksPanel({ detail }: { detail: SanctionDetail }) {
  const { t } = useTranslation();
  return (
    <section className="card inspection-deadlines" aria-labelledby="clocks-title">
      <h2 id="clocks-title">{t('sanctions.clocks.heading')}</h2>
      <ul className="deadline-list">
        {detail.clocks.map((k) => (
          <li key={k.id} className={k.status === 'overdue' ? 'deadline-overdue' : undefined}>
            <span className="deadline-label">
              {k.label} <span className={`badge badge-clock-${k.status === 'done' ? 'stopped' : 'running'}`}>{t(`sanctions.clocks.${k.status}`)}</span>
            </span>
            <span className={k.status === 'overdue' ? 'text-late strong' : 'strong'}>{formatIsoDate(k.dueDate)}</span>
            <span className="deadline-basis">
              {t('petitionLabels.basis')}: {k.basis}
            </span>
            {k.explanation.length > 0 && (
              <details className="small">
                <summary>{t('sanctions.clocks.explain')}</summary>
                <ul>
                  {k.explanation.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DecisionPanel({ detail: c }: { detail: SanctionDetail }) {
  const { t } = useTranslation();
  const d = c.decision;
  if (!d) return null;
  return (
    <section className="card" aria-labelledby="decision-title">
      <h2 id="decision-title">{t('sanctions.decisionPanel.heading')}</h2>
      <FactList
        rows={[
          [t('sanctions.decisionPanel.number'), c.decisionNo],
          [t('sanctions.decisionPanel.date'), formatIsoDate(c.decidedOn)],
          [t('sanctions.decisionPanel.signer'), d.signerName ? `${d.signerName} — ${d.signerTitleLabel ?? ''}` : null],
          [t('sanctions.decisionPanel.forms'), d.forms.map(formLabel).join('; ') + (c.fineAmount !== null ? ` — ${formatMoney(c.fineAmount)}` : '')],
          [t('sanctions.decisionPanel.additional'), d.additionalPenalties.join('; ') || null],
          [t('sanctions.decisionPanel.remedial'), d.remedialMeasures.join('; ') || null],
          [t('sanctions.decisionPanel.receivedOn'), d.receivedOn ? formatIsoDate(d.receivedOn) : null],
          [t('sanctions.decisionPanel.instalments'), d.instalments.length ? d.instalments.map((i) => `${formatIsoDate(i.dueOn)}: ${formatMoney(i.amount)}`).join('; ') : null],
          [t('sanctions.decisionPanel.postponedUntil'), d.postponedUntil ? formatIsoDate(d.postponedUntil) : null],
          [t('sanctions.decisionPanel.executionLimit'), d.executionLimitationEnd ? formatIsoDate(d.executionLimitationEnd) : null],
        ]}
      />
      {c.documents.length > 0 && (
        <>
          <h3>{t('sanctions.documents.heading')}</h3>
          <ul className="document-list">
            {c.documents.map((doc) => (
              <li key={doc.id}>
                <span className="strong">
                  {doc.number} — {formatIsoDate(doc.issuedOn)}
                </span>{' '}
                <a href={sanctionsApi.fileUrl(c.id, doc.id, 'pdf')}>{t('sanctions.documents.pdf')}</a> · <a href={sanctionsApi.fileUrl(c.id, doc.id, 'docx')}>{t('sanctions.documents.docx')}</a>
                {doc.status === 'signed' && (
                  <>
                    {' '}
                    · <a href={sanctionsApi.fileUrl(c.id, doc.id, 'signed')}>{t('sanctions.documents.signed')}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const EXECUTING = new Set(['delivered', 'instalments', 'postponed', 'overdue', 'enforcement_decided']);
const digits = (v: string) => v.replace(/\D/g, '');
const grouped = (v: string) => digits(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** The fine: amount, paid, balance, late fee (Art 78(1)) and each payment with its late days; the form to record one. */
function PaymentsPanel({ detail: c, onChange }: { detail: SanctionDetail; onChange(d: SanctionDetail): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ paidOn: todayIso(), amount: '', lateFee: '', receiptNo: '' });
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  const l = c.ledger;
  if (!l) return null;
  const can = c.canManage && EXECUTING.has(c.status);
  const errors = { amount: digits(form.amount) === '' && digits(form.lateFee) === '' ? t('sanctions.payments.amountRequired') : null, receiptNo: form.receiptNo.trim() ? null : t('sanctions.payments.receiptRequired') };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    const ok = await run.run(async () => onChange(await sanctionsApi.pay(c.id, { paidOn: form.paidOn, amount: Number(digits(form.amount) || 0), lateFeeAmount: Number(digits(form.lateFee) || 0), receiptNo: form.receiptNo.trim() })));
    if (ok) {
      setForm({ paidOn: todayIso(), amount: '', lateFee: '', receiptNo: '' });
      setSubmitted(false);
    }
  };
  const cols = [t('sanctions.payments.paidOn'), t('sanctions.payments.receiptNo'), t('sanctions.payments.amount'), t('sanctions.payments.lateDays'), t('sanctions.payments.lateFee')];
  return (
    <section className="card payments-panel" aria-labelledby="payments-title">
      <h2 id="payments-title">{t('sanctions.payments.heading')}</h2>
      <dl className="money-summary">
        <div>
          <dt>{t('sanctions.payments.fine')}</dt>
          <dd>{formatMoney(l.fine)}</dd>
        </div>
        <div>
          <dt>{t('sanctions.payments.paid')}</dt>
          <dd>{formatMoney(l.paid)}</dd>
        </div>
        <div className={l.balance > 0 && l.overdue ? 'money-late' : undefined}>
          <dt>{t('sanctions.payments.balance')}</dt>
          <dd>{formatMoney(l.balance)}</dd>
        </div>
        <div className={l.lateFeeOwed > 0 ? 'money-late' : undefined}>
          <dt>{t('sanctions.payments.lateFeeOwed')}</dt>
          <dd>{formatMoney(l.lateFeeOwed)}</dd>
        </div>
        {l.nextDue && (
          <div>
            <dt>{t('sanctions.payments.nextDue')}</dt>
            <dd>{formatIsoDate(l.nextDue)}</dd>
          </div>
        )}
      </dl>
      <p className="small muted">
        {t('petitionLabels.basis')}: {l.basis}
      </p>
      {l.explanation.length > 0 && (
        <ul className="small">
          {l.explanation.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {c.payments.length === 0 ? (
        <p className="muted small">{t('sanctions.payments.none')}</p>
      ) : (
        <table className="table compact-table">
          <caption className="visually-hidden">{t('sanctions.payments.caption')}</caption>
          <thead>
            <tr>
              {cols.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.payments.map((p) => (
              <tr key={p.id}>
                <td data-label={cols[0]}>{formatIsoDate(p.paidOn)}</td>
                <td data-label={cols[1]} className="mono">
                  {p.receiptNo}
                </td>
                <td data-label={cols[2]} className="cell-money">
                  {formatMoney(p.amount)}
                  {p.lateFeeAmount > 0 && <div className="small muted">+ {formatMoney(p.lateFeeAmount)}</div>}
                </td>
                <td data-label={cols[3]}>{formatNumber(p.lateDays)}</td>
                <td data-label={cols[4]} className="cell-money">
                  {formatMoney(p.lateFee)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can && (
        <form className="form payment-form" onSubmit={submit} noValidate aria-label={t('sanctions.payments.add')}>
          <h3>{t('sanctions.payments.add')}</h3>
          <ErrorMessage message={run.error} />
          <div className="form-grid">
            <DateInput label={t('sanctions.payments.paidOn')} value={form.paidOn} onChange={(paidOn) => setForm((f) => ({ ...f, paidOn }))} required />
            <TextField label={t('sanctions.payments.receiptNo')} value={form.receiptNo} maxLength={100} required markRequired error={submitted ? errors.receiptNo : null} onChange={(e) => setForm((f) => ({ ...f, receiptNo: e.target.value }))} />
            <TextField label={t('sanctions.payments.amount')} value={grouped(form.amount)} inputMode="numeric" error={submitted ? errors.amount : null} onChange={(e) => setForm((f) => ({ ...f, amount: digits(e.target.value) }))} />
            <TextField label={t('sanctions.payments.lateFeeAmount')} value={grouped(form.lateFee)} inputMode="numeric" onChange={(e) => setForm((f) => ({ ...f, lateFee: digits(e.target.value) }))} />
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={run.busy}>
              {run.busy ? t('common.saving') : t('sanctions.payments.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** One sanction case: violation, next steps, decision and its documents, fine and payments, clocks, timeline. */
export function SanctionDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const loaded = useApi((signal) => sanctionsApi.get(id, signal), [id]);
  const c = loaded.data;
  if (loaded.loading && !c) return <Loading />;
  if (!c) return <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;
  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.back')}>
        <Link to="/sanctions">{t('sanctions.backToList')}</Link>
      </nav>
      <div className="page-header petition-head">
        <div>
          <p className="eyebrow">
            {t('sanctions.caseNo')} <span className="mono strong">{c.caseNo}</span> · {c.agencyName}
          </p>
          <h1 id="page-title" tabIndex={-1}>
            {c.violatorName}
          </h1>
          <p className="badge-row">
            <span className="badge badge-state">{sanctionStatusLabel(c.status, c.statusLabel)}</span>
            <span className="badge">{versionLabel(c.xlvphcVersion)}</span>
            {c.overdue && <span className="badge badge-deadline-overdue">{t('sanctions.overdueBadge')}</span>}
            {c.balance > 0 && (
              <span className="badge badge-warning">
                {t('sanctions.balance')}: {formatMoney(c.balance)}
              </span>
            )}
          </p>
        </div>
      </div>
      <StatusMessage message={flash} />
      <div className="detail-grid">
        <div className="detail-main">
          <section className="card">
            <h2>{t('sanctions.violation')}</h2>
            <div className="letter-content">{c.act}</div>
            <p className="small muted">{c.legalProvision}</p>
          </section>
          <StepsPanel detail={c} onChange={loaded.setData} />
          <DecisionPanel detail={c} />
          <PaymentsPanel detail={c} onChange={loaded.setData} />
        </div>
        <div className="detail-side">
          <section className="card" aria-label={t('sanctions.facts.violator')}>
            <Facts detail={c} />
          </section>
          <ClocksPanel detail={c} />
        </div>
      </div>
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('sanctions.timeline')}</h2>
        <Timeline events={c.events.map((e) => ({ at: e.at, actor: e.actorLabel, event: e.event, note: e.note, fromState: e.fromState, toState: e.toState }))} eventLabel={eventLabel} stateLabel={(s) => sanctionStatusLabel(s)} />
      </section>
    </>
  );
}
