import { z } from 'zod';

/** The body of every error response. */
export const ErrorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const Uuid = z.uuid({ message: 'Mã định danh không hợp lệ.' });
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.');
export const IdParams = z.object({ id: Uuid });

/** Pagination query: `limit` (1–200, default 50) and `offset`. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const OkResponse = z.object({ ok: z.literal(true) });
