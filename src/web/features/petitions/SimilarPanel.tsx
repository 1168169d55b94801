import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DUP_CODES, REASON_CODES } from '../../../shared/domain/petitions/lifecycle';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { SelectField } from '../../components/Field';
import { petitionsApi, type PetitionDetail } from '../../lib/endpoints';
import { formatIsoDate } from '../../lib/format';
import { letterStateLabel, petitionKindLabel } from '../../lib/labels';
import { useAction } from '../../lib/useAction';
import { useApi } from '../../lib/useApi';
import { actionsApi } from './ActionsPanel';

/**
 * Earlier letters of the same person or about the same matter (spec §1.3: names regardless of diacritics and tone
 * placement, identity numbers and phones by blind index, the same respondent, a similar subject), with a repeat on
 * a resolved matter flagged; when the letter is classified, the officer links it to one of them as a duplicate (L6).
 */
export function SimilarPanel({ letter, onChanged }: { letter: PetitionDetail; onChanged(detail: PetitionDetail): void }) {
  const { t } = useTranslation();
  const similar = useApi((signal) => petitionsApi.similar(letter.id, signal), [letter.id]);
  const actions = useApi((signal) => actionsApi.list(letter.id, signal), [letter.id, letter.state]);
  const link = actions.data?.find((a) => a.event === 'link_duplicate' && !a.blockedBy);
  const [reason, setReason] = useState<string>(DUP_CODES[0] ?? '');
  const { busy, error, run } = useAction();
  const items = similar.data ?? [];

  const linkTo = (id: string) =>
    run(async () => {
      if (link) onChanged(await actionsApi.apply(letter.id, { target: 'letter', event: 'link_duplicate', payload: { reasonCode: reason, duplicateOfId: id } }));
    });

  return (
    <section className="card" aria-labelledby="similar-title">
      <h2 id="similar-title">{t('similar.title')}</h2>
      <p className="small muted">{t('similar.help')}</p>
      <ErrorMessage message={similar.error ?? error} onRetry={similar.reload} />
      {similar.loading && !similar.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="empty">{t('similar.none')}</p>
      ) : (
        <>
          {link && (
            <SelectField label={t('similar.reason')} value={reason} onChange={(e) => setReason(e.target.value)} help={REASON_CODES[reason as keyof typeof REASON_CODES]?.basis}>
              {DUP_CODES.map((c) => (
                <option key={c} value={c}>
                  {REASON_CODES[c].labelVi}
                </option>
              ))}
            </SelectField>
          )}
          <ul className="similar-list">
            {items.map((s) => (
              <li key={s.id}>
                <div>
                  <Link to={`/petitions/${s.id}`} className="strong">
                    {s.title}
                  </Link>{' '}
                  {s.resolved && <span className="badge badge-warning">{t('similar.repeat')}</span>}
                </div>
                <div className="small muted">
                  <span className="mono">{s.registerNo}</span> · {formatIsoDate(s.receivedOn)} · {petitionKindLabel(s.claimedKind)} · {letterStateLabel(s.state)} · {s.agencyName} · {s.author}
                </div>
                <div className="small">
                  {s.reasons.map((r) => t(`similar.reasons.${r}`)).join(' · ')}
                  {s.similarity > 0 && ` · ${t('similar.similarity', { pct: Math.round(s.similarity * 100) })}`}
                </div>
                {link && (
                  <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => void linkTo(s.id)}>
                    {t('similar.link')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
