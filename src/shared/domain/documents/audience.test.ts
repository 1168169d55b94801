import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { assertAudienceSafe, IdentityFieldError, identityFieldPaths, isIdentityField, RESTRICTED_AUDIENCES } from './audience';
import { DOCUMENT_TEMPLATES, TEMPLATE_IDS } from './registry';
import { SAMPLE_DATA } from './samples';
import { defineTemplate, HEADER_FIELDS, line } from './template';

describe('identity field names (petitions spec §6.2 SEC-5)', () => {
  it.each(['denouncer', 'denouncerName', 'denouncer_address', 'reporterPhone', 'nguoiToCao', 'nguoi_to_cao', 'Người tố cáo', 'complainant', 'filer', 'senderEmail', 'identityCard', 'vaultRef', 'cccd', 'fingerprintImage'])(
    '%s is an identity field',
    (key) => expect(isIdentityField(key)).toBe(true),
  );
  it.each(['accused', 'issuer', 'signer', 'authority', 'recipients', 'contents', 'subject', 'violator', 'team', 'name', 'address', 'resolver'])('%s is not', (key) =>
    expect(isIdentityField(key)).toBe(false),
  );

  it('finds identity fields at any depth, in arrays too', () => {
    expect(identityFieldPaths({ a: { b: [{ ok: 1 }, { reporter: { phone: '1' } }] }, denouncerName: 'X' })).toEqual(['a.b[1].reporter', 'denouncerName']);
    expect(identityFieldPaths(['x', 1, null])).toEqual([]);
  });

  it('refuses identity data for the accused and the public only', () => {
    const data = { contents: ['x'], denouncer: { name: 'Ông A' } };
    for (const audience of RESTRICTED_AUDIENCES) expect(() => assertAudienceSafe(audience, data)).toThrow(IdentityFieldError);
    expect(() => assertAudienceSafe('internal', data)).not.toThrow();
    expect(() => assertAudienceSafe('denouncer', data)).not.toThrow();
  });
});

const restricted = TEMPLATE_IDS.filter((id) => RESTRICTED_AUDIENCES.includes(DOCUMENT_TEMPLATES[id].audience));

describe('templates for the accused and the public fail closed', () => {
  it('there are such templates, and none of them can carry an identity', () => {
    expect(restricted).toEqual(expect.arrayContaining(['petition.denunciation_content_notice', 'inspection.decision', 'sanction.decision']));
    for (const id of restricted) expect(DOCUMENT_TEMPLATES[id].carriesIdentity).toBe(false);
    expect(DOCUMENT_TEMPLATES['petition.denunciation_acceptance_notice'].carriesIdentity).toBe(true);
  });

  it.each(restricted)('%s refuses the denouncer identity before any validation', (id) => {
    const t = DOCUMENT_TEMPLATES[id];
    expect(() => t.render({ ...SAMPLE_DATA[id], denouncerName: 'Lê Văn Thành' }, { draft: false })).toThrow(IdentityFieldError);
    // Even nested where the schema would never look, and even when the rest of the data is invalid.
    expect(() => t.render({ signer: { name: 'X', reporter: { phone: '0900' } } }, { draft: false })).toThrow(IdentityFieldError);
  });

  it('property: an identity key anywhere in the data of a restricted template is always refused', () => {
    const identityKey = fc.constantFrom('denouncer', 'denouncerAddress', 'nguoiToCao', 'reporter', 'complainantName', 'sender');
    const nested: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'contents', 'issuer'), tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(fc.constantFrom(...restricted), nested, identityKey, fc.constantFrom('top', 'deep', 'array'), (id, base, key, where) => {
        const leak = { [key]: 'Lê Văn Thành' };
        const data = where === 'top' ? { ...SAMPLE_DATA[id], ...leak } : where === 'deep' ? { ...SAMPLE_DATA[id], issuer: { other: base, x: leak } } : { ...SAMPLE_DATA[id], contents: [base, leak] };
        expect(() => DOCUMENT_TEMPLATES[id].render(data, { draft: false })).toThrow(IdentityFieldError);
      }),
      { numRuns: 200 },
    );
  });

  it('a template for the accused that declares an identity field cannot even be defined', () => {
    const spec = (audience: 'accused' | 'internal') => ({
      id: 'test.leaky',
      title: 'T',
      form: 'F',
      audience,
      description: 'D',
      schema: z.strictObject({ ...HEADER_FIELDS, complainant: z.strictObject({ name: line('X') }) }),
      build: () => {
        throw new Error('unused');
      },
    });
    expect(() => defineTemplate(spec('accused'))).toThrow(/identity fields: complainant/);
    expect(defineTemplate(spec('internal')).carriesIdentity).toBe(true);
  });

  it('the notice to the accused never contains the denouncer named in the notice to the denouncer', () => {
    const toDenouncer = DOCUMENT_TEMPLATES['petition.denunciation_acceptance_notice'].render(SAMPLE_DATA['petition.denunciation_acceptance_notice'], { draft: false });
    const toAccused = DOCUMENT_TEMPLATES['petition.denunciation_content_notice'].render(SAMPLE_DATA['petition.denunciation_content_notice'], { draft: false });
    expect(JSON.stringify(toDenouncer)).toContain('Lê Văn Thành');
    expect(JSON.stringify(toAccused)).not.toContain('Lê Văn Thành');
    expect(JSON.stringify(toAccused)).not.toContain('thôn 3');
  });
});

describe('hostile input', () => {
  it('walks a 100 000-level deep body without overflowing the stack', () => {
    let deep: unknown = { denouncer: 'x' };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(identityFieldPaths(deep)).toHaveLength(1);
    expect(() => assertAudienceSafe('public', deep)).toThrow(IdentityFieldError);
  });
});
