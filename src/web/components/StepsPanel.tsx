import { Fragment, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from './DateInput';
import { Dialog } from './Dialog';
import { ErrorMessage, Loading } from './Feedback';
import { TextAreaField } from './Field';

/** A step leaving a record's state as the server lists it (GET …/actions): label, article, what blocks it now. */
export type StepOption = { event: string; label: string; basis: string; to?: string | null; toLabel?: string | null; blockedBy: { message: string; basis: string } | null };
type Loaded<A> = { data: A[] | null | undefined; loading: boolean; error: string | null | undefined; reload(): void };

/** The i18n namespace of a record's step texts: heading, current, none, blocked, date, note, submit, leadsTo. */
export type StepsNs = 'inspections.steps' | 'sanctions.steps' | 'followup.step' | 'plans.steps';
function useNsText(ns: StepsNs) {
  const { t } = useTranslation();
  return (key: string, opts?: Record<string, string>) => (t as unknown as (k: string, o?: Record<string, string>) => string)(`${ns}.${key}`, opts);
}

/** What can be done now first, then what the rules block (greyed, with the reason and its article). */
const byAvailability = <A extends StepOption>(list: readonly A[]) => [...list].sort((a, b) => Number(!!a.blockedBy) - Number(!!b.blockedBy));

/**
 * The list of steps: a button per step with its article; a blocked one is disabled with the reason and article.
 * `render` replaces the button of a step taken elsewhere (e.g. a plan's amendment, from the items table).
 */
type ListProps<A> = { idPrefix: string; ns: StepsNs; disabled?: (a: A) => boolean; render?: (a: A) => ReactNode; hint?: (a: A) => ReactNode; keyOf?: (a: A) => string; onOpen(a: A): void };

export function StepList<A extends StepOption>(props: ListProps<A> & { actions: readonly A[] }) {
  const { t } = useTranslation();
  const text = useNsText(props.ns);
  return (
    <ul className="step-list">
      {byAvailability(props.actions).map((a) => (
        <li key={props.keyOf?.(a) ?? a.event} className={a.blockedBy ? 'step-blocked' : undefined}>
          {props.render?.(a) ?? (
            <button type="button" className="btn btn-secondary btn-block step-button" disabled={!!a.blockedBy || !!props.disabled?.(a)} aria-describedby={`${props.idPrefix}-${a.event}`} onClick={() => props.onOpen(a)}>
              {a.label}
            </button>
          )}
          <div id={`${props.idPrefix}-${a.event}`} className="small muted step-why">
            {a.blockedBy ? (
              <>
                <p>
                  <span className="strong">{text('blocked')}</span> {a.blockedBy.message}
                </p>
                <p>
                  {t('petitionLabels.basis')}: {a.blockedBy.basis}
                </p>
              </>
            ) : (
              <p>
                {t('petitionLabels.basis')}: {a.basis}
              </p>
            )}
            {props.hint?.(a)}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The loaded steps: loading, error with retry, "no step", or the list. */
export function LoadedSteps<A extends StepOption>({ loaded, ...list }: ListProps<A> & { loaded: Loaded<A> }) {
  const text = useNsText(list.ns);
  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error) return <ErrorMessage message={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data?.length) return <p className="muted">{text('none')}</p>;
  return <StepList actions={loaded.data} {...list} />;
}

/**
 * "Các bước tiếp theo" of a record (inspection case, annual plan, sanction case): the current state, every step leaving
 * it with its article, blocked ones greyed with the reason and article; choosing one opens its form in a dialog.
 */
export function StepsPanel<A extends StepOption>({ titleId, stateLabel, loaded, dialogTitle, form, ...list }: Omit<ListProps<A>, 'onOpen'> & {
  titleId: string;
  stateLabel: string;
  loaded: Loaded<A>;
  dialogTitle?: (a: A) => string;
  /** The form of a step; `done` closes the dialog. */
  form(a: A, done: () => void): ReactNode;
}) {
  const [open, setOpen] = useState<A | null>(null);
  const text = useNsText(list.ns);
  return (
    <section className="card next-steps" aria-labelledby={titleId}>
      <h2 id={titleId}>{text('heading')}</h2>
      <p className="small muted">
        {text('current')} <span className="badge badge-state">{stateLabel}</span>
      </p>
      <LoadedSteps loaded={loaded} {...list} onOpen={setOpen} />
      <Dialog title={open ? (dialogTitle?.(open) ?? open.label) : ''} open={!!open} onClose={() => setOpen(null)} variant="modal">
        {open && <Fragment key={open.event}>{form(open, () => setOpen(null))}</Fragment>}
      </Dialog>
    </section>
  );
}

/**
 * The frame every step form shares: the article, where the step leads, the server's refusal, the date it happened
 * (dd/mm/yyyy, not in the future), the fields of the step (`children`), a note and the submit button.
 */
export function StepFormShell(props: {
  action: StepOption;
  ns: StepsNs;
  /** Where the step leads is said with this namespace's `leadsTo` (none for a step that keeps the state). */
  leadsToNs?: StepsNs | null;
  run: { error: string | null | undefined; busy: boolean };
  date?: { value: string; onChange(v: string): void; onValidity?(valid: boolean): void; error?: string | null };
  note: [string, (v: string) => void];
  onSubmit(e: FormEvent): void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const text = useNsText(props.ns);
  const leads = useNsText(props.leadsToNs ?? props.ns);
  const { action, date } = props;
  return (
    <form className="form" onSubmit={props.onSubmit} noValidate aria-label={action.label}>
      <p className="small muted">
        {t('petitionLabels.basis')}: {action.basis}
      </p>
      {props.leadsToNs !== null && action.toLabel && <p className="small">{leads('leadsTo', { state: action.toLabel })}</p>}
      <ErrorMessage message={props.run.error} />
      {date && <DateInput label={text('date')} value={date.value} onChange={date.onChange} onValidity={date.onValidity} required error={date.error} />}
      {props.children}
      <TextAreaField label={text('note')} value={props.note[0]} rows={2} maxLength={2000} onChange={(e) => props.note[1](e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={props.run.busy}>
          {props.run.busy ? t('common.saving') : text('submit')}
        </button>
      </div>
    </form>
  );
}
