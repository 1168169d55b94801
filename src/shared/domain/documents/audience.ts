import type { Audience } from './model';

/**
 * Fail-closed protection of the denouncer's identity in generated documents (petitions spec §6.2 SEC-5, P-2, P-7,
 * P-8): a template addressed to the accused (or the accused's managing body, an inspected or sanctioned party) or to
 * the public must not be able to receive any field that could carry the identity of the person who filed — the
 * accused is told the content of the denunciation, never who made it. The check runs on the raw input, before the
 * template's own schema, so a forbidden field is refused even when the schema would have dropped it silently.
 */

/** Audiences that may never see the filer's identity. */
export const RESTRICTED_AUDIENCES: readonly Audience[] = ['accused', 'public'];

/**
 * Roots of field names that denote the filer or their identity (compared on the lower-cased name without separators,
 * so `denouncerName`, `denouncer_address`, `nguoiToCao`, `reporter.phone` all match). Deliberately broad: a false
 * refusal is a developer's rename; a leak is a prohibited act (LTC Art 8(3)).
 */
const IDENTITY_ROOTS = [
  'denounc', // denouncer, denouncers, denunciator
  'reporter',
  'whistleblow',
  'informant',
  'complainant',
  'petitioner',
  'filer',
  'sender',
  'applicant',
  'citizen',
  'identity',
  'vault',
  'pseudonym',
  'nguoitocao',
  'nguoikhieunai',
  'nguoikiennghi',
  'nguoiphananh',
  'nguoigui',
  'nguoivietdon',
  'danhtinh',
  'cccd',
  'cmnd',
  'passport',
  'handwriting',
  'butich',
  'fingerprint',
  'vantay',
  'signatureimage',
] as const;

/** Normalised key: lower case ASCII letters and digits only (Vietnamese letters folded to ASCII). */
function normaliseKey(key: string): string {
  return key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** True when a field name looks like the filer's identity. */
export function isIdentityField(key: string): boolean {
  const k = normaliseKey(key);
  return IDENTITY_ROOTS.some((root) => k.includes(root));
}

/**
 * The dotted paths of every identity-like field in `value` (objects and arrays, any depth), in document order.
 * Iterative, so that a maliciously deep JSON body cannot overflow the stack.
 */
export function identityFieldPaths(value: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string; flagged: boolean }[] = [{ value, path: '', flagged: false }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.flagged) found.push(node.path);
    const v = node.value;
    if (v === null || typeof v !== 'object') continue;
    const children = Array.isArray(v)
      ? v.map((item: unknown, i) => ({ value: item, path: `${node.path}[${i}]`, flagged: false }))
      : Object.entries(v as Record<string, unknown>).map(([k, item]) => ({ value: item, path: node.path ? `${node.path}.${k}` : k, flagged: isIdentityField(k) }));
    // Depth first, in document order: a field is reported before the fields nested in it and before its next siblings.
    stack.push(...children.reverse());
  }
  return found;
}

/** Thrown when identity data reaches a template whose audience must never see it. */
export class IdentityFieldError extends Error {
  readonly paths: string[];
  constructor(
    readonly audience: Audience,
    paths: string[],
  ) {
    // At most 10 paths, each at most 200 characters: the message goes back to the client.
    const shown = paths.slice(0, 10).map((p) => (p.length > 200 ? `…${p.slice(-199)}` : p));
    super(
      `Mẫu văn bản này gửi ${audience === 'accused' ? 'người bị tố cáo / đối tượng liên quan' : 'công khai'} nên không được chứa thông tin nhận dạng người tố cáo, người gửi đơn (trường: ${shown.join(', ')}${paths.length > shown.length ? ', …' : ''}). Hãy bỏ các trường này.`,
    );
    this.paths = shown;
    this.name = 'IdentityFieldError';
  }
}

/** Throws IdentityFieldError when `data` holds an identity-like field and the audience is 'accused' or 'public'. */
export function assertAudienceSafe(audience: Audience, data: unknown): void {
  if (!RESTRICTED_AUDIENCES.includes(audience)) return;
  const paths = identityFieldPaths(data);
  if (paths.length > 0) throw new IdentityFieldError(audience, paths);
}
