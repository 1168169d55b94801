import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Dialog } from '../../components/Dialog';
import { FactList } from '../../components/FactList';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { tDynamic } from '../../i18n';
import { formatDateTime, formatIsoDate } from '../../lib/format';
import { useAuth } from '../../lib/auth';
import { useApi } from '../../lib/useApi';
import { vsicLabel } from '../../../shared/domain/subjects/vsic-2018';
import { subjectsApi } from './api';
import { SubjectForm } from './SubjectForm';
import { FactsPanel } from './risk/FactsPanel';
import { ScorePanel } from './risk/ScorePanel';

const TABS = ['info', 'history', 'score'] as const;

/** A value of the history in the interface language (kinds and statuses by label). */
function historyValue(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (field === 'status') return tDynamic(`subjects.statuses.${String(v)}`, String(v));
  if (field === 'kind') return tDynamic(`subjects.kinds.${String(v)}`, String(v));
  if (field === 'establishedOn') return formatIsoDate(String(v));
  return String(v);
}

/** One managed subject: its registry facts and the history of their changes. */
export function SubjectDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const subject = useApi((signal) => subjectsApi.get(id, signal), [id]);
  const [params, setParams] = useSearchParams();
  const { can } = useAuth();
  const [editing, setEditing] = useState(false);
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as (typeof TABS)[number]) : 'info';
  if (subject.error) return <ErrorMessage message={subject.error} onRetry={subject.reload} />;
  if (!subject.data) return <Loading />;
  const s = subject.data;
  return (
    <>
      <p>
        <Link to="/subjects">← {t('subjects.title')}</Link>
      </p>
      <div className="page-header">
        <h1>{s.name}</h1>
        {can('subjects.manage') && (
          <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
            {t('subjectForm.edit')}
          </button>
        )}
      </div>
      <Dialog title={t('subjectForm.editTitle')} open={editing} onClose={() => setEditing(false)} variant="modal">
        {editing && (
          <SubjectForm
            subject={s}
            onDone={(next) => {
              setEditing(false);
              subject.setData(next);
            }}
          />
        )}
      </Dialog>
      <div className="risk-tabs" role="tablist" aria-label={s.name}>
        {TABS.map((k) => (
          <button key={k} type="button" role="tab" id={`tab-${k}`} aria-selected={tab === k} className={`btn btn-small${tab === k ? ' btn-primary' : ''}`} onClick={() => setParams({ tab: k }, { replace: true })}>
            {t(`risk.tabs.${k}`)}
          </button>
        ))}
      </div>
      {tab === 'history' ? <FactsPanel subjectId={s.id} /> : null}
      {tab === 'score' ? <ScorePanel subjectId={s.id} canRecompute={can('risk.warnings')} /> : null}
      {tab === 'info' ? (
      <>
      <section className="card">
        <FactList
          rows={[
            [t('subjects.taxCode'), <span className="mono">{s.taxCode}</span>],
            [t('subjects.kind'), t(`subjects.kinds.${s.kind}`)],
            [t('subjects.status'), t(`subjects.statuses.${s.status}`)],
            [t('subjects.address'), [s.address, s.communeName, s.provinceName].filter(Boolean).join(', ')],
            [t('subjects.oldCommune'), s.oldCommuneCode],
            [t('subjects.sector'), sectorText(s.vsicCode)],
            [t('subjects.legalRep'), [s.legalRepName, s.legalRepTitle].filter(Boolean).join(' — ')],
            [t('subjects.established'), formatIsoDate(s.establishedOn)],
            [t('subjects.agency'), s.managingAgencyName],
            [t('subjects.updatedAt'), formatDateTime(s.updatedAt)],
          ]}
        />
      </section>
      <section className="card">
        <h2>{t('subjects.history')}</h2>
        {s.history.length === 0 ? (
          <p className="muted">{s.importId ? t('subjects.fromImport') : t('subjects.noHistory')}</p>
        ) : (
          <ol className="timeline">
            {s.history.map((e) => (
              <li key={e.id}>
                <div className="small muted">
                  {formatDateTime(e.at)} · {t(`subjects.events.${e.kind as 'created'}`)} {e.actorName ? `· ${e.actorName}` : ''}
                </div>
                <ul className="small">
                  {Object.entries(e.changes).map(([field, [before, after]]) => (
                    <li key={field}>
                      {tDynamic(`subjects.fields.${field}`, field)}: {historyValue(field, before)} → {historyValue(field, after)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>
      </>
      ) : null}
    </>
  );
}

/** "4100 — Xây dựng nhà các loại (F — Xây dựng)": the code with its VSIC 2018 division and section names. */
function sectorText(code: string | null) {
  if (!code) return null;
  const l = vsicLabel(code);
  return l ? `${code} — ${l.divisionName} (${l.section} — ${l.sectionName})` : code;
}
