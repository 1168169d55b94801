import { useTranslation } from 'react-i18next';
import { portalApi } from '../../lib/endpoints';
import { formatDateTime } from '../../lib/format';
import { FilePicker } from '../petitions/FilePicker';

/**
 * The sender adds documents or evidence to his letter with the tracking code and secret (sent in a header, never
 * in the address); lists the files he already sent when known.
 */
export function SenderDocuments({ trackingCode, secret, sent, left, onSent }: { trackingCode: string; secret: string; sent?: { name: string; addedAt: string }[]; left: number; onSent?(): void }) {
  const { t } = useTranslation();
  return (
    <section className="card no-print" aria-labelledby="sender-docs-title">
      <h2 id="sender-docs-title">{t('portalAttach.title')}</h2>
      {sent && sent.length > 0 && (
        <>
          <h3 className="small strong">{t('portalAttach.yours')}</h3>
          <ul className="attachment-list">
            {sent.map((f, i) => (
              <li key={i}>
                {f.name} <span className="small muted">· {formatDateTime(f.addedAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {left > 0 ? (
        <>
          <p className="muted">{t('portalAttach.help', { left })}</p>
          <FilePicker
            label={t('portalAttach.choose')}
            chooseLabel={t('files.chooseButton')}
            noneLabel={t('files.noneChosen')}
            sendLabel={t('portalAttach.send')}
            sendingLabel={t('portalAttach.sending')}
            doneMessage={(count) => t('portalAttach.sent', { count })}
            max={Math.min(5, left)}
            send={async (files) => {
              await portalApi.attach(trackingCode, secret, files);
              onSent?.();
            }}
          />
        </>
      ) : (
        <p className="muted">{t('portalAttach.full')}</p>
      )}
    </section>
  );
}
