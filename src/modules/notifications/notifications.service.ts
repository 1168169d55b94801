import type { z } from 'zod';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { notFound } from '../../server/http/errors';
import { mailConfigured, MAIL_NOT_CONFIGURED } from '../../server/mail/mailer';
import type { NotificationListQuery } from '../../shared/contracts/notifications';
import type { Actor } from '../../shared/domain/access';
import { MAIL_QUEUE } from './notifications.mail';
import { perUserKey } from './notifications.policy';
import * as repo from './notifications.repository';

/** What to tell whom. `dedupeKey` names the event; each recipient gets it at most once (`<dedupeKey>:<userId>`). */
export type NotifyInput = {
  userIds: readonly string[];
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  entity?: { type: string; id: string } | null;
  agencyId?: string | null;
  dedupeKey: string;
};

/**
 * Creates the in-app notifications in the caller's transaction and, for recipients with an e-mail address,
 * enqueues the e-mail (queue `mail.send`) in the same transaction, so both commit with the change or neither
 * does. Idempotent: recipients who already have this `dedupeKey` are skipped. Returns the rows created now.
 */
export async function notify(deps: Pick<Deps, 'config' | 'jobs'>, tx: Db, input: NotifyInput): Promise<repo.NotificationRow[]> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return [];
  const emails = await repo.emailsOf(tx, userIds);
  const configured = mailConfigured(deps.config);
  const created = await repo.insertNotifications(
    tx,
    userIds.map((userId) => ({
      userId,
      agencyId: input.agencyId ?? null,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link ?? null,
      entityType: input.entity?.type ?? null,
      entityId: input.entity?.id ?? null,
      dedupeKey: perUserKey(input.dedupeKey, userId),
      // Without an SMTP server the reason is recorded at once; the in-app notification stands on its own.
      emailError: emails.get(userId) && !configured ? MAIL_NOT_CONFIGURED : null,
    })),
  );
  if (configured) {
    for (const n of created) {
      if (!emails.get(n.userId)) continue;
      await deps.jobs.enqueue(MAIL_QUEUE, { notificationId: n.id }, { singletonKey: `mail:notification:${n.id}`, maxAttempts: 8 }, tx);
    }
  }
  return created;
}

/** The API view of a notification. */
export function presentNotification(n: repo.NotificationRow) {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    entityType: n.entityType,
    entityId: n.entityId,
    agencyId: n.agencyId,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
    emailedAt: n.emailedAt?.toISOString() ?? null,
  };
}

/** The caller's own notifications (nobody reads another person's). */
export async function listMine(deps: Deps, actor: Actor, q: z.infer<typeof NotificationListQuery>) {
  const { rows, total, unread } = await repo.listForUser(deps.db, actor.userId, { unread: q.unread, limit: q.limit, offset: q.offset });
  return { items: rows.map(presentNotification), total, unread };
}

/** How many of the caller's notifications are unread (polled by the web app's bell). */
export async function unreadCount(deps: Deps, actor: Actor) {
  return { count: await repo.countUnread(deps.db, actor.userId) };
}

/**
 * Marks one of the caller's notifications read; another user's answers 404 like a missing one. Reading is
 * personal state, not a change to the case: it is not written to the audit trail.
 */
export async function markRead(deps: Deps, actor: Actor, id: string) {
  const row = await repo.markRead(deps.db, actor.userId, id, deps.clock.now());
  if (!row) throw notFound('Không tìm thấy thông báo.');
  return presentNotification(row);
}

/** Marks all the caller's notifications read. */
export async function markAllRead(deps: Deps, actor: Actor) {
  return { updated: await repo.markAllRead(deps.db, actor.userId, deps.clock.now()) };
}
