import type { FileConfidentiality } from '../../shared/contracts/files';
import type { DocumentTemplate, OfficialDocument } from '../../shared/domain/documents';

/** True when a template's document concerns a denunciation (by its id, or by the letter kind in its data). */
export function concernsDenunciation(template: Pick<DocumentTemplate, 'id'>, data: unknown): boolean {
  if (template.id.includes('denunciation')) return true;
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'denunciation';
}

/**
 * How secret a generated document is once stored as a file (fail-closed: a caller may raise it, never lower it):
 * confidential when it can name a denouncer (petitions spec §6.2 SEC-1, SEC-12: identity is kept under the secrecy
 * regime), when it carries a state-secret stamp (MẬT, TỐI MẬT, TUYỆT MẬT), or when the caller asks.
 */
export function storedConfidentiality(
  template: Pick<DocumentTemplate, 'id' | 'carriesIdentity'>,
  doc: Pick<OfficialDocument, 'confidentiality'>,
  data: unknown,
  requested?: FileConfidentiality,
): FileConfidentiality {
  if (requested === 'confidential' || doc.confidentiality !== undefined) return 'confidential';
  return template.carriesIdentity && concernsDenunciation(template, data) ? 'confidential' : 'normal';
}
