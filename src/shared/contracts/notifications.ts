import { z } from 'zod';
import { Uuid } from './common';

/** Kinds of notification; deadline reminders come in three stages (before, on the day, after). */
export const NOTIFICATION_KINDS = ['deadline.due_soon', 'deadline.due_today', 'deadline.overdue'] as const;

const flag = z.enum(['true', 'false', '1', '0'], { message: 'Giá trị phải là true hoặc false.' }).transform((v) => v === 'true' || v === '1');

/** `unread=true` keeps only unread ones; newest first. */
export const NotificationListQuery = z.object({
  unread: flag.optional(),
  limit: z.coerce.number({ message: 'Số lượng không hợp lệ.' }).int().min(1, 'Số lượng tối thiểu là 1.').max(200, 'Số lượng tối đa là 200.').default(50),
  offset: z.coerce.number({ message: 'Vị trí không hợp lệ.' }).int().min(0, 'Vị trí không được âm.').max(1_000_000).default(0),
});

export const NotificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** Path in the web app (e.g. /petitions/<id>). */
  link: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  agencyId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  emailedAt: z.string().nullable(),
});

export const NotificationListResponse = z.object({ items: z.array(NotificationView), total: z.number(), unread: z.number() });
export const UnreadCountResponse = z.object({ count: z.number() });
export const ReadAllResponse = z.object({ updated: z.number() });

/** The overdue view: running legal deadlines past their due date, in the caller's scope (or one agency's subtree). */
export const OverdueQuery = z.object({
  agencyId: Uuid.optional(),
  limit: z.coerce.number({ message: 'Số lượng không hợp lệ.' }).int().min(1, 'Số lượng tối thiểu là 1.').max(500, 'Số lượng tối đa là 500.').default(100),
  offset: z.coerce.number({ message: 'Vị trí không hợp lệ.' }).int().min(0, 'Vị trí không được âm.').max(1_000_000).default(0),
});

export const OverdueItem = z.object({
  deadlineId: z.string(),
  /** A letter's deadline or a reception visit's (TCD_ANSWER, TCD_REFUSAL_NOTICE); the id of the one it belongs to. */
  target: z.enum(['letter', 'visit']),
  letterId: z.string().nullable(),
  visitId: z.string().nullable(),
  registerNo: z.string(),
  title: z.string(),
  /** The sender's pseudonym, never the identity. */
  author: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  clockId: z.string(),
  label: z.string(),
  dueDate: z.string(),
  /** Working days since the due date (the state bodies' calendar). */
  daysOverdue: z.number(),
  calendarDaysOverdue: z.number(),
  basis: z.string(),
});

export const OverdueResponse = z.object({ today: z.string(), total: z.number(), items: z.array(OverdueItem) });
