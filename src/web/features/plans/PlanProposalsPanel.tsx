import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { ListResults, Pager } from '../../components/ListControls';
import { formatIsoDate, formatNumber } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi, useDebounced } from '../../lib/useApi';
import { VSIC_SECTIONS } from '../../../shared/domain/subjects/indicators/vsic';
import { plansApi, type PlanDetail, type Proposal } from './api';
import { PLAN_TOPICS, topicLabel } from './model';

const PAGE_SIZE = 20;

/** Adds the picked proposals to the draft plan: content, lead unit, quarter; each item keeps its score and reasons. */
function AcceptForm({ plan, picked, onDone }: { plan: PlanDetail; picked: Proposal[]; onDone(p: PlanDetail): void }) {
  const { t } = useTranslation();
  const [content, setContent] = useState('');
  const [lead, setLead] = useState('');
  const [quarter, setQuarter] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const run = useAction();
  const errors = { content: content.trim().length < 10 ? t('proposals.accept.contentRequired') : null, lead: lead.trim().length < 2 ? t('proposals.accept.leadRequired') : null };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (errors.content || errors.lead) return;
    await run.run(async () => onDone(await plansApi.acceptProposals(plan.id, plan.version, { subjectIds: picked.map((p) => p.subjectId), content: content.trim(), leadUnit: lead.trim(), plannedQuarter: quarter ? Number(quarter) : undefined })));
  };
  return (
    <form className="form proposal-accept" onSubmit={submit} noValidate aria-labelledby="proposal-accept-title">
      <h3 id="proposal-accept-title">{t('proposals.accept.heading', { count: picked.length })}</h3>
      <p className="small muted">{picked.map((p) => p.name).join('; ')}</p>
      <ErrorMessage message={run.error} />
      <TextAreaField label={t('proposals.accept.content')} value={content} rows={2} maxLength={5000} required markRequired error={submitted ? errors.content : null} onChange={(e) => setContent(e.target.value)} />
      <div className="form-row">
        <TextField label={t('proposals.accept.lead')} value={lead} maxLength={300} required markRequired error={submitted ? errors.lead : null} onChange={(e) => setLead(e.target.value)} />
        <SelectField label={t('proposals.accept.quarter')} value={quarter} onChange={(e) => setQuarter(e.target.value)}>
          <option value="">{t('proposals.accept.wholeYear')}</option>
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={q}>
              {t('proposals.accept.q', { q })}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={run.busy}>
          {run.busy ? t('common.saving') : t('proposals.accept.submit')}
        </button>
      </div>
    </form>
  );
}

/**
 * "Đề xuất theo rủi ro" on the plan page (issue 7 item 6): the ranked candidates of the plan's agency and year in a
 * sector, with the score, the indicators that weigh most and the years since the last inspection; on request the
 * subjects the law keeps out now, each with its article; picked proposals become items of the draft.
 */
export function PlanProposalsPanel({ plan, onChange }: { plan: PlanDetail; onChange(p: PlanDetail): void }) {
  const { t } = useTranslation();
  const [section, setSection] = useState('');
  const [code, setCode] = useState('');
  const [topic, setTopic] = useState('');
  const [excluded, setExcluded] = useState(false);
  const [page, setPage] = useState(0);
  const [picked, setPicked] = useState<Map<string, Proposal>>(new Map());
  const codeQ = useDebounced(code.trim(), 300);
  const vsic = codeQ || section || undefined;
  const list = useApi(
    (signal) => plansApi.proposals(plan.id, { vsic, topics: topic || undefined, excluded: excluded ? 'true' : undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal),
    [plan.id, plan.version, vsic, topic, excluded, page],
  );
  const reset = (f: () => void) => {
    f();
    setPage(0);
  };
  const toggle = (p: Proposal) =>
    setPicked((m) => {
      const next = new Map(m);
      if (next.has(p.subjectId)) next.delete(p.subjectId);
      else next.set(p.subjectId, p);
      return next;
    });
  const columns = excluded ? [t('proposals.col.subject'), t('proposals.col.score'), t('proposals.col.why')] : [...(plan.can.editItems ? [t('proposals.col.pick')] : []), t('proposals.col.rank'), t('proposals.col.subject'), t('proposals.col.score'), t('proposals.col.reasons'), t('proposals.col.last')];
  const data = list.data;
  return (
    <section className="card plan-proposals" aria-labelledby="plan-proposals-title">
      <div className="card-head">
        <h2 id="plan-proposals-title">{t('proposals.title')}</h2>
        {data && (
          <button type="button" className="btn btn-secondary btn-small" aria-pressed={excluded} onClick={() => reset(() => setExcluded(!excluded))}>
            {excluded ? t('proposals.showProposals') : t('proposals.showExcluded', { count: data.excludedTotal })}
          </button>
        )}
      </div>
      <p className="small muted">{t('proposals.intro')}</p>
      <div className="filters proposal-filters">
        <SelectField label={t('proposals.sector')} value={section} onChange={(e) => reset(() => setSection(e.target.value))}>
          <option value="">{t('proposals.allSectors')}</option>
          {Object.entries(VSIC_SECTIONS).map(([k, v]) => (
            <option key={k} value={k}>
              {k} — {v}
            </option>
          ))}
        </SelectField>
        <TextField label={t('proposals.code')} help={t('proposals.codeHelp')} value={code} inputMode="numeric" maxLength={5} onChange={(e) => reset(() => setCode(e.target.value.replace(/\D/g, '')))} />
        <SelectField label={t('proposals.topic')} value={topic} onChange={(e) => reset(() => setTopic(e.target.value))}>
          <option value="">{t('proposals.anyTopic')}</option>
          {PLAN_TOPICS.map((x) => (
            <option key={x} value={x}>
              {topicLabel(x)}
            </option>
          ))}
        </SelectField>
      </div>
      <ListResults loading={list.loading} error={list.error} hasData={!!data} empty={data?.items.length === 0} emptyText={t('proposals.empty')} caption={excluded ? t('proposals.excludedCaption') : t('proposals.caption')} className="proposal-table" columns={columns} reload={list.reload}>
        {data?.items.map((p, n) => (
          <tr key={p.subjectId} className={picked.has(p.subjectId) ? 'row-selected' : undefined}>
            {!excluded && plan.can.editItems && (
              <td data-label={columns[0]}>
                <input type="checkbox" checked={picked.has(p.subjectId)} aria-label={t('proposals.pick', { name: p.name })} onChange={() => toggle(p)} />
              </td>
            )}
            {!excluded && (
              <td data-label={t('proposals.col.rank')} className="mono">
                {page * PAGE_SIZE + n + 1}
              </td>
            )}
            <td data-label={t('proposals.col.subject')}>
              <span className="strong">{p.name}</span>
              <div className="small muted">
                {p.taxCode && <span className="mono">{p.taxCode}</span>}
                {p.sector && <> · {p.vsicCode} ({p.sector})</>}
              </div>
            </td>
            <td data-label={t('proposals.col.score')} className="nowrap">
              {p.score === null ? (
                <span className="muted">{t('proposals.noScore')}</span>
              ) : (
                <>
                  <span className="strong mono">{formatNumber(p.score)}</span> <span className={`badge risk-level risk-level-${p.level}`}>{t(`risk.levels.${p.level as 'none'}`, { defaultValue: p.level ?? '' })}</span>
                </>
              )}
            </td>
            {excluded ? (
              <td data-label={t('proposals.col.why')}>
                <ul className="proposal-why">
                  {p.exclusions.map((e) => (
                    <li key={e.code + e.message}>
                      {e.message}
                      <div className="small muted">
                        {t('petitionLabels.basis')}: {e.basis}
                      </div>
                    </li>
                  ))}
                </ul>
              </td>
            ) : (
              <>
                <td data-label={t('proposals.col.reasons')}>
                  {p.top.length === 0 ? (
                    <span className="small muted">{t('proposals.noIndicator')}</span>
                  ) : (
                    <ul className="proposal-reasons">
                      {p.top.map((x) => (
                        <li key={x.key}>
                          {x.name} <span className="mono small">+{formatNumber(x.contribution)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={t('proposals.col.last')}>{p.lastInspectionOn ? t('proposals.yearsAgo', { date: formatIsoDate(p.lastInspectionOn), years: p.yearsSinceInspection }) : <span className="muted">{t('proposals.never')}</span>}</td>
              </>
            )}
          </tr>
        ))}
      </ListResults>
      {data && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} caption={t('proposals.caption')} range={(r) => t('proposals.range', r)} onPage={setPage} />}
      {!excluded && picked.size > 0 && plan.can.editItems && (
        <AcceptForm
          plan={plan}
          picked={[...picked.values()]}
          onDone={(p) => {
            setPicked(new Map());
            onChange(p);
          }}
        />
      )}
    </section>
  );
}
