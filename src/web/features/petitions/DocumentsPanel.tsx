import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PetitionDocument, PetitionDocumentsResponse } from '../../../shared/contracts/petition-documents';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Feedback';
import { api, API_BASE, errorMessage } from '../../lib/api';
import type { PetitionDetail } from '../../lib/endpoints';
import { formatIsoDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';

const base = (id: string) => `/petitions/${encodeURIComponent(id)}/documents`;
export const petitionDocumentsApi = {
  list: (id: string, signal?: AbortSignal) => api.get<PetitionDocumentsResponse>(base(id), { signal }),
  generate: (id: string, body: { kind: string; caseId: string | null; signerUserId?: string; signAs?: 'head' | 'deputy'; place?: string }) => api.post<PetitionDocument>(base(id), body),
  uploadSigned: (id: string, docId: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.post<PetitionDocument>(`${base(id)}/${encodeURIComponent(docId)}/signed`, form);
  },
  href: (id: string, docId: string, format: 'pdf' | 'docx' | 'signed') => `${API_BASE}${base(id)}/${encodeURIComponent(docId)}/${format}`,
};

/** Uploads the signed PDF of one draft document. */
function SignedUpload({ letterId, doc, onDone }: { letterId: string; doc: PetitionDocument; onDone(msg: string): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = `signed-${doc.id}`;
  return (
    <div className="small">
      <label htmlFor={inputId} className="btn btn-small btn-secondary" style={{ cursor: 'pointer' }}>
        {busy ? t('petitionDocuments.uploading') : t('petitionDocuments.uploadSigned')}
      </label>
      <input
        id={inputId}
        type="file"
        accept="application/pdf,.pdf"
        className="visually-hidden"
        disabled={busy}
        aria-describedby={`${inputId}-help`}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setBusy(true);
          setError(null);
          try {
            const saved = await petitionDocumentsApi.uploadSigned(letterId, doc.id, file);
            onDone(t('petitionDocuments.uploaded', { number: saved.number }));
          } catch (err) {
            setError(errorMessage(err));
          } finally {
            setBusy(false);
          }
        }}
      />
      <p id={`${inputId}-help`} className="muted" style={{ margin: '4px 0 0' }}>
        {t('petitionDocuments.signedHelp')}
      </p>
      <ErrorMessage message={error} />
    </div>
  );
}

/** "Văn bản": the documents of the steps taken (number, date, status, PDF/DOCX/signed copy) and those that may be issued. */
export function DocumentsPanel({ letter, onChanged }: { letter: PetitionDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const version = `${letter.state}|${letter.events.length}`;
  const loaded = useApi((signal) => petitionDocumentsApi.list(letter.id, signal), [letter.id, version]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [signerUserId, setSignerUserId] = useState('');
  const [deputy, setDeputy] = useState(false);
  const [place, setPlace] = useState<string | null>(null);
  const signing = loaded.data?.signing;
  const items = loaded.data?.items ?? [];
  const issued = new Set(items.map((d) => `${d.kind}|${d.caseId ?? ''}`));
  const available = (loaded.data?.available ?? []).filter((a) => !issued.has(`${a.kind}|${a.caseId ?? ''}`));
  const done = (msg: string) => {
    setFlash(msg);
    loaded.reload();
    onChanged();
  };

  return (
    <section className="card" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('petitionDocuments.title')}</h2>
      <p className="small muted">{t('petitionDocuments.numberingBasis')}</p>
      <StatusMessage message={flash} />
      <ErrorMessage message={error} />
      {loaded.loading && !loaded.data ? (
        <Loading />
      ) : loaded.error ? (
        <ErrorMessage message={loaded.error} onRetry={loaded.reload} />
      ) : (
        <>
          {items.length === 0 ? (
            <p className="muted">{t('petitionDocuments.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('petitionDocuments.number')}</th>
                    <th scope="col">{t('petitionDocuments.document')}</th>
                    <th scope="col">{t('petitionDocuments.issuedOn')}</th>
                    <th scope="col">{t('petitionDocuments.status')}</th>
                    <th scope="col">{t('petitionDocuments.files')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((d) => (
                    <tr key={d.id}>
                      <td className="mono" style={{ whiteSpace: 'nowrap' }}>{d.number.replace(/^Số:\s*/u, '')}</td>
                      <td>
                        <span className="strong">{d.label}</span>
                        {d.recipient && <span className="small muted"> — {d.recipient}</span>}
                        {d.namesFiler && <p className="small muted" style={{ margin: 0 }}>{t('petitionDocuments.namesFiler')}</p>}
                      </td>
                      <td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(d.issuedOn)}</td>
                      <td>
                        <span className="badge">{t(`petitionDocuments.statuses.${d.status}`)}</span>
                      </td>
                      <td>
                        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                          <a href={petitionDocumentsApi.href(letter.id, d.id, 'pdf')} download>
                            {t('petitionDocuments.pdf')}
                          </a>
                          <a href={petitionDocumentsApi.href(letter.id, d.id, 'docx')} download>
                            {t('petitionDocuments.docx')}
                          </a>
                          {d.status === 'signed' && (
                            <a href={petitionDocumentsApi.href(letter.id, d.id, 'signed')} download>
                              {t('petitionDocuments.signed')}
                            </a>
                          )}
                        </div>
                        {d.status === 'draft' && <SignedUpload letterId={letter.id} doc={d} onDone={done} />}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {available.length > 0 && (
            <div style={{ marginTop: 12 }}>
              <h3 className="small strong">{t('petitionDocuments.available')}</h3>
              {signing && (
                <div className="form-row" style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'end', marginBottom: 8 }}>
                  <label className="field">
                    <span>{t('petitionDocuments.signer')}</span>
                    <select value={signerUserId} onChange={(e) => setSignerUserId(e.target.value)} disabled={signing.signers.length === 0}>
                      {signing.signers.map((s) => (
                        <option key={s.userId} value={s.userId}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="checkbox">
                    <input type="checkbox" checked={deputy} onChange={(e) => setDeputy(e.target.checked)} disabled={signing.signers.length === 0} />{' '}
                    {t('petitionDocuments.signAsDeputy', { head: signing.headTitle.toLocaleUpperCase('vi') })}
                  </label>
                  <label className="field">
                    <span>{t('petitionDocuments.place')}</span>
                    <input value={place ?? signing.defaultPlace} maxLength={100} onChange={(e) => setPlace(e.target.value)} />
                  </label>
                </div>
              )}
              <p className="small muted">{signing && signing.signers.length === 0 ? t('petitionDocuments.noSigner') : t('petitionDocuments.signingHelp')}</p>
              <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                {available.map((a) => (
                  <button
                    key={`${a.kind}|${a.caseId ?? ''}`}
                    type="button"
                    className="btn btn-secondary btn-small"
                    disabled={busy}
                    title={a.step}
                    onClick={async () => {
                      setBusy(true);
                      setError(null);
                      try {
                        const made = await petitionDocumentsApi.generate(letter.id, {
                          kind: a.kind,
                          caseId: a.caseId,
                          ...(signerUserId ? { signerUserId } : {}),
                          ...(deputy ? { signAs: 'deputy' as const } : {}),
                          ...(place !== null ? { place } : {}),
                        });
                        done(t('petitionDocuments.generated', { number: made.number.replace(/^Số:\s*/u, '') }));
                      } catch (err) {
                        setError(errorMessage(err));
                      } finally {
                        setBusy(false);
                      }
                    }}
                  >
                    {busy ? t('petitionDocuments.generating') : t('petitionDocuments.generate', { label: a.label })}
                  </button>
                ))}
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** Where the letter went and where it came from, with a link when the viewer may open the other letter. */
export function RoutingPanel({ routing }: { routing: PetitionDetail['routing'] }) {
  const { t } = useTranslation();
  if (routing.length === 0) return null;
  return (
    <section className="card" aria-labelledby="routing-title">
      <h2 id="routing-title">{t('petitionRouting.title')}</h2>
      <ul className="plain-list">
        {routing.map((r, i) => (
          <li key={i} data-testid={`routing-${r.direction}`}>
            <span className="strong">
              {r.direction === 'out' ? t('petitionRouting.out', { kind: t(`petitionRouting.kinds.${r.kind}`), agency: r.agencyName }) : t('petitionRouting.in', { agency: r.agencyName })}
            </span>
            {!r.inPlatform && <span className="muted"> {t('petitionRouting.outsidePlatform')}</span>}
            {r.registerNo && <span className="small muted"> — {t(r.direction === 'out' ? 'petitionRouting.targetNo' : 'petitionRouting.sourceNo', { registerNo: r.registerNo })}</span>}
            {r.letterId && (
              <>
                {' '}
                <Link to={`/petitions/${encodeURIComponent(r.letterId)}`}>{t('petitionRouting.open')}</Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
