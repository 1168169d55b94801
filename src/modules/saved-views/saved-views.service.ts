import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { AppError, notFound } from '../../server/http/errors';
import type { CreateSavedViewRequest, SavedView, SavedViewList } from '../../shared/contracts/saved-views';
import { savedViews } from './saved-views.table';

/** Most views one user keeps per list: a menu, not an archive. */
export const MAX_VIEWS_PER_LIST = 30;

const present = (r: typeof savedViews.$inferSelect): SavedView => ({ id: r.id, list: r.list as SavedViewList, name: r.name, filters: r.filters, createdAt: r.createdAt.toISOString() });

/** The user's saved views of one list, by name. */
export async function listViews(deps: Deps, userId: string, list: SavedViewList) {
  const rows = await deps.db.select().from(savedViews).where(and(eq(savedViews.userId, userId), eq(savedViews.list, list))).orderBy(asc(savedViews.name));
  return { items: rows.map(present) };
}

/** Saves a named view; names are unique per user and list (case-insensitive). */
export async function createView(deps: Deps, ctx: AuditContext, userId: string, input: z.infer<typeof CreateSavedViewRequest>) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const mine = await tx.select({ name: savedViews.name }).from(savedViews).where(and(eq(savedViews.userId, userId), eq(savedViews.list, input.list)));
    if (mine.some((v) => v.name.toLocaleLowerCase('vi') === input.name.toLocaleLowerCase('vi'))) throw new AppError(409, 'saved_view_exists', `Đã có bộ lọc tên "${input.name}". Vui lòng chọn tên khác.`);
    if (mine.length >= MAX_VIEWS_PER_LIST) throw new AppError(409, 'saved_view_limit', `Mỗi danh sách lưu tối đa ${MAX_VIEWS_PER_LIST} bộ lọc. Vui lòng xóa bớt.`);
    const [row] = await tx.insert(savedViews).values({ userId, list: input.list, name: input.name, filters: input.filters, createdAt: now }).returning();
    const view = present(row!);
    await recordAudit(tx, ctx, { action: 'saved_view.create', entityType: 'saved_view', entityId: view.id, after: view }, now);
    return view;
  });
}

/** Deletes one of the user's views; another user's view is not found. */
export async function deleteView(deps: Deps, ctx: AuditContext, userId: string, id: string) {
  await deps.db.transaction(async (tx) => {
    const [gone] = await tx.delete(savedViews).where(and(eq(savedViews.id, id), eq(savedViews.userId, userId))).returning();
    if (!gone) throw notFound('Không tìm thấy bộ lọc đã lưu.');
    await recordAudit(tx, ctx, { action: 'saved_view.delete', entityType: 'saved_view', entityId: gone.id, before: present(gone) }, deps.clock.now());
  });
}
