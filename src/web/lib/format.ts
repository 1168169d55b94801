/**
 * Display formats of the web app: dates dd/mm/yyyy, times HH:mm:ss in Vietnam's time zone, numbers and money
 * (VND) the Vietnamese way, whatever the interface language.
 */

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-01-31" → "31/01/2026" (a calendar date, no time zone involved). */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso.slice(0, 10));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function vnParts(value: string | Date): Record<string, string> | null {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  const out: Record<string, string> = {};
  for (const p of partsFormat.formatToParts(d)) out[p.type] = p.value;
  return out;
}

/** An instant as "dd/mm/yyyy HH:mm:ss" in Vietnam's time (UTC+7). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const p = vnParts(value);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}` : String(value);
}

/** An instant's calendar day in Vietnam as "dd/mm/yyyy". */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const p = vnParts(value);
  return p ? `${p.day}/${p.month}/${p.year}` : String(value);
}

/** Today's date in Vietnam as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  const p = vnParts(now)!;
  return `${p.year}-${p.month}-${p.day}`;
}

/** "31/1/2026" or "31/01/2026" → "2026-01-31"; null when it is not a real date. */
export function parseVnDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day of the week of an ISO date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
}

const numberFormat = new Intl.NumberFormat('vi-VN');
const moneyFormat = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

/** 1234567 → "1.234.567". */
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : numberFormat.format(n);
}

/** 1500000 → "1.500.000 ₫". */
export function formatMoney(amount: number | bigint | null | undefined): string {
  return amount === null || amount === undefined ? '' : moneyFormat.format(amount);
}

/** The start/end of an ISO day in Vietnam's time, as the API's `from`/`to` datetime filters. */
export function vnDayStart(iso: string): string {
  return `${iso}T00:00:00+07:00`;
}
export function vnDayEnd(iso: string): string {
  return `${iso}T23:59:59.999+07:00`;
}
