import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTaxCode, completeTaxCode, taxCodeCheckDigit } from './tax-code';

describe('tax code (MST)', () => {
  it('accepts published MSTs and computes their check digit', () => {
    // 0100233488 and 0314409058-002 are python-stdnum's examples; 0100109106 is a listed enterprise's MST.
    expect(taxCodeCheckDigit('010023348')).toBe(8);
    expect(checkTaxCode('0100233488')).toEqual({ ok: true, value: '0100233488', branch: false });
    expect(checkTaxCode('0100109106')).toMatchObject({ ok: true });
    expect(checkTaxCode('0314409058-002')).toEqual({ ok: true, value: '0314409058-002', branch: true });
  });

  it('canonicalises separators, 13 digits in a row and a dropped leading zero', () => {
    expect(checkTaxCode(' 01.00.233.488 ')).toMatchObject({ value: '0100233488' });
    expect(checkTaxCode('0314409058002')).toMatchObject({ value: '0314409058-002' });
    expect(checkTaxCode('0314409058 - 002')).toMatchObject({ value: '0314409058-002' });
    expect(checkTaxCode('100233488')).toMatchObject({ ok: true, value: '0100233488' });
  });

  it('refuses a wrong check digit, lengths, letters, a zero sequence and a 000 branch', () => {
    expect(checkTaxCode('0100233480')).toMatchObject({ ok: false, reason: expect.stringMatching(/chữ số kiểm tra/) });
    expect(checkTaxCode('12345')).toMatchObject({ ok: false, reason: expect.stringMatching(/10 chữ số/) });
    expect(checkTaxCode('01002334881234')).toMatchObject({ ok: false });
    expect(checkTaxCode('01OO233488')).toMatchObject({ ok: false, reason: expect.stringMatching(/chữ số/) });
    expect(checkTaxCode('')).toMatchObject({ ok: false });
    expect(checkTaxCode('0100000000')).toMatchObject({ ok: false });
    expect(checkTaxCode('0314409058-000')).toMatchObject({ ok: false, reason: expect.stringMatching(/001 đến 999/) });
  });

  it('has no valid code when the weighted sum is divisible by 11', () => {
    // Find the first prefix whose weighted sum is ≡ 0 (mod 11) and check that every last digit is refused.
    let prefix = '';
    for (let n = 1; !prefix; n++) {
      const p = String(n).padStart(9, '0');
      if (taxCodeCheckDigit(p) === null) prefix = p;
    }
    for (let d = 0; d <= 9; d++) expect(checkTaxCode(`${prefix}${d}`).ok).toBe(false);
  });

  it('property: exactly one last digit completes a valid prefix, and one changed digit is always caught', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (nine, pos, delta) => {
        const full = completeTaxCode(nine);
        const valid = [...'0123456789'].filter((d) => checkTaxCode(`${nine}${d}`).ok);
        if (full === null || nine.slice(2) === '0000000') return valid.length === 0;
        if (valid.length !== 1 || valid[0] !== full[9]) return false;
        // A single-digit substitution changes the sum by w·δ with w prime to 11, so the remainder changes.
        const changed = full.slice(0, pos) + String((Number(full[pos]) + delta) % 10) + full.slice(pos + 1);
        return !checkTaxCode(changed).ok || changed.slice(2, 9) === '0000000';
      }),
    );
  });
});
