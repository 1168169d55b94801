import { z } from 'zod';
import { CLOCK_IDS } from '../domain/petitions/deadlines/types';
import { IsoDate } from './common';

const Count = z.number({ message: 'Phải là số.' }).int('Phải là số nguyên.').min(0, 'Không được âm.').max(3650, 'Quá lớn.');

export const CreateRuleOverrideRequest = z.object({
  clockId: z.enum(CLOCK_IDS, { message: 'Mã thời hạn không tồn tại.' }),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.optional(),
  unit: z.enum(['working_days', 'calendar_days'], { message: "Đơn vị phải là 'working_days' (ngày làm việc) hoặc 'calendar_days' (ngày)." }),
  length: Count,
  variants: z.object({ complex: Count.optional(), remote: Count.optional(), remoteComplex: Count.optional(), extended: Count.optional(), dismissal: Count.optional() }).optional(),
  maxExtensions: z.object({ complex: Count, especiallyComplex: Count }).optional(),
  extensionLength: Count.optional(),
  basis: z.string().trim().min(5, 'Vui lòng nêu căn cứ pháp lý (văn bản, điều, khoản).').max(500),
  verification: z.enum(['V', 'V-old', 'S', 'TV', 'INT']).default('V'),
  note: z.string().trim().max(2000).optional(),
});

export const RuleVersionResponse = z.object({
  clockId: z.string(),
  version: z.number(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().optional(),
  unit: z.enum(['working_days', 'calendar_days']),
  length: z.number(),
  variants: z.object({ complex: z.number().optional(), remote: z.number().optional(), remoteComplex: z.number().optional(), extended: z.number().optional(), dismissal: z.number().optional() }).optional(),
  maxExtensions: z.object({ complex: z.number(), especiallyComplex: z.number() }).optional(),
  extensionLength: z.number().optional(),
  extensionBasis: z.string().optional(),
  basis: z.string(),
  basisEn: z.string().optional(),
  verification: z.string(),
  toVerify: z.boolean(),
  labelVi: z.string(),
  labelEn: z.string(),
  warningOnly: z.boolean().optional(),
  noteVi: z.string().optional(),
});

export const RuleOverrideResponse = z.object({ id: z.string(), note: z.string().nullable(), createdAt: z.string(), rule: RuleVersionResponse });

export const ClockRulesResponse = z.array(
  z.object({
    id: z.string(),
    domain: z.string(),
    labelVi: z.string(),
    labelEn: z.string(),
    triggerVi: z.string(),
    configurable: z.boolean(),
    shipped: z.array(RuleVersionResponse),
    overrides: z.array(RuleOverrideResponse),
  }),
);

const Flag = z.enum(['true', 'false']).optional();
export const ComputeDeadlineQuery = z.object({
  clockId: z.enum(CLOCK_IDS, { message: 'Mã thời hạn không tồn tại.' }),
  startDate: IsoDate,
  eventDate: IsoDate.optional(),
  complex: Flag,
  especiallyComplex: Flag,
  remote: Flag,
  severalPlaces: Flag,
  dismissal: Flag,
});

export const DeadlineResponse = z.object({
  clockId: z.string(),
  dueDate: z.string(),
  warningDate: z.string().optional(),
  effectiveOn: z.string().optional(),
  unit: z.string(),
  length: z.number(),
  addedDays: z.number(),
  ruleSource: z.enum(['shipped', 'override']),
  basis: z.string(),
  toVerify: z.boolean(),
  regime: z.string(),
  explanation: z.array(z.string()),
  warnings: z.array(z.string()),
});
