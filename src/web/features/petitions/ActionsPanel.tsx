import { Fragment, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ApplyActionRequest, PetitionActionsResponse } from '../../../shared/contracts/petitions';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { api, errorMessage } from '../../lib/api';
import type { PetitionDetail } from '../../lib/endpoints';
import { useApi } from '../../lib/useApi';
import { AnonymousAssessmentFields, emptyAssessment, type Assessment } from './AnonymousAssessment';
import { PartsEditor, partsValid, type LetterPart } from './PartsEditor';
import { emptyRoute, ROUTED_EVENTS, RoutePicker, routeToOf, type RouteDraft } from './RoutePicker';
import { tDynamic } from '../../i18n';

export type PetitionAction = z.infer<typeof PetitionActionsResponse>[number];
type ActionBody = z.input<typeof ApplyActionRequest>;
/** Payload fields the form asks the officer for (never filled in from the step's required values). */
const ASKED = new Set(['withinCompetence', 'processable', 'classification', 'extensionDays', 'reasonCode', 'reasonText']);

type Payload = NonNullable<ActionBody['payload']>;

export const CLASSIFICATIONS = ['complaint', 'denunciation', 'petition', 'reflection', 'anonymous_information', 'mixed_content'] as const;
type Classification = (typeof CLASSIFICATIONS)[number];

const path = (id: string) => `/petitions/${encodeURIComponent(id)}/actions`;
export const actionsApi = {
  list: (id: string, signal?: AbortSignal) => api.get<PetitionAction[]>(path(id), { signal }),
  apply: (id: string, body: ActionBody) => api.post<PetitionDetail>(path(id), body),
};

type Draft = { classification: Classification | ''; parts: LetterPart[]; assessment: Assessment; withinCompetence: boolean; processable: boolean; reasonCode: string; reasonText: string; note: string; extensionDays: string; choices: Record<string, string>; grounds: string[] };
const emptyDraft = (): Draft => ({ classification: '', assessment: emptyAssessment(), parts: [{ kind: 'complaint', summary: '' }, { kind: 'petition', summary: '' }], withinCompetence: true, processable: true, reasonCode: '', reasonText: '', note: '', extensionDays: '', choices: {}, grounds: [] });

function ActionForm({ letterId, action, onDone }: { letterId: string; action: PetitionAction; onDone(detail: PetitionDetail): void }) {
  const { t, i18n } = useTranslation();
  const [d, setD] = useState<Draft>(emptyDraft);
  const [route, setRoute] = useState<RouteDraft>(emptyRoute);
  const routed = ROUTED_EVENTS.has(action.event);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needs = (r: string) => action.requires.includes(r);
  const choiceFields = Object.entries(action.choices ?? {}).filter(([field]) => field !== 'reresolutionGrounds');
  const codes = action.reasonCodes ?? [];
  // Values the step declares by itself; a field the form asks (competence, processable) stays the officer's answer,
  // and the server refuses the step, with its article, when the answer is not the one the step requires.
  const fixed = Object.entries(action.fixed ?? {}).filter(([field]) => !ASKED.has(field));
  const set = (patch: Partial<Draft>) => setD((v) => ({ ...v, ...patch }));

  const days = Number(d.extensionDays);
  const errors = {
    classification: needs('classification') && !d.classification ? t('petitionActions.classificationRequired') : null,
    parts: needs('classification') && d.classification === 'mixed_content' && !partsValid(d.parts) ? t('split.needTwo') : null,
    reasonCode: needs('reasonCode') && !d.reasonCode.trim() ? t('petitionActions.reasonCodeRequired') : null,
    reasonText: needs('reasonText') && !d.reasonText.trim() ? t('petitionActions.reasonTextRequired') : null,
    extensionDays: needs('extensionDays') && !(Number.isInteger(days) && days >= 1 && days <= 90) ? t('petitionActions.extensionDaysInvalid') : null,
    choices: choiceFields.some(([field]) => !d.choices[field]) ? t('petitionActions.choiceRequired') : null,
    grounds: needs('reresolutionGrounds') && d.grounds.length === 0 ? t('petitionActions.groundsRequired') : null,
    route: routed && !routeToOf(route) ? t('petitionRouting.targetRequired') : null,
  };
  const invalid = Object.values(errors).some(Boolean);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (invalid) return;
    const payload: Payload = {};
    if (needs('classification') && d.classification) payload.classification = d.classification;
    if (needs('classification') && d.classification === 'mixed_content') payload.parts = d.parts.map((p) => ({ kind: p.kind, summary: p.summary.trim() }));
    if (needs('withinCompetence')) payload.withinCompetence = d.withinCompetence;
    if (needs('processable')) payload.processable = d.processable;
    if (needs('reasonCode')) payload.reasonCode = d.reasonCode.trim();
    if (needs('reasonText')) payload.reasonText = d.reasonText.trim();
    if (needs('extensionDays')) payload.extensionDays = days;
    if (needs('anonymousAssessment')) payload.anonymousAssessment = d.assessment;
    // What the step itself declares (K8: no divergence left; K19a: second invitation ignored) and the chosen values.
    Object.assign(payload, Object.fromEntries(fixed));
    for (const [field] of choiceFields) (payload as Record<string, unknown>)[field] = d.choices[field];
    if (needs('reresolutionGrounds')) (payload as Record<string, unknown>).reresolutionGrounds = d.grounds;
    const body: ActionBody = { target: action.target, event: action.event, payload };
    const routeTo = routed ? routeToOf(route) : null;
    if (routeTo) body.routeTo = routeTo;
    if (d.note.trim()) body.note = d.note.trim();
    setBusy(true);
    setError(null);
    try {
      onDone(await actionsApi.apply(letterId, body));
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="small muted">
        {t('petitionLabels.basis')}: {action.basis}
      </p>
      <ErrorMessage message={error} />
      {needs('classification') && (
        <SelectField
          label={t('petitionActions.classification')}
          value={d.classification}
          required
          markRequired
          error={submitted ? errors.classification : null}
          onChange={(e) => set({ classification: e.target.value as Classification })}
        >
          <option value="">{t('petitionActions.choose')}</option>
          {CLASSIFICATIONS.map((c) => (
            <option key={c} value={c}>
              {t(`petitionActions.classifications.${c}`)}
            </option>
          ))}
        </SelectField>
      )}
      {needs('classification') && d.classification === 'mixed_content' && <PartsEditor parts={d.parts} onChange={(parts) => set({ parts })} error={submitted ? errors.parts : null} />}
      {needs('withinCompetence') && (
        <div>
          <label className="check">
            <input type="checkbox" checked={d.withinCompetence} onChange={(e) => set({ withinCompetence: e.target.checked })} />
            {t('petitionActions.withinCompetence')}
          </label>
        </div>
      )}
      {needs('processable') && (
        <div>
          <label className="check">
            <input type="checkbox" checked={d.processable} onChange={(e) => set({ processable: e.target.checked })} />
            {t('petitionActions.processable')}
          </label>
        </div>
      )}
      {needs('reasonCode') &&
        (codes.length > 0 ? (
          <SelectField label={t('petitionActions.reasonCode')} value={d.reasonCode} required markRequired error={submitted ? errors.reasonCode : null} onChange={(e) => set({ reasonCode: e.target.value })}>
            <option value="">{t('petitionActions.choose')}</option>
            {codes.map((c) => (
              <option key={c.code} value={c.code} title={c.basis}>
                {i18n.language === 'en' ? c.labelEn : c.label} ({c.basis})
              </option>
            ))}
          </SelectField>
        ) : (
          <TextField
            label={t('petitionActions.reasonCode')}
            value={d.reasonCode}
            maxLength={60}
            required
            markRequired
            error={submitted ? errors.reasonCode : null}
            onChange={(e) => set({ reasonCode: e.target.value })}
          />
        ))}
      {choiceFields.map(([field, values]) => (
        <SelectField
          key={field}
          label={tDynamic(`petitionActions.fields.${field}`, field)}
          value={d.choices[field] ?? ''}
          required
          markRequired
          error={submitted && !d.choices[field] ? errors.choices : null}
          onChange={(e) => set({ choices: { ...d.choices, [field]: e.target.value } })}
        >
          <option value="">{t('petitionActions.choose')}</option>
          {values.map((v) => (
            <option key={v} value={v}>
              {tDynamic(`petitionActions.values.${v}`, v)}
            </option>
          ))}
        </SelectField>
      ))}
      {needs('reresolutionGrounds') && (
        <fieldset className="parts-editor">
          <legend>{t('petitionActions.fields.reresolutionGrounds')}</legend>
          {(action.choices?.reresolutionGrounds ?? []).map((v) => (
            <div key={v}>
              <label className="check">
                <input type="checkbox" checked={d.grounds.includes(v)} onChange={(e) => set({ grounds: e.target.checked ? [...d.grounds, v] : d.grounds.filter((x) => x !== v) })} />
                {tDynamic(`petitionActions.values.${v}`, v)}
              </label>
            </div>
          ))}
          {submitted && errors.grounds && <p className="field-error">{errors.grounds}</p>}
        </fieldset>
      )}
      {fixed.length > 0 && (
        <p className="small muted">
          {fixed
            .map(([field, value]) => tDynamic(`petitionActions.declares.${field}.${String(value)}`, `${field}: ${String(value)}`))
            .join(' ')}
        </p>
      )}
      {needs('reasonText') && (
        <TextAreaField
          label={t('petitionActions.reasonText')}
          value={d.reasonText}
          rows={3}
          maxLength={5000}
          required
          markRequired
          error={submitted ? errors.reasonText : null}
          onChange={(e) => set({ reasonText: e.target.value })}
        />
      )}
      {needs('anonymousAssessment') && <AnonymousAssessmentFields value={d.assessment} onChange={(assessment) => set({ assessment })} />}
      {needs('extensionDays') && (
        <TextField
          label={t('petitionActions.extensionDays')}
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          value={d.extensionDays}
          required
          markRequired
          error={submitted ? errors.extensionDays : null}
          onChange={(e) => set({ extensionDays: e.target.value })}
        />
      )}
      {routed && <RoutePicker value={route} onChange={setRoute} error={submitted ? errors.route : null} event={action.event} />}
      <TextAreaField label={t('petitionActions.note')} value={d.note} rows={2} maxLength={2000} onChange={(e) => set({ note: e.target.value })} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('petitionActions.submitting') : t('petitionActions.submit')}
        </button>
      </div>
    </form>
  );
}

type PanelAction = Pick<PetitionAction, 'target' | 'event' | 'label' | 'basis' | 'blockedBy' | 'machineLabel' | 'stateLabel'>;

/**
 * The actions a lifecycle table allows now, grouped by machine, each button with its legal basis or why it is blocked;
 * `renderForm` draws the dialog's form for the chosen action (letters and reception visits bring their own).
 */
export function LifecycleActionsPanel<A extends PanelAction>({ load, version, renderForm }: { load(signal: AbortSignal): Promise<A[]>; version: string; renderForm(action: A, close: () => void): ReactNode }) {
  const { t } = useTranslation();
  const loaded = useApi((signal) => load(signal), [version]);
  const [open, setOpen] = useState<A | null>(null);
  const actions = loaded.data ?? [];
  const groups = new Map<string, A[]>();
  for (const a of actions) {
    const key = `${a.target}|${a.machineLabel}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return (
    <section className="card" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('petitionActions.title')}</h2>
      {loaded.loading && !loaded.data ? (
        <Loading />
      ) : loaded.error ? (
        <ErrorMessage message={loaded.error} onRetry={loaded.reload} />
      ) : actions.length === 0 ? (
        <p className="muted">{t('petitionActions.none')}</p>
      ) : (
        [...groups.entries()].map(([key, list], g) => (
          <div key={key} role="group" aria-labelledby={`actions-group-${g}`} style={{ marginTop: 12 }}>
            <h3 id={`actions-group-${g}`} className="small strong">
              {list[0]!.machineLabel} <span className="badge">{list[0]!.stateLabel}</span>
            </h3>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' }}>
              {list.map((a) => (
                <li key={a.event} style={{ minWidth: 0 }}>
                  <button
                    type="button"
                    className="btn btn-secondary btn-block"
                    style={{ whiteSpace: 'normal', textAlign: 'left', height: 'auto' }}
                    disabled={!!a.blockedBy}
                    aria-describedby={`action-${a.target}-${a.event}`}
                    onClick={() => setOpen(a)}
                  >
                    {a.label}
                  </button>
                  <p id={`action-${a.target}-${a.event}`} className="small muted" style={{ margin: '4px 0 0', overflowWrap: 'anywhere' }}>
                    {a.blockedBy ? (
                      <>
                        <span className="strong">{t('petitionActions.blocked')}</span> {a.blockedBy}
                      </>
                    ) : (
                      a.basis
                    )}
                  </p>
                  {a.blockedBy && (
                    <p className="small muted" style={{ margin: '2px 0 0', overflowWrap: 'anywhere' }}>
                      {t('petitionLabels.basis')}: {a.basis}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      <Dialog title={open?.label ?? ''} open={!!open} onClose={() => setOpen(null)} variant="modal">
        {open && <Fragment key={`${open.target}-${open.event}`}>{renderForm(open, () => setOpen(null))}</Fragment>}
      </Dialog>
    </section>
  );
}

/** "Xử lý" on a letter's page: the letter's and its cases' actions. */
export function ActionsPanel({ letterId, version, onChanged }: { letterId: string; version: string; onChanged(detail: PetitionDetail): void }) {
  return (
    <LifecycleActionsPanel
      load={(signal) => actionsApi.list(letterId, signal)}
      version={`${letterId}|${version}`}
      renderForm={(action, close) => (
        <ActionForm
          letterId={letterId}
          action={action}
          onDone={(detail) => {
            close();
            onChanged(detail);
          }}
        />
      )}
    />
  );
}
