/**
 * Who sees a notification: only its recipient. The repository's queries always filter on the caller's user id,
 * so another person's notification is indistinguishable from a missing one (404); this is the rule in pure form.
 */
export const ownsNotification = (actor: { userId: string }, n: { userId: string }) => actor.userId === n.userId;

/** The per-recipient dedupe key: one event (e.g. `deadline:<id>:due_soon`) reaches each user at most once. */
export const perUserKey = (dedupeKey: string, userId: string) => `${dedupeKey}:${userId}`;
