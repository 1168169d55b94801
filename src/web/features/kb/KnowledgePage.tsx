import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading, PageHeader, StatusMessage } from '../../components/Feedback';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { errorMessage } from '../../lib/api';
import { useAuth } from '../../lib/auth';
import { formatDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { knowledgeApi, type Lesson, type LessonInput } from './knowledgeApi';

const BLANK: LessonInput = { title: '', problem: '', context: '', whatWorked: '', legalBasis: '' };

function LessonForm({ initial, onSave, onCancel }: { initial: LessonInput; onSave(v: LessonInput): Promise<void>; onCancel?(): void }) {
  const { t } = useTranslation();
  const [v, setV] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof LessonInput) => ({ value: v[k], onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setV({ ...v, [k]: e.target.value }) });
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        onSave(v).catch((err: unknown) => setError(errorMessage(err)));
      }}
    >
      <TextField label={t('kbk.lessonTitle')} required {...set('title')} />
      <TextAreaField label={t('kbk.problem')} rows={2} required {...set('problem')} />
      <TextAreaField label={t('kbk.context')} rows={2} required {...set('context')} />
      <TextAreaField label={t('kbk.whatWorked')} rows={3} required {...set('whatWorked')} />
      <TextField label={t('kbk.legalBasis')} required {...set('legalBasis')} />
      <div className="form-actions">
        <button className="btn btn-primary" type="submit">
          {t('kbk.saveDraft')}
        </button>
        {onCancel && (
          <button className="btn btn-ghost" type="button" onClick={onCancel}>
            {t('kbk.cancel')}
          </button>
        )}
      </div>
      <ErrorMessage message={error} />
    </form>
  );
}

function LessonCard({ lesson, onChanged }: { lesson: Lesson; onChanged(msg: string): void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const act = async (fn: () => Promise<unknown>, msg: string) => {
    setError(null);
    try {
      await fn();
      onChanged(msg);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <li className="kbk-lesson" aria-label={lesson.title}>
      <div className="kbk-lesson-head">
        <strong>{lesson.title}</strong> <span className={`badge kbk-${lesson.status}`}>{t(`kbk.lessonStatus.${lesson.status}`)}</span>
      </div>
      <div className="small muted">
        {lesson.label ?? `${lesson.authorName} — ${lesson.agencyName}`} · {formatDate(lesson.updatedAt)}
      </div>
      {editing ? (
        <LessonForm initial={lesson} onCancel={() => setEditing(false)} onSave={async (v) => (await knowledgeApi.updateLesson(lesson.id, v), setEditing(false), onChanged(t('kbk.saved')))} />
      ) : (
        <dl className="kbk-dl">
          <dt>{t('kbk.problem')}</dt>
          <dd>{lesson.problem}</dd>
          <dt>{t('kbk.context')}</dt>
          <dd>{lesson.context}</dd>
          <dt>{t('kbk.whatWorked')}</dt>
          <dd>{lesson.whatWorked}</dd>
          <dt>{t('kbk.legalBasis')}</dt>
          <dd>{lesson.legalBasis}</dd>
          {lesson.reviewComment && (
            <>
              <dt>{t('kbk.reviewComment', { name: lesson.reviewerName ?? '' })}</dt>
              <dd>{lesson.reviewComment}</dd>
            </>
          )}
        </dl>
      )}
      <div className="page-actions">
        {lesson.can.edit && !editing && (
          <button className="btn btn-ghost btn-small" type="button" onClick={() => setEditing(true)}>
            {t('kbk.edit')}
          </button>
        )}
        {lesson.can.submit && (
          <button className="btn btn-secondary btn-small" type="button" onClick={() => void act(() => knowledgeApi.submitLesson(lesson.id), t('kbk.submitted'))}>
            {t('kbk.submit')}
          </button>
        )}
        {lesson.can.delete && (
          <button className="btn btn-ghost btn-small" type="button" onClick={() => void act(() => knowledgeApi.deleteLesson(lesson.id), t('kbk.deletedLesson'))}>
            {t('kbk.delete')}
          </button>
        )}
      </div>
      {lesson.can.review && (
        <div className="form kbk-review">
          <TextAreaField label={t('kbk.reviewCommentLabel')} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
          <div className="form-actions">
            <button className="btn btn-primary btn-small" type="button" onClick={() => void act(() => knowledgeApi.reviewLesson(lesson.id, 'approve', comment), t('kbk.approved'))}>
              {t('kbk.approve')}
            </button>
            <button className="btn btn-secondary btn-small" type="button" onClick={() => void act(() => knowledgeApi.reviewLesson(lesson.id, 'return', comment), t('kbk.returned'))}>
              {t('kbk.return')}
            </button>
          </div>
        </div>
      )}
      <ErrorMessage message={error} />
    </li>
  );
}

function LessonsTab() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const lessons = useApi((signal) => knowledgeApi.lessons(signal), []);
  const [writing, setWriting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const changed = (msg: string) => (setMessage(msg), lessons.reload());
  const mine = lessons.data?.items.filter((l) => l.status !== 'approved') ?? [];
  const approved = lessons.data?.items.filter((l) => l.status === 'approved') ?? [];
  return (
    <>
      <p className="muted">{t('kbk.lessonsIntro')}</p>
      <StatusMessage message={message} />
      {can('kb.lessons.write') &&
        (writing ? (
          <section className="card">
            <h2>{t('kbk.newLesson')}</h2>
            <LessonForm initial={BLANK} onCancel={() => setWriting(false)} onSave={async (v) => (await knowledgeApi.createLesson(v), setWriting(false), changed(t('kbk.saved')))} />
          </section>
        ) : (
          <button className="btn btn-primary" type="button" onClick={() => setWriting(true)}>
            {t('kbk.newLesson')}
          </button>
        ))}
      <ErrorMessage message={lessons.error} />
      {lessons.loading && !lessons.data && <Loading />}
      {mine.length > 0 && (
        <section className="card">
          <h2>{t('kbk.inProgress')}</h2>
          <ul className="kbk-lessons">
            {mine.map((l) => (
              <LessonCard key={l.id} lesson={l} onChanged={changed} />
            ))}
          </ul>
        </section>
      )}
      <section className="card">
        <h2>{t('kbk.approvedLessons')}</h2>
        {approved.length === 0 ? (
          <p className="muted">{t('kbk.none')}</p>
        ) : (
          <ul className="kbk-lessons">
            {approved.map((l) => (
              <LessonCard key={l.id} lesson={l} onChanged={changed} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function TemplatesTab() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useApi((signal) => knowledgeApi.templates(signal), []);
  const [v, setV] = useState({ code: '', title: '', whenToUse: '', legalBasis: '' });
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const set = (k: keyof typeof v) => ({ value: v[k], onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setV({ ...v, [k]: e.target.value }) });
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const created = await knowledgeApi.createTemplate(v, file);
      setMessage(t('kbk.templateAdded', { code: created.code }));
      setV({ code: '', title: '', whenToUse: '', legalBasis: '' });
      list.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <>
      <p className="muted">{t('kbk.templatesIntro')}</p>
      {can('kb.templates.manage') && (
        <section className="card">
          <h2>{t('kbk.newTemplate')}</h2>
          <form className="form" onSubmit={add}>
            <div className="kbk-grid">
              <TextField label={t('kbk.code')} required {...set('code')} />
              <TextField label={t('kbk.templateTitle')} required {...set('title')} />
            </div>
            <TextAreaField label={t('kbk.whenToUse')} rows={2} required {...set('whenToUse')} />
            <TextField label={t('kbk.legalBasis')} required {...set('legalBasis')} />
            <TextField label={t('kbk.templateFile')} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            <div className="form-actions">
              <button className="btn btn-primary" type="submit">
                {t('kbk.addTemplate')}
              </button>
            </div>
            <ErrorMessage message={error} />
            <StatusMessage message={message} />
          </form>
        </section>
      )}
      {list.loading && !list.data && <Loading />}
      <ul className="result-list">
        {list.data?.items.map((tpl) => (
          <li key={tpl.id}>
            <strong>{tpl.title}</strong> <span className="small muted">{tpl.origin === 'shipped' ? t('kbk.shipped') : `${tpl.code} — ${tpl.agencyName}`}</span>
            <div>{tpl.whenToUse}</div>
            <div className="small muted">
              {t('kbk.basis')}: {tpl.legalBasis}
            </div>
            {tpl.fileId && (
              <a className="small" href={knowledgeApi.templateFileHref(tpl.id)}>
                {t('kbk.download', { name: tpl.fileName ?? '' })}
              </a>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function SystematisationTab() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | undefined>(undefined);
  const s = useApi((signal) => knowledgeApi.systematisation(year, signal), [year]);
  if (!s.data) return s.error ? <ErrorMessage message={s.error} /> : <Loading />;
  const d = s.data;
  return (
    <>
      <SelectField label={t('kbk.year')} value={d.year} onChange={(e) => setYear(Number(e.target.value))}>
        {d.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      <section className="card">
        <h2>{t('kbk.sysLaws', { count: d.imported.length })}</h2>
        <ul>
          {d.imported.map((x) => (
            <li key={x.id}>
              {x.title} — {t('kb.number', { number: x.number })} ({formatDate(x.at)})
            </li>
          ))}
        </ul>
        <h3>{t('kbk.sysChanged', { count: d.statusChanged.length })}</h3>
        <ul>
          {d.statusChanged.map((x) => (
            <li key={x.id}>
              {x.title} {x.number}: {t(`kb.status.${x.status}`)}
              {x.supersededBy && ` — ${t('kbk.byNumber', { number: x.supersededBy })}`} ({formatDate(x.at)})
            </li>
          ))}
        </ul>
        <h3>{t('kbk.sysTemplates', { count: d.templates.length })}</h3>
        <ul>
          {d.templates.map((x) => (
            <li key={x.id}>
              {x.code} — {x.title} ({x.agencyName})
            </li>
          ))}
        </ul>
        <h3>{t('kbk.sysLessons', { count: d.lessons.length })}</h3>
        <ul>
          {d.lessons.map((x) => (
            <li key={x.id}>
              {x.label}: {x.title}
            </li>
          ))}
        </ul>
        <h3>{t('kbk.byAgency')}</h3>
        <table className="table">
          <thead>
            <tr>
              <th>{t('kbk.agency')}</th>
              <th>{t('kbk.templatesTab')}</th>
              <th>{t('kbk.lessonsTab')}</th>
            </tr>
          </thead>
          <tbody>
            {d.byAgency.map((a) => (
              <tr key={a.agencyName}>
                <td>{a.agencyName}</td>
                <td>{a.templates}</td>
                <td>{a.lessons}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

const TABS = ['lessons', 'templates', 'systematisation'] as const;

/** Knowledge beyond law (issue 6 §5): lessons learned, templates, the yearly systematisation. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<(typeof TABS)[number]>('lessons');
  return (
    <>
      <PageHeader title={t('kbk.knowledgeTitle')} intro={t('kbk.knowledgeIntro')}>
        <Link className="btn btn-ghost" to="/tro-ly">
          {t('kbk.backToAssistant')}
        </Link>
      </PageHeader>
      <div className="tabs" role="tablist">
        {TABS.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} className={`tab ${tab === k ? 'active' : ''}`} onClick={() => setTab(k)}>
            {t(`kbk.${k}Tab`)}
          </button>
        ))}
      </div>
      {tab === 'lessons' && <LessonsTab />}
      {tab === 'templates' && <TemplatesTab />}
      {tab === 'systematisation' && <SystematisationTab />}
    </>
  );
}
