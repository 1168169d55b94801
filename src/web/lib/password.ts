import type { TFunction } from 'i18next';
import { passwordProblem } from '../../shared/domain/access/password';

/**
 * The server's password rule (`passwordProblem`, shared code) with its message in the interface language.
 * Returns null when the password is acceptable.
 */
export function passwordError(t: TFunction, password: string, username?: string): string | null {
  const problem = passwordProblem(password, username);
  if (!problem) return null;
  if (problem.includes('10 ký tự')) return t('password.tooShort');
  if (problem.includes('chữ và số')) return t('password.lettersDigits');
  if (problem.includes('tên đăng nhập')) return t('password.containsUsername');
  return problem;
}
