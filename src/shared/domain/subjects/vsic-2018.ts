// The Vietnam Standard Industrial Classification 2018 (Hệ thống ngành kinh tế Việt Nam, VSIC 2018), levels 1 and 2,
// as issued by Quyết định 27/2018/QĐ-TTg (Phụ lục I). The same list ships as data/vsic/vsic-2018-l1-l2.csv (a fast
// test keeps the two equal; see data/vsic/README.md for the source, the licence and what is not included).
// Levels 3–5 are not shipped: a longer code is checked by its division (its first two digits) only.

/** Level 1: section letter → official Vietnamese name. */
export const VSIC_2018_SECTIONS: Readonly<Record<string, string>> = {
  A: 'Nông nghiệp, lâm nghiệp và thủy sản',
  B: 'Khai khoáng',
  C: 'Công nghiệp chế biến, chế tạo',
  D: 'Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí',
  E: 'Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải',
  F: 'Xây dựng',
  G: 'Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác',
  H: 'Vận tải kho bãi',
  I: 'Dịch vụ lưu trú và ăn uống',
  J: 'Thông tin và truyền thông',
  K: 'Hoạt động tài chính, ngân hàng và bảo hiểm',
  L: 'Hoạt động kinh doanh bất động sản',
  M: 'Hoạt động chuyên môn, khoa học và công nghệ',
  N: 'Hoạt động hành chính và dịch vụ hỗ trợ',
  O: 'Hoạt động của Đảng Cộng sản, tổ chức chính trị - xã hội, quản lý Nhà nước, an ninh quốc phòng; bảo đảm xã hội bắt buộc',
  P: 'Giáo dục và đào tạo',
  Q: 'Y tế và hoạt động trợ giúp xã hội',
  R: 'Nghệ thuật, vui chơi và giải trí',
  S: 'Hoạt động dịch vụ khác',
  T: 'Hoạt động làm thuê các công việc trong các hộ gia đình, sản xuất sản phẩm vật chất và dịch vụ tự tiêu dùng của hộ gia đình',
  U: 'Hoạt động của các tổ chức và cơ quan quốc tế',
};

/** Level 2: division (2 digits) → [section, official Vietnamese name]. */
export const VSIC_2018_DIVISIONS: Readonly<Record<string, readonly [string, string]>> = {
  '01': ['A', 'Nông nghiệp và hoạt động dịch vụ có liên quan'],
  '02': ['A', 'Lâm nghiệp và hoạt động dịch vụ có liên quan'],
  '03': ['A', 'Khai thác, nuôi trồng thủy sản'],
  '05': ['B', 'Khai thác than cứng và than non'],
  '06': ['B', 'Khai thác dầu thô và khí đốt tự nhiên'],
  '07': ['B', 'Khai thác quặng kim loại'],
  '08': ['B', 'Khai khoáng khác'],
  '09': ['B', 'Hoạt động dịch vụ hỗ trợ khai khoáng'],
  '10': ['C', 'Sản xuất, chế biến thực phẩm'],
  '11': ['C', 'Sản xuất đồ uống'],
  '12': ['C', 'Sản xuất sản phẩm thuốc lá'],
  '13': ['C', 'Dệt'],
  '14': ['C', 'Sản xuất trang phục'],
  '15': ['C', 'Sản xuất da và các sản phẩm có liên quan'],
  '16': ['C', 'Chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa (trừ giường, tủ, bàn, ghế); sản xuất sản phẩm từ rơm, rạ và vật liệu tết bện'],
  '17': ['C', 'Sản xuất giấy và sản phẩm từ giấy'],
  '18': ['C', 'In, sao chép bản ghi các loại'],
  '19': ['C', 'Sản xuất than cốc, sản phẩm dầu mỏ tinh chế'],
  '20': ['C', 'Sản xuất hoá chất và sản phẩm hoá chất'],
  '21': ['C', 'Sản xuất thuốc, hoá dược và dược liệu'],
  '22': ['C', 'Sản xuất sản phẩm từ cao su và plastic'],
  '23': ['C', 'Sản xuất sản phẩm từ khoáng phi kim loại khác'],
  '24': ['C', 'Sản xuất kim loại'],
  '25': ['C', 'Sản xuất sản phẩm từ kim loại đúc sẵn (trừ máy móc, thiết bị)'],
  '26': ['C', 'Sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học'],
  '27': ['C', 'Sản xuất thiết bị điện'],
  '28': ['C', 'Sản xuất máy móc, thiết bị chưa được phân vào đâu'],
  '29': ['C', 'Sản xuất xe có động cơ'],
  '30': ['C', 'Sản xuất phương tiện vận tải khác'],
  '31': ['C', 'Sản xuất giường, tủ, bàn, ghế'],
  '32': ['C', 'Công nghiệp chế biến, chế tạo khác'],
  '33': ['C', 'Sửa chữa, bảo dưỡng và lắp đặt máy móc và thiết bị'],
  '35': ['D', 'Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí'],
  '36': ['E', 'Khai thác, xử lý và cung cấp nước'],
  '37': ['E', 'Thoát nước và xử lý nước thải'],
  '38': ['E', 'Hoạt động thu gom, xử lý và tiêu huỷ rác thải; tái chế phế liệu'],
  '39': ['E', 'Xử lý ô nhiễm và hoạt động quản lý chất thải khác'],
  '41': ['F', 'Xây dựng nhà các loại'],
  '42': ['F', 'Xây dựng công trình kỹ thuật dân dụng'],
  '43': ['F', 'Hoạt động xây dựng chuyên dụng'],
  '45': ['G', 'Bán, sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác'],
  '46': ['G', 'Bán buôn (trừ ô tô, mô tô, xe máy và xe có động cơ khác)'],
  '47': ['G', 'Bán lẻ (trừ ô tô, mô tô, xe máy và xe có động cơ khác)'],
  '49': ['H', 'Vận tải đường sắt, đường bộ và vận tải đường ống'],
  '50': ['H', 'Vận tải đường thủy'],
  '51': ['H', 'Vận tải hàng không'],
  '52': ['H', 'Kho bãi và các hoạt động hỗ trợ cho vận tải'],
  '53': ['H', 'Bưu chính và chuyển phát'],
  '55': ['I', 'Dịch vụ lưu trú'],
  '56': ['I', 'Dịch vụ ăn uống'],
  '58': ['J', 'Hoạt động xuất bản'],
  '59': ['J', 'Hoạt động điện ảnh, sản xuất chương trình truyền hình, ghi âm và xuất bản âm nhạc'],
  '60': ['J', 'Hoạt động phát thanh, truyền hình'],
  '61': ['J', 'Viễn thông'],
  '62': ['J', 'Lập trình máy vi tính, dịch vụ tư vấn và các hoạt động khác liên quan đến máy vi tính'],
  '63': ['J', 'Hoạt động dịch vụ thông tin'],
  '64': ['K', 'Hoạt động dịch vụ tài chính (trừ bảo hiểm và bảo hiểm xã hội)'],
  '65': ['K', 'Bảo hiểm, tái bảo hiểm và bảo hiểm xã hội (trừ bảo đảm xã hội bắt buộc)'],
  '66': ['K', 'Hoạt động tài chính khác'],
  '68': ['L', 'Hoạt động kinh doanh bất động sản'],
  '69': ['M', 'Hoạt động pháp luật, kế toán và kiểm toán'],
  '70': ['M', 'Hoạt động của trụ sở văn phòng; hoạt động tư vấn quản lý'],
  '71': ['M', 'Hoạt động kiến trúc; kiểm tra và phân tích kỹ thuật'],
  '72': ['M', 'Nghiên cứu khoa học và phát triển'],
  '73': ['M', 'Quảng cáo và nghiên cứu thị trường'],
  '74': ['M', 'Hoạt động chuyên môn, khoa học và công nghệ khác'],
  '75': ['M', 'Hoạt động thú y'],
  '77': ['N', 'Cho thuê máy móc, thiết bị (không kèm người điều khiển); cho thuê đồ dùng cá nhân và gia đình; cho thuê tài sản vô hình phi tài chính'],
  '78': ['N', 'Hoạt động dịch vụ lao động và việc làm'],
  '79': ['N', 'Hoạt động của các đại lý du lịch, kinh doanh tua du lịch và các dịch vụ hỗ trợ, liên quan đến quảng bá và tổ chức tua du lịch'],
  '80': ['N', 'Hoạt động điều tra bảo đảm an toàn'],
  '81': ['N', 'Hoạt động dịch vụ vệ sinh nhà cửa, công trình và cảnh quan'],
  '82': ['N', 'Hoạt động hành chính, hỗ trợ văn phòng và các hoạt động hỗ trợ kinh doanh khác'],
  '84': ['O', 'Hoạt động của Đảng Cộng sản, tổ chức chính trị - xã hội, quản lý Nhà nước, an ninh quốc phòng; bảo đảm xã hội bắt buộc'],
  '85': ['P', 'Giáo dục và đào tạo'],
  '86': ['Q', 'Hoạt động y tế'],
  '87': ['Q', 'Hoạt động chăm sóc, điều dưỡng tập trung'],
  '88': ['Q', 'Hoạt động trợ giúp xã hội không tập trung'],
  '90': ['R', 'Hoạt động sáng tác, nghệ thuật và giải trí'],
  '91': ['R', 'Hoạt động của thư viện, lưu trữ, bảo tàng và các hoạt động văn hoá khác'],
  '92': ['R', 'Hoạt động xổ số, cá cược và đánh bạc'],
  '93': ['R', 'Hoạt động thể thao, vui chơi và giải trí'],
  '94': ['S', 'Hoạt động của các hiệp hội, tổ chức khác'],
  '95': ['S', 'Sửa chữa máy vi tính, đồ dùng cá nhân và gia đình'],
  '96': ['S', 'Hoạt động dịch vụ phục vụ cá nhân khác'],
  '97': ['T', 'Hoạt động làm thuê các công việc gia đình trong các hộ gia đình'],
  '98': ['T', 'Hoạt động sản xuất sản phẩm vật chất và dịch vụ tự tiêu dùng của hộ gia đình'],
  '99': ['U', 'Hoạt động của các tổ chức và cơ quan quốc tế'],
};

export const VSIC_DECISION = 'Quyết định 27/2018/QĐ-TTg (Hệ thống ngành kinh tế Việt Nam 2018)';

/** Why a VSIC code is not valid (Vietnamese), or null: 2–5 digits whose division is a VSIC 2018 division. */
export function vsicCodeProblem(code: string): string | null {
  if (!/^\d{2,5}$/.test(code)) return `Mã ngành "${code}" phải có 2 đến 5 chữ số theo ${VSIC_DECISION}.`;
  if (!VSIC_2018_DIVISIONS[code.slice(0, 2)]) return `Mã ngành "${code}" không có trong ${VSIC_DECISION}: không có ngành cấp 2 mã ${code.slice(0, 2)}.`;
  return null;
}

/** "F — Xây dựng · 41 Xây dựng nhà các loại" for a code, or null when unknown. */
export function vsicLabel(code: string | null | undefined): { section: string; sectionName: string; division: string; divisionName: string } | null {
  const d = code ? VSIC_2018_DIVISIONS[code.slice(0, 2)] : undefined;
  if (!code || !d) return null;
  return { section: d[0], sectionName: VSIC_2018_SECTIONS[d[0]]!, division: code.slice(0, 2), divisionName: d[1] };
}
