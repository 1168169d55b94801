import { z } from 'zod';
import { PageQuery } from './common';

const num = (what: string, min = 0, max = 1e12) => z.number({ message: `${what} phải là số.` }).min(min, `${what} phải từ ${min}.`).max(max, `${what} quá lớn.`);
const base = {
  key: z.string().trim().regex(/^[a-z][a-z0-9_]{1,39}$/, 'Mã chỉ số gồm chữ thường không dấu, số và dấu gạch dưới (2–40 ký tự).'),
  nameVi: z.string().trim().min(2, 'Vui lòng nhập tên chỉ số.').max(200),
  nameEn: z.string().trim().min(2, 'Vui lòng nhập tên tiếng Anh của chỉ số.').max(200),
  weight: num('Trọng số', 0, 1000),
  cap: z.number({ message: 'Ngưỡng bão hoà phải là số.' }).positive('Ngưỡng bão hoà phải lớn hơn 0.').max(1e13),
  justification: z.string().trim().max(2000).default(''),
};
const ratio = num('Giá trị', 0, 1);
const empty = z.object({}).strict().default({});

/** One indicator of a set (computation kind with its parameters). */
export const IndicatorDefSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('petitions_weighted'), params: z.object({ windowMonths: z.number().int().min(1).max(120), weights: z.object({ complaint: num('Trọng số loại đơn', 0, 100), denunciation: num('Trọng số loại đơn', 0, 100), petition: num('Trọng số loại đơn', 0, 100), reflection: num('Trọng số loại đơn', 0, 100) }) }) }),
  z.object({ ...base, kind: z.literal('years_since_inspection'), params: empty }),
  z.object({ ...base, kind: z.literal('sector_base_risk'), params: z.object({ sections: z.record(z.string().regex(/^[A-U]$/, 'Ngành cấp 1 là một chữ A–U.'), ratio), otherwise: ratio }) }),
  z.object({ ...base, kind: z.literal('registry_status'), params: z.object({ values: z.record(z.string(), ratio) }) }),
  z.object({ ...base, kind: z.literal('sanctions_in_window'), params: z.object({ windowYears: num('Số năm', 0.5, 20) }) }),
  z.object({ ...base, kind: z.literal('unpaid_fines'), params: empty }),
  z.object({ ...base, kind: z.literal('overdue_recommendations'), params: z.object({ graceDays: z.number().int().min(0).max(365) }) }),
]);

export const IndicatorSetSchema = z.object({
  indicators: z.array(IndicatorDefSchema).min(1, 'Bộ chỉ số phải có ít nhất một chỉ số.').max(30),
  thresholds: z.object({ watch: num('Ngưỡng theo dõi', 0, 100), warning: num('Ngưỡng cảnh báo', 0, 100), serious: num('Ngưỡng nghiêm trọng', 0, 100), warnFrom: z.enum(['watch', 'warning', 'serious']) }),
  excludedStatuses: z.array(z.string().max(40)).max(10).default([]),
});

/** A new version of the indicator set: the whole set and why it changed. */
export const CreateIndicatorSetRequest = z.object({
  definition: IndicatorSetSchema,
  note: z.string().trim().min(5, 'Vui lòng ghi lý do thay đổi (ít nhất 5 ký tự).').max(2000),
});

export const IndicatorSetResponse = z.object({
  version: z.number(),
  definition: IndicatorSetSchema,
  note: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export const IndicatorSetListResponse = z.object({ items: z.array(IndicatorSetResponse), wiredSources: z.array(z.string()) });

const Level = z.enum(['none', 'watch', 'warning', 'serious']);
const FactRefSchema = z.object({ source: z.string(), id: z.string(), label: z.string(), date: z.string().nullable(), link: z.string().nullable(), counted: z.boolean(), value: z.number().optional(), note: z.string().optional() });
const IndicatorResultSchema = z.object({ key: z.string(), nameVi: z.string(), nameEn: z.string(), kind: z.string(), available: z.boolean(), raw: z.number(), normalised: z.number(), weight: z.number(), contribution: z.number(), facts: z.array(FactRefSchema), note: z.string().optional() });

/** A score with its full explanation, recomputed from the stored inputs and version; `matches` says it reproduced. */
export const ScoreResponse = z.object({
  historyId: z.number(),
  subjectId: z.string(),
  score: z.number(),
  level: Level,
  setVersion: z.number(),
  asOf: z.string(),
  computedAt: z.string(),
  cause: z.string(),
  excluded: z.string().nullable(),
  indicators: z.array(IndicatorResultSchema),
  thresholds: z.object({ watch: z.number(), warning: z.number(), serious: z.number(), warnFrom: z.string() }),
  reproduced: z.object({ score: z.number(), level: Level, matches: z.boolean() }),
});
export const SubjectScoreResponse = z.object({
  current: ScoreResponse.nullable(),
  history: z.array(z.object({ id: z.number(), score: z.number(), level: Level, setVersion: z.number(), asOf: z.string(), cause: z.string(), computedAt: z.string() })),
});

export const HistoryParams = z.object({ id: z.uuid({ message: 'Mã định danh không hợp lệ.' }), historyId: z.coerce.number().int().positive() });

/** The subject's history tab: one section per wired source. */
export const SubjectFactsResponse = z.object({
  sections: z.array(z.object({ source: z.string(), titleVi: z.string(), titleEn: z.string(), items: z.array(z.object({ id: z.string(), title: z.string(), date: z.string().nullable(), status: z.string().nullable(), link: z.string().nullable(), details: z.string().nullable() })) })),
  missingSources: z.array(z.string()),
  suggestions: z.array(z.object({ id: z.string(), registerNo: z.string(), title: z.string(), respondentName: z.string().nullable(), receivedOn: z.string(), kind: z.string().nullable() })),
});

export const LinkPetitionRequest = z.object({ letterId: z.uuid({ message: 'Mã đơn không hợp lệ.' }) });

export const WARNING_STATES = ['open', 'acknowledged', 'acted', 'dismissed'] as const;
export const WarningListQuery = PageQuery.extend({
  state: z.enum([...WARNING_STATES, 'active'] as const).optional(),
  subjectId: z.uuid().optional(),
});
export const WarningResponse = z.object({
  id: z.string(),
  subjectId: z.string(),
  subjectName: z.string(),
  taxCode: z.string().nullable(),
  agencyId: z.string(),
  agencyName: z.string(),
  level: Level,
  previousLevel: Level,
  score: z.number(),
  setVersion: z.number(),
  historyId: z.number(),
  state: z.enum(WARNING_STATES),
  action: z.string().nullable(),
  actionRef: z.string().nullable(),
  reason: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const WarningListResponse = z.object({ items: z.array(WarningResponse), total: z.number() });

/** Acting on a warning: open an inspection (its decision number) or add the subject to next year's plan (the plan's reference). */
export const ActOnWarningRequest = z.object({
  action: z.enum(['open_inspection', 'add_to_plan'], { message: 'Vui lòng chọn hành động: tiến hành thanh tra hoặc đưa vào kế hoạch năm sau.' }),
  reference: z.string({ message: 'Vui lòng ghi số quyết định thanh tra hoặc kế hoạch.' }).trim().min(2, 'Vui lòng ghi số quyết định thanh tra hoặc kế hoạch.').max(300),
  /** For an inspection outside the plan: the Art 51 basis recorded by the decision-maker (the score alone is not one). */
  basis: z.string().trim().max(2000).optional(),
});
export const DismissWarningRequest = z.object({
  reason: z.string({ message: 'Vui lòng ghi lý do bỏ qua cảnh báo.' }).trim().min(5, 'Vui lòng ghi lý do bỏ qua cảnh báo (ít nhất 5 ký tự).').max(2000),
});
export const WarningIdParams = z.object({ id: z.uuid({ message: 'Mã cảnh báo không hợp lệ.' }) });
export const RescoreResponse = z.object({ scored: z.number(), written: z.number(), warnings: z.number() });
