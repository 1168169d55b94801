// Case roles of the inspection, specialised-check and follow-up machines. The module maps a user to these from the
// case (decision signer, team membership, supervisor, inspected party account…), not from platform roles.

export const INSPECTION_ROLES = [
  'plan_officer',
  'chief_inspector',
  'management_head',
  'inspector_general',
  'decision_maker',
  'team_leader',
  'inspector_member',
  'non_inspector_member',
  'supervisor',
  'appraiser',
  'inspected_party',
  'managing_head',
  'follow_up_officer',
  'check_decision_maker',
  'check_team_leader',
  'check_team_member',
  'system',
] as const;
export type InspectionRole = (typeof INSPECTION_ROLES)[number];

/** Vietnamese names of the roles. */
export const INSPECTION_ROLE_LABELS_VI: Readonly<Record<InspectionRole, string>> = {
  plan_officer: 'công chức xây dựng kế hoạch thanh tra',
  chief_inspector: 'Thủ trưởng cơ quan thanh tra (Chánh Thanh tra, Tổng Thanh tra)',
  management_head: 'Thủ trưởng cơ quan quản lý nhà nước cùng cấp',
  inspector_general: 'Tổng Thanh tra Chính phủ',
  decision_maker: 'người ra quyết định thanh tra',
  team_leader: 'Trưởng đoàn thanh tra',
  inspector_member: 'thành viên Đoàn là thanh tra viên',
  non_inspector_member: 'thành viên Đoàn không phải thanh tra viên',
  supervisor: 'người giám sát Đoàn thanh tra',
  appraiser: 'người thẩm định',
  inspected_party: 'đối tượng thanh tra, kiểm tra',
  managing_head: 'người đứng đầu cơ quan quản lý trực tiếp đối tượng',
  follow_up_officer: 'người theo dõi, đôn đốc thực hiện kết luận',
  check_decision_maker: 'người ra quyết định kiểm tra chuyên ngành',
  check_team_leader: 'Trưởng đoàn kiểm tra',
  check_team_member: 'thành viên Đoàn kiểm tra',
  system: 'hệ thống',
};
