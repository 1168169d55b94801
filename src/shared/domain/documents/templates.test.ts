import { describe, expect, it } from 'vitest';
import { documentProblems } from './model';
import { documentText } from './parts';
import { buildDocument, DOCUMENT_TEMPLATES, getTemplate, TEMPLATE_IDS, UnknownTemplateError } from './registry';
import { SAMPLE_DATA } from './samples';
import { TemplateDataError } from './template';

const build = (id: (typeof TEMPLATE_IDS)[number], over: Record<string, unknown> = {}, draft = false) => buildDocument(id, { ...SAMPLE_DATA[id], ...over }, { draft });
const text = (id: (typeof TEMPLATE_IDS)[number], over: Record<string, unknown> = {}, draft = false) => documentText(build(id, over, draft));

/** The issues of a refused build. */
function issuesOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof TemplateDataError) return err.issues;
    throw err;
  }
  throw new Error('expected a TemplateDataError');
}

describe('every template', () => {
  it.each(TEMPLATE_IDS)('%s builds a complete document from its example data', (id) => {
    const doc = build(id);
    expect(documentProblems(doc)).toEqual([]);
    expect(doc.meta).toEqual({ template: id, audience: DOCUMENT_TEMPLATES[id].audience, title: DOCUMENT_TEMPLATES[id].title });
    const t = documentText(doc);
    expect(t).toContain('THANH TRA TỈNH ĐẮK LẮK');
    expect(t).toContain('Đắk Lắk, ngày 05 tháng 01 năm 2026');
    expect(t).toMatch(/\.\/\.\n/); // the content ends with "./."
    expect(doc.recipients.at(-1)).toBe('Lưu: VT, P.GQKNTC');
  });

  it.each(TEMPLATE_IDS)('%s as a draft has no number and no date', (id) => {
    const doc = build(id, {}, true);
    expect(doc.draft).toBe(true);
    expect(doc.number).toMatch(/^Số: …\//);
    expect(doc.date).toBeUndefined();
    expect(documentText(doc)).toContain('DỰ THẢO');
  });

  it.each(TEMPLATE_IDS)('%s refuses unknown fields and names missing ones', (id) => {
    expect(issuesOf(() => build(id, { extraField: 1 }))[0]!.message).toMatch(/extraField|Unrecognized|không/i);
    const { issuer: _drop, ...rest } = SAMPLE_DATA[id];
    expect(issuesOf(() => buildDocument(id, rest, { draft: false })).map((i) => i.path)).toContain('issuer');
  });

  it('lists its fields for the user', () => {
    expect(DOCUMENT_TEMPLATES['inspection.decision'].fields).toEqual(expect.arrayContaining(['issuer.name', 'signer.authority', 'team[].role', 'duration.value']));
  });
});

describe('common fields', () => {
  it('refuses a KT. signature without the head it is signed for, an impossible date and a bad issuer code', () => {
    const id = 'petition.denunciation_acceptance_decision';
    expect(issuesOf(() => build(id, { signer: { authority: 'KT.', title: 'Phó Chánh Thanh tra', name: 'A' } })).map((i) => i.path)).toEqual(['signer.principal']);
    expect(issuesOf(() => build(id, { date: '2026-02-30' })).map((i) => i.path)).toEqual(['date']);
    expect(issuesOf(() => build(id, { issuer: { name: 'X', shortCode: 'T T' } })).map((i) => i.path)).toEqual(['issuer.shortCode']);
    expect(issuesOf(() => build(id, { contents: [] })).map((i) => i.path)).toEqual(['contents']);
  });

  it('prints the secrecy and urgency stamps', () => {
    const doc = build('petition.transfer_slip', { urgency: 'KHẨN' });
    expect(doc.confidentiality).toBe('MẬT');
    expect(doc.urgency).toBe('KHẨN');
  });

  it('an unknown template is named in the error', () => {
    expect(() => getTemplate('petition.nope')).toThrow(UnknownTemplateError);
    expect(() => getTemplate('toString')).toThrow(UnknownTemplateError);
  });
});

describe('petition templates', () => {
  it('Quyết định thụ lý tố cáo (NĐ 31/2019 Mẫu 04): number, authority, bases, articles, recipients', () => {
    const t = text('petition.denunciation_acceptance_decision');
    expect(t).toContain('Số: 05/QĐ-TTT');
    expect(t).toContain('QUYẾT ĐỊNH\nVề việc thụ lý tố cáo\nCHÁNH THANH TRA TỈNH ĐẮK LẮK\nCăn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;');
    expect(t).toContain('Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo;');
    expect(t).toContain('Theo đề nghị của Trưởng phòng Giải quyết khiếu nại, tố cáo.\nQUYẾT ĐỊNH:\nĐiều 1. Thụ lý tố cáo (vụ việc số TC-2026-0007) tiếp nhận ngày 29 tháng 12 năm 2025');
    expect(t).toContain('1. Việc ký hợp đồng cho thuê đất công ích của xã Thuỷ không qua đấu giá;\n2. Việc thu tiền thuê đất không nộp vào ngân sách nhà nước.');
    expect(t).toContain('Điều 2. Thời hạn giải quyết tố cáo là 30 ngày');
    expect(t).toContain('chịu trách nhiệm thi hành Quyết định này./.');
    expect(t).toContain('Nơi nhận:\n- Như Điều 3;\n- Chủ tịch UBND tỉnh (để b/c);\n- Lưu: VT, P.GQKNTC.\nKT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA\nNguyễn Văn Hoà');
  });

  it('notice to the denouncer (Mẫu 05) is addressed to him; notice to the accused (Mẫu 06) to the accused', () => {
    const toDenouncer = text('petition.denunciation_acceptance_notice');
    expect(toDenouncer).toContain('Số: 05/TB-TTT');
    expect(toDenouncer).toContain('Kính gửi: Ông Lê Văn Thành (địa chỉ: thôn 3, xã Thuỷ, tỉnh Đắk Lắk).');
    expect(toDenouncer).toContain('nhận được đơn tố cáo đề ngày 20 tháng 12 năm 2025 của ông Lê Văn Thành');
    expect(toDenouncer).toContain('đã ban hành Quyết định số 05/QĐ-TTT về việc thụ lý tố cáo');
    const toAccused = text('petition.denunciation_content_notice');
    expect(toAccused).toContain('Kính gửi: Ông Trần Văn Bình, Chủ tịch Ủy ban nhân dân xã Thuỷ, tỉnh Đắk Lắk.');
    expect(toAccused).toContain('trước ngày 20 tháng 01 năm 2026');
    expect(toAccused).not.toMatch(/người tố cáo:|Lê Văn Thành/);
  });

  it('complaint acceptance and non-acceptance notices cite the articles of the law', () => {
    expect(text('petition.complaint_acceptance_notice')).toContain('căn cứ Điều 27 của Luật Khiếu nại');
    expect(text('petition.complaint_acceptance_notice', { instance: 'second' })).toContain('Về việc thụ lý giải quyết khiếu nại lần hai');
    const na = text('petition.non_acceptance_notice');
    expect(na).toContain('Về việc không thụ lý giải quyết khiếu nại');
    expect(na).toContain('- Quyết định, hành vi bị khiếu nại không liên quan trực tiếp');
    expect(text('petition.non_acceptance_notice', { kind: 'denunciation' })).toContain('căn cứ Điều 24 và khoản 1 Điều 29 của Luật Tố cáo');
  });

  it('the transfer slip (TT 05/2021 Mẫu 03) is a PHIẾU CHUYỂN numbered PC and may omit the filer', () => {
    const t = text('petition.transfer_slip');
    expect(t).toContain('Số: 05/PC-TTT');
    expect(t).toContain('PHIẾU CHUYỂN ĐƠN\nVề việc chuyển đơn tố cáo');
    expect(t).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Thuỷ.');
    expect(t).toContain('khoản 2 Điều 24 của Luật Tố cáo');
    const { filer: _f, ...anonymous } = SAMPLE_DATA['petition.transfer_slip'];
    expect(documentText(buildDocument('petition.transfer_slip', anonymous, { draft: false }))).not.toContain('Lê Văn Thành');
  });

  it('the guidance letter is a công văn: symbol with the unit code, "V/v" under the number, no type name', () => {
    const doc = build('petition.guidance_letter');
    expect(doc.type).toBe('');
    expect(doc.number).toBe('Số: 05/TTT-TCD');
    expect(documentText(doc)).toContain('Số: 05/TTT-TCD\nV/v hướng dẫn gửi đơn khiếu nại');
  });
});

describe('inspection and sanction templates', () => {
  it('Quyết định thanh tra: bases, content, period, duration from the announcement, team with one leader', () => {
    const t = text('inspection.decision');
    expect(t).toContain('Số: 12/QĐ-TTT');
    expect(t).toContain('Về việc thanh tra việc quản lý, sử dụng đất công ích tại Ủy ban nhân dân xã Thuỷ');
    expect(t).toContain('Căn cứ Luật Thanh tra ngày 25 tháng 6 năm 2025;');
    expect(t).toContain('Thời hạn thanh tra là 30 ngày kể từ ngày công bố Quyết định thanh tra.');
    expect(t).toContain('1. Ông Nguyễn Đức Anh, Thanh tra viên chính - Trưởng đoàn;');
    expect(t).toContain('Nơi nhận:\n- Như Điều 4;');
    expect(t).toContain('CHÁNH THANH TRA\nHoàng Thị Thuỷ');
    const noLeader = (SAMPLE_DATA['inspection.decision'].team as { role: string }[]).map((m) => ({ ...m, role: 'member' }));
    expect(issuesOf(() => build('inspection.decision', { team: noLeader })).map((i) => i.path)).toEqual(['team']);
  });

  it('the sanction decision placeholder names the record, the act, the penalty, the 10-day period and the right to complain', () => {
    const t = text('sanction.decision');
    expect(t).toContain('QUYẾT ĐỊNH\nXử phạt vi phạm hành chính\nCHÁNH THANH TRA TỈNH ĐẮK LẮK');
    expect(t).toContain('Căn cứ Biên bản vi phạm hành chính số 03/BB-VPHC lập ngày 02 tháng 01 năm 2026.');
    expect(t).toContain('Điều 1. Xử phạt vi phạm hành chính đối với tổ chức Công ty TNHH Xây dựng Hoà Bình.');
    expect(t).toContain('- Hình thức xử phạt chính: Phạt tiền 20.000.000 đồng (Hai mươi triệu đồng);');
    expect(t).toContain('trong thời hạn 10 ngày kể từ ngày nhận được Quyết định');
    expect(t).toContain('có quyền khiếu nại hoặc khởi kiện hành chính');
  });
});
