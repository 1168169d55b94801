/** Why a password is refused (Vietnamese), or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < 10) return 'Mật khẩu phải có ít nhất 10 ký tự.';
  if (!/[A-Za-zÀ-ỹ]/.test(password) || !/\d/.test(password)) return 'Mật khẩu phải có cả chữ và số.';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'Mật khẩu không được chứa tên đăng nhập.';
  return null;
}
