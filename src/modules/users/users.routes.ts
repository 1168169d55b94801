import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { IdParams, OkResponse } from '../../shared/contracts/common';
import { CreateUserRequest, ResetPasswordRequest, SetRolesRequest, UpdateUserRequest, UserListQuery, UserListResponse, UserResponse } from '../../shared/contracts/users';
import * as users from './users.service';

/** Account administration: list, create, edit, disable, roles, password reset. */
export const usersRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Người dùng'];

  app.get('/users', { config: { auth: { permission: 'users.read' } }, schema: { tags, summary: 'Danh sách người dùng trong phạm vi', querystring: UserListQuery, response: { 200: UserListResponse } } }, async (req) =>
    users.listUsers(deps, requireAuth(req).actor, req.query),
  );

  app.get('/users/:id', { config: { auth: { permission: 'users.read' } }, schema: { tags, summary: 'Chi tiết người dùng', params: IdParams, response: { 200: UserResponse } } }, async (req) =>
    users.getUser(deps, requireAuth(req).actor, req.params.id),
  );

  app.post('/users', { config: { auth: { permission: 'users.manage' } }, schema: { tags, summary: 'Tạo tài khoản', body: CreateUserRequest, response: { 201: UserResponse } } }, async (req, reply) => {
    const created = await users.createUser(deps, auditContext(req), requireAuth(req).actor, req.body);
    return reply.status(201).send(created);
  });

  app.patch(
    '/users/:id',
    { config: { auth: { permission: 'users.manage' } }, schema: { tags, summary: 'Sửa thông tin, khóa/mở khóa tài khoản', params: IdParams, body: UpdateUserRequest, response: { 200: UserResponse } } },
    async (req) => users.updateUser(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body),
  );

  app.put(
    '/users/:id/roles',
    { config: { auth: { permission: 'users.manage' } }, schema: { tags, summary: 'Giao vai trò', params: IdParams, body: SetRolesRequest, response: { 200: UserResponse } } },
    async (req) => users.setUserRoles(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body.roles),
  );

  app.post(
    '/users/:id/reset-password',
    { config: { auth: { permission: 'users.manage' } }, schema: { tags, summary: 'Đặt lại mật khẩu', params: IdParams, body: ResetPasswordRequest, response: { 200: OkResponse } } },
    async (req) => {
      await users.resetPassword(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body.newPassword);
      return { ok: true as const };
    },
  );
};
