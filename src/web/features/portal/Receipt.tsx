import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SenderDocuments } from './SenderDocuments';
import { StatusMessage } from '../../components/Feedback';
import type { PublicReceipt } from '../../lib/endpoints';
import { formatIsoDate } from '../../lib/format';

/** Copies text to the clipboard; without the Clipboard API (plain HTTP) selects the text and uses the old command. */
async function copyText(text: string, element: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection
  }
  if (!element) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

function CodeRow({ label, value, onCopied }: { label: string; value: string; onCopied(message: string): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  return (
    <div className="code-row">
      <dt>{label}</dt>
      <dd>
        <code ref={ref} className="big-code" translate="no">
          {value}
        </code>
        <button
          type="button"
          className="btn btn-secondary btn-small"
          aria-label={t('portal.copyWhat', { what: label.toLowerCase() })}
          onClick={async () => onCopied((await copyText(value, ref.current)) ? t('portal.copied', { what: label }) : t('portal.copyFailed'))}
        >
          {t('portal.copy')}
        </button>
      </dd>
    </div>
  );
}

/** Shown once after sending: the tracking code and the secret (never shown again), with copy and print. */
export function Receipt({ receipt, anonymous, onAnother }: { receipt: PublicReceipt; anonymous: boolean; onAnother(): void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <section className="card receipt" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        <span className="receipt-tick" aria-hidden="true">
          ✓
        </span>
        {t('portal.receiptTitle')}
      </h1>
      <p className="lead">{t('portal.receiptIntro', { agency: receipt.agencyName, date: formatIsoDate(receipt.receivedOn), registerNo: receipt.registerNo })}</p>
      {anonymous && <p className="alert alert-info">{t('letterForm.anonymousHelp')}</p>}
      <div className="save-warning" role="note">
        <strong>{t('portal.saveWarning')}</strong>
        <span>{t('portal.saveWarningMore')}</span>
      </div>
      <dl className="receipt-codes">
        <CodeRow label={t('portal.trackingCode')} value={receipt.trackingCode} onCopied={setCopied} />
        <CodeRow label={t('portal.secret')} value={receipt.secret} onCopied={setCopied} />
      </dl>
      <StatusMessage message={copied} />
      <div className="form-actions no-print">
        <Link className="btn btn-primary" to="/cong-dan/tra-cuu" state={{ trackingCode: receipt.trackingCode, secret: receipt.secret }}>
          {t('portal.toTracking')}
        </Link>
        <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
          {t('portal.print')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onAnother}>
          {t('portal.another')}
        </button>
      </div>
      <SenderDocuments trackingCode={receipt.trackingCode} secret={receipt.secret} left={receipt.attachmentsLeft} />
    </section>
  );
}
