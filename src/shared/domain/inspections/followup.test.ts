import { describe, expect, it } from 'vitest';
import { recommendationEngine } from './machines';
import {
  detailsRefusal,
  editRefusal,
  findingRefusal,
  followUpInspectionRefusal,
  followUpRefusal,
  isOverdue,
  kindBasis,
  paymentRefusal,
  recommendationFacts,
  recommendationReminderStage,
  recoveryProgress,
  reportRefusal,
  summarizeFindings,
} from './followup';

describe('findings and the report (Art 28, 33)', () => {
  it('records findings from the decision until the report, not after', () => {
    expect(findingRefusal('in_direct_inspection', 'ltt_2025')).toBeNull();
    expect(findingRefusal('report_submitted', 'ltt_2025')).toMatchObject({ code: 'WRONG_STATE', basis: expect.stringContaining('Điều 33') });
    expect(findingRefusal('concluded', 'ltt_2022')!.basis).toMatch(/11\/2022.*Điều 73/);
  });
  it('sends the report only when every finding is approved', () => {
    expect(reportRefusal('direct_inspection_ended', 0, 'ltt_2025')).toBeNull();
    expect(reportRefusal('direct_inspection_ended', 2, 'ltt_2025')).toMatchObject({ code: 'FINDINGS_UNAPPROVED', messageVi: expect.stringContaining('Còn 2') });
    expect(reportRefusal('decided', 0, 'ltt_2025')!.code).toBe('WRONG_STATE');
  });
  it('summarises findings per item, counting money of approved findings only', () => {
    const s = summarizeFindings(
      [
        { id: 'a', title: 'Đất đai' },
        { id: 'b', title: 'Tài chính' },
        { id: 'c', title: 'Xây dựng' },
      ],
      [
        { itemId: 'a', status: 'approved', amountVnd: 1_000_000 },
        { itemId: 'a', status: 'proposed', amountVnd: 5_000_000 },
        { itemId: 'b', status: 'approved', amountVnd: null },
      ],
    );
    expect(s).toMatchObject({ findings: 3, approved: 2, amountVnd: 1_000_000, itemsWithoutFindings: 1 });
    expect(s.items[0]).toMatchObject({ findings: 2, approved: 1, amountVnd: 1_000_000 });
  });
});

describe('recommendations (Art 36, 53)', () => {
  it('names the article of each kind by rule set', () => {
    expect(kindBasis('recover_money', 'ltt_2025')).toBe('Luật Thanh tra 84/2025/QH15, điểm d khoản 2 Điều 36; điểm a khoản 2 Điều 53');
    expect(kindBasis('discipline', 'ltt_2022')).toMatch(/11\/2022.*Điều 103/);
  });
  it('requires what each kind must state', () => {
    expect(detailsRefusal({ kind: 'recover_money', amountVnd: 0 }, 'ltt_2025')!.code).toBe('AMOUNT_REQUIRED');
    expect(detailsRefusal({ kind: 'recover_money', amountVnd: 10 }, 'ltt_2025')).toBeNull();
    expect(detailsRefusal({ kind: 'discipline', persons: [' '] }, 'ltt_2025')!.code).toBe('PERSONS_REQUIRED');
    expect(detailsRefusal({ kind: 'amend_rules', ruleBody: 'UBND tỉnh', ruleName: '' }, 'ltt_2025')!.code).toBe('RULE_REQUIRED');
    expect(detailsRefusal({ kind: 'transfer_investigation', agency: 'Cơ quan CSĐT Công an tỉnh' }, 'ltt_2025')).toBeNull();
    expect(detailsRefusal({ kind: 'other' }, 'ltt_2025')).toBeNull();
  });
  it('are written with the draft and frozen at signing; followed up only after signing', () => {
    expect(editRefusal('draft', 'drafting_conclusion', 'ltt_2025')).toBeNull();
    expect(editRefusal(null, 'draft_final', 'ltt_2025')).toBeNull();
    expect(editRefusal('signed', 'concluded', 'ltt_2025')).toMatchObject({ code: 'FROZEN', basis: expect.stringContaining('khoản 4 Điều 36') });
    expect(editRefusal(null, 'in_direct_inspection', 'ltt_2025')!.code).toBe('WRONG_STATE');
    expect(followUpRefusal('draft', 'ltt_2025')!.code).toBe('NOT_SIGNED');
    expect(followUpRefusal('published', 'ltt_2025')).toBeNull();
  });
  it('open again while the signed conclusion is amended before publication (Art 36(4)), frozen once published', () => {
    expect(editRefusal('amended', 'concluded', 'ltt_2025')).toBeNull();
    expect(editRefusal('published', 'published', 'ltt_2025')!.code).toBe('FROZEN');
    expect(editRefusal('amended', 'published', 'ltt_2025')!.code).toBe('FROZEN');
    expect(followUpRefusal('amended', 'ltt_2022')).toBeNull();
  });
});

describe('recovered money', () => {
  const base = { kind: 'recover_money' as const, amountVnd: 1_000_000_000, recovered: 400_000_000, signedOn: '2026-09-01', today: '2026-11-04', ruleSet: 'ltt_2025' };
  it('adds payments up to the amount, never beyond', () => {
    expect(recoveryProgress(1_000_000_000, [{ paidOn: '2026-09-10', amountVnd: 150_000_000 }, { paidOn: '2026-10-10', amountVnd: 250_000_000 }])).toEqual({ amountVnd: 1_000_000_000, recovered: 400_000_000, remaining: 600_000_000, percent: 40, complete: false });
    expect(recoveryProgress(3, [{ paidOn: '2026-09-10', amountVnd: 2 }]).percent).toBe(66);
    expect(recoveryProgress(5, [{ paidOn: '2026-09-10', amountVnd: 5 }])).toMatchObject({ remaining: 0, percent: 100, complete: true });
    expect(paymentRefusal({ ...base, payment: { paidOn: '2026-11-01', amountVnd: 600_000_000 } })).toBeNull();
    const over = paymentRefusal({ ...base, payment: { paidOn: '2026-11-01', amountVnd: 600_000_001 } });
    expect(over).toMatchObject({ code: 'AMOUNT_EXCEEDS', basis: expect.stringContaining('Điều 53') });
    expect(over!.messageVi).toContain('600.000.000');
  });
  it('refuses wrong dates, amounts and kinds', () => {
    expect(paymentRefusal({ ...base, payment: { paidOn: '2026-11-05', amountVnd: 1 } })!.code).toBe('FUTURE_DATE');
    expect(paymentRefusal({ ...base, payment: { paidOn: '2026-08-31', amountVnd: 1 } })!.code).toBe('BEFORE_CONCLUSION');
    expect(paymentRefusal({ ...base, payment: { paidOn: '2026-11-01', amountVnd: 0 } })!.code).toBe('INVALID_AMOUNT');
    expect(paymentRefusal({ ...base, payment: { paidOn: '2026-11-01', amountVnd: 1.5 } })!.code).toBe('INVALID_AMOUNT');
    expect(paymentRefusal({ ...base, kind: 'discipline', payment: { paidOn: '2026-11-01', amountVnd: 1 } })!.code).toBe('NOT_MONEY');
  });
  it('lets the machine mark a money recommendation implemented only when fully recovered', () => {
    const ctx = (recovered: number) => ({ roles: ['follow_up_officer' as const], ruleSet: 'ltt_2025', facts: recommendationFacts('recover_money', 100, recovered), payload: {} });
    const partly = recommendationEngine.apply('in_progress', 'mark_implemented', ctx(60));
    expect(partly.ok).toBe(false);
    if (!partly.ok) expect(partly.code).toBe('NOT_FULLY_RECOVERED');
    expect(recommendationEngine.apply('in_progress', 'mark_implemented', ctx(100)).ok).toBe(true);
    expect(recommendationEngine.apply('in_progress', 'mark_implemented', { ...ctx(0), facts: recommendationFacts('discipline', null, 0) }).ok).toBe(true);
  });
});

describe('overdue, reminders and the follow-up inspection (Art 54, 55)', () => {
  it('is overdue when still open after the due date', () => {
    expect(isOverdue('in_progress', '2026-11-03', '2026-11-04')).toBe(true);
    expect(isOverdue('in_progress', '2026-11-04', '2026-11-04')).toBe(false);
    expect(isOverdue('implemented', '2026-01-01', '2026-11-04')).toBe(false);
    expect(isOverdue('escalated', '2026-01-01', '2026-11-04')).toBe(false);
  });
  it('reminds before, on and after the due date, only while open', () => {
    expect(recommendationReminderStage('directed', '2026-11-10', '2026-11-04', 7)).toBe('due_soon');
    expect(recommendationReminderStage('directed', '2026-11-12', '2026-11-04', 7)).toBeNull();
    expect(recommendationReminderStage('directed', '2026-11-04', '2026-11-04', 7)).toBe('due_today');
    expect(recommendationReminderStage('not_implemented', '2026-10-01', '2026-11-04', 7)).toBe('overdue');
    expect(recommendationReminderStage('closed', '2026-10-01', '2026-11-04', 7)).toBeNull();
  });
  it('proposes a follow-up inspection only when implementation failed or is late, once', () => {
    const base = { dueDate: '2026-12-31', today: '2026-11-04', existingCaseId: null, ruleSet: 'ltt_2025' };
    expect(followUpInspectionRefusal({ ...base, state: 'not_implemented' })).toBeNull();
    expect(followUpInspectionRefusal({ ...base, state: 'in_progress', dueDate: '2026-11-01' })).toBeNull();
    expect(followUpInspectionRefusal({ ...base, state: 'in_progress' })).toMatchObject({ code: 'NOT_NEEDED', basis: expect.stringContaining('Điều 55') });
    expect(followUpInspectionRefusal({ ...base, state: 'escalated', existingCaseId: 'x' })!.code).toBe('ALREADY_CREATED');
  });
});
