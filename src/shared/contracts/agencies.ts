import { z } from 'zod';
import { IsoDate } from './common';

/** Kinds of agency after the 2025 reform (Luật Thanh tra 84/2025/QH15 Art 7; bodies that receive citizens and resolve petitions). */
export const AGENCY_KINDS = [
  'government',
  'government_inspectorate',
  'ministry',
  'ministry_inspectorate',
  'provincial_people_committee',
  'provincial_inspectorate',
  'provincial_department',
  'commune_people_committee',
  'other',
] as const;
export const AGENCY_LEVELS = ['central', 'province', 'commune'] as const;

export const AgencyResponse = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(AGENCY_KINDS),
  level: z.enum(AGENCY_LEVELS),
  parentId: z.string().nullable(),
  provinceCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  status: z.enum(['active', 'merged', 'split', 'dissolved']),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  childCount: z.number().optional(),
});

export const AgencyDetailResponse = AgencyResponse.extend({
  names: z.array(z.object({ name: z.string(), validFrom: z.string(), validTo: z.string().nullable() })),
  events: z.array(
    z.object({ id: z.string(), kind: z.string(), effectiveDate: z.string(), sourceIds: z.array(z.string()), resultIds: z.array(z.string()), basis: z.string().nullable(), note: z.string().nullable() }),
  ),
});

export const AgencyListQuery = z.object({
  parentId: z.uuid({ message: 'Mã cơ quan không hợp lệ.' }).optional(),
  /** Only agencies without a parent (the roots of the tree). */
  root: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const CreateAgencyRequest = z.object({
  code: z.string().trim().min(2, 'Mã cơ quan tối thiểu 2 ký tự.').max(40).regex(/^[A-Za-z0-9._-]+$/, 'Mã cơ quan chỉ gồm chữ không dấu, số, dấu chấm, gạch.'),
  name: z.string().trim().min(3, 'Vui lòng nhập tên cơ quan.').max(300),
  shortName: z.string().trim().max(100).optional().nullable(),
  kind: z.enum(AGENCY_KINDS, { message: 'Loại cơ quan không hợp lệ.' }),
  parentId: z.uuid({ message: 'Mã cơ quan cấp trên không hợp lệ.' }),
  provinceCode: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.').optional().nullable(),
  communeCode: z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số.').optional().nullable(),
  validFrom: IsoDate,
});

const Basis = z.string().trim().max(500).optional().nullable();

export const RenameAgencyRequest = z.object({ name: z.string().trim().min(3, 'Vui lòng nhập tên mới.').max(300), effectiveDate: IsoDate, basis: Basis });

export const MergeAgenciesRequest = z.object({
  sourceIds: z.array(z.uuid({ message: 'Mã cơ quan không hợp lệ.' })).min(1, 'Chọn ít nhất một cơ quan bị hợp nhất.').max(100),
  targetId: z.uuid({ message: 'Mã cơ quan tiếp nhận không hợp lệ.' }),
  effectiveDate: IsoDate,
  basis: Basis,
});

export const SplitAgencyRequest = z.object({
  sourceId: z.uuid({ message: 'Mã cơ quan không hợp lệ.' }),
  effectiveDate: IsoDate,
  basis: Basis,
  /** The first result inherits the source's records (the source is re-attached under it). */
  results: z.array(CreateAgencyRequest.omit({ validFrom: true })).min(2, 'Chia tách phải tạo ít nhất hai cơ quan.').max(20),
});

export type AgencyResponse = z.infer<typeof AgencyResponse>;
