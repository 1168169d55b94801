import { z } from 'zod';

/** The lists whose filters a user can save under a name. */
export const SAVED_VIEW_LISTS = ['petitions', 'reception', 'overdue'] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];

const FilterKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, 'Tên bộ lọc không hợp lệ.');

export const SavedViewsQuery = z.object({ list: z.enum(SAVED_VIEW_LISTS, { message: 'Danh sách không hợp lệ.' }) });

export const CreateSavedViewRequest = z.object({
  list: z.enum(SAVED_VIEW_LISTS, { message: 'Danh sách không hợp lệ.' }),
  name: z.string().trim().min(1, 'Vui lòng đặt tên cho bộ lọc.').max(80, 'Tên bộ lọc tối đa 80 ký tự.'),
  filters: z
    .record(FilterKey, z.string().max(200, 'Giá trị bộ lọc tối đa 200 ký tự.'))
    .refine((f) => Object.keys(f).length <= 20, { message: 'Tối đa 20 điều kiện lọc.' }),
});

export const SavedViewResponse = z.object({
  id: z.string(),
  list: z.enum(SAVED_VIEW_LISTS),
  name: z.string(),
  filters: z.record(z.string(), z.string()),
  createdAt: z.string(),
});
export type SavedView = z.infer<typeof SavedViewResponse>;
export const SavedViewsResponse = z.object({ items: z.array(SavedViewResponse) });
