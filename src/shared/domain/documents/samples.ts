import type { TemplateId } from './registry';

/**
 * Worked example data for every template (fictitious people and agencies): used by the tests, and by the web app
 * to prefill a form or preview a template.
 */

const header = {
  issuer: { parentName: 'UBND tỉnh Đắk Lắk', name: 'Thanh tra tỉnh Đắk Lắk', shortCode: 'TTT' },
  place: 'Đắk Lắk',
  number: 5,
  date: '2026-01-05',
  signer: { authority: 'KT.', principal: 'Chánh Thanh tra', title: 'Phó Chánh Thanh tra', name: 'Nguyễn Văn Hoà' },
  archive: 'P.GQKNTC',
};

const decision = { number: '05/QĐ-TTT', date: '2026-01-05' };
const contents = [
  'Việc ký hợp đồng cho thuê đất công ích của xã Thuỷ không qua đấu giá',
  'Việc thu tiền thuê đất không nộp vào ngân sách nhà nước',
];

/** Example data per template id. */
export const SAMPLE_DATA: Readonly<Record<TemplateId, Record<string, unknown>>> = {
  'petition.denunciation_acceptance_decision': {
    ...header,
    authority: 'Chánh Thanh tra tỉnh Đắk Lắk',
    extraBasis: ['Căn cứ Quyết định số 12/2025/QĐ-UBND ngày 15 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh Đắk Lắk quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Thanh tra tỉnh'],
    proposal: 'Trưởng phòng Giải quyết khiếu nại, tố cáo',
    caseCode: 'TC-2026-0007',
    receivedDate: '2025-12-29',
    accused: 'ông Trần Văn Bình, Chủ tịch Ủy ban nhân dân xã Thuỷ',
    contents,
    executors: ['Chánh Văn phòng', 'Trưởng phòng Giải quyết khiếu nại, tố cáo', 'ông Trần Văn Bình'],
    recipients: ['Chủ tịch UBND tỉnh (để b/c)'],
  },
  'petition.denunciation_acceptance_notice': {
    ...header,
    denouncer: { name: 'Ông Lê Văn Thành', address: 'thôn 3, xã Thuỷ, tỉnh Đắk Lắk' },
    letterDate: '2025-12-20',
    receivedDate: '2025-12-29',
    resolver: 'Chánh Thanh tra tỉnh Đắk Lắk',
    decision,
    accused: 'ông Trần Văn Bình, Chủ tịch Ủy ban nhân dân xã Thuỷ',
    contents,
  },
  'petition.denunciation_content_notice': {
    ...header,
    accused: { name: 'Ông Trần Văn Bình', position: 'Chủ tịch Ủy ban nhân dân xã Thuỷ', workplace: 'tỉnh Đắk Lắk' },
    resolver: 'Chánh Thanh tra tỉnh Đắk Lắk',
    decision,
    contents,
    explanationDueDate: '2026-01-20',
    submitTo: 'Thanh tra tỉnh Đắk Lắk (Phòng Giải quyết khiếu nại, tố cáo)',
  },
  'petition.complaint_acceptance_notice': {
    ...header,
    complainant: { name: 'Bà Phạm Thị Hương', address: 'phường Tân Lập, tỉnh Đắk Lắk' },
    receivedDate: '2026-01-02',
    letterDate: '2025-12-30',
    letterSummary: 'khiếu nại Quyết định số 215/QĐ-UBND ngày 10 tháng 11 năm 2025 về việc thu hồi đất',
    instance: 'first',
    resolver: 'Chánh Thanh tra tỉnh Đắk Lắk',
    acceptanceDate: '2026-01-05',
    resolutionDays: 30,
    recipients: ['Thanh tra Chính phủ (để b/c)'],
  },
  'petition.non_acceptance_notice': {
    ...header,
    kind: 'complaint',
    filer: { name: 'Ông Đỗ Minh Khoa', address: 'xã Ea Kao, tỉnh Đắk Lắk' },
    receivedDate: '2026-01-02',
    letterSummary: 'khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất cho hộ liền kề',
    reasons: ['Quyết định, hành vi bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại (khoản 2 Điều 11 Luật Khiếu nại)'],
    guidance: 'Trường hợp ông có căn cứ cho rằng việc cấp giấy chứng nhận có vi phạm pháp luật, ông có thể phản ánh đến Ủy ban nhân dân xã Ea Kao để được xem xét theo quy định.',
  },
  'petition.transfer_slip': {
    ...header,
    kind: 'denunciation',
    filer: { name: 'Ông Lê Văn Thành', address: 'thôn 3, xã Thuỷ, tỉnh Đắk Lắk' },
    receivedDate: '2026-01-02',
    letterDate: '2025-12-28',
    letterSummary: 'tố cáo cán bộ địa chính xã nhận tiền để hợp thức hóa đất lấn chiếm',
    competentBody: 'Chủ tịch Ủy ban nhân dân xã Thuỷ',
    enclosure: 'đơn tố cáo (01 bản, 03 tờ) và tài liệu kèm theo',
    confidentiality: 'MẬT',
  },
  'petition.guidance_letter': {
    ...header,
    unitCode: 'TCD',
    kind: 'complaint',
    filer: { name: 'Bà Nguyễn Thị Lan', address: 'phường Buôn Ma Thuột, tỉnh Đắk Lắk' },
    receivedDate: '2026-01-02',
    letterSummary: 'khiếu nại việc Công ty TNHH Thành Đạt chậm trả lương',
    competentBody: 'Sở Nội vụ tỉnh Đắk Lắk',
    reason: 'tranh chấp lao động giữa người lao động và doanh nghiệp',
  },
  'inspection.decision': {
    ...header,
    number: 12,
    signer: { title: 'Chánh Thanh tra', name: 'Hoàng Thị Thuỷ' },
    authority: 'Chánh Thanh tra tỉnh Đắk Lắk',
    grounds: ['Căn cứ Quyết định số 98/QĐ-TTT ngày 15 tháng 12 năm 2025 của Chánh Thanh tra tỉnh phê duyệt Kế hoạch thanh tra năm 2026'],
    proposal: 'Trưởng phòng Nghiệp vụ 1',
    topic: 'việc quản lý, sử dụng đất công ích tại Ủy ban nhân dân xã Thuỷ',
    subject: 'Ủy ban nhân dân xã Thuỷ, tỉnh Đắk Lắk',
    content: ['Việc lập, quản lý quỹ đất công ích', 'Việc cho thuê, thu và sử dụng tiền thuê đất công ích'],
    period: 'từ ngày 01 tháng 7 năm 2025 đến ngày 31 tháng 12 năm 2025',
    duration: { value: 30, unit: 'ngày' },
    team: [
      { name: 'Ông Nguyễn Đức Anh', position: 'Thanh tra viên chính', role: 'leader' },
      { name: 'Bà Y Bhiết Niê', position: 'Thanh tra viên', role: 'member' },
    ],
    executors: ['Chánh Văn phòng', 'Trưởng phòng Nghiệp vụ 1', 'Đoàn thanh tra', 'Chủ tịch Ủy ban nhân dân xã Thuỷ'],
    recipients: ['Thanh tra Chính phủ (để b/c)', 'Chủ tịch UBND tỉnh (để b/c)'],
  },
  'sanction.decision': {
    ...header,
    signer: { title: 'Chánh Thanh tra', name: 'Hoàng Thị Thuỷ' },
    authority: 'Chánh Thanh tra tỉnh Đắk Lắk',
    recordRef: 'Biên bản vi phạm hành chính số 03/BB-VPHC lập ngày 02 tháng 01 năm 2026',
    violator: { kind: 'organisation', name: 'Công ty TNHH Xây dựng Hoà Bình', details: ['Mã số doanh nghiệp: 6001234567', 'Địa chỉ trụ sở: phường Tân Lập, tỉnh Đắk Lắk'] },
    violations: ['Không thực hiện đúng kết luận thanh tra trong thời hạn quy định'],
    mitigating: ['Đã tự nguyện khắc phục một phần hậu quả'],
    mainPenalty: 'Phạt tiền 20.000.000 đồng (Hai mươi triệu đồng)',
    remedialMeasures: ['Buộc thực hiện kết luận thanh tra'],
    paymentPlace: 'Kho bạc Nhà nước khu vực XIII hoặc qua Cổng Dịch vụ công quốc gia',
  },
};
