import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading, PageHeader, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { errorMessage } from '../../lib/api';
import { formatIsoDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { knowledgeApi, type ImportMeta, type ImportPreview, type LibraryDocument } from './knowledgeApi';

const EMPTY: ImportMeta = { number: '', title: '', issuer: '', issuedOn: '', effectiveOn: '', status: 'in_force', statusNote: '', supersededBy: '', amendedBy: '' };

/** Changes the status of one document (in force → amended / superseded by X). */
function StatusEditor({ doc, onDone }: { doc: LibraryDocument; onDone(msg: string): void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>(doc.status);
  const [by, setBy] = useState(doc.status === 'superseded' ? (doc.supersededBy ?? '') : doc.amendedBy.join(', '));
  const [note, setNote] = useState(doc.statusNote ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const list = by.split(/[,;]/u).map((s) => s.trim()).filter(Boolean);
      await knowledgeApi.setStatus(doc.id, { status, statusNote: note || undefined, supersededBy: status === 'superseded' ? list[0] : undefined, amendedBy: status === 'amended' ? list : [] });
      onDone(t('kbk.statusSaved', { number: doc.number }));
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form className="form kbk-status" onSubmit={save} aria-label={t('kbk.changeStatusOf', { number: doc.number })}>
      <SelectField label={t('kbk.status')} value={status} onChange={(e) => setStatus(e.target.value)}>
        {(['in_force', 'amended', 'superseded'] as const).map((s) => (
          <option key={s} value={s}>
            {t(`kb.status.${s}`)}
          </option>
        ))}
      </SelectField>
      {status !== 'in_force' && <TextField label={status === 'superseded' ? t('kbk.supersededBy') : t('kbk.amendedBy')} value={by} onChange={(e) => setBy(e.target.value)} />}
      <TextField label={t('kbk.statusNote')} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="form-actions">
        <button className="btn btn-secondary btn-small" type="submit">
          {t('kbk.saveStatus')}
        </button>
      </div>
      <ErrorMessage message={error} />
    </form>
  );
}

/**
 * Library administration (issue 6 §1): upload a law (.txt, Pháp điển .md, .docx, .pdf with a text layer) with its
 * metadata, check the parsed structure, confirm; change a document's status; delete an uploaded document.
 */
export function LibraryAdminPage() {
  const { t } = useTranslation();
  const docs = useApi((signal) => knowledgeApi.documents(signal), []);
  const [file, setFile] = useState<File | null>(null);
  const [meta, setMeta] = useState<ImportMeta>(EMPTY);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const field = (k: keyof ImportMeta) => ({ value: meta[k], onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => (setMeta({ ...meta, [k]: e.target.value }), setPreview(null)) });

  const run = async (what: 'preview' | 'import') => {
    if (!file) return setError(t('kbk.chooseFile'));
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      if (what === 'preview') setPreview(await knowledgeApi.preview(file, meta));
      else {
        const res = await knowledgeApi.import(file, meta);
        setMessage(t('kbk.imported', { count: res.items.length, numbers: res.items.map((d) => d.number).join(', ') }));
        setPreview(null);
        setFile(null);
        setMeta(EMPTY);
        docs.reload();
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (d: LibraryDocument) => {
    if (!window.confirm(t('kbk.confirmDelete', { number: d.number }))) return;
    try {
      await knowledgeApi.remove(d.id);
      setMessage(t('kbk.deleted', { number: d.number }));
      docs.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <>
      <PageHeader title={t('kbk.libraryTitle')} intro={t('kbk.libraryIntro')}>
        <Link className="btn btn-ghost" to="/tro-ly">
          {t('kbk.backToAssistant')}
        </Link>
      </PageHeader>
      <section className="card">
        <h2>{t('kbk.importTitle')}</h2>
        <form className="form" onSubmit={(e) => (e.preventDefault(), void run('preview'))}>
          <TextField label={t('kbk.file')} help={t('kbk.fileHelp')} type="file" accept=".txt,.md,.docx,.pdf" onChange={(e) => (setFile(e.target.files?.[0] ?? null), setPreview(null))} />
          <div className="kbk-grid">
            <TextField label={t('kbk.number')} placeholder="84/2025/QH15" {...field('number')} />
            <TextField label={t('kbk.docTitle')} {...field('title')} />
            <TextField label={t('kbk.issuer')} {...field('issuer')} />
            <TextField label={t('kbk.issuedOn')} type="date" {...field('issuedOn')} />
            <TextField label={t('kbk.effectiveOn')} type="date" {...field('effectiveOn')} />
            <SelectField label={t('kbk.status')} {...field('status')}>
              {(['in_force', 'amended', 'superseded'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`kb.status.${s}`)}
                </option>
              ))}
            </SelectField>
            <TextField label={t('kbk.amendedBy')} {...field('amendedBy')} />
            <TextField label={t('kbk.supersededBy')} {...field('supersededBy')} />
          </div>
          <p className="small muted">{t('kbk.metaHelp')}</p>
          <div className="form-actions">
            <button className="btn btn-secondary" type="submit" disabled={busy}>
              {t('kbk.preview')}
            </button>
          </div>
          <ErrorMessage message={error} />
          <StatusMessage message={message} />
        </form>
        {preview && (
          <div className="kbk-preview" aria-label={t('kbk.previewTitle')}>
            <h3>{t('kbk.previewTitle')}</h3>
            {preview.items.map((d) => (
              <div key={d.number}>
                <p>
                  <strong>{d.title}</strong> — {t('kb.number', { number: d.number })} ({d.sourceFormat.toUpperCase()})
                  {d.issuer && <> · {d.issuer}</>}
                  {d.issuedOn && <> · {t('kbk.issuedOnShort', { date: formatIsoDate(d.issuedOn) })}</>}
                  {d.effectiveOn && <> · {t('kbk.effectiveOnShort', { date: formatIsoDate(d.effectiveOn) })}</>}
                </p>
                <p className="kbk-counts">{t('kbk.counts', { chapters: d.chapters, articles: d.articles, clauses: d.clauses, points: d.points })}</p>
                {d.exists && <p className="alert alert-error">{t('kbk.exists', { number: d.number })}</p>}
                <ol className="kbk-first">
                  {d.firstArticles.map((a) => (
                    <li key={a.number}>
                      <strong>{t('kb.articleRef', { article: a.number, title: a.heading ?? '' })}</strong>
                      <div className="small muted kbk-text">{a.text}</div>
                    </li>
                  ))}
                </ol>
              </div>
            ))}
            <div className="form-actions">
              <button className="btn btn-primary" type="button" disabled={busy || preview.items.some((d) => d.exists)} onClick={() => void run('import')}>
                {t('kbk.confirmImport')}
              </button>
            </div>
          </div>
        )}
      </section>
      <section className="card">
        <h2>{t('kbk.documentsTitle')}</h2>
        {docs.loading && !docs.data ? (
          <Loading />
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('kbk.number')}</th>
                  <th>{t('kbk.docTitle')}</th>
                  <th>{t('kbk.articles')}</th>
                  <th>{t('kbk.status')}</th>
                  <th>{t('kbk.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {docs.data?.items.map((d) => (
                  <tr key={d.id}>
                    <td>{d.number}</td>
                    <td>
                      <Link to={`/tro-ly/van-ban/${d.id}`}>{d.title}</Link>
                    </td>
                    <td>{d.articleCount}</td>
                    <td>
                      {t(`kb.status.${d.status}`)}
                      {d.supersededBy && <div className="small muted">{t('kbk.byNumber', { number: d.supersededBy })}</div>}
                      {d.amendedBy.length > 0 && <div className="small muted">{t('kbk.byNumber', { number: d.amendedBy.join(', ') })}</div>}
                      {editing === d.id && (
                        <StatusEditor
                          doc={d}
                          onDone={(msg) => {
                            setEditing(null);
                            setMessage(msg);
                            docs.reload();
                          }}
                        />
                      )}
                    </td>
                    <td className="kbk-actions">
                      <button className="btn btn-ghost btn-small" type="button" onClick={() => setEditing(editing === d.id ? null : d.id)}>
                        {t('kbk.changeStatus')}
                      </button>
                      {d.origin === 'uploaded' && (
                        <button className="btn btn-ghost btn-small" type="button" onClick={() => void remove(d)}>
                          {t('kbk.delete')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
