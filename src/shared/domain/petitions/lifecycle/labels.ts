// Vietnamese labels used in refusal messages and by the UI.
import type { ActorRole, DocumentId, EntityName, MachineStates, RegimeId, TransitionPayload } from './types';

type EntityStates = {
  letter: MachineStates['letter'];
  complaint: MachineStates['complaint_first'];
  denunciation: MachineStates['denunciation'];
  re_denunciation: MachineStates['re_denunciation'];
  petition: MachineStates['petition'];
  anonymous_lead: MachineStates['anonymous_lead'];
  reception_visit: MachineStates['reception_visit'];
  protection_request: MachineStates['protection_request'];
};

/** Vietnamese label of every state, per entity. */
export const STATE_LABELS_VI: { readonly [E in EntityName]: Readonly<Record<EntityStates[E], string>> } = {
  letter: {
    received: 'Đã tiếp nhận', registered: 'Đã vào sổ', classified: 'Đã phân loại', archived_unprocessable: 'Lưu đơn (không đủ điều kiện xử lý)',
    linked_duplicate: 'Đơn trùng (đã liên kết)', guided: 'Đã hướng dẫn', transferred_out: 'Đã chuyển đơn', returned_to_transferor: 'Đã trả lại đơn',
    urged_subordinate: 'Đã đôn đốc cấp dưới', anonymous_information: 'Thông tin có nội dung tố cáo', referred_to_criminal_authority: 'Đã chuyển cơ quan tiến hành tố tụng',
    proposed_for_acceptance: 'Đã đề xuất thụ lý',
  },
  complaint: {
    pending_acceptance: 'Chờ thụ lý', not_accepted: 'Không thụ lý', accepted: 'Đã thụ lý', under_verification: 'Đang xác minh', dialogue_pending: 'Chờ đối thoại',
    decided: 'Đã có quyết định giải quyết', awaiting_finality: 'Chờ có hiệu lực', escalated: 'Đã khiếu nại tiếp / khởi kiện', legally_effective: 'Có hiệu lực pháp luật',
    under_enforcement: 'Đang tổ chức thi hành', closed: 'Đã kết thúc', terminated_withdrawn: 'Đình chỉ (rút khiếu nại)', transferred_to_court: 'Đã chuyển Tòa án',
    suspended: 'Tạm đình chỉ giải quyết', terminated_other: 'Đình chỉ giải quyết',
  },
  denunciation: {
    initial_processing: 'Xử lý ban đầu', not_processed: 'Không xử lý', transferred_out: 'Đã chuyển tố cáo', anonymous_information: 'Thông tin có nội dung tố cáo',
    referred_to_criminal_authority: 'Đã chuyển cơ quan tiến hành tố tụng', not_accepted: 'Không thụ lý', accepted: 'Đã thụ lý', under_verification: 'Đang xác minh',
    suspended: 'Tạm đình chỉ giải quyết', concluded: 'Đã kết luận', conclusion_handling: 'Đang xử lý kết luận', implementation_monitoring: 'Theo dõi thực hiện kết luận',
    closed: 'Đã kết thúc', terminated: 'Đình chỉ giải quyết',
  },
  re_denunciation: {
    received: 'Đã tiếp nhận', under_review: 'Đang xem xét', no_reresolution: 'Không giải quyết lại', resolved_as_competent: 'Giải quyết theo thẩm quyền',
    transferred: 'Đã chuyển', reresolved: 'Giải quyết lại',
  },
  petition: {
    registered: 'Đã vào sổ', classified: 'Đã phân loại', assigned: 'Đã giao xử lý', answered: 'Đã trả lời', transferred_out: 'Đã chuyển', archived: 'Lưu đơn', closed: 'Đã kết thúc',
  },
  anonymous_lead: { recorded: 'Đã ghi nhận', inspection_proposed: 'Đã đề xuất thanh tra, kiểm tra', forwarded_for_inspection: 'Đã chuyển để thanh tra, kiểm tra', archived: 'Lưu' },
  reception_visit: {
    logged: 'Đã ghi sổ', refused: 'Từ chối tiếp', guided: 'Đã hướng dẫn', statement_recorded: 'Đã ghi nội dung trình bày', letter_received: 'Đã nhận đơn',
    transferred: 'Đã chuyển', answered: 'Đã trả lời',
  },
  protection_request: {
    requested: 'Đã đề nghị', under_assessment: 'Đang đánh giá', refused: 'Không áp dụng', measures_decided: 'Đã quyết định biện pháp',
    referred_to_competent_body: 'Đã đề nghị cơ quan có thẩm quyền', active: 'Đang áp dụng', changed: 'Đã thay đổi, bổ sung', ended: 'Đã chấm dứt',
  },
};

/** Vietnamese label of a state of an entity (falls back to the id). */
export function stateLabelVi(entity: EntityName, state: string): string {
  const labels: Readonly<Record<string, string>> = STATE_LABELS_VI[entity];
  return labels[state] ?? state;
}

/** Vietnamese labels of the actor roles. */
export const ROLE_LABELS_VI: Readonly<Record<ActorRole, string>> = {
  system_admin: 'quản trị hệ thống', agency_head: 'thủ trưởng cơ quan', inspector: 'thanh tra viên', reception_officer: 'cán bộ tiếp công dân, xử lý đơn',
  clerk: 'văn thư', leader_viewer: 'lãnh đạo (chỉ xem)', system: 'hệ thống (tự động)',
};

/** Vietnamese description of each regime's period. */
export const REGIME_LABELS_VI: Readonly<Record<RegimeId, string>> = {
  R2024: 'đến hết 30/06/2025', R2025: 'từ 01/07/2025 đến hết 30/06/2026', R2026: 'từ 01/07/2026',
};

/** Vietnamese labels of the payload fields. */
export const FIELD_LABELS_VI: Readonly<Record<keyof TransitionPayload, string>> = {
  reasonCode: 'mã lý do', reasonCodes: 'các mã lý do', documents: 'văn bản kèm theo', reasonText: 'lý do', classification: 'loại đơn',
  withinCompetence: 'thuộc thẩm quyền', processable: 'đủ điều kiện xử lý', duplicateOfId: 'đơn trùng với', divergence: 'kết quả xác minh khác yêu cầu',
  escalationRoute: 'hình thức khiếu nại tiếp / khởi kiện', terminationGround: 'căn cứ đình chỉ', withdrawalScope: 'phạm vi rút', withdrawalExceptions: 'trường hợp không đình chỉ khi rút',
  contentConcernsOnlyAccused: 'nội dung chỉ liên quan người bị tố cáo', extensionDays: 'số ngày gia hạn', allSignatures: 'đủ chữ ký của tất cả người khiếu nại',
  secondInvitationIgnored: 'đã mời lần hai nhưng vắng mặt', clearEvidenceInOwnField: 'nội dung rõ, chứng cứ cụ thể, thuộc lĩnh vực quản lý',
  reresolutionGrounds: 'căn cứ giải quyết lại', anonymousAssessment: 'đánh giá theo khoản 2 Điều 25 Luật Tố cáo', councilProposal: 'đề xuất của Hội đồng kỷ luật',
};

/** Vietnamese names of the documents (§8.4). */
export const DOCUMENT_LABELS_VI: Readonly<Record<DocumentId, string>> = {
  reception_register_entry: 'Sổ tiếp công dân', statement_record: 'Văn bản ghi nội dung trình bày', evidence_receipt: 'Giấy biên nhận thông tin, tài liệu',
  reception_refusal_notice: 'Thông báo từ chối tiếp công dân', reception_conclusion_notice: 'Thông báo kết luận việc tiếp công dân', representative_appointment: 'Văn bản cử người đại diện',
  authorisation: 'Văn bản ủy quyền', acceptance_proposal: 'Phiếu đề xuất thụ lý đơn', guidance_letter: 'Văn bản hướng dẫn', transfer_slip: 'Phiếu chuyển đơn',
  return_letter: 'Văn bản trả lại đơn', multi_content_guidance: 'Hướng dẫn tách đơn có nhiều nội dung', urging_letter: 'Văn bản đôn đốc',
  complaint_acceptance_notice: 'Thông báo thụ lý giải quyết khiếu nại', complaint_non_acceptance_notice: 'Thông báo không thụ lý giải quyết khiếu nại',
  verification_assignment_decision: 'Quyết định giao nhiệm vụ xác minh', verification_report: 'Báo cáo kết quả xác minh', information_request: 'Văn bản yêu cầu cung cấp thông tin, tài liệu',
  working_minutes: 'Biên bản làm việc', expert_examination_request: 'Văn bản trưng cầu giám định', dialogue_notice: 'Thông báo tổ chức đối thoại', dialogue_minutes: 'Biên bản đối thoại',
  enforcement_suspension_decision: 'Quyết định tạm đình chỉ thi hành quyết định hành chính', complaint_resolution_decision_1: 'Quyết định giải quyết khiếu nại lần đầu',
  complaint_resolution_decision_2: 'Quyết định giải quyết khiếu nại lần hai', complaint_withdrawal: 'Đơn rút khiếu nại', complaint_termination_notice: 'Thông báo / Quyết định đình chỉ giải quyết khiếu nại',
  complaint_suspension_decision: 'Quyết định tạm đình chỉ giải quyết khiếu nại', complaint_resumption_decision: 'Quyết định tiếp tục giải quyết khiếu nại', publicity_record: 'Biên bản công khai',
  denunciation_acceptance_decision: 'Quyết định thụ lý tố cáo', denunciation_acceptance_notice: 'Thông báo việc thụ lý tố cáo', denunciation_content_notice: 'Thông báo nội dung tố cáo',
  denunciation_non_acceptance_notice: 'Thông báo không thụ lý tố cáo', denunciation_transfer_notice: 'Thông báo chuyển tố cáo', verification_team_decision: 'Quyết định thành lập Tổ xác minh',
  verification_assignment_letter: 'Văn bản giao xác minh nội dung tố cáo', extension_decision: 'Quyết định gia hạn giải quyết tố cáo',
  denunciation_suspension_decision: 'Quyết định tạm đình chỉ giải quyết tố cáo', denunciation_resumption_decision: 'Quyết định tiếp tục giải quyết tố cáo',
  denunciation_termination_decision: 'Quyết định đình chỉ giải quyết tố cáo', denunciation_withdrawal: 'Đơn rút tố cáo', withdrawal_minutes: 'Biên bản ghi nhận việc rút tố cáo',
  denunciation_conclusion: 'Kết luận nội dung tố cáo', conclusion_notice_to_denouncer: 'Thông báo kết luận nội dung tố cáo', handling_decision: 'Quyết định xử lý',
  handling_recommendation: 'Văn bản kiến nghị xử lý', no_reresolution_notice: 'Thông báo không giải quyết lại', overdue_report_request: 'Văn bản yêu cầu báo cáo',
  overdue_report: 'Báo cáo quá trình giải quyết', criminal_referral: 'Văn bản chuyển hồ sơ, tin báo về tội phạm', result_notice_to_transferor: 'Thông báo kết quả cho cơ quan đã chuyển đơn',
  protection_request: 'Văn bản đề nghị bảo vệ', protection_decision: 'Quyết định áp dụng biện pháp bảo vệ', protection_refusal_notice: 'Thông báo không áp dụng biện pháp bảo vệ',
  protection_change_decision: 'Quyết định thay đổi, bổ sung biện pháp bảo vệ', protection_end_decision: 'Quyết định chấm dứt biện pháp bảo vệ', archive_note: 'Ghi chú lưu đơn',
};
