import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal panel on the native <dialog> (focus is kept inside, Esc closes it, focus returns to the opener).
 * `variant="drawer"` slides it in from the right.
 */
export function Dialog({ title, open, onClose, children, variant = 'drawer' }: { title: string; open: boolean; onClose(): void; children: ReactNode; variant?: 'drawer' | 'modal' }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${variant}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(e) => {
        if (e.target === ref.current) onClose(); // click on the backdrop
      }}
    >
      <div className="dialog-inner">
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
        <div className="dialog-body">{open && children}</div>
      </div>
    </dialog>
  );
}
