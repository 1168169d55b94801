import { isIsoDate, type IsoDate } from '../../calendar';
import type { ClockEntry } from './define';
import { formatViDate } from './format';
import { COMPLAINT_CLOCKS } from './rules-complaints';
import { DENUNCIATION_CLOCKS } from './rules-denunciations';
import { RECEPTION_CLOCKS } from './rules-reception';
import { CLOCK_IDS, DeadlineRuleError, type ClockDefinition, type ClockId, type RuleVersion } from './types';

const ENTRIES: readonly ClockEntry[] = [...COMPLAINT_CLOCKS, ...DENUNCIATION_CLOCKS, ...RECEPTION_CLOCKS];

/** Clock definitions by id. */
export const CLOCKS: Readonly<Record<ClockId, ClockDefinition>> = Object.fromEntries(
  ENTRIES.map((e) => [e.clock.id, e.clock]),
) as Record<ClockId, ClockDefinition>;

/** Every shipped rule version (deadline and warning-only), in data order. */
export const RULE_VERSIONS: readonly RuleVersion[] = ENTRIES.flatMap((e) => e.versions);

const IDS: ReadonlySet<string> = new Set<string>(CLOCK_IDS);
const UNITS: ReadonlySet<string> = new Set(['working_days', 'calendar_days']);
const VERIFICATIONS: ReadonlySet<string> = new Set(['V', 'V-old', 'S', 'TV', 'INT']);

/** True when the string is a known clock id. */
export function isClockId(id: string): id is ClockId {
  return IDS.has(id);
}

/** The definition of a clock; throws DeadlineRuleError('UNKNOWN_CLOCK') for an unknown id. */
export function getClock(id: string): ClockDefinition {
  if (!isClockId(id)) throw new DeadlineRuleError('UNKNOWN_CLOCK', `Không có thời hạn nào mang mã "${id}" trong quy định đã khai báo.`, id);
  return CLOCKS[id];
}

/** Shipped versions of one clock (deadline and warning-only). */
export function shippedVersions(clockId: ClockId): RuleVersion[] {
  return RULE_VERSIONS.filter((v) => v.clockId === clockId);
}

function isCount(n: unknown, min = 0): boolean {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= min;
}

/** Checks an override (or shipped) version; throws DeadlineRuleError('INVALID_RULE') describing the first problem. */
export function validateRuleVersion(v: RuleVersion): void {
  const fail = (what: string): never => {
    throw new DeadlineRuleError('INVALID_RULE', `Quy định thời hạn ${v.clockId} phiên bản ${v.version} không hợp lệ: ${what}.`, v.clockId);
  };
  if (!isClockId(v.clockId)) fail('mã thời hạn không tồn tại');
  if (!isCount(v.version, 1)) fail('số phiên bản phải là số nguyên dương');
  if (!isIsoDate(v.effectiveFrom)) fail('ngày hiệu lực không đúng dạng YYYY-MM-DD');
  if (v.effectiveTo !== undefined && (!isIsoDate(v.effectiveTo) || v.effectiveTo < v.effectiveFrom)) fail('ngày hết hiệu lực trước ngày hiệu lực');
  if (!UNITS.has(v.unit)) fail('đơn vị phải là ngày làm việc hoặc ngày');
  if (!isCount(v.length)) fail('độ dài phải là số nguyên không âm');
  for (const [key, n] of Object.entries(v.variants ?? {})) if (n !== undefined && !isCount(n)) fail(`biến thể "${key}" phải là số nguyên không âm`);
  if (v.maxExtensions) {
    if (!isCount(v.maxExtensions.complex) || !isCount(v.maxExtensions.especiallyComplex)) fail('số lần gia hạn phải là số nguyên không âm');
    if (!isCount(v.extensionLength, 1)) fail('phải có số ngày tối đa của mỗi lần gia hạn');
  }
  if (!VERIFICATIONS.has(v.verification)) fail('nhãn kiểm chứng không hợp lệ');
  if (!v.basis.trim()) fail('thiếu căn cứ pháp lý');
}

/** A resolved rule and where it came from. */
export interface ResolvedRule {
  rule: RuleVersion;
  source: 'shipped' | 'override';
}

const inForce = (v: RuleVersion, date: IsoDate) => v.effectiveFrom <= date && (v.effectiveTo === undefined || date <= v.effectiveTo);

// Latest effectiveFrom wins, then the higher version number, then the later row.
function pick(candidates: readonly RuleVersion[]): RuleVersion | undefined {
  let best: RuleVersion | undefined;
  for (const v of candidates) {
    if (!best || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.version >= best.version)) best = v;
  }
  return best;
}

function resolveKind(clockId: ClockId, date: IsoDate, overrides: readonly RuleVersion[], warningOnly: boolean): ResolvedRule | undefined {
  const matches = (v: RuleVersion) => v.clockId === clockId && Boolean(v.warningOnly) === warningOnly && inForce(v, date);
  const override = pick(overrides.filter(matches));
  if (override) return { rule: override, source: 'override' };
  const shipped = pick(RULE_VERSIONS.filter(matches));
  return shipped ? { rule: shipped, source: 'shipped' } : undefined;
}

function checkInputs(clockId: string, eventDate: IsoDate, overrides: readonly RuleVersion[]): ClockDefinition {
  const clock = getClock(clockId);
  if (!isIsoDate(eventDate)) throw new DeadlineRuleError('INVALID_DATE', `Ngày "${eventDate}" không hợp lệ (định dạng YYYY-MM-DD).`, clockId);
  for (const o of overrides) if (o.clockId === clockId) validateRuleVersion(o);
  return clock;
}

/**
 * The deadline rule version in force on `eventDate`: an override in force on that date takes precedence over the
 * shipped versions; throws NO_RULE_IN_FORCE when neither exists (e.g. an R2026 clock before 01/07/2026).
 */
export function resolveRuleWithSource(clockId: ClockId, eventDate: IsoDate, overrides: readonly RuleVersion[] = []): ResolvedRule {
  const clock = checkInputs(clockId, eventDate, overrides);
  const found = resolveKind(clockId, eventDate, overrides, false);
  if (found) return found;
  const why = clock.configurable
    ? 'pháp luật đã rà soát chưa quy định con số này; quản trị viên cần cấu hình thời hạn kèm ngày hiệu lực'
    : `chưa có quy định có hiệu lực vào ngày ${formatViDate(eventDate)}`;
  throw new DeadlineRuleError('NO_RULE_IN_FORCE', `Không xác định được thời hạn "${clock.labelVi}" (${clockId}): ${why}.`, clockId);
}

/** The deadline rule version in force on `eventDate` (see resolveRuleWithSource). */
export function resolveRule(clockId: ClockId, eventDate: IsoDate, overrides: readonly RuleVersion[] = []): RuleVersion {
  return resolveRuleWithSource(clockId, eventDate, overrides).rule;
}

/** The warning-only companion version in force on `eventDate`, if any (same precedence as resolveRule). */
export function resolveWarningRule(clockId: ClockId, eventDate: IsoDate, overrides: readonly RuleVersion[] = []): ResolvedRule | undefined {
  checkInputs(clockId, eventDate, overrides);
  return resolveKind(clockId, eventDate, overrides, true);
}
