/** Labels of the sanctions screens (from the interface texts, the server's label as fallback). */
import { DECISION_CASES, NO_DECISION_GROUNDS, SANCTION_FORMS } from '../../../shared/contracts/sanctions';
import { SANCTION_STATES } from '../../../shared/domain/sanctions/machine';
import { tDynamic } from '../../i18n';

export { DECISION_CASES, NO_DECISION_GROUNDS, SANCTION_FORMS, SANCTION_STATES };

export const sanctionStatusLabel = (status: string, fallback?: string) => tDynamic(`sanctions.statuses.${status}`, fallback ?? status);
export const formLabel = (form: string) => tDynamic(`sanctions.forms.${form}`, form);
export const versionLabel = (v: string) => tDynamic(`sanctions.versions.${v}`, v);

/** Reads "dd/mm/yyyy; amount" lines into instalments; null when a line is not understood. */
export function parseInstalments(text: string): { dueOn: string; amount: number }[] | null {
  const out: { dueOn: string; amount: number }[] = [];
  for (const raw of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s*[;,]\s*([\d.\s]+)$/u.exec(raw);
    if (!m) return null;
    const amount = Number(m[4]!.replace(/[.\s]/gu, ''));
    if (!Number.isSafeInteger(amount) || amount <= 0) return null;
    out.push({ dueOn: `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, amount });
  }
  return out.length > 0 ? out : null;
}

/** Non-empty trimmed lines of a textarea. */
export const linesOf = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
