import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Dialog } from '../../components/Dialog';
import type { AuditRecord } from '../../lib/endpoints';
import { formatDateTime } from '../../lib/format';
import { actionLabel, entityTypeLabel } from '../../lib/labels';
import { diffRows } from './diff';

/** Link to the page of the record's entity, when there is one. */
export function entityHref(r: Pick<AuditRecord, 'entityType' | 'entityId'>): string | null {
  if (!r.entityId) return null;
  if (r.entityType === 'user') return `/users/${r.entityId}`;
  if (r.entityType === 'agency') return `/agencies/${r.entityId}`;
  return null;
}

/** Details of one audit record, with its before/after values side by side. */
export function AuditDrawer({ record, onClose }: { record: AuditRecord | null; onClose(): void }) {
  const { t } = useTranslation();
  const rows = record ? diffRows(record.before ?? null, record.after ?? null) : [];
  const href = record && entityHref(record);
  return (
    <Dialog title={record ? t('audit.detailTitle', { id: String(record.id) }) : ''} open={record !== null} onClose={onClose}>
      {record && (
        <>
          <dl className="facts facts-compact">
            <div>
              <dt>{t('audit.time')}</dt>
              <dd>{formatDateTime(record.at)}</dd>
            </div>
            <div>
              <dt>{t('audit.action')}</dt>
              <dd>
                {actionLabel(record.action)} <span className="muted mono small">({record.action})</span>
              </dd>
            </div>
            <div>
              <dt>{t('audit.actor')}</dt>
              <dd>{record.actorName ?? t('audit.system')}</dd>
            </div>
            <div>
              <dt>{t('audit.entity')}</dt>
              <dd>
                {entityTypeLabel(record.entityType)}{' '}
                {record.entityId && (href ? <Link to={href} onClick={onClose} className="mono small">{record.entityId}</Link> : <span className="mono small">{record.entityId}</span>)}
              </dd>
            </div>
            <div>
              <dt>{t('audit.ip')}</dt>
              <dd className="mono">{record.ip ?? t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('audit.requestId')}</dt>
              <dd className="mono small break">{record.requestId ?? t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('audit.hash')}</dt>
              <dd className="mono small break">{record.hash}</dd>
            </div>
          </dl>
          {rows.length === 0 ? (
            <p className="muted">{t('audit.noChanges')}</p>
          ) : (
            <>
              <p className="muted small">{t('audit.changedOnly')}</p>
              <div className="table-wrap">
                <table className="table diff-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('audit.field')}</th>
                      <th scope="col">{t('audit.before')}</th>
                      <th scope="col">{t('audit.after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.path} className={r.changed ? 'changed' : undefined}>
                        <th scope="row" className="mono">
                          {r.path}
                        </th>
                        <td className="diff-before">{r.before}</td>
                        <td className="diff-after">{r.after}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </Dialog>
  );
}
