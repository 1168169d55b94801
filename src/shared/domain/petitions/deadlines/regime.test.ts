import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../../calendar';
import { computeDeadline } from './compute';
import { regimeFor, regimeOfDate } from './regime';
import { DeadlineRuleError } from './types';

const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });

describe('regimeOfDate', () => {
  it('switches on 2025-07-01 and 2026-07-01', () => {
    expect(regimeOfDate('2019-01-01')).toBe('R2024');
    expect(regimeOfDate('2025-06-30')).toBe('R2024');
    expect(regimeOfDate('2025-07-01')).toBe('R2025');
    expect(regimeOfDate('2026-06-30')).toBe('R2025');
    expect(regimeOfDate('2026-07-01')).toBe('R2026');
  });
});

describe('regimeFor — DR-0.1 and transitional rules', () => {
  it('uses the latest milestone reached on the evaluated date', () => {
    expect(regimeFor('complaint', { receivedOn: '2025-06-20' })).toMatchObject({ regime: 'R2024', regimeDate: '2025-06-20' });
    expect(regimeFor('complaint', { receivedOn: '2025-06-20', acceptedOn: '2025-07-02' })).toMatchObject({ regime: 'R2025', regimeDate: '2025-07-02' });
    expect(regimeFor('complaint', { receivedOn: '2025-06-20', acceptedOn: '2025-07-02', on: '2025-06-25' })).toMatchObject({ regime: 'R2024' });
  });

  it('complaint accepted before 01/07/2026 and undecided follows R2026 from that date (NĐ 155/2026 Art 22)', () => {
    const d = regimeFor('complaint', { receivedOn: '2026-06-20', acceptedOn: '2026-06-25', on: '2026-07-05' });
    expect(d).toMatchObject({ regime: 'R2026', regimeDate: '2026-07-05', transitional: { basis: 'Nghị định 155/2026/NĐ-CP, Điều 22' } });
    expect(d.explanation[0]).toContain('đối thoại');
    // The R2026 clock for sending a suspension decision then applies to this case.
    const notice = computeDeadline({ clockId: 'KN_SUSPEND_NOTICE', startDate: '2026-07-05', eventDateForRegime: d.regimeDate }, cal);
    expect([notice.dueDate, notice.regime]).toEqual(['2026-07-08', 'R2026']);
    // Before 01/07/2026 the same case is still R2025.
    expect(regimeFor('complaint', { acceptedOn: '2026-06-25', on: '2026-06-30' }).regime).toBe('R2025');
    expect(regimeFor('discipline_complaint', { acceptedOn: '2026-06-25', on: '2026-07-01' }).transitional?.basis).toContain('Điều 22');
  });

  it('a complaint decided before 01/07/2026 stays in the old regime; one only received before is not covered', () => {
    const decided = regimeFor('complaint', { acceptedOn: '2026-06-01', decidedOn: '2026-06-28', on: '2026-07-05' });
    expect([decided.regime, decided.regimeDate, decided.transitional]).toEqual(['R2025', '2026-06-28', undefined]);
    const received = regimeFor('complaint', { receivedOn: '2026-06-30', on: '2026-07-03' });
    expect([received.regime, received.regimeDate]).toEqual(['R2025', '2026-06-30']);
    // KN_ACCEPT for that complaint keeps the old 10 working days.
    expect(computeDeadline({ clockId: 'KN_ACCEPT', startDate: '2026-06-30', eventDateForRegime: received.regimeDate }, cal).length).toBe(10);
  });

  it('a decision issued after 01/07/2026 is R2026 by its own date', () => {
    expect(regimeFor('complaint', { acceptedOn: '2026-06-01', decidedOn: '2026-07-10' })).toMatchObject({ regime: 'R2026', regimeDate: '2026-07-10' });
    expect(regimeFor('complaint', { acceptedOn: '2026-06-01', decidedOn: '2026-07-10' }).transitional).toBeUndefined();
  });

  it('denunciation accepted before 01/07/2026 and not concluded follows R2026 (NĐ 156/2026 Art 10)', () => {
    const d = regimeFor('denunciation', { receivedOn: '2026-06-01', acceptedOn: '2026-06-10', on: '2026-07-02' });
    expect(d).toMatchObject({ regime: 'R2026', transitional: { basis: 'Nghị định 156/2026/NĐ-CP, Điều 10' } });
    expect(d.explanation.join(' ')).toContain('có lợi hơn');
    expect(regimeFor('denunciation', { acceptedOn: '2026-06-10', decidedOn: '2026-06-30', on: '2026-07-02' }).regime).toBe('R2025');
  });

  it('petitions and reception have no transitional rule', () => {
    const petition = regimeFor('petition', { receivedOn: '2026-06-30', acceptedOn: '2026-06-30', on: '2026-07-02' });
    expect([petition.regime, petition.transitional]).toEqual(['R2025', undefined]);
    expect(regimeFor('reception', { receivedOn: '2026-07-01' }).regime).toBe('R2026');
  });

  it('refuses missing, malformed or out-of-order dates', () => {
    expect(() => regimeFor('complaint', {})).toThrow(DeadlineRuleError);
    expect(() => regimeFor('complaint', { receivedOn: '2026-07-02', acceptedOn: '2026-07-01' })).toThrow(/không thể trước/);
    expect(() => regimeFor('complaint', { receivedOn: '2026/07/02' })).toThrow(DeadlineRuleError);
    expect(() => regimeFor('complaint', { receivedOn: '2026-07-02', on: 'x' })).toThrow(DeadlineRuleError);
  });
});
