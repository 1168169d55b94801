import { describe, expect, it } from 'vitest';
import { createEngine, defineMachine } from './engine';
import type { WfGuard, WfMachine } from './types';

type S = 'open' | 'working' | 'done';
type R = 'clerk' | 'head' | 'system';
interface F {
  ready?: boolean;
}
interface P {
  note?: string;
}
const guards: Record<'ready' | 'note', WfGuard<S, R, F, P>> = {
  ready: { needsPayload: false, check: ({ ctx }) => (ctx.facts?.ready ? null : { code: 'NOT_READY', messageVi: 'Chưa sẵn sàng.', messageEn: 'Not ready.', basis: 'Điều 1' }) },
  note: { needsPayload: true, check: ({ ctx }) => (ctx.payload?.note ? null : { code: 'NOTE', messageVi: 'Thiếu ghi chú.', messageEn: 'Note missing.', basis: 'Điều 2' }) },
};
const machine: WfMachine<S, R, 'ready' | 'note'> = defineMachine<S, R, 'ready' | 'note'>({
  id: 'demo',
  labelVi: 'Quy trình thử',
  states: ['open', 'working', 'done'],
  initial: 'open',
  terminal: ['done'],
  stateLabelsVi: { open: 'mở', working: 'đang làm', done: 'xong' },
  roleLabelsVi: { clerk: 'văn thư', head: 'thủ trưởng', system: 'hệ thống' },
  ruleSetLabelsVi: { new: 'Luật mới' },
  transitions: [
    { id: 'T0', event: 'open', from: [], to: 'open', labelVi: 'Mở', labelEn: 'Open', roles: ['clerk'], basis: 'Điều 0', verification: 'V' },
    { id: 'T1', event: 'start', from: ['open'], to: 'working', labelVi: 'Bắt đầu', labelEn: 'Start', roles: ['head'], guards: ['ready', 'note'], basis: 'Điều 1', verification: 'V' },
    { id: 'T2', event: 'comment', from: ['working'], to: null, labelVi: 'Ghi chú', labelEn: 'Comment', roles: ['clerk', 'head'], basis: 'Điều 3', verification: 'V' },
    { id: 'T3', event: 'finish', from: ['working'], to: 'done', labelVi: 'Kết thúc', labelEn: 'Finish', roles: ['head'], ruleSets: ['new'], sets: { finished: true }, basis: 'Điều 4', verification: 'V' },
    { id: 'T3-old', event: 'finish', from: ['working'], to: 'done', labelVi: 'Kết thúc (cũ)', labelEn: 'Finish (old)', roles: ['clerk'], ruleSets: ['old'], basis: 'Điều 5', verification: 'V' },
  ],
});
const engine = createEngine<S, R, F, P, 'ready' | 'note'>(machine, guards);

describe('generic workflow engine', () => {
  it('creates, moves, records actions without moving, and sets facts', () => {
    expect(engine.apply(null, 'open', { roles: ['clerk'], ruleSet: 'new' })).toMatchObject({ ok: true, to: 'open' });
    expect(engine.apply('open', 'start', { roles: ['head'], ruleSet: 'new', facts: { ready: true }, payload: { note: 'x' } })).toMatchObject({ ok: true, to: 'working' });
    expect(engine.apply('working', 'comment', { roles: ['clerk'], ruleSet: 'new' })).toMatchObject({ ok: true, to: 'working' });
    expect(engine.apply('working', 'finish', { roles: ['head'], ruleSet: 'new' })).toMatchObject({ ok: true, to: 'done', sets: { finished: true } });
  });

  it('refuses with Vietnamese messages and the article, reporting the candidate that got furthest', () => {
    expect(engine.apply('open', 'nope', { roles: ['head'], ruleSet: 'new' })).toMatchObject({ ok: false, code: 'UNKNOWN_EVENT' });
    expect(engine.apply('working', 'start', { roles: ['head'], ruleSet: 'new' })).toMatchObject({ ok: false, code: 'WRONG_STATE', basis: 'Điều 1' });
    expect(engine.apply('done', 'comment', { roles: ['head'], ruleSet: 'new' })).toMatchObject({ ok: false, code: 'TERMINAL_STATE' });
    const role = engine.apply('open', 'start', { roles: ['clerk'], ruleSet: 'new' });
    expect(role).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    if (!role.ok) expect(role.messageVi).toContain('thủ trưởng');
    expect(engine.apply('open', 'start', { roles: ['head'], ruleSet: 'new' })).toMatchObject({ ok: false, code: 'NOT_READY', basis: 'Điều 1' });
    expect(engine.apply('open', 'start', { roles: ['head'], ruleSet: 'new', facts: { ready: true } })).toMatchObject({ ok: false, code: 'NOTE', basis: 'Điều 2' });
    // 'finish' has a row per rule set: the clerk under the new law is refused by role (stage role beats stage rule set).
    expect(engine.apply('working', 'finish', { roles: ['clerk'], ruleSet: 'new' })).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED', transitionId: 'T3' });
    expect(engine.apply('working', 'finish', { roles: ['clerk'], ruleSet: 'old' })).toMatchObject({ ok: true, transition: { id: 'T3-old' } });
    const rs = engine.apply('working', 'finish', { roles: ['head'], ruleSet: 'old' });
    expect(rs).toMatchObject({ ok: false });
    if (!rs.ok) expect(['ROLE_NOT_ALLOWED', 'RULE_SET_NOT_APPLICABLE']).toContain(rs.code);
  });

  it('availability skips payload guards but not fact guards', () => {
    const opts = engine.options('open', { roles: ['head'], ruleSet: 'new', facts: { ready: true } });
    expect(opts.map((o) => [o.transition.id, o.blockedBy?.code ?? null])).toEqual([['T1', null]]);
    expect(engine.available('open', { roles: ['head'], ruleSet: 'new' })).toEqual([]);
    expect(engine.available(null, { roles: ['clerk'], ruleSet: 'new' }).map((t) => t.id)).toEqual(['T0']);
    expect(engine.isTerminal('done')).toBe(true);
  });

  it('rejects broken tables at construction', () => {
    const bad = (patch: object) => () => createEngine({ ...machine, transitions: [{ ...machine.transitions[1]!, ...patch }] }, guards);
    expect(bad({ to: 'nowhere' })).toThrow(/unknown state/);
    expect(bad({ guards: ['missing'] })).toThrow(/unknown guard/);
    expect(bad({ roles: ['ghost'] })).toThrow(/unlabelled role/);
    expect(bad({ from: [], to: null })).toThrow(/creation row/);
    expect(Object.isFrozen(machine.transitions)).toBe(true);
  });
});
