import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/**
 * An in-page confirmation (instead of window.confirm, whose buttons follow the browser's language).
 * `const [confirm, dialog] = useConfirm(); … if (await confirm(text)) …; render {dialog}`.
 */
export function useConfirm(): [(message: string, confirmLabel?: string) => Promise<boolean>, ReactNode] {
  const { t } = useTranslation();
  const [state, setState] = useState<{ message: string; label: string } | null>(null);
  const resolver = useRef<((ok: boolean) => void) | null>(null);

  const confirm = useCallback(
    (message: string, confirmLabel?: string) =>
      new Promise<boolean>((resolve) => {
        resolver.current = resolve;
        setState({ message, label: confirmLabel ?? t('common.yes') });
      }),
    [t],
  );

  const finish = (ok: boolean) => {
    resolver.current?.(ok);
    resolver.current = null;
    setState(null);
  };

  const dialog = (
    <Dialog title={state?.label ?? ''} open={state !== null} onClose={() => finish(false)} variant="modal">
      <p>{state?.message}</p>
      <div className="form-actions">
        <button type="button" className="btn btn-danger" onClick={() => finish(true)}>
          {state?.label}
        </button>
        <button type="button" className="btn btn-secondary" autoFocus onClick={() => finish(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
  return [confirm, dialog];
}
