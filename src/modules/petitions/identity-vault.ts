import { createHmac } from 'node:crypto';
import { SecretBox } from '../../server/crypto';
import type { Config } from '../../server/config';
import type { PetitionAuthor } from '../../shared/contracts/petitions';
import { foldKey } from '../../shared/domain/text/vi';

/**
 * The identity vault of spec §6.2 SEC-1: identities are sealed with AES-256-GCM (key from ENCRYPTION_KEY) and
 * matched only through keyed blind indexes, so duplicate detection works without storing names in clear.
 */
export class IdentityVault {
  private readonly box: SecretBox;
  private readonly indexKey: string;
  constructor(config: Pick<Config, 'encryptionKey'>) {
    this.box = new SecretBox(`${config.encryptionKey}:petition-identity`);
    this.indexKey = `${config.encryptionKey}:petition-blind-index`;
  }

  /** Encrypts one person's identifying data. */
  seal(author: PetitionAuthor): string {
    return this.box.seal(JSON.stringify(author));
  }

  /** Decrypts what seal() made. */
  open(sealed: string): PetitionAuthor {
    return JSON.parse(this.box.open(sealed)) as PetitionAuthor;
  }

  /** Keyed index of a normalised value: equal for "Nguyễn Văn Hoà" and "nguyen van hoa", useless without the key. */
  index(kind: 'name' | 'id' | 'phone', value: string | undefined): string | null {
    if (!value) return null;
    const normal = kind === 'name' ? foldKey(value) : value.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
    if (!normal) return null;
    return createHmac('sha256', this.indexKey).update(`${kind}:${normal}`).digest('hex').slice(0, 40);
  }
}

/** "Nguyễn Văn An" → "Nguyễn V. A." (lists never show a full name). */
export function maskName(fullName: string): string {
  const words = fullName.trim().split(/\s+/u);
  if (words.length <= 1) return `${(words[0] ?? '').slice(0, 1)}.`;
  return [words[0], ...words.slice(1).map((w) => `${w.slice(0, 1)}.`)].join(' ');
}
