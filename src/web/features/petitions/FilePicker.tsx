import { useRef, useState } from 'react';
import { ACCEPTED_FILE_EXTENSIONS } from '../../../shared/contracts/files';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { useAction } from '../../lib/useAction';

/**
 * A file input and a send button that uploads the chosen files with `send`, shows the server's message on refusal
 * and a confirmation on success. Shared by the officers' attachments panel and the citizens' portal.
 */
export function FilePicker({
  label,
  chooseLabel,
  noneLabel,
  sendLabel,
  sendingLabel,
  doneMessage,
  max,
  extra,
  send,
}: {
  label: string;
  chooseLabel: string;
  noneLabel: string;
  sendLabel: string;
  sendingLabel: string;
  doneMessage: (count: number) => string;
  max: number;
  extra?: React.ReactNode;
  send(files: File[]): Promise<void>;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const { busy, error, done, run } = useAction();

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!files.length) return;
    await run(async () => {
      await send(files);
      const message = doneMessage(files.length);
      setFiles([]);
      if (input.current) input.current.value = '';
      return message;
    });
  };

  return (
    <form className="file-picker" onSubmit={submit}>
      {/* The native control speaks the browser's language: it is hidden behind a button and a list in ours. */}
      <label className="file-drop">
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          multiple={max > 1}
          accept={ACCEPTED_FILE_EXTENSIONS.map((x) => `.${x}`).join(',')}
          onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, max))}
        />
        <span className="btn btn-secondary btn-small" aria-hidden="true">
          {chooseLabel}
        </span>
        <span className="field-label">{label}</span>
        <span className="small muted file-names" aria-live="polite">
          {files.length ? files.map((f) => f.name).join(', ') : noneLabel}
        </span>
      </label>
      {extra}
      <ErrorMessage message={error} />
      <StatusMessage message={done} />
      <button type="submit" className="btn btn-secondary" disabled={busy || files.length === 0}>
        {busy ? sendingLabel : sendLabel}
      </button>
    </form>
  );
}
