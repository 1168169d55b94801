// Pure computations of the indicators over plain fact rows (see facts.ts), and the score arithmetic. Only the facts
// the law makes available are counted (spec sanctions.md §9): every fact left out says why, with its article.
import type { WorkingCalendar } from '../../calendar';
import { deemedNeverSanctionedOn } from '../../sanctions/rules';
import { levelRank, SOURCE_OF, type IndicatorDef, type IndicatorSetDef, type RiskLevel, type Thresholds } from './definitions';
import type { IsoDate, SourceKey, SubjectFacts } from './facts';
import { SUBJECT_STATUS_LABELS } from '../subject';
import { vsicSection } from './vsic';

/** One fact behind an indicator: what it is, its date, a link to it, whether it counted and why not. */
export interface FactRef {
  source: SourceKey | 'subject';
  id: string;
  label: string;
  date: IsoDate | null;
  link: string | null;
  counted: boolean;
  value?: number;
  note?: string;
}

/** An indicator's result: raw value, normalised value (0–1), weight, contribution to the score (points of 100). */
export interface IndicatorResult {
  key: string;
  nameVi: string;
  nameEn: string;
  kind: IndicatorDef['kind'];
  available: boolean;
  raw: number;
  normalised: number;
  weight: number;
  contribution: number;
  facts: FactRef[];
  note?: string;
}

/** A computed score with its explanation. */
export interface ScoreResult {
  score: number;
  level: RiskLevel;
  asOf: IsoDate;
  indicators: IndicatorResult[];
  /** Set when the subject is not scored (e.g. dissolved): the reason. */
  excluded: string | null;
}

/** What a computation needs besides the facts: the day of the score and the working calendar (Art 7 periods). */
export interface ComputeContext {
  asOf: IsoDate;
  calendar: WorkingCalendar;
}

const DAY = 86_400_000;
const t = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const monthsCache = new Map<string, IsoDate>();
/** The same day `n` months earlier (clamped to the month's end). Memoised: a rescoring asks it once per subject. */
export function monthsBefore(d: IsoDate, n: number): IsoDate {
  const key = `${d}|${n}`;
  let hit = monthsCache.get(key);
  if (hit === undefined) {
    hit = monthsBeforeUncached(d, n);
    if (monthsCache.size > 1000) monthsCache.clear();
    monthsCache.set(key, hit);
  }
  return hit;
}
function monthsBeforeUncached(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - n;
  const yy = Math.floor(total / 12);
  const mm = total % 12;
  const last = new Date(Date.UTC(yy, mm + 1, 0)).getUTCDate();
  return iso(Date.UTC(yy, mm, Math.min(day, last)));
}
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const vi = (d: IsoDate | null) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '');

type Raw = { raw: number; facts: FactRef[]; note?: string };

const TERMINAL_RECOMMENDATION = new Set(['implemented', 'cancelled']);
const NOT_YET_INSPECTED = new Set(['proposed', 'info_gathering']);

/** Computes one indicator's raw value and the facts behind it. `undefined` when its source is not wired. */
export function computeRaw(def: IndicatorDef, facts: SubjectFacts, ctx: ComputeContext): Raw | undefined {
  const source = SOURCE_OF[def.kind];
  if (source !== 'subject' && facts.sources[source] === undefined) return undefined;
  const s = facts.subject;
  switch (def.kind) {
    case 'petitions_weighted': {
      const from = monthsBefore(ctx.asOf, def.params.windowMonths);
      let raw = 0;
      const refs = facts.sources.petitions!.map((p): FactRef => {
        const base = { source: 'petitions' as const, id: p.id, label: `Đơn số ${p.registerNo}${p.kind ? ` (${KIND_VI[p.kind] ?? p.kind})` : ''}`, date: p.receivedOn, link: `/petitions/${p.id}` };
        if (p.receivedOn <= from || p.receivedOn > ctx.asOf) return { ...base, counted: false, note: `Ngoài khoảng ${def.params.windowMonths} tháng.` };
        if (!p.kind) return { ...base, counted: false, note: 'Đơn chưa được phân loại.' };
        // Luật Tố cáo 2018 Art 11(2)(c), 35(2)(c): a denunciation counts only once concluded "đúng" / "đúng một phần".
        if (p.kind === 'denunciation' && p.finding !== 'substantiated' && p.finding !== 'partly_substantiated')
          return { ...base, counted: false, note: 'Tố cáo chưa có kết luận đúng/đúng một phần: không được dùng bất lợi cho người bị tố cáo (Luật Tố cáo 2018, điểm c khoản 2 Điều 11; điểm c khoản 2 Điều 35).' };
        // Luật Khiếu nại 2011: only a complaint that found the subject's decision unlawful is a fact about the subject.
        if (p.kind === 'complaint' && p.finding !== 'unlawful_decision') return { ...base, counted: false, note: 'Khiếu nại chưa có quyết định giải quyết xác định quyết định bị khiếu nại là sai (Luật Khiếu nại 2011).' };
        const w = def.params.weights[p.kind as keyof typeof def.params.weights] ?? 0;
        raw += w;
        return { ...base, counted: w > 0, value: w, note: w > 0 ? undefined : 'Trọng số loại đơn bằng 0.' };
      });
      return { raw, facts: refs };
    }
    case 'years_since_inspection': {
      const done = facts.sources.inspections!.filter((i) => !NOT_YET_INSPECTED.has(i.status) && i.decisionDate <= ctx.asOf);
      const refs: FactRef[] = facts.sources.inspections!.map((i) => ({ source: 'inspections', id: i.id, label: `Cuộc thanh tra ${i.caseNo}`, date: i.decisionDate, link: `/inspections/${i.id}`, counted: done.includes(i), note: done.includes(i) ? undefined : 'Chưa có quyết định thanh tra.' }));
      const last = done.map((i) => i.decisionDate).sort().at(-1);
      if (last) {
        // Inspections §20.2 / NQ 198/2025/QH15 Art 4: at most one inspection a year — a subject inspected this year scores 0 here.
        if (last.slice(0, 4) === ctx.asOf.slice(0, 4)) return { raw: 0, facts: refs, note: `Đã được thanh tra trong năm ${ctx.asOf.slice(0, 4)} (không thanh tra quá 01 lần/năm — Nghị quyết 198/2025/QH15, Điều 4).` };
        return { raw: round((t(ctx.asOf) - t(last)) / DAY / 365.25, 1), facts: refs, note: `Lần thanh tra gần nhất: ${vi(last)}.` };
      }
      if (s.establishedOn && s.establishedOn <= ctx.asOf) return { raw: round((t(ctx.asOf) - t(s.establishedOn)) / DAY / 365.25, 1), facts: refs, note: `Chưa từng được thanh tra; tính từ ngày thành lập ${vi(s.establishedOn)}.` };
      return { raw: def.cap, facts: refs, note: 'Chưa từng được thanh tra, không rõ ngày thành lập: tính ở mức tối đa.' };
    }
    case 'sector_base_risk': {
      const section = vsicSection(s.vsicCode);
      const raw = section ? (def.params.sections[section] ?? def.params.otherwise) : def.params.otherwise;
      return { raw, facts: [{ source: 'subject', id: s.id, label: s.vsicCode ? `Ngành VSIC ${s.vsicCode}${section ? ` (ngành cấp 1: ${section})` : ''}` : 'Chưa có mã ngành', date: null, link: null, counted: true, value: raw }] };
    }
    case 'registry_status': {
      const raw = def.params.values[s.status] ?? 0;
      return { raw, facts: [{ source: 'subject', id: s.id, label: `Trạng thái: ${SUBJECT_STATUS_LABELS[s.status as keyof typeof SUBJECT_STATUS_LABELS] ?? s.status}`, date: null, link: null, counted: raw > 0, value: raw }] };
    }
    case 'sanctions_in_window': {
      const from = monthsBefore(ctx.asOf, Math.round(def.params.windowYears * 12));
      let raw = 0;
      const refs = facts.sources.sanctions!.map((x): FactRef => {
        const base = { source: 'sanctions' as const, id: x.id, label: `Quyết định xử phạt ${x.decisionNo}`, date: x.decidedOn, link: `/sanctions/${x.id}` };
        if (x.decidedOn <= from || x.decidedOn > ctx.asOf) return { ...base, counted: false, note: `Ngoài khoảng ${def.params.windowYears} năm.` };
        // XLVPHC Art 7: deemed never sanctioned 6 months after completing a warning, 1 year after other decisions or
        // after the execution limitation expired — such a decision must not count.
        const clearedFrom = x.completedOn ?? x.executionExpiredOn;
        if (clearedFrom) {
          const cleared = deemedNeverSanctionedOn(clearedFrom, x.mainForm, ctx.calendar);
          if (cleared.dueDate < ctx.asOf) return { ...base, counted: false, note: `Được coi là chưa bị xử lý vi phạm hành chính từ ${vi(cleared.dueDate)} (${cleared.basis}).` };
        }
        raw += 1;
        return { ...base, counted: true, value: 1 };
      });
      return { raw, facts: refs };
    }
    case 'unpaid_fines': {
      let raw = 0;
      const refs = facts.sources.sanctions!.filter((x) => x.fineAmount > 0).map((x): FactRef => {
        const base = { source: 'sanctions' as const, id: x.id, label: `Quyết định xử phạt ${x.decisionNo}`, date: x.paymentDueOn, link: `/sanctions/${x.id}` };
        const outstanding = Math.max(0, x.fineAmount - x.paidAmount);
        if (x.payment === 'expired') return { ...base, counted: false, note: 'Hết thời hiệu thi hành (Luật XLVPHC, Điều 74): không tính là nợ.' };
        if (x.payment === 'instalments' || x.payment === 'postponed') return { ...base, counted: false, note: 'Được nộp phạt nhiều lần / hoãn thi hành (Luật XLVPHC, Điều 76, 79): chưa quá hạn.' };
        if (x.payment !== 'unpaid' || outstanding === 0) return { ...base, counted: false, note: 'Đã nộp đủ.' };
        if (!x.paymentDueOn || x.paymentDueOn >= ctx.asOf) return { ...base, counted: false, note: 'Chưa hết hạn nộp phạt.' };
        raw += outstanding;
        return { ...base, counted: true, value: outstanding };
      });
      return { raw, facts: refs };
    }
    case 'overdue_recommendations': {
      let raw = 0;
      const refs = facts.sources.recommendations!.map((r): FactRef => {
        const base = { source: 'recommendations' as const, id: r.id, label: `Kiến nghị tại kết luận ${r.conclusionNo}: ${r.summary}`, date: r.dueOn, link: `/inspections/${r.caseId}` };
        if (!r.conclusionPublishedOn || r.conclusionPublishedOn > ctx.asOf) return { ...base, counted: false, note: 'Kết luận chưa công khai: không dùng ngoài cơ quan thanh tra (Luật Thanh tra 2022, khoản 5 Điều 8; Điều 79).' };
        if (TERMINAL_RECOMMENDATION.has(r.status)) return { ...base, counted: false, note: 'Đã thực hiện hoặc đã huỷ.' };
        if (!r.dueOn || iso(t(r.dueOn) + def.params.graceDays * DAY) >= ctx.asOf) return { ...base, counted: false, note: 'Chưa quá hạn.' };
        raw += 1;
        return { ...base, counted: true, value: 1 };
      });
      return { raw, facts: refs };
    }
  }
}

const KIND_VI: Record<string, string> = { complaint: 'khiếu nại', denunciation: 'tố cáo', petition: 'kiến nghị', reflection: 'phản ánh' };

/** The level of a score under the thresholds. */
export function levelOf(score: number, th: Thresholds): RiskLevel {
  if (score >= th.serious) return 'serious';
  if (score >= th.warning) return 'warning';
  if (score >= th.watch) return 'watch';
  return 'none';
}

/**
 * The score of a subject: each available indicator's normalised value min(raw, cap) / cap times its weight, as points
 * of 100 over the total weight of the available indicators (an indicator whose source is not wired is shown as
 * unavailable and leaves the total). Contributions are rounded to 0.01, the score is their rounded sum.
 */
export function computeScore(set: IndicatorSetDef, facts: SubjectFacts, ctx: ComputeContext): ScoreResult {
  if (set.excludedStatuses.includes(facts.subject.status)) {
    return { score: 0, level: 'none', asOf: ctx.asOf, indicators: [], excluded: `Không tính điểm: tổ chức ở trạng thái "${SUBJECT_STATUS_LABELS[facts.subject.status as keyof typeof SUBJECT_STATUS_LABELS] ?? facts.subject.status}".` };
  }
  const raws = set.indicators.map((def) => ({ def, r: computeRaw(def, facts, ctx) }));
  const totalWeight = raws.reduce((s, x) => s + (x.r ? x.def.weight : 0), 0);
  const indicators: IndicatorResult[] = raws.map(({ def, r }) => {
    const base = { key: def.key, nameVi: def.nameVi, nameEn: def.nameEn, kind: def.kind, weight: def.weight };
    if (!r) return { ...base, available: false, raw: 0, normalised: 0, contribution: 0, facts: [], note: 'Nguồn dữ liệu chưa kết nối: không tính vào tổng trọng số.' };
    const normalised = round(Math.min(Math.max(r.raw, 0), def.cap) / def.cap, 4);
    const contribution = totalWeight > 0 ? round((100 * def.weight * normalised) / totalWeight, 2) : 0;
    return { ...base, available: true, raw: r.raw, normalised, contribution, facts: r.facts, ...(r.note ? { note: r.note } : {}) };
  });
  const score = round(indicators.reduce((s, i) => s + i.contribution, 0), 1);
  return { score, level: levelOf(score, set.thresholds), asOf: ctx.asOf, indicators, excluded: null };
}

/** Whether moving from `before` to `after` crosses a threshold upward at or above the set's warning level. */
export function raisesWarning(before: RiskLevel | null, after: RiskLevel, th: Thresholds): boolean {
  return levelRank(after) >= levelRank(th.warnFrom) && levelRank(after) > levelRank(before ?? 'none');
}

