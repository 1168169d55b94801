import { useState } from 'react';
import { errorMessage } from './api';

/**
 * The state of one user action (a form's submit, a button): `busy` while it runs, the server's message in `error`
 * when it fails, and the confirmation it returns in `done`. `run` clears both before starting; an action that
 * returns nothing leaves `done` empty.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = async (action: () => Promise<string | void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone((await action()) ?? null);
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  /** Forgets the last outcome (e.g. when the form is submitted again but fails its own checks). */
  const clear = () => {
    setError(null);
    setDone(null);
  };
  return { busy, error, done, run, clear };
}
