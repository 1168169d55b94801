import { z } from 'zod';

export const AuditQuery = z.object({
  actorUserId: z.uuid({ message: 'Mã người dùng không hợp lệ.' }).optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true, message: 'Thời điểm bắt đầu không hợp lệ.' }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true, message: 'Thời điểm kết thúc không hợp lệ.' }).or(z.iso.date()).optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditRecordResponse = z.object({
  id: z.number(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  agencyId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});

export const AuditListResponse = z.object({ items: z.array(AuditRecordResponse), nextBeforeId: z.number().nullable() });
export const AuditVerifyResponse = z.object({ ok: z.boolean(), count: z.number(), firstBadId: z.number().optional(), reason: z.string().optional() });
export type AuditRecordResponse = z.infer<typeof AuditRecordResponse>;
