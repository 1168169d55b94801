import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../../calendar';
import { checkIndicatorSet, computeRaw, computeScore, DEFAULT_INDICATOR_SET, levelOf, monthsBefore, raisesWarning, vsicSection, type IndicatorDef, type IndicatorSetDef, type SubjectFact, type SubjectFacts } from '.';

const calendar = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });
const ctx = { asOf: '2026-06-15', calendar };
const subject: SubjectFact = { id: 's1', status: 'active', vsicCode: '4210', establishedOn: '2016-06-15' };
const def = (key: string) => DEFAULT_INDICATOR_SET.indicators.find((i) => i.key === key)!;
const facts = (sources: SubjectFacts['sources'] = {}, s = subject): SubjectFacts => ({ subject: s, sources });
const petition = (id: string, kind: string | null, receivedOn: string, finding: 'substantiated' | 'unlawful_decision' | null = null) => ({ id, registerNo: `${id}/2026`, kind, receivedOn, finding });
const sanction = (id: string, over: Partial<import('.').SanctionFact> = {}) => ({ id, decisionNo: `${id}/QĐ-XPHC`, decidedOn: '2025-03-01', mainForm: 'other' as const, completedOn: null, executionExpiredOn: null, fineAmount: 0, paidAmount: 0, paymentDueOn: null, payment: 'none' as const, ...over });

describe('petitions_weighted', () => {
  it('weighs letters of the window by kind; pending denunciations and undecided complaints do not count', () => {
    const r = computeRaw(def('petitions_12m'), facts({ petitions: [petition('a', 'reflection', '2026-01-10'), petition('b', 'petition', '2025-07-01'), petition('c', 'denunciation', '2026-02-01'), petition('d', 'denunciation', '2026-03-01', 'substantiated'), petition('e', 'complaint', '2026-03-01'), petition('f', 'complaint', '2026-04-01', 'unlawful_decision'), petition('g', 'reflection', '2025-06-15'), petition('h', null, '2026-05-01')] }), ctx)!;
    // reflection 1 + petition 1 + substantiated denunciation 3 + complaint found unlawful 2 = 7
    expect(r.raw).toBe(7);
    const byId = Object.fromEntries(r.facts.map((f) => [f.id, f]));
    expect(byId.c).toMatchObject({ counted: false, note: expect.stringMatching(/Điều 11/) });
    expect(byId.e!.counted).toBe(false);
    expect(byId.g).toMatchObject({ counted: false, note: 'Ngoài khoảng 12 tháng.' });
    expect(byId.h).toMatchObject({ counted: false, note: 'Đơn chưa được phân loại.' });
    expect(byId.a).toMatchObject({ counted: true, value: 1, link: '/petitions/a' });
  });
  it('is unavailable when the source is not wired', () => {
    expect(computeRaw(def('petitions_12m'), facts(), ctx)).toBeUndefined();
  });
});

describe('years_since_inspection', () => {
  const insp = (id: string, decisionDate: string, status = 'concluded') => ({ id, caseNo: `${id}/QĐ-TTr`, decisionDate, status, conclusionNo: null, conclusionSignedOn: null, conclusionPublishedOn: null });
  it('counts from the last decided inspection, ignoring proposals', () => {
    const r = computeRaw(def('years_since_inspection'), facts({ inspections: [insp('a', '2021-06-15'), insp('b', '2023-06-15'), insp('c', '2024-01-01', 'proposed')] }), ctx)!;
    expect(r.raw).toBe(3);
    expect(r.facts.find((f) => f.id === 'c')!.counted).toBe(false);
  });
  it('is 0 when inspected this year (at most once a year)', () => {
    expect(computeRaw(def('years_since_inspection'), facts({ inspections: [insp('a', '2026-01-05')] }), ctx)!).toMatchObject({ raw: 0, note: expect.stringMatching(/198\/2025/) });
  });
  it('counts from the establishment when never inspected, else saturates', () => {
    expect(computeRaw(def('years_since_inspection'), facts({ inspections: [] }), ctx)!.raw).toBe(10);
    expect(computeRaw(def('years_since_inspection'), facts({ inspections: [] }, { ...subject, establishedOn: null }), ctx)!.raw).toBe(8);
  });
});

describe('subject data', () => {
  it('maps VSIC codes to sections and sections to base risk', () => {
    expect([vsicSection('0810'), vsicSection('4210'), vsicSection('8610'), vsicSection('04'), vsicSection(null)]).toEqual(['B', 'F', 'Q', null, null]);
    expect(computeRaw(def('sector_base_risk'), facts(), ctx)!.raw).toBe(0.8);
    expect(computeRaw(def('sector_base_risk'), facts({}, { ...subject, vsicCode: null }), ctx)!.raw).toBe(0.4);
  });
  it('registry status', () => {
    expect(computeRaw(def('registry_status'), facts({}, { ...subject, status: 'revoked' }), ctx)!.raw).toBe(1);
    expect(computeRaw(def('registry_status'), facts(), ctx)!.raw).toBe(0);
  });
});

describe('sanctions', () => {
  it('counts decisions of the window except those deemed never sanctioned (XLVPHC Art 7)', () => {
    const r = computeRaw(def('sanctions_3y'), facts({ sanctions: [sanction('a'), sanction('b', { decidedOn: '2023-01-01' }), sanction('c', { decidedOn: '2024-01-01', completedOn: '2024-02-01' }), sanction('d', { decidedOn: '2025-09-01', mainForm: 'warning', completedOn: '2025-09-10' }), sanction('e', { decidedOn: '2026-01-01', completedOn: '2026-01-10' })] }), ctx)!;
    // a (open), e (completed 10/01/2026, clean only from 2027) count; b out of window; c clean since 02/2025; d warning clean since 03/2026.
    expect(r.raw).toBe(2);
    expect(r.facts.find((f) => f.id === 'c')!.note).toMatch(/coi là chưa bị xử lý.*Điều 7/);
    expect(r.facts.find((f) => f.id === 'd')!.counted).toBe(false);
  });
  it('sums overdue unpaid fines; expired, instalments and not-yet-due do not count', () => {
    const r = computeRaw(def('unpaid_fines'), facts({ sanctions: [sanction('a', { fineAmount: 30_000_000, paidAmount: 10_000_000, payment: 'unpaid', paymentDueOn: '2026-01-01' }), sanction('b', { fineAmount: 5_000_000, payment: 'expired', paymentDueOn: '2020-01-01' }), sanction('c', { fineAmount: 5_000_000, payment: 'instalments', paymentDueOn: '2026-01-01' }), sanction('d', { fineAmount: 5_000_000, payment: 'unpaid', paymentDueOn: '2026-07-01' }), sanction('e', { fineAmount: 7_000_000, paidAmount: 7_000_000, payment: 'paid', paymentDueOn: '2026-01-01' })] }), ctx)!;
    expect(r.raw).toBe(20_000_000);
    expect(r.facts.filter((f) => f.counted).map((f) => f.id)).toEqual(['a']);
  });
  it('counts overdue recommendations of published conclusions only', () => {
    const rec = (id: string, over: Partial<import('.').RecommendationFact> = {}) => ({ id, conclusionNo: '12/KL-TTr', caseId: 'k1', summary: 'Thu hồi', dueOn: '2026-03-01', status: 'open', conclusionPublishedOn: '2025-12-01', ...over });
    const r = computeRaw(def('overdue_recommendations'), facts({ recommendations: [rec('a'), rec('b', { conclusionPublishedOn: null }), rec('c', { status: 'implemented' }), rec('d', { dueOn: '2026-12-01' }), rec('e', { status: 'partly_implemented' })] }), ctx)!;
    expect(r.raw).toBe(2);
    expect(r.facts.find((f) => f.id === 'b')!.note).toMatch(/khoản 5 Điều 8/);
  });
});

describe('score', () => {
  const small: IndicatorSetDef = {
    indicators: [
      { ...def('petitions_12m'), weight: 30, cap: 2 } as IndicatorDef,
      { ...def('sector_base_risk'), weight: 10 } as IndicatorDef,
      { ...def('sanctions_3y'), weight: 60 } as IndicatorDef,
    ],
    thresholds: { watch: 20, warning: 40, serious: 60, warnFrom: 'warning' },
    excludedStatuses: ['dissolved'],
  };
  it('adds weighted normalised values as points of 100 over the available weight, with the explanation', () => {
    const r = computeScore(small, facts({ petitions: [petition('a', 'reflection', '2026-01-10')] }), ctx);
    // sanctions unavailable → total weight 40; petitions 1/2 × 30 = 15 → 37.5; sector 0.8 × 10 = 8 → 20.
    expect(r.indicators.map((i) => [i.key, i.available, i.raw, i.normalised, i.contribution])).toEqual([
      ['petitions_12m', true, 1, 0.5, 37.5],
      ['sector_base_risk', true, 0.8, 0.8, 20],
      ['sanctions_3y', false, 0, 0, 0],
    ]);
    expect(r.score).toBe(57.5);
    expect(r.level).toBe('warning');
    expect(r.indicators[2]!.note).toMatch(/chưa kết nối/);
    expect(r.indicators[0]!.facts[0]).toMatchObject({ id: 'a', link: '/petitions/a', counted: true });
  });
  it('saturates at the cap and never exceeds 100', () => {
    const r = computeScore(small, facts({ petitions: ['a', 'b', 'c', 'd', 'e'].map((id) => petition(id, 'petition', '2026-05-01')), sanctions: [sanction('x'), sanction('y'), sanction('z'), sanction('w')] }, { ...subject, vsicCode: '0810' }), ctx);
    expect(r.indicators[0]!.normalised).toBe(1);
    expect(r.score).toBe(99);
    expect(r.level).toBe('serious');
  });
  it('does not score excluded statuses', () => {
    expect(computeScore(small, facts({}, { ...subject, status: 'dissolved' }), ctx)).toMatchObject({ score: 0, level: 'none', excluded: expect.stringMatching(/Đã giải thể/) });
  });
  it('is reproducible from its stored inputs (JSON round trip)', () => {
    const input = facts({ petitions: [petition('a', 'reflection', '2026-01-10')], inspections: [], sanctions: [sanction('x', { fineAmount: 1_000_000, payment: 'unpaid', paymentDueOn: '2026-01-01' })], recommendations: [] });
    const first = computeScore(DEFAULT_INDICATOR_SET, input, ctx);
    const again = computeScore(JSON.parse(JSON.stringify(DEFAULT_INDICATOR_SET)), JSON.parse(JSON.stringify(input)), ctx);
    expect(again).toEqual(first);
  });
});

describe('thresholds and sets', () => {
  const th = DEFAULT_INDICATOR_SET.thresholds;
  it('levels and upward crossings', () => {
    expect([levelOf(24.9, th), levelOf(25, th), levelOf(40, th), levelOf(60, th)]).toEqual(['none', 'watch', 'warning', 'serious']);
    expect(raisesWarning(null, 'warning', th)).toBe(true);
    expect(raisesWarning('watch', 'warning', th)).toBe(true);
    expect(raisesWarning('warning', 'serious', th)).toBe(true);
    expect(raisesWarning('none', 'watch', th)).toBe(false);
    expect(raisesWarning('serious', 'warning', th)).toBe(false);
    expect(raisesWarning('warning', 'warning', th)).toBe(false);
  });
  it('checks a set', () => {
    expect(checkIndicatorSet(DEFAULT_INDICATOR_SET)).toEqual([]);
    const bad = { ...DEFAULT_INDICATOR_SET, thresholds: { ...th, warning: 20 }, indicators: [DEFAULT_INDICATOR_SET.indicators[0]!, DEFAULT_INDICATOR_SET.indicators[0]!] };
    expect(checkIndicatorSet(bad)).toEqual(['Mã chỉ số "sanctions_3y" bị trùng.', 'Ngưỡng phải tăng dần: 0 < theo dõi < cảnh báo < nghiêm trọng ≤ 100.']);
  });
  it('months arithmetic clamps to the month end', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-06-15', 12)).toBe('2025-06-15');
  });
});
