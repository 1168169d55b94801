import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { requireAuth } from '../../server/http/auth';
import { IdParams } from '../../shared/contracts/common';
import { NotificationListQuery, NotificationListResponse, NotificationView, ReadAllResponse, UnreadCountResponse } from '../../shared/contracts/notifications';
import * as notifications from './notifications.service';

/** The caller's own notifications (deadline reminders…). */
export const notificationsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Thông báo'];

  app.get(
    '/notifications',
    { config: { auth: 'authenticated' }, schema: { tags, summary: 'Thông báo của tôi (unread=true: chỉ chưa đọc)', querystring: NotificationListQuery, response: { 200: NotificationListResponse } } },
    async (req) => notifications.listMine(deps, requireAuth(req).actor, req.query),
  );

  app.get('/notifications/unread-count', { config: { auth: 'authenticated' }, schema: { tags, summary: 'Số thông báo chưa đọc', response: { 200: UnreadCountResponse } } }, async (req) =>
    notifications.unreadCount(deps, requireAuth(req).actor),
  );

  app.post('/notifications/:id/read', { config: { auth: 'authenticated' }, schema: { tags, summary: 'Đánh dấu đã đọc', params: IdParams, response: { 200: NotificationView } } }, async (req) =>
    notifications.markRead(deps, requireAuth(req).actor, req.params.id),
  );

  app.post('/notifications/read-all', { config: { auth: 'authenticated' }, schema: { tags, summary: 'Đánh dấu tất cả đã đọc', response: { 200: ReadAllResponse } } }, async (req) =>
    notifications.markAllRead(deps, requireAuth(req).actor),
  );
};
