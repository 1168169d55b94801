/** One line of a before/after comparison: the field's path and both values as text ('' when absent). */
export type DiffRow = { path: string; before: string; after: string; changed: boolean };

function leaf(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** Flattens a JSON value into path → text: { a: { b: 1 }, c: [x] } → { "a.b": "1", "c[0]": "x" }. */
export function flatten(value: unknown, prefix = '', out: Map<string, string> = new Map()): Map<string, string> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v] as const) : Object.entries(value).map(([k, v]) => [prefix ? `.${k}` : k, v] as const);
    if (entries.length === 0) out.set(prefix || '(root)', Array.isArray(value) ? '[]' : '{}');
    for (const [k, v] of entries) flatten(v, `${prefix}${k}`, out);
  } else if (value !== undefined) {
    out.set(prefix || '(root)', leaf(value));
  }
  return out;
}

/** Rows comparing `before` and `after`, in the order fields first appear. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  // A missing side (null: nothing before a creation, nothing after a deletion) has no fields.
  const b = before === null ? new Map<string, string>() : flatten(before);
  const a = after === null ? new Map<string, string>() : flatten(after);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths.map((path) => {
    const bv = b.get(path) ?? '';
    const av = a.get(path) ?? '';
    return { path, before: bv, after: av, changed: b.has(path) !== a.has(path) || bv !== av };
  });
}
