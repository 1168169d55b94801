import { z } from 'zod';
import { ROLES } from '../domain/access/roles';

export const RoleAssignment = z.object({
  agencyId: z.uuid({ message: 'Mã cơ quan không hợp lệ.' }),
  role: z.enum(ROLES, { message: 'Vai trò không hợp lệ.' }),
});

export const CreateUserRequest = z.object({
  username: z
    .string()
    .trim()
    .min(3, 'Tên đăng nhập tối thiểu 3 ký tự.')
    .max(64, 'Tên đăng nhập tối đa 64 ký tự.')
    .regex(/^[a-zA-Z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.'),
  fullName: z.string().trim().min(2, 'Vui lòng nhập họ và tên.').max(200),
  email: z.email({ message: 'Địa chỉ thư điện tử không hợp lệ.' }).max(200).optional().nullable(),
  agencyId: z.uuid({ message: 'Mã cơ quan không hợp lệ.' }),
  password: z.string().max(500),
  roles: z.array(RoleAssignment).max(50).default([]),
});

export const UpdateUserRequest = z.object({
  fullName: z.string().trim().min(2, 'Vui lòng nhập họ và tên.').max(200).optional(),
  email: z.email({ message: 'Địa chỉ thư điện tử không hợp lệ.' }).max(200).nullable().optional(),
  status: z.enum(['active', 'disabled'], { message: 'Trạng thái không hợp lệ.' }).optional(),
});

export const SetRolesRequest = z.object({ roles: z.array(RoleAssignment).max(50) });
export const ResetPasswordRequest = z.object({ newPassword: z.string().max(500) });

export const UserResponse = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  agencyId: z.string(),
  agencyName: z.string(),
  status: z.enum(['active', 'disabled']),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  roles: z.array(z.object({ agencyId: z.string(), agencyName: z.string(), role: z.enum(ROLES) })),
});

export const UserListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  /** Only users of this agency (with `subtree=true`: and of the agencies below it). */
  agencyId: z.uuid({ message: 'Mã cơ quan không hợp lệ.' }).optional(),
  subtree: z.enum(['true', 'false']).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const UserListResponse = z.object({ items: z.array(UserResponse), total: z.number() });

export type CreateUserRequest = z.infer<typeof CreateUserRequest>;
export type UserResponse = z.infer<typeof UserResponse>;
