import { describe, expect, it } from 'vitest';
import { documentText, getTemplate, identityFieldPaths } from '../../shared/domain/documents';
import { MACHINES, type DocumentId, type MachineId } from '../../shared/domain/petitions/lifecycle';
import type { StepFacts } from './petitions.documents.facts';
import { STEP_TEMPLATES } from './petitions.documents';
import { RECEIVED_DOCUMENTS } from './petitions.documents.steps';
import type * as repo from './petitions.repository';

/** The lifecycles whose steps issue documents through the Documents panel (the reception visit has its own register). */
const ISSUING: MachineId[] = ['letter', 'complaint_first', 'complaint_second', 'complaint_discipline_first', 'complaint_discipline_second', 'denunciation', 're_denunciation', 'petition', 'anonymous_lead', 'protection_request'];
/** Every document a transition of those machines names, with the machines naming it. */
const NAMED = new Map<DocumentId, Set<MachineId>>();
for (const m of ISSUING) for (const t of MACHINES[m].transitions) for (const d of [t.document, ...(t.alsoDocuments ?? [])]) if (d) NAMED.set(d, (NAMED.get(d) ?? new Set()).add(m));

const SECRET = 'Ông Nguyễn Bí Mật';
const CASE_OF: Partial<Record<MachineId, string>> = { denunciation: 'denunciation', re_denunciation: 'denunciation', anonymous_lead: 'denunciation', protection_request: 'denunciation', petition: 'petition', letter: 'denunciation' };

/** Facts of a letter of `kind` with a known sender named SECRET, in a case of `machine`. */
function facts(machine: MachineId): StepFacts {
  const kind = CASE_OF[machine] ?? 'complaint';
  const letter = { id: 'l1', kind, claimedKind: kind, title: 'việc cho thuê đất công ích không qua đấu giá', respondentName: 'ông Trần Văn Bình', receivedOn: '2026-01-02', letterDate: null, registerNo: '2026/000012', transferredFrom: 'Báo Đắk Lắk', authorType: 'named', identityProtected: kind === 'denunciation' } as unknown as repo.LetterRow;
  const caseRow = machine === 'letter' ? undefined : ({ id: 'c1', machine, state: 'accepted', flags: {}, acceptedOn: '2026-01-05' } as unknown as repo.CaseRow);
  return {
    letter,
    agency: { id: 'a1', name: 'Thanh tra tỉnh Đắk Lắk', kind: 'province_inspectorate' } as never,
    caseRow,
    routeTo: { name: 'Ủy ban nhân dân xã Thuỷ' },
    filer: { name: SECRET, address: 'số 9 ngõ Kín' },
    earlier: new Map([['denunciation_acceptance_decision', { numberText: 'Số: 05/QĐ-TTT', issuedOn: '2026-01-05' }]]),
    headName: 'Hoàng Thị Thuỷ',
    headTitle: 'Chánh Thanh tra',
    actorName: 'Lê Văn Cán',
  };
}
const header = { issuer: { name: 'Thanh tra tỉnh Đắk Lắk', shortCode: 'TTT' }, place: 'Đắk Lắk', number: 7, date: '2026-02-02', signer: { title: 'Chánh Thanh tra', name: 'Hoàng Thị Thuỷ' }, recipients: [] };

describe('every document a lifecycle step names', () => {
  it('has a template, or is a document the agency receives (fails as soon as a machine names a new one)', () => {
    const missing = [...NAMED.keys()].filter((d) => !STEP_TEMPLATES[d] && !RECEIVED_DOCUMENTS[d]);
    expect(missing).toEqual([]);
    // A received document is never also generated, and each says why.
    for (const [d, why] of Object.entries(RECEIVED_DOCUMENTS)) {
      expect(STEP_TEMPLATES[d as DocumentId], d).toBeUndefined();
      expect(why).toMatch(/Điều \d+/);
    }
  });

  const cases = [...NAMED].flatMap(([d, machines]) => [...machines].map((m) => [d, m] as const)).filter(([d]) => STEP_TEMPLATES[d]);
  it.each(cases)('%s (%s) renders from the record, and names the sender only when addressed to him', (kind, machine) => {
    const built = STEP_TEMPLATES[kind]!(facts(machine));
    const template = getTemplate(built.templateId);
    const text = documentText(template.render({ ...header, ...built.data }, { draft: false }));
    expect(text).toContain('Số: 07/');
    const toSender = template.audience === 'denouncer';
    const denunciation = CASE_OF[machine] === 'denunciation';
    // Internal documents of a complaint or petition may name the sender (the transfer slip, the verification decision);
    // of a denunciation, only those addressed to the denouncer do (SEC-4: the identity travels as a sealed enclosure).
    if (!toSender && (template.audience !== 'internal' || denunciation)) {
      expect(identityFieldPaths(built.data), `${kind}: identity field passed to a "${template.audience}" template`).toEqual([]);
      expect(built.namesFiler).toBe(false);
    }
    // The sender appears exactly in the documents addressed to him (positive control for the masking above).
    if (denunciation && !toSender) expect(text, kind).not.toContain('Bí Mật');
    if (toSender && built.namesFiler) expect(text, kind).toContain('Nguyễn Bí Mật');
  });

  it('templates for the accused or the public refuse a sender field outright (fail-closed audience rule)', () => {
    for (const kind of NAMED.keys()) {
      const make = STEP_TEMPLATES[kind];
      if (!make) continue;
      const built = make(facts([...NAMED.get(kind)!][0]!));
      const template = getTemplate(built.templateId);
      if (template.audience !== 'accused' && template.audience !== 'public') continue;
      expect(() => template.render({ ...header, ...built.data, denouncer: { name: SECRET } }, { draft: false }), kind).toThrow(/không được chứa thông tin nhận dạng/);
    }
  });
});

describe('what earlier steps recorded is printed', () => {
  const render = (kind: DocumentId, f: StepFacts) => {
    const built = STEP_TEMPLATES[kind]!(f);
    return documentText(getTemplate(built.templateId).render({ ...header, ...built.data }, { draft: false })).replace(/\s+/g, ' ');
  };
  it('the dialogue minutes after K19/K19a record the complainant as absent (LKN Art 30)', () => {
    expect(render('dialogue_minutes', { ...facts('complaint_first'), complainantAbsent: true })).toContain('(vắng mặt)');
    expect(render('dialogue_minutes', facts('complaint_first'))).not.toContain('vắng mặt');
  });
  it('the extension decision prints the days given at T11 (LTC Art 30(1))', () => {
    expect(render('extension_decision', { ...facts('denunciation'), extensionDays: 25 })).toContain('Thời gian gia hạn: 25 ngày');
  });
});
