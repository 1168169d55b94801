import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, MEETING_MODES } from '../../../shared/domain/inspections/meetings';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { tDynamic } from '../../i18n';
import { useMe } from '../../lib/auth';
import { formatDateTime, formatIsoDate, todayIso } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import type { InspectionDetail } from './api';
import { insdocsApi, type Meeting, type Meetings } from './insdocsApi';

export const meetingKindLabel = (k: string) => tDynamic(`insdocs.meetingKinds.${k}`, k);
export const meetingModeLabel = (m: string) => tDynamic(`insdocs.meetingModes.${m}`, m);
const ORGANISERS = ['leader', 'deputy_leader', 'member_inspector'];

/** One meeting: kind, time, mode, place and link, attendees, minutes (text and signed file). */
export function MeetingCard({ meeting: m, fileUrl, children }: { meeting: Meeting; fileUrl(fileId: string): string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className={`request-item meeting-${m.status}`} aria-labelledby={`meeting-${m.id}`}>
      <div className="request-head">
        <h3 id={`meeting-${m.id}`}>{m.title}</h3>
        <span className="badge-row">
          <span className="badge badge-state">{meetingKindLabel(m.kind)}</span>
          <span className={`badge ${m.status === 'held' ? 'badge-active' : m.status === 'cancelled' ? '' : 'badge-warning'}`}>{tDynamic(`insdocs.meetingStatuses.${m.status}`, m.status)}</span>
        </span>
      </div>
      <p>
        <strong>{formatDateTime(m.startsAt)}</strong> · {t('insdocs.minutesLong', { n: String(m.durationMinutes) })} · {meetingModeLabel(m.mode)}
        {m.place ? ` · ${m.place}` : ''}
      </p>
      {m.videoLink && (
        <p>
          {t('insdocs.videoLink')}:{' '}
          <a href={m.videoLink} target="_blank" rel="noopener noreferrer" className="mono">
            {m.videoLink}
          </a>
        </p>
      )}
      <p className="small">
        {t('insdocs.attendees')}: {m.attendees.map((a) => `${a.name}${a.position ? ` (${a.position})` : ''}`).join('; ')}
      </p>
      <p className="deadline-basis">
        {t('petitionLabels.basis')}: {m.basis}
      </p>
      {m.status === 'held' && (
        <>
          <h4 className="small strong">{t('insdocs.minutesHeading', { date: formatIsoDate(m.heldOn) })}</h4>
          <div className="letter-content">{m.minutesText}</div>
          {m.minutesFile && (
            <p>
              <a href={fileUrl(m.minutesFile.id)} download>
                <Icon name="file" size={14} /> {m.minutesFile.name}
              </a>
            </p>
          )}
        </>
      )}
      {children}
    </li>
  );
}

function MinutesForm({ caseId, meeting, onDone }: { caseId: string; meeting: Meeting; onDone(m: Meetings): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [heldOn, setHeldOn] = useState(todayIso());
  const [file, setFile] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await action.run(async () => {
      onDone(await insdocsApi.minutes(caseId, meeting.id, text.trim(), heldOn, file));
      return t('insdocs.minutesSaved');
    });
  };
  return (
    <form className="form sub-form" onSubmit={submit} noValidate aria-label={t('insdocs.minutesTitle')}>
      <h4>{t('insdocs.minutesTitle')}</h4>
      {meeting.kind === 'announcement' && <p className="small muted">{t('insdocs.announcementHint')}</p>}
      <TextAreaField label={t('insdocs.minutesText')} value={text} rows={3} maxLength={20000} required markRequired onChange={(e) => setText(e.target.value)} />
      <div className="form-grid">
        <DateInput label={t('insdocs.heldOn')} value={heldOn} onChange={setHeldOn} required />
        <label className="file-drop">
          <input ref={input} className="visually-hidden" type="file" accept=".pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <span className="btn btn-secondary btn-small" aria-hidden="true">
            {t('files.chooseButton')}
          </span>
          <span className="field-label">{t('insdocs.signedFile')}</span>
          <span className="small muted file-names">{file ? file.name : t('files.noneChosen')}</span>
        </label>
      </div>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('insdocs.saveMinutes')}
        </button>
      </div>
    </form>
  );
}

function ScheduleForm({ detail, videoConfigured, onDone }: { detail: InspectionDetail; videoConfigured: boolean; onDone(m: Meetings): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<(typeof MEETING_KINDS)[number]>(detail.announcedOn ? 'working_session' : 'announcement');
  const [title, setTitle] = useState('');
  const [day, setDay] = useState(todayIso());
  const [time, setTime] = useState('08:30');
  const [duration, setDuration] = useState('120');
  const [mode, setMode] = useState<(typeof MEETING_MODES)[number]>(videoConfigured ? 'hybrid' : 'in_person');
  const [place, setPlace] = useState('');
  const [team, setTeam] = useState<string[]>(detail.team.filter((m) => m.role !== 'supervisor').map((m) => m.userId));
  const [parties, setParties] = useState<string[]>(detail.parties.filter((p) => p.status === 'active').map((p) => p.id));
  const [others, setOthers] = useState('');
  const action = useAction();
  const toggle = (list: string[], set: (v: string[]) => void, id: string) => set(list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const attendees = [
      ...detail.team.filter((m) => team.includes(m.userId)).map((m) => ({ kind: 'team' as const, name: m.fullName, userId: m.userId })),
      ...detail.parties.filter((p) => parties.includes(p.id)).map((p) => ({ kind: 'party' as const, name: p.fullName, ...(p.position ? { position: p.position } : {}) })),
      ...others
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s.length >= 2)
        .map((name) => ({ kind: 'other' as const, name })),
    ];
    const ok = await action.run(async () => {
      if (!/^\d{2}:\d{2}$/.test(time)) throw new Error(t('insdocs.timeInvalid'));
      onDone(await insdocsApi.schedule(detail.id, { kind, title: title.trim(), startsAt: `${day}T${time}:00+07:00`, durationMinutes: Number(duration), mode, ...(place.trim() ? { place: place.trim() } : {}), attendees, partyVisible: true }));
      return t('insdocs.scheduled');
    });
    if (ok) setTitle('');
  };

  return (
    <form className="form sub-form" onSubmit={submit} noValidate aria-labelledby="new-meeting-title">
      <h3 id="new-meeting-title">{t('insdocs.newMeeting')}</h3>
      <div className="form-grid">
        <SelectField label={t('insdocs.meetingKind')} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          {MEETING_KINDS.map((k) => (
            <option key={k} value={k}>
              {meetingKindLabel(k)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('insdocs.meetingMode')} value={mode} onChange={(e) => setMode(e.target.value as typeof mode)} help={videoConfigured ? undefined : t('insdocs.videoNotConfigured')}>
          {MEETING_MODES.map((m) => (
            <option key={m} value={m}>
              {meetingModeLabel(m)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label={t('insdocs.meetingTitle')} value={title} maxLength={300} required markRequired onChange={(e) => setTitle(e.target.value)} />
      <div className="form-grid">
        <DateInput label={t('insdocs.meetingDay')} value={day} onChange={setDay} required />
        <TextField label={t('insdocs.meetingTime')} value={time} maxLength={5} inputMode="numeric" onChange={(e) => setTime(e.target.value)} />
        <TextField label={t('insdocs.duration')} value={duration} inputMode="numeric" maxLength={3} onChange={(e) => setDuration(e.target.value.replace(/\D/g, ''))} />
      </div>
      {mode !== 'online' && <TextField label={t('insdocs.place')} value={place} maxLength={500} onChange={(e) => setPlace(e.target.value)} />}
      <fieldset className="insdocs-checks">
        <legend>{t('insdocs.attendees')}</legend>
        {detail.team
          .filter((m) => m.role !== 'supervisor')
          .map((m) => (
            <label key={m.userId} className="check">
              <input type="checkbox" checked={team.includes(m.userId)} onChange={() => toggle(team, setTeam, m.userId)} /> {m.fullName} <span className="small muted">({t('insdocs.teamMember')})</span>
            </label>
          ))}
        {detail.parties.map((p) => (
          <label key={p.id} className="check">
            <input type="checkbox" checked={parties.includes(p.id)} onChange={() => toggle(parties, setParties, p.id)} /> {p.fullName} <span className="small muted">({t('insdocs.partyPerson')})</span>
          </label>
        ))}
      </fieldset>
      <TextAreaField label={t('insdocs.others')} help={t('insdocs.othersHelp')} value={others} rows={2} onChange={(e) => setOthers(e.target.value)} />
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('insdocs.schedule')}
        </button>
      </div>
    </form>
  );
}

/** Meetings of the case (announcement, working sessions, draft-conclusion dialogue) with their minutes; scheduling for the team. */
export function MeetingsPanel({ detail, onCaseChange }: { detail: InspectionDetail; onCaseChange(): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const loaded = useApi((signal) => insdocsApi.meetings(detail.id, signal), [detail.id]);
  const cancel = useAction();
  const organiser = detail.can.manage || detail.team.some((m) => m.userId === me.user.id && ORGANISERS.includes(m.role));
  const open = !['closed', 'terminated'].includes(detail.status);
  const update = (m: Meetings) => {
    loaded.setData(m);
    onCaseChange();
  };
  return (
    <section className="card" aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('insdocs.meetingsHeading')}</h2>
      {!loaded.data ? (
        loaded.loading ? <Loading /> : <ErrorMessage message={loaded.error} onRetry={loaded.reload} />
      ) : (
        <>
          <ErrorMessage message={cancel.error} />
          {loaded.data.items.length === 0 ? (
            <p className="empty">{t('insdocs.noMeetings')}</p>
          ) : (
            <ol className="request-list">
              {loaded.data.items.map((m) => (
                <MeetingCard key={m.id} meeting={m} fileUrl={(f) => insdocsApi.fileUrl(detail.id, f)}>
                  {organiser && m.status === 'scheduled' && (
                    <>
                      <MinutesForm caseId={detail.id} meeting={m} onDone={update} />
                      <div className="form-actions">
                        <button type="button" className="btn btn-secondary btn-small" disabled={cancel.busy} onClick={() => void cancel.run(async () => update(await insdocsApi.cancelMeeting(detail.id, m.id)))}>
                          {t('insdocs.cancelMeeting')}
                        </button>
                      </div>
                    </>
                  )}
                </MeetingCard>
              ))}
            </ol>
          )}
          {organiser && open && <ScheduleForm detail={detail} videoConfigured={loaded.data.videoConfigured} onDone={update} />}
        </>
      )}
    </section>
  );
}
