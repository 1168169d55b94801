import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';

function flat(obj: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : Object.entries(flat(v as object, `${prefix}${k}.`)))),
  );
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('interface texts', () => {
  const viFlat = flat(vi);
  const enFlat = flat(en);

  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(enFlat).sort()).toEqual(Object.keys(viFlat).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(viFlat)) expect(placeholders(enFlat[key] ?? ''), key).toEqual(placeholders(text));
  });

  it('has no empty text', () => {
    for (const [key, text] of [...Object.entries(viFlat), ...Object.entries(enFlat)]) expect(text.trim(), key).not.toBe('');
  });

  it('labels every role and audit action of the server', async () => {
    const { ROLES } = await import('../../shared/domain/access/roles');
    for (const role of ROLES) expect(viFlat[`roles.${role}`], role).toBeTruthy();
    for (const action of ['auth.login', 'user.create', 'user.update', 'user.disable', 'user.enable', 'user.roles', 'calendar.create', 'agency.rename']) {
      expect(viFlat[`audit.actions.${action}`], action).toBeTruthy();
    }
  });
});

describe('petition labels', () => {
  const viFlat = flat(vi);

  it('labels every kind, channel and letter state of the server', async () => {
    const { CHANNELS, CLAIMED_KINDS } = await import('../../shared/contracts/petitions');
    const { LETTER_STATES } = await import('../../shared/domain/petitions/lifecycle/types');
    for (const kind of CLAIMED_KINDS) expect(viFlat[`petitionLabels.kinds.${kind}`], kind).toBeTruthy();
    for (const kind of CLAIMED_KINDS) expect(viFlat[`letterForm.kindHelp.${kind}`], kind).toBeTruthy();
    for (const channel of CHANNELS) expect(viFlat[`petitionLabels.channels.${channel}`], channel).toBeTruthy();
    for (const state of LETTER_STATES) expect(viFlat[`petitionLabels.states.${state}`], state).toBeTruthy();
  });

  it('uses the same kind and channel lists as the contract', async () => {
    const { CHANNELS, CLAIMED_KINDS } = await import('../../shared/contracts/petitions');
    const { KINDS, OFFICER_CHANNELS } = await import('../features/petitions/model');
    expect([...KINDS]).toEqual([...CLAIMED_KINDS]);
    expect([...OFFICER_CHANNELS]).toEqual(CHANNELS.filter((c) => c !== 'online'));
  });
});
