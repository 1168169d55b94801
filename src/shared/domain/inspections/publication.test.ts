import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../calendar';
import { publicationCompliance, publicVersion, type ConclusionModel } from './publication';

const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });
const conclusion: ConclusionModel = {
  id: 'kl-1',
  ruleSet: 'ltt_2025',
  status: 'signed',
  signedOn: '2026-02-06',
  parts: [
    { id: 'p1', heading: 'I. Kết quả thanh tra', text: 'Ông A (CCCD 001085012345, điện thoại 0912345678) ký hợp đồng sai quy định.' },
    { id: 'p2', heading: 'II. Phụ lục quốc phòng', text: 'Vị trí công trình …', tags: ['state_secret'] },
    { id: 'p3', heading: 'III. Người cung cấp thông tin', text: 'Bà B đã tố cáo …', tags: ['denouncer_identity', 'personal_private_life'] },
  ],
};

describe('public version of a conclusion (Art 37(2); 2022 Art 79(2))', () => {
  it('withholds protected parts with the reason and article, keeps headings, masks ID-card and phone numbers', () => {
    const r = publicVersion(conclusion);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value;
    expect(v.parts.map((p) => p.heading)).toEqual(['I. Kết quả thanh tra', 'II. Phụ lục quốc phòng', 'III. Người cung cấp thông tin']);
    expect(v.parts[1]!.text).not.toContain('Vị trí');
    expect(v.parts[2]!.text).not.toContain('Bà B');
    expect(v.withheld.map((w) => w.partId)).toEqual(['p2', 'p3']);
    expect(v.withheld[0]!.reasons[0]).toMatchObject({ tag: 'state_secret', basis: 'Luật Thanh tra 84/2025/QH15, khoản 2 Điều 37' });
    expect(v.withheld[1]!.reasons.map((x) => x.basis).join(' ')).toContain('Luật Tố cáo 2018');
    expect(v.parts[0]!.text).not.toContain('001085012345');
    expect(v.parts[0]!.text).toContain('*********345');
    expect(v.parts[0]!.text).not.toContain('0912345678');
    expect(v.maskedIdentifiers).toBe(2);
    expect(v.notes[0]).toContain('cần xác minh');
  });

  it('refuses to disclose an unsigned conclusion (Art 6(4); 2022 Art 8(5))', () => {
    expect(publicVersion({ ...conclusion, status: 'draft', signedOn: undefined })).toMatchObject({ ok: false, code: 'NOT_SIGNED', basis: 'Luật Thanh tra 84/2025/QH15, khoản 4 Điều 6' });
    expect(publicVersion({ ...conclusion, ruleSet: 'ltt_2022', status: 'draft' })).toMatchObject({ ok: false, basis: 'Luật Thanh tra 11/2022/QH15, khoản 5 Điều 8' });
  });
});

describe('publication compliance', () => {
  const base = { ruleSet: 'ltt_2025' as const, body: 'provincial_inspectorate', signedOn: '2026-02-06', decisionIssuedOn: '2025-09-01' };

  it('2025: portal + one other form within 10 days; the deadline rolls over Tết 2026 to Mon 23/02', () => {
    const ok = publicationCompliance({ ...base, acts: [{ form: 'portal', date: '2026-02-23' }, { form: 'posting_at_subject_premises', date: '2026-02-12' }] }, cal);
    expect(ok).toMatchObject({ compliant: true, dueDate: '2026-02-23', problems: [] });
    const portalOnly = publicationCompliance({ ...base, acts: [{ form: 'portal', date: '2026-02-09' }] }, cal);
    expect(portalOnly.problems.map((p) => p.code)).toEqual(['SECOND_FORM_MISSING']);
    const media = publicationCompliance({ ...base, acts: [{ form: 'portal', date: '2026-02-09' }, { form: 'mass_media', date: '2026-02-09', coversInspectionPlace: false }] }, cal);
    expect(media.problems[0]!.messageVi).toContain('tại nơi tiến hành thanh tra');
    const late = publicationCompliance({ ...base, acts: [{ form: 'portal', date: '2026-02-24' }, { form: 'meeting_or_press_conference', date: '2026-02-10' }] }, cal);
    expect(late.compliant).toBe(false);
    expect(late.problems.map((p) => p.code)).toEqual(['PORTAL_MISSING', 'LATE']);
  });

  it('2022: the mass medium must be central for TTCP / Thanh tra Bộ / Tổng cục, local for the provincial level (2022 Art 79(3)(c))', () => {
    const b22 = { ruleSet: 'ltt_2022' as const, body: 'provincial_inspectorate', signedOn: '2025-03-03', decisionIssuedOn: '2024-10-01' };
    expect(publicationCompliance({ ...b22, acts: [{ form: 'portal', date: '2025-03-05' }, { form: 'mass_media', date: '2025-03-05', mediumLevel: 'central' }] }, cal).compliant).toBe(false);
    expect(publicationCompliance({ ...b22, acts: [{ form: 'portal', date: '2025-03-05' }, { form: 'mass_media', date: '2025-03-05', mediumLevel: 'local' }] }, cal).compliant).toBe(true);
    expect(publicationCompliance({ ...b22, body: 'ministry_inspectorate', acts: [{ form: 'portal', date: '2025-03-05' }, { form: 'mass_media', date: '2025-03-05', mediumLevel: 'central' }] }, cal).compliant).toBe(true);
  });
});
