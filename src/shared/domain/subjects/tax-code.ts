// Vietnamese tax identification numbers (mã số thuế, MST) of organisations.
//
// Structure (the tax-registration circular: Thông tư 105/2020/TT-BTC, replaced by Thông tư 86/2024/TT-BTC from
// 06/02/2025, itself reported replaced by Thông tư 90/2026/TT-BTC from 01/07/2026 — article numbers and the 2026 text
// TO VERIFY, no text on disk): an organisation's MST is 10 digits, the 10th a check digit over the first nine; a
// dependent unit (branch, representative office) carries its parent's 10 digits, a dash and a 3-digit sequence
// ("0314409058-002"). Since 01/07/2025 individuals and household businesses use their 12-digit personal identification
// number instead (TT 86/2024): they are not organisations and are not accepted here.
//
// Check digit (as implemented by python-stdnum `stdnum.vn.mst`, cross-checked against published MSTs, e.g.
// 0100233488, 0100109106): c = 10 − (Σ wᵢ·dᵢ mod 11) with weights 31, 29, 23, 19, 17, 13, 7, 5, 3. When the sum is
// divisible by 11 the formula gives 10, which is not a digit: no valid MST has such a prefix.

/** Weights of the first nine digits in the check-digit sum. */
export const TAX_CODE_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** The check digit of nine digits, or null when the prefix cannot carry a valid MST (sum ≡ 0 mod 11). */
export function taxCodeCheckDigit(nine: string): number | null {
  if (!/^\d{9}$/.test(nine)) throw new Error('taxCodeCheckDigit: nine digits expected');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += TAX_CODE_WEIGHTS[i]! * (nine.charCodeAt(i) - 48);
  const c = 10 - (sum % 11);
  return c === 10 ? null : c;
}

/** Result of checking a tax code: the canonical form ("0100233488" or "0314409058-002") or why it is refused. */
export type TaxCodeCheck = { ok: true; value: string; branch: boolean } | { ok: false; reason: string };

/**
 * Validates and canonicalises a tax code as typed or exported: spaces, dots and dashes are ignored ("01.00.233.488",
 * "0314409058 - 002", 13 digits in a row); a 9-digit value is taken as a 10-digit code whose leading zero a
 * spreadsheet dropped (only if the check digit then holds). Messages are Vietnamese.
 */
export function checkTaxCode(raw: string): TaxCodeCheck {
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'Chưa có mã số thuế.' };
  if (!/^[\d\s.\-–]+$/u.test(text)) return { ok: false, reason: `Mã số thuế "${text}" chỉ được gồm chữ số (10 số, hoặc 10 số - 3 số của đơn vị phụ thuộc).` };
  let digits = text.replace(/\D/g, '');
  if (digits.length === 9 || digits.length === 12) digits = `0${digits}`;
  if (digits.length !== 10 && digits.length !== 13) return { ok: false, reason: `Mã số thuế "${text}" phải có 10 chữ số, hoặc 10 chữ số kèm 3 số của đơn vị phụ thuộc (ví dụ 0314409058-002).` };
  const main = digits.slice(0, 10);
  if (main.slice(2, 9) === '0000000') return { ok: false, reason: `Mã số thuế "${text}" không hợp lệ (số thứ tự 0000000).` };
  const check = taxCodeCheckDigit(main.slice(0, 9));
  if (check === null || check !== main.charCodeAt(9) - 48) return { ok: false, reason: `Mã số thuế "${text}" sai chữ số kiểm tra (số thứ 10).` };
  if (digits.length === 10) return { ok: true, value: main, branch: false };
  const suffix = digits.slice(10);
  if (suffix === '000') return { ok: false, reason: `Mã số thuế "${text}": 3 số của đơn vị phụ thuộc phải từ 001 đến 999.` };
  return { ok: true, value: `${main}-${suffix}`, branch: true };
}

/** A valid 10-digit MST built from nine digits (for demo data and tests), or null when the prefix cannot carry one. */
export function completeTaxCode(nine: string): string | null {
  const c = taxCodeCheckDigit(nine);
  return c === null ? null : `${nine}${c}`;
}
