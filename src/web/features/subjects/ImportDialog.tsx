import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/Feedback';
import { errorMessage } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { subjectsApi, type SubjectImport } from './api';

/** Uploads a CSV/XLSX file, then follows the background import with a progress bar until it ends. */
export function ImportDialog({ open, onClose, onDone }: { open: boolean; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [imp, setImp] = useState<SubjectImport | null>(null);

  // Poll the import record while the job runs.
  useEffect(() => {
    if (!imp || imp.status === 'done' || imp.status === 'failed') return;
    const timer = setTimeout(() => {
      subjectsApi.importStatus(imp.id).then(
        (next) => {
          setImp(next);
          if (next.status === 'done') onDone();
        },
        (err: unknown) => setError(errorMessage(err)),
      );
    }, 1000);
    return () => clearTimeout(timer);
  }, [imp, onDone]);

  const start = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setImp(await subjectsApi.startImport(file));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setImp(null);
    setFile(null);
    setError(null);
    onClose();
  };
  const finished = imp?.status === 'done' || imp?.status === 'failed';

  return (
    <Dialog title={t('subjects.import.title')} open={open} onClose={close} variant="modal">
      {!imp && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <p className="muted">{t('subjects.import.help')}</p>
          <label className="field">
            <span className="field-label">{t('subjects.import.file')}</span>
            <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </label>
          <ErrorMessage message={error} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={!file || busy}>
              {busy ? t('subjects.import.uploading') : t('subjects.import.start')}
            </button>
          </div>
        </form>
      )}
      {imp && (
        <div className="import-progress" aria-live="polite">
          <p>
            <strong>{imp.fileName}</strong> — {t(`subjects.import.statuses.${imp.status}`)}
          </p>
          <progress max={100} value={imp.percent} aria-label={t('subjects.import.progress')} />
          <p className="small muted">
            {imp.rowsTotal !== null
              ? t('subjects.import.rowsOf', { done: formatNumber(imp.rowsDone), total: formatNumber(imp.rowsTotal) })
              : t('subjects.import.rows', { done: formatNumber(imp.rowsDone) })}{' '}
            ({formatNumber(Math.round(imp.percent))} %)
          </p>
          {finished && imp.status === 'done' && (
            <ul className="import-counts">
              <li>{t('subjects.import.created', { n: formatNumber(imp.created) })}</li>
              <li>{t('subjects.import.updated', { n: formatNumber(imp.updated) })}</li>
              <li>{t('subjects.import.unchanged', { n: formatNumber(imp.unchanged) })}</li>
              <li>{t('subjects.import.duplicates', { n: formatNumber(imp.duplicates) })}</li>
              <li>{t('subjects.import.errors', { n: formatNumber(imp.errors) })}</li>
            </ul>
          )}
          {imp.failure && <ErrorMessage message={imp.failure} />}
          {imp.hasErrorReport && (
            <>
              <table className="table small">
                <caption>{t('subjects.import.sample')}</caption>
                <thead>
                  <tr>
                    <th>{t('subjects.import.row')}</th>
                    <th>{t('subjects.taxCode')}</th>
                    <th>{t('subjects.import.column')}</th>
                    <th>{t('subjects.import.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {imp.errorSample.slice(0, 10).map((e, i) => (
                    <tr key={i}>
                      <td>{e.row}</td>
                      <td className="mono">{e.taxCode}</td>
                      <td>{e.column}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p>
                {t('subjects.import.report')}{' '}
                <a href={subjectsApi.errorReportUrl(imp.id, 'xlsx')}>XLSX</a> · <a href={subjectsApi.errorReportUrl(imp.id, 'csv')}>CSV</a>
              </p>
            </>
          )}
          <ErrorMessage message={error} />
          {finished && (
            <div className="form-actions">
              <button type="button" className="btn" onClick={close}>
                {t('subjects.import.close')}
              </button>
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
