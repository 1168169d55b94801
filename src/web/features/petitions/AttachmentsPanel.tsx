import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { useAuth } from '../../lib/auth';
import { petitionsApi, type PetitionDetail } from '../../lib/endpoints';
import { formatDateTime, formatNumber } from '../../lib/format';
import { FilePicker } from './FilePicker';

/**
 * The letter's files: the scan and documents attached by officers and those the sender added on the portal. A file
 * that identifies a protected denouncer is nameless and locked for those who may not see the denouncer.
 */
export function AttachmentsPanel({ letter, onChanged }: { letter: PetitionDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [identifying, setIdentifying] = useState(letter.identityProtected);
  return (
    <section className="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('attachments.title')}</h2>
      {letter.attachments.length === 0 ? (
        <p className="empty">{t('attachments.empty')}</p>
      ) : (
        <ul className="attachment-list">
          {letter.attachments.map((a) => (
            <li key={a.fileId}>
              {a.canDownload ? (
                <a href={petitionsApi.attachmentUrl(letter.id, a.fileId)} download>
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
      {can('petitions.register') && (
        <FilePicker
          label={t('attachments.choose')}
          chooseLabel={t('files.chooseButton')}
          noneLabel={t('files.noneChosen')}
          sendLabel={t('attachments.upload')}
          sendingLabel={t('attachments.uploading')}
          doneMessage={(count) => t('attachments.uploaded', { count })}
          max={5}
          extra={
            <label className="checkbox">
              <input type="checkbox" checked={identifying} onChange={(e) => setIdentifying(e.target.checked)} />
              <span>
                {t('attachments.identifying')}
                <span className="small muted block">{t('attachments.identifyingHelp')}</span>
              </span>
            </label>
          }
          send={async (files) => {
            await petitionsApi.attach(letter.id, files, identifying);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
