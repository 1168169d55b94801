// Amounts in words for decisions ("Phạt tiền 20.000.000 đồng (Hai mươi triệu đồng)"): the content of a sanction decision
// states the fine (Luật XLVPHC Art 68(1)); the amount is written in figures and in words as in the ND 118/2021 forms.
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const UNITS = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'] as const;

function readGroup(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const out: string[] = [];
  if (full || h > 0) out.push(`${DIGITS[h]} trăm`);
  if (t === 0) {
    if (u > 0) out.push(full || h > 0 ? `linh ${DIGITS[u]}` : DIGITS[u]!);
  } else if (t === 1) out.push(u === 0 ? 'mười' : `mười ${u === 5 ? 'lăm' : DIGITS[u]}`);
  else out.push(`${DIGITS[t]} mươi${u === 0 ? '' : u === 1 ? ' mốt' : u === 5 ? ' lăm' : ` ${DIGITS[u]}`}`);
  return out.join(' ');
}

/** A whole number of đồng in Vietnamese words, capitalised: 20000000 → "Hai mươi triệu đồng". */
export function vndInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError('Số tiền phải là số nguyên không âm (đồng).');
  if (amount === 0) return 'Không đồng';
  const groups: number[] = [];
  for (let n = amount; n > 0; n = Math.floor(n / 1000)) groups.push(n % 1000);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    parts.push(`${readGroup(g, i < groups.length - 1)}${UNITS[i] ? ` ${UNITS[i]}` : ''}`);
  }
  const text = parts.join(' ');
  return `${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)} đồng`;
}

/** "20.000.000 đồng (Hai mươi triệu đồng)". */
export const vndWithWords = (amount: number) => `${amount.toLocaleString('vi-VN')} đồng (${vndInWords(amount)})`;
