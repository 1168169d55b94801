import { describe, expect, it } from 'vitest';
import { diffRows, flatten } from './diff';

describe('audit diff', () => {
  it('flattens nested objects and arrays', () => {
    expect([...flatten({ a: { b: 1 }, c: ['x', { d: null }], e: [] })]).toEqual([
      ['a.b', '1'],
      ['c[0]', 'x'],
      ['c[1].d', 'null'],
      ['e', '[]'],
    ]);
  });

  it('marks changed, added and removed fields', () => {
    const rows = diffRows({ name: 'A', status: 'active', gone: 1 }, { name: 'A', status: 'disabled', added: true });
    expect(rows).toEqual([
      { path: 'name', before: 'A', after: 'A', changed: false },
      { path: 'status', before: 'active', after: 'disabled', changed: true },
      { path: 'gone', before: '1', after: '', changed: true },
      { path: 'added', before: '', after: 'true', changed: true },
    ]);
  });

  it('handles records with only one side', () => {
    expect(diffRows(null, { x: 1 })).toEqual([{ path: 'x', before: '', after: '1', changed: true }]);
    expect(diffRows(undefined, undefined)).toEqual([]);
  });
});
