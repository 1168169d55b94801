// Deterministic, realistic managed subjects for the demo and the benchmark: enterprises, cooperatives, public bodies
// and associations spread over the 2025 communes of the 34 provinces, with valid tax codes (check digit), VSIC 2018
// level-4 sectors, legal representatives and registry statuses.
import { completeTaxCode, type SubjectDraft } from '../../shared/domain/subjects';
import { FAMILY, GIVEN, MIDDLE, prng } from './demo-petitions';

const FORMS = ['Công ty TNHH', 'Công ty TNHH MTV', 'Công ty Cổ phần', 'Công ty TNHH', 'Doanh nghiệp tư nhân', 'Công ty Cổ phần'];
const TRADES: [string, string][] = [
  ['Xây dựng', '4100'],
  ['Xây dựng công trình giao thông', '4210'],
  ['Thương mại', '4690'],
  ['Thương mại và Dịch vụ', '4649'],
  ['Bán lẻ thực phẩm', '4722'],
  ['Vận tải hàng hoá', '4933'],
  ['Chế biến thuỷ sản', '1020'],
  ['Chế biến gỗ', '1610'],
  ['May mặc', '1410'],
  ['Sản xuất vật liệu xây dựng', '2392'],
  ['Khai thác đá, cát, sỏi', '0810'],
  ['Dược phẩm', '4772'],
  ['Nhà hàng và Khách sạn', '5510'],
  ['Du lịch lữ hành', '7911'],
  ['Kinh doanh bất động sản', '6810'],
  ['Tư vấn thiết kế', '7110'],
  ['Công nghệ thông tin', '6201'],
  ['Môi trường đô thị', '3811'],
  ['Điện lạnh', '4322'],
  ['Nông sản', '4620'],
];
const BRANDS = ['Hoà Bình', 'Minh Anh', 'Phú Thịnh', 'Thành Công', 'Hưng Phát', 'Đại Việt', 'An Khang', 'Tân Tiến', 'Việt Hưng', 'Sông Hồng', 'Trường Sơn', 'Phương Đông', 'Hoàng Long', 'Bình Minh', 'Kim Ngân', 'Nam Việt', 'Đông Á', 'Sao Mai', 'Thiên Phúc', 'Hải Âu'];
const STREETS = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Quang Trung', 'Lý Thường Kiệt', 'Nguyễn Huệ', 'Điện Biên Phủ', 'Hùng Vương', 'Phan Chu Trinh'];
const BODIES: [SubjectDraft['kind'], string, string, string][] = [
  ['cooperative', 'Hợp tác xã Nông nghiệp', '0161', 'Chủ tịch Hội đồng quản trị'],
  ['cooperative', 'Hợp tác xã Dịch vụ Thương mại', '4690', 'Giám đốc'],
  ['public_service_unit', 'Trung tâm Y tế', '8610', 'Giám đốc'],
  ['public_service_unit', 'Trường Trung học cơ sở', '8531', 'Hiệu trưởng'],
  ['public_service_unit', 'Ban Quản lý dự án đầu tư xây dựng', '8411', 'Giám đốc'],
  ['state_agency', 'Phòng Kinh tế', '8413', 'Trưởng phòng'],
  ['association', 'Hội Nông dân', '9499', 'Chủ tịch'],
  ['association', 'Hiệp hội Doanh nghiệp', '9411', 'Chủ tịch'],
];
const STATUSES: SubjectDraft['status'][] = ['active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'suspended', 'suspended', 'dissolved', 'revoked'];

export type CommuneRef = { code: string; name: string; provinceCode: string };

/** `n` subjects (deterministic for a seed). Tax codes are unique: the first two digits follow the province, then a running number. */
export function* generateSubjects(n: number, communes: readonly CommuneRef[], seed = 2025, agencyOf: (provinceCode: string) => string = (p) => p): Generator<SubjectDraft> {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let serial = 0;
  for (let i = 0; i < n; i++) {
    const commune = communes[Math.floor(random() * communes.length)]!;
    let taxCode: string | null = null;
    while (!taxCode) taxCode = completeTaxCode(`${commune.provinceCode}${String(++serial).padStart(7, '0')}`);
    const rep = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const year = 1995 + Math.floor(random() * 30);
    const established = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const address = `Số ${1 + Math.floor(random() * 300)} đường ${pick(STREETS)}`;
    let draft: SubjectDraft;
    if (random() < 0.88) {
      const [trade, vsic] = pick(TRADES);
      draft = {
        taxCode,
        name: `${pick(FORMS)} ${trade} ${pick(BRANDS)}${random() < 0.5 ? ` ${commune.name}` : ''}`,
        kind: 'enterprise',
        address,
        provinceCode: commune.provinceCode,
        communeCode: commune.code,
        oldCommuneCode: null,
        vsicCode: vsic,
        managingAgencyId: agencyOf(commune.provinceCode),
        legalRepName: rep,
        legalRepTitle: pick(['Giám đốc', 'Tổng Giám đốc', 'Chủ tịch Hội đồng thành viên', 'Chủ doanh nghiệp']),
        status: pick(STATUSES),
        establishedOn: established,
      };
    } else {
      const [kind, label, vsic, title] = pick(BODIES);
      draft = {
        taxCode,
        name: `${label} ${commune.name}`,
        kind,
        address,
        provinceCode: commune.provinceCode,
        communeCode: commune.code,
        oldCommuneCode: null,
        vsicCode: vsic,
        managingAgencyId: agencyOf(commune.provinceCode),
        legalRepName: rep,
        legalRepTitle: title,
        status: 'active',
        establishedOn: established,
      };
    }
    yield draft;
  }
}
