import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Feedback';
import { Icon } from '../../components/Icon';
import { formatIsoDate } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import type { InspectionDetail } from './api';
import { insdocsApi, type CaseDocument, type CaseDocuments } from './insdocsApi';

/** Issued documents with their PDF and DOCX (shared with the party's portal). */
export function DocumentList({ items, fileUrl }: { items: CaseDocument[]; fileUrl(fileId: string): string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="empty">{t('insdocs.noDocuments')}</p>;
  return (
    <ul className="insdocs-doc-list">
      {items.map((d) => (
        <li key={d.id}>
          <span className="strong">{d.label}</span> <span className="mono">{d.number}</span> · {formatIsoDate(d.issuedOn)}
          <br />
          <span className="small muted">{d.subject}</span>
          <br />
          <a href={fileUrl(d.pdfFileId)} download>
            <Icon name="file" size={14} /> PDF
          </a>{' '}
          ·{' '}
          <a href={fileUrl(d.docxFileId)} download>
            <Icon name="file" size={14} /> DOCX
          </a>
        </li>
      ))}
    </ul>
  );
}

function IssueRow({ caseId, option, onDone }: { caseId: string; option: CaseDocuments['available'][number]; onDone(): void }) {
  const { t } = useTranslation();
  const [sourceId, setSourceId] = useState(option.sourceIds[0]?.id ?? '');
  const action = useAction();
  const needsSource = option.kind === 'information_request' || option.kind === 'announcement_minutes';
  return (
    <li>
      <span className="strong">{option.label}</span>
      {option.blockedBy ? (
        <p className="small muted">{option.blockedBy}</p>
      ) : (
        <div className="insdocs-issue">
          {needsSource && option.sourceIds.length > 1 && (
            <select aria-label={t('insdocs.source')} value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
              {option.sourceIds.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
          <button
            type="button"
            className="btn btn-secondary btn-small"
            disabled={action.busy}
            onClick={() =>
              void action.run(async () => {
                const doc = await insdocsApi.issue(caseId, option.kind, needsSource ? sourceId : undefined);
                onDone();
                return t('insdocs.issued', { number: doc.number });
              })
            }
          >
            {action.busy ? t('common.saving') : t('insdocs.issue')}
          </button>
        </div>
      )}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} />
    </li>
  );
}

/** Documents generated from the case data (ND 30/2020 layout, PDF and DOCX) and those that can be issued now. */
export function DocumentsPanel({ detail, onCaseChange }: { detail: InspectionDetail; onCaseChange(): void }) {
  const { t } = useTranslation();
  const loaded = useApi((signal) => insdocsApi.documents(detail.id, signal), [detail.id, detail.decisionNo, detail.requests.length, detail.status]);
  const refresh = () => {
    loaded.reload();
    onCaseChange();
  };
  return (
    <section className="card" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('insdocs.documentsHeading')}</h2>
      {!loaded.data ? (
        loaded.loading ? <Loading /> : <ErrorMessage message={loaded.error} onRetry={loaded.reload} />
      ) : (
        <>
          <DocumentList items={loaded.data.items} fileUrl={(f) => insdocsApi.fileUrl(detail.id, f)} />
          <h3 className="small strong">{t('insdocs.issueHeading')}</h3>
          <ul className="insdocs-doc-list">
            {loaded.data.available.map((o) => (
              <IssueRow key={o.kind} caseId={detail.id} option={o} onDone={refresh} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
