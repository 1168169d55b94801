// Managed subjects (đối tượng quản lý): the organisations an agency manages and may inspect. Kinds, statuses and
// the columns of the import/export file. Pure, shared by the server and the web app.

/** Kinds of organisation in the registry. */
export const SUBJECT_KINDS = ['enterprise', 'cooperative', 'state_agency', 'public_service_unit', 'association', 'other'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Vietnamese names of the kinds (also accepted on import). */
export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  enterprise: 'Doanh nghiệp',
  cooperative: 'Hợp tác xã',
  state_agency: 'Cơ quan nhà nước',
  public_service_unit: 'Đơn vị sự nghiệp công lập',
  association: 'Hội, hiệp hội',
  other: 'Tổ chức khác',
};

/**
 * Legal status of the organisation as the business registry reports it: operating; temporarily suspended
 * (tạm ngừng kinh doanh, Luật Doanh nghiệp 2020 Art 206); certificate revoked (Art 212); dissolved (Art 207–208) — article numbers TO VERIFY, no text on disk;
 * bankrupt (Luật Phá sản 2014). A subject is never deleted: its history stays.
 */
export const SUBJECT_STATUSES = ['active', 'suspended', 'revoked', 'dissolved', 'bankrupt'] as const;
export type SubjectStatus = (typeof SUBJECT_STATUSES)[number];

export const SUBJECT_STATUS_LABELS: Record<SubjectStatus, string> = {
  active: 'Đang hoạt động',
  suspended: 'Tạm ngừng kinh doanh',
  revoked: 'Bị thu hồi giấy chứng nhận',
  dissolved: 'Đã giải thể',
  bankrupt: 'Đã phá sản',
};

/** The columns of the import and export file, in export order; `aliases` are other headers accepted on import. */
export const SUBJECT_COLUMNS = [
  { key: 'taxCode', header: 'Mã số thuế', aliases: ['mst', 'ma so thue', 'ma_so_thue', 'tax code', 'ma so doanh nghiep'] },
  { key: 'name', header: 'Tên tổ chức', aliases: ['ten', 'ten doanh nghiep', 'ten don vi', 'ten to chuc', 'name'] },
  { key: 'kind', header: 'Loại hình', aliases: ['loai hinh', 'loai', 'kind'] },
  { key: 'address', header: 'Địa chỉ', aliases: ['dia chi', 'dia chi chi tiet', 'address'] },
  { key: 'provinceCode', header: 'Mã tỉnh', aliases: ['ma tinh', 'ma tinh thanh pho', 'province code'] },
  { key: 'communeCode', header: 'Mã xã', aliases: ['ma xa', 'ma xa phuong', 'ma phuong xa', 'commune code'] },
  { key: 'oldCommuneCode', header: 'Mã xã cũ (trước 01/07/2025)', aliases: ['ma xa cu', 'ma xa cu truoc 01/07/2025', 'old commune code'] },
  { key: 'vsicCode', header: 'Ngành nghề chính (mã VSIC)', aliases: ['nganh nghe', 'nganh nghe chinh', 'ma nganh', 'vsic', 'ma vsic', 'nganh nghe chinh ma vsic'] },
  { key: 'agencyCode', header: 'Mã cơ quan quản lý', aliases: ['ma co quan quan ly', 'co quan quan ly'] },
  { key: 'legalRepName', header: 'Người đại diện theo pháp luật', aliases: ['nguoi dai dien', 'nguoi dai dien theo phap luat', 'dai dien phap luat'] },
  { key: 'legalRepTitle', header: 'Chức danh người đại diện', aliases: ['chuc danh', 'chuc vu', 'chuc danh nguoi dai dien'] },
  { key: 'status', header: 'Trạng thái', aliases: ['trang thai', 'tinh trang', 'status'] },
  { key: 'establishedOn', header: 'Ngày thành lập', aliases: ['ngay thanh lap', 'ngay cap', 'ngay cap phep', 'established'] },
] as const;
export type SubjectColumnKey = (typeof SUBJECT_COLUMNS)[number]['key'];

/** Columns every import file must have. */
export const REQUIRED_IMPORT_COLUMNS: readonly SubjectColumnKey[] = ['taxCode', 'name'];

/** VSIC 2018 codes (Quyết định 27/2018/QĐ-TTg): level 2 to level 5 are 2 to 5 digits; business registration records level-4 codes (Nghị định 01/2021/NĐ-CP Art 7 — TO VERIFY). Only the format is checked: no VSIC list is shipped yet. */
export const VSIC_CODE_RE = /^\d{2,5}$/;
