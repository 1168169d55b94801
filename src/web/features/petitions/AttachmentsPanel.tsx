import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { useAuth } from '../../lib/auth';
import { petitionsApi, type PetitionAttachment, type PetitionDetail } from '../../lib/endpoints';
import { formatDateTime, formatNumber } from '../../lib/format';
import { FilePicker } from './FilePicker';

type FilesPanelProps = {
  title: string;
  empty: string;
  items: PetitionAttachment[];
  urlOf(fileId: string): string;
  canUpload: boolean;
  /** Whether new files are marked as identifying the denouncer by default; `locked`: always (a denouncer's visit). */
  identifying: boolean | 'locked';
  /** The checkbox's wording when the default ("the sender") does not fit, e.g. a visit's people. */
  identifyingLabel?: string;
  send(files: File[], identifying: boolean): Promise<void>;
};

/**
 * Files of a letter or a visit. A file that identifies a protected denouncer is nameless and locked for those who
 * may not see the denouncer (Luật Tố cáo 2018, Điều 47, 48).
 */
export function FilesPanel({ title, empty, items, urlOf, canUpload, identifying: initial, identifyingLabel, send }: FilesPanelProps) {
  const { t } = useTranslation();
  const [identifying, setIdentifying] = useState(initial !== false);
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="attachment-list">
          {items.map((a) => (
            <li key={a.fileId}>
              {a.canDownload ? (
                <a href={urlOf(a.fileId)} download>
                  <Icon name="file" size={14} /> {a.name}
                </a>
              ) : (
                <span className="muted" title={t('attachments.locked')}>
                  <Icon name="lock" size={14} /> {a.name}
                </span>
              )}
              <span className="small muted">
                {' · '}
                {t('attachments.size', { size: formatNumber(Math.max(1, Math.round(a.size / 1024))) })} · {a.source === 'sender' ? t('attachments.fromSender') : t('attachments.fromOfficer')} · {formatDateTime(a.addedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canUpload && (
        <FilePicker
          label={t('attachments.choose')}
          chooseLabel={t('files.chooseButton')}
          noneLabel={t('files.noneChosen')}
          sendLabel={t('attachments.upload')}
          sendingLabel={t('attachments.uploading')}
          doneMessage={(count) => t('attachments.uploaded', { count })}
          max={5}
          extra={
            initial === 'locked' ? (
              <p className="small muted">
                <Icon name="lock" size={14} /> {t('attachments.identifyingLocked')}
              </p>
            ) : (
              <label className="checkbox">
                <input type="checkbox" checked={identifying} onChange={(e) => setIdentifying(e.target.checked)} />
                <span>
                  {identifyingLabel ?? t('attachments.identifying')}
                  <span className="small muted block">{t('attachments.identifyingHelp')}</span>
                </span>
              </label>
            )
          }
          send={(files) => send(files, identifying)}
        />
      )}
    </section>
  );
}

/** The letter's files: the scan and documents attached by officers and those the sender added on the portal. */
export function AttachmentsPanel({ letter, onChanged }: { letter: PetitionDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  return (
    <FilesPanel
      title={t('attachments.title')}
      empty={t('attachments.empty')}
      items={letter.attachments}
      urlOf={(fileId) => petitionsApi.attachmentUrl(letter.id, fileId)}
      canUpload={can('petitions.register')}
      identifying={letter.identityProtected}
      send={async (files, identifying) => {
        await petitionsApi.attach(letter.id, files, identifying);
        onChanged();
      }}
    />
  );
}
