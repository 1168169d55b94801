// Vietnamese text normalisation: display normalisation, matching keys and a byte-sortable collation key.
//
// Background: Vietnamese text arrives in several equivalent spellings — precomposed (NFC) or with
// combining marks (NFD, common from macOS and some IMEs), and with the tone mark on different vowels
// ("Hoà" old style vs "Hòa" new style, "Thuỷ"/"Thủy", "Qúy"/"Quý"). Official data sets mix these, so
// equality on raw strings is not usable for matching names.

// The five combining tone marks (NFD).
const GRAVE = '\u0300';
const HOOK_ABOVE = '\u0309';
const TILDE = '\u0303';
const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';

// Tone digits in `toneKey` follow the VNI input convention (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng),
// which people recognise ("hoa2" = hòa). The level tone (ngang) gets no digit.
const TONE_DIGIT: ReadonlyMap<string, string> = new Map([
  [ACUTE, '1'],
  [GRAVE, '2'],
  [HOOK_ABOVE, '3'],
  [TILDE, '4'],
  [DOT_BELOW, '5'],
]);

// Secondary sort weights in dictionary order: ngang < huyền < hỏi < ngã < sắc < nặng.
const TONE_SORT_WEIGHT: ReadonlyMap<string, string> = new Map([
  [GRAVE, '1'],
  [HOOK_ABOVE, '2'],
  [TILDE, '3'],
  [ACUTE, '4'],
  [DOT_BELOW, '5'],
]);

const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';

/** A "syllable" for our purposes: a run of letters with their combining marks (in NFD). */
const SYLLABLE_RE = /[\p{L}\p{M}]+/gu;
const COMBINING_MARK_RE = /\p{M}/gu;

/** Display normalisation: NFC, trimmed, internal whitespace collapsed to single spaces. */
export function normalizeVi(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Spacing normalisation shared by the matching keys: collapse whitespace and unify dashes, so that
 * "Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu" and "Bà Rịa-Vũng Tàu" give the same key.
 */
function normalizeSpacingForKey(s: string): string {
  return s
    .replace(/\s+/gu, ' ')
    .replace(/\s*[-\u2010-\u2015\u2212]\s*/gu, '-')
    .trim();
}

/** Lower-cased NFD form; NFD again after lower-casing because case mapping may produce composed characters. */
function lowerNfd(s: string): string {
  return s.normalize('NFD').toLowerCase().normalize('NFD');
}

/** Matching key insensitive to Unicode form, case, spacing and tone-mark placement ("Hoà" = "Hòa" → "hoa2"); tones stay significant. */
export function toneKey(s: string): string {
  const decomposed = normalizeSpacingForKey(lowerNfd(s));
  // The tone belongs to the syllable, not to a particular vowel: strip it wherever it sits and
  // re-attach it as a digit at the end of the syllable, which makes placement irrelevant.
  const keyed = decomposed.replace(SYLLABLE_RE, (syllable) => {
    let base = '';
    let tones = '';
    for (const ch of syllable) {
      const digit = TONE_DIGIT.get(ch);
      if (digit === undefined) base += ch;
      else tones += digit; // malformed input with several tones keeps all of them, so keys still differ
    }
    return base.normalize('NFC') + tones;
  });
  return keyed.normalize('NFC');
}

/** Fully accent-insensitive search key: no diacritics, đ→d, lower case, collapsed spaces ("Khiếu nại" → "khieu nai"). */
export function foldKey(s: string): string {
  // Fast path for bulk work (a million names on import): word by word through a memo. Dashes join words in the key
  // ("a - b" → "a-b"), so text with a dash takes the reference path; without one the two agree (tested).
  if (DASH_RE.test(s)) return referenceFoldKey(s);
  let out = '';
  for (const word of s.split(WHITESPACE_RE)) {
    if (!word) continue;
    let folded = FOLD_CACHE.get(word);
    if (folded === undefined) {
      folded = referenceFoldKey(word);
      if (FOLD_CACHE.size >= WORD_CACHE_MAX) FOLD_CACHE.clear();
      FOLD_CACHE.set(word, folded);
    }
    if (!folded) continue;
    out = out ? `${out} ${folded}` : folded;
  }
  return out;
}

const DASH_RE = /[-\u2010-\u2015\u2212]/u;
const WHITESPACE_RE = /\s+/u;
const WORD_CACHE_MAX = 100_000;
const FOLD_CACHE = new Map<string, string>();

/** foldKey computed on the whole text at once (the definition the memoised foldKey is tested against). */
export function referenceFoldKey(s: string): string {
  // đ has no Unicode decomposition, so it must be mapped explicitly.
  return normalizeSpacingForKey(lowerNfd(s).replace(COMBINING_MARK_RE, '').replace(/đ/gu, 'd')).normalize('NFC');
}

/** Second character of a letter's primary sort code: orders a < ă < â, e < ê, o < ô < ơ, u < ư, d < đ. */
function letterVariant(base: string, marks: ReadonlySet<string>): string {
  switch (base) {
    case 'a':
      if (marks.has(BREVE)) return '1';
      if (marks.has(CIRCUMFLEX)) return '2';
      return '0';
    case 'e':
      return marks.has(CIRCUMFLEX) ? '1' : '0';
    case 'o':
      if (marks.has(CIRCUMFLEX)) return '1';
      if (marks.has(HORN)) return '2';
      return '0';
    case 'u':
      return marks.has(HORN) ? '1' : '0';
    default:
      return '0';
  }
}

/** Primary code of one letter with its (non-tone) marks; a prefix-free ASCII code so concatenations compare element-wise. */
function letterCode(base: string, marks: ReadonlySet<string>): string {
  if (base === 'đ') return 'd1';
  // Latin letters sort by their ASCII position, which already puts f, j, w, z where a Latin reader
  // expects them; the variant digit then orders the Vietnamese letters after their base letter.
  if (base >= 'a' && base <= 'z') return base + letterVariant(base, marks);
  // Anything else (other scripts, ø, æ…) sorts after all Latin letters, by code point.
  return '~' + (base.codePointAt(0) ?? 0).toString(16).padStart(6, '0');
}

// Names are made of a few thousand distinct syllables: their codes are memoised (bounded), which makes sortKey
// several times faster on bulk imports of a million names.
const SYLLABLE_CACHE = new Map<string, { primary: string; tone: string }>();
const SYLLABLE_CACHE_MAX = 50_000;

/** Primary letter codes and tone digit of one syllable (letters with their combining marks, NFD, lower case). */
function syllableCode(syllable: string): { primary: string; tone: string } {
  const cached = SYLLABLE_CACHE.get(syllable);
  if (cached) return cached;
  let primary = '';
  let tone = '0';
  let base: string | undefined;
  let marks = new Set<string>();
  const flush = (): void => {
    if (base !== undefined) primary += letterCode(base, marks);
  };
  for (const ch of syllable) {
    const weight = TONE_SORT_WEIGHT.get(ch);
    if (weight !== undefined) {
      if (tone === '0') tone = weight;
    } else if (/\p{M}/u.test(ch)) {
      marks.add(ch); // a stray mark with no base letter is simply ignored at flush
    } else {
      flush();
      base = ch;
      marks = new Set<string>();
    }
  }
  flush();
  const coded = { primary, tone };
  if (SYLLABLE_CACHE.size >= SYLLABLE_CACHE_MAX) SYLLABLE_CACHE.clear();
  SYLLABLE_CACHE.set(syllable, coded);
  return coded;
}

/**
 * Byte-sortable key giving Vietnamese alphabetical order under plain code-unit / `COLLATE "C"` comparison.
 *
 * Needed because PGlite has no ICU Vietnamese collation. The key is pure ASCII, so JS `<`, UTF-8
 * byte order and PostgreSQL `COLLATE "C"` all agree. Layout: primary part (letters in the alphabet
 * a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, word breaks before letters, digit runs in
 * numeric order), a space, then one tone digit per syllable as the secondary level (ngang < huyền <
 * hỏi < ngã < sắc < nặng), like ICU's level-2 handling. Case is ignored: equal keys mean equal up to case.
 */
export function sortKey(s: string): string {
  // Word by word through a memo: whitespace and dashes are both word breaks, so the words' keys compose (see
  // wordSortKey); a word whose first syllable has no letter (a stray mark) takes the reference path.
  let primary = '';
  let secondary = '';
  for (const word of s.split(WHITESPACE_RE)) {
    if (!word) continue;
    let coded = SORT_CACHE.get(word);
    if (coded === undefined) {
      coded = wordSortKey(word);
      if (SORT_CACHE.size >= WORD_CACHE_MAX) SORT_CACHE.clear();
      SORT_CACHE.set(word, coded);
    }
    if (coded === null) return referenceSortKey(s);
    if (coded.hasToken && primary && coded.primary) primary += '00';
    else if (coded.hasToken && primary && !coded.primary) return referenceSortKey(s);
    primary += coded.primary;
    secondary += coded.secondary;
  }
  return primary + ' ' + secondary;
}

const SORT_CACHE = new Map<string, { primary: string; secondary: string; hasToken: boolean } | null>();

/** One word's part of the sort key, or null when it cannot be composed (its first token codes to nothing). */
function wordSortKey(word: string): { primary: string; secondary: string; hasToken: boolean } | null {
  const key = referenceSortKey(word);
  const space = key.lastIndexOf(' ');
  const primary = key.slice(0, space);
  const secondary = key.slice(space + 1);
  const hasToken = /[\p{L}\p{M}0-9]/u.test(word);
  // A token that codes to nothing (only combining marks) would make the break before it depend on the words before.
  if (hasToken && !/^[^\p{L}\p{M}0-9]*[\p{L}0-9]/u.test(word.normalize('NFD'))) return null;
  return { primary, secondary, hasToken };
}

/** sortKey computed on the whole text at once (the definition the memoised sortKey is tested against). */
export function referenceSortKey(s: string): string {
  const text = normalizeSpacingForKey(lowerNfd(s));
  let primary = '';
  let secondary = '';
  let pendingBreak = false;
  // Tokens: syllables (letters + marks), ASCII digit runs, and everything else as word breaks.
  const tokenRe = /([\p{L}\p{M}]+)|([0-9]+)|([^\p{L}\p{M}0-9]+)/gu;
  for (const m of text.matchAll(tokenRe)) {
    const [, syllable, digits] = m;
    if (syllable === undefined && digits === undefined) {
      pendingBreak = primary.length > 0; // leading separators are ignored
      continue;
    }
    // "00" is below every digit and letter code, so "An Giang" < "Anh" (word by word, as dictionaries do).
    if (pendingBreak) primary += '00';
    pendingBreak = false;
    if (digits !== undefined) {
      // Length-prefixed so "Phường 2" < "Phường 10"; leading zeros dropped so "02" = "2".
      const n = digits.replace(/^0+/u, '');
      primary += '1' + String.fromCharCode(0x30 + Math.min(n.length, 0x7e - 0x30)) + n;
      continue;
    }
    const coded = syllableCode(syllable ?? '');
    primary += coded.primary;
    secondary += coded.tone;
  }
  // A space is below every primary code character, so a shorter primary that is a prefix sorts
  // first, and equal primaries fall through to the tone level.
  return primary + ' ' + secondary;
}

/** Unit-type words that may lead an administrative unit name (two-word ones are tried first). */
const ADMIN_PREFIXES: readonly string[] = [
  'Thành phố',
  'Thị trấn',
  'Thị xã',
  'Đặc khu',
  'Tỉnh',
  'Phường',
  'Quận',
  'Huyện',
  'Xã',
  'TP.',
  'TP',
];
const ADMIN_PREFIX_KEYS: readonly { words: number; key: string }[] = ADMIN_PREFIXES.map((p) => ({
  words: p.split(' ').length,
  key: toneKey(p),
})).sort((a, b) => b.words - a.words);

/** Removes a leading unit-type word ("Phường", "Thành phố", "Đặc khu"…) so "Phường Ba Đình" compares with "Ba Đình". */
export function stripAdminPrefix(name: string): string {
  const normalized = normalizeVi(name);
  // "TP.Hồ Chí Minh" is common in hand-typed addresses; give the abbreviation its own word first.
  const words = normalized.replace(/^(tp\.)(?=\S)/iu, '$1 ').split(' ');
  // Compared with toneKey (not foldKey) on purpose: accent folding would turn real name words into
  // prefixes — "Quan Hóa" would lose "Quan" (≈ Quận) and "Xa …" would lose "Xa" (≈ Xã).
  for (const { words: n, key } of ADMIN_PREFIX_KEYS) {
    if (words.length > n && toneKey(words.slice(0, n).join(' ')) === key) {
      return words.slice(n).join(' ');
    }
  }
  return normalized;
}
