import { z } from 'zod';
import { IsoDate } from './common';
import { SUBJECT_KINDS, SUBJECT_STATUSES, VSIC_CODE_RE } from '../domain/subjects/subject';

const Code = (digits: number, what: string) => z.string().trim().regex(new RegExp(`^\\d{${digits}}$`), `${what} gồm ${digits} chữ số.`);
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} tối đa ${max} ký tự.`)
    .nullish()
    .transform((v) => v || null);

/** A subject as entered by hand (create) — the tax code is checked (check digit) by the service. */
export const CreateSubjectRequest = z.object({
  taxCode: z.string().trim().max(20, 'Mã số thuế quá dài.').nullish(),
  name: z.string().trim().min(2, 'Tên tổ chức phải có ít nhất 2 ký tự.').max(500, 'Tên tổ chức tối đa 500 ký tự.'),
  kind: z.enum(SUBJECT_KINDS, { message: 'Loại hình không hợp lệ.' }).default('enterprise'),
  status: z.enum(SUBJECT_STATUSES, { message: 'Trạng thái không hợp lệ.' }).default('active'),
  address: optionalText(500, 'Địa chỉ'),
  provinceCode: Code(2, 'Mã tỉnh').optional(),
  communeCode: Code(5, 'Mã xã').nullish(),
  /** A pre-2025 commune code, mapped to the 2025 commune when communeCode is not given. */
  oldCommuneCode: Code(5, 'Mã xã cũ').nullish(),
  vsicCode: z.string().trim().regex(VSIC_CODE_RE, 'Mã ngành VSIC gồm 2 đến 5 chữ số.').nullish(),
  managingAgencyId: z.uuid({ message: 'Vui lòng chọn cơ quan quản lý.' }),
  legalRepName: optionalText(200, 'Tên người đại diện'),
  legalRepTitle: optionalText(200, 'Chức danh'),
  establishedOn: IsoDate.nullish(),
});

/** Changes to a subject: any field of the create request; `version` guards against overwriting someone else's edit. */
export const UpdateSubjectRequest = CreateSubjectRequest.partial().extend({
  version: z.number({ message: 'Thiếu phiên bản của bản ghi.' }).int().min(1),
  /** Why (e.g. "Quyết định thu hồi GCN số …"), kept in the history. */
  reason: z.string().trim().max(500).optional(),
});

export const SubjectListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  taxCode: z.string().trim().max(20).optional(),
  provinceCode: Code(2, 'Mã tỉnh').optional(),
  communeCode: Code(5, 'Mã xã').optional(),
  vsicCode: z.string().trim().regex(/^\d{1,5}$/, 'Mã ngành VSIC gồm tối đa 5 chữ số.').optional(),
  kind: z.enum(SUBJECT_KINDS).optional(),
  status: z.enum(SUBJECT_STATUSES).optional(),
  managingAgencyId: z.uuid({ message: 'Mã cơ quan không hợp lệ.' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const SubjectExportQuery = SubjectListQuery.omit({ limit: true, offset: true }).extend({
  format: z.enum(['csv', 'xlsx'], { message: 'Định dạng phải là csv hoặc xlsx.' }).default('xlsx'),
});

export const SubjectSummary = z.object({
  id: z.string(),
  taxCode: z.string().nullable(),
  name: z.string(),
  kind: z.enum(SUBJECT_KINDS),
  status: z.enum(SUBJECT_STATUSES),
  provinceCode: z.string(),
  provinceName: z.string(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  vsicCode: z.string().nullable(),
  managingAgencyId: z.string(),
  managingAgencyName: z.string(),
});

export const SubjectListResponse = z.object({ items: z.array(SubjectSummary), total: z.number() });

export const SubjectEventView = z.object({
  id: z.number(),
  kind: z.string(),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  importId: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const SubjectResponse = SubjectSummary.extend({
  address: z.string().nullable(),
  oldCommuneCode: z.string().nullable(),
  legalRepName: z.string().nullable(),
  legalRepTitle: z.string().nullable(),
  establishedOn: z.string().nullable(),
  importId: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(SubjectEventView),
});

/** queued → running (reading and checking the file) → merging (writing into the registry, one transaction) → done | failed. */
export const SUBJECT_IMPORT_STATUSES = ['queued', 'running', 'merging', 'done', 'failed'] as const;

export const SubjectImportResponse = z.object({
  id: z.string(),
  agencyId: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  size: z.number(),
  status: z.enum(SUBJECT_IMPORT_STATUSES),
  rowsTotal: z.number().nullable(),
  rowsDone: z.number(),
  /** 0–100: reading fills 0–90 (from rows when the total is known, otherwise from the bytes read), merging is 90, done 100. */
  percent: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  duplicates: z.number(),
  errors: z.number(),
  errorSample: z.array(z.object({ row: z.number(), taxCode: z.string(), column: z.string(), message: z.string() })),
  hasErrorReport: z.boolean(),
  failure: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const ErrorReportQuery = z.object({ format: z.enum(['csv', 'xlsx'], { message: 'Định dạng phải là csv hoặc xlsx.' }).default('xlsx') });

/** Multipart field names of the import form: optional `agencyId` first, then the file in `file`. */
export const SUBJECT_IMPORT_FIELDS = z.object({ agencyId: z.uuid({ message: 'Mã cơ quan không hợp lệ.' }).optional() });
