import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../domain/access/roles';

export const LoginRequest = z.object({
  username: z.string().trim().min(1, 'Vui lòng nhập tên đăng nhập.').max(100),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu.').max(500),
});

export const TotpCodeRequest = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'Mã xác thực gồm 6 chữ số.') });

export const GrantResponse = z.object({ agencyId: z.string(), agencyName: z.string(), role: z.enum(ROLES) });

export const MeResponse = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    agencyId: z.string(),
    agencyName: z.string(),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    /** officer | inspected_party: the web app shows the inspected party its own portal. */
    kind: z.enum(['officer', 'inspected_party']),
  }),
  grants: z.array(GrantResponse),
  /** The agency whose work the user is looking at now (agency switcher). */
  activeAgencyId: z.string(),
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
});

export const LoginResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), me: MeResponse }),
  z.object({ status: z.literal('totp_required'), csrfToken: z.string() }),
]);

export const SwitchAgencyRequest = z.object({ agencyId: z.uuid({ message: 'Mã cơ quan không hợp lệ.' }) });

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại.').max(500),
  newPassword: z.string().max(500),
});

export const TotpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() });

export type LoginRequest = z.infer<typeof LoginRequest>;
export type MeResponse = z.infer<typeof MeResponse>;
export type LoginResponse = z.infer<typeof LoginResponse>;
