import type { TFunction } from 'i18next';

const USERNAME = /^[a-zA-Z0-9._-]{3,64}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The same rules as the server's CreateUserRequest, with messages in the interface language. */
export function usernameError(t: TFunction, username: string): string | null {
  return USERNAME.test(username.trim()) ? null : t('users.usernameInvalid');
}
export function fullNameError(t: TFunction, fullName: string): string | null {
  return fullName.trim().length >= 2 ? null : t('users.fullNameRequired');
}
export function emailError(t: TFunction, email: string): string | null {
  return email.trim() === '' || EMAIL.test(email.trim()) ? null : t('users.emailInvalid');
}
