// §3.4 Denunciation (giải quyết tố cáo), T1–T22.
import { blthts, cite, ltc, nd156, nd31, tt05 } from '../citations';
import { DENUNCIATION_STATES, type ClockId, type DenunciationState } from '../types';
import { HEAD, LETTER_PROCESSOR, machine, RECORDER, rows, SYSTEM, VERIFIER, type Row } from './define';

const NON_TERMINAL: readonly DenunciationState[] = ['initial_processing', 'accepted', 'under_verification', 'suspended', 'concluded', 'conclusion_handling', 'implementation_monitoring'];
/** Open resolution (after acceptance, before the conclusion). */
const RESOLVING: readonly DenunciationState[] = ['accepted', 'under_verification', 'suspended'];
const ALL_CLOCKS: readonly ClockId[] = ['TC_INITIAL', 'TC_TRANSFER', 'TC_RESOLVE', 'TC_ACCEPT_NOTICE'];

const transitions = rows<DenunciationState>('denunciation', [
  {
    id: 'T1', kind: 'create', from: [], to: 'initial_processing', event: 'receive',
    labelVi: 'Tiếp nhận, vào sổ, xử lý ban đầu thông tin tố cáo', labelEn: 'Receive and start initial processing',
    actorRoles: [...LETTER_PROCESSOR, ...SYSTEM], specActors: ['letter_processor'], clocks: { start: ['TC_INITIAL'] },
    basis: ltc('khoản 1 Điều 24'), verification: 'V', note: 'TC_INITIAL runs from the receipt date (L1); starting it again is idempotent.',
  },
  {
    id: 'T2', kind: 'move', from: ['initial_processing'], to: 'transferred_out', event: 'transfer',
    labelVi: 'Chuyển tố cáo không thuộc thẩm quyền và thông báo cho người tố cáo', labelEn: 'Transfer (not competent) and notify the denouncer',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'transfer_slip', alsoDocuments: ['denunciation_transfer_notice'],
    requires: [{ kind: 'guard', guard: 'transfer_once' }], clocks: { stop: ['TC_TRANSFER', 'TC_INITIAL'] },
    basis: cite(ltc('khoản 2 Điều 24'), tt05('Điều 14')), verification: 'V',
  },
  {
    id: 'T3', kind: 'move', from: ['initial_processing'], to: 'not_processed', event: 'not_process',
    labelVi: 'Không xử lý (đã gửi cơ quan có thẩm quyền, hoặc đã được hướng dẫn)', labelEn: 'Not processed (sent to the competent body, or already guided)',
    actorRoles: HEAD, specActors: ['head_of_body'],
    requires: [{ kind: 'reasonCode', families: ['DUP'], codes: ['DUP_SENT_TO_COMPETENT_ELSEWHERE', 'DUP_ALREADY_GUIDED'] }],
    clocks: { stop: ['TC_INITIAL', 'TC_TRANSFER'] }, basis: ltc('khoản 3 Điều 24'), verification: 'V',
  },
  {
    id: 'T4', kind: 'move', from: ['initial_processing'], to: 'anonymous_information', event: 'mark_anonymous',
    labelVi: 'Không xác định được người tố cáo: xử lý như thông tin có nội dung tố cáo', labelEn: 'Denouncer unknown: handle as anonymous information',
    actorRoles: HEAD, specActors: ['head_of_body'], requires: [{ kind: 'reasonCode', families: ['ANON'] }], spawns: ['anonymous_lead'],
    clocks: { stop: ['TC_INITIAL', 'TC_TRANSFER'] }, basis: cite(ltc('Điều 25'), nd31('Điều 20')), verification: 'V',
  },
  {
    id: 'T5', kind: 'move', from: NON_TERMINAL, to: 'referred_to_criminal_authority', event: 'refer_crime',
    labelVi: 'Có dấu hiệu tội phạm: chuyển ngay hồ sơ cho Cơ quan điều tra hoặc Viện kiểm sát', labelEn: 'Crime signs: refer the file at once',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'criminal_referral', clocks: { stop: ALL_CLOCKS },
    basis: cite(ltc('khoản 1 Điều 27; khoản 2 Điều 36; điểm d khoản 1 Điều 44'), blthts('khoản 4 Điều 146')), verification: 'V',
  },
  {
    id: 'T6', kind: 'move', from: ['initial_processing'], to: 'not_accepted', event: 'not_accept',
    labelVi: 'Không thụ lý tố cáo (không đủ điều kiện), thông báo ngay lý do', labelEn: 'Not accepted (conditions fail), notify reasons at once',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'denunciation_non_acceptance_notice',
    requires: [{ kind: 'reasonCode', families: ['TC_C'] }], clocks: { stop: ['TC_INITIAL'] },
    basis: cite(ltc('khoản 1 Điều 24; khoản 1 Điều 29')), verification: 'V',
  },
  {
    id: 'T7', kind: 'move', from: ['initial_processing'], to: 'accepted', event: 'accept',
    labelVi: 'Ra quyết định thụ lý tố cáo', labelEn: 'Decide to accept the denunciation',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'denunciation_acceptance_decision',
    clocks: { stop: ['TC_INITIAL'], start: ['TC_RESOLVE', 'TC_ACCEPT_NOTICE'] },
    basis: cite(ltc('khoản 1, 2 Điều 29'), nd31('khoản 1 Điều 9')), verification: 'V',
  },
  {
    id: 'T8', kind: 'action', from: ['accepted', 'under_verification'], to: null, event: 'notify_acceptance',
    labelVi: 'Thông báo thụ lý cho người tố cáo; thông báo nội dung tố cáo cho người bị tố cáo (không nêu người tố cáo)', labelEn: 'Notify the denouncer; tell the accused the content (never who)',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'denunciation_acceptance_notice', alsoDocuments: ['denunciation_content_notice'],
    clocks: { stop: ['TC_ACCEPT_NOTICE'] }, basis: cite(ltc('khoản 3 Điều 29'), nd31('khoản 2 Điều 9')), verification: 'V',
  },
  {
    id: 'T9', kind: 'move', from: ['accepted'], to: 'under_verification', event: 'assign_verification',
    labelVi: 'Tự xác minh, thành lập Tổ xác minh hoặc giao cơ quan thanh tra xác minh', labelEn: 'Verify, set up a team or assign verification',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'verification_team_decision', alsoDocuments: ['verification_assignment_letter'],
    basis: cite(ltc('khoản 1, 2 Điều 31'), nd31('Điều 10')), verification: 'V',
  },
  {
    id: 'T10', kind: 'action', from: ['under_verification'], to: null, event: 'verification_step',
    labelVi: 'Thu thập thông tin, làm việc, kiểm tra thực tế, yêu cầu người bị tố cáo giải trình', labelEn: 'Collect information, meetings, site checks, explanation',
    actorRoles: VERIFIER, specActors: ['verification_team'], document: 'working_minutes', alsoDocuments: ['information_request'],
    basis: cite(ltc('khoản 3–5 Điều 31'), nd31('Điều 13; Điều 14')), verification: 'V',
  },
  {
    id: 'T10-expert', kind: 'action', from: ['under_verification'], to: null, event: 'request_expert_examination',
    labelVi: 'Trưng cầu giám định (thời gian giám định không tính vào thời hạn giải quyết)', labelEn: 'Request expert examination (time excluded)',
    actorRoles: [...HEAD, ...VERIFIER], specActors: ['resolver_tc', 'verification_team'], document: 'expert_examination_request',
    requires: [{ kind: 'flagEquals', flag: 'expertExaminationPending', value: false }],
    clocks: { pause: ['TC_RESOLVE'] }, effects: { setFlags: { expertExaminationPending: true } },
    basis: cite(ltc('khoản 5 Điều 31'), nd31('Điều 15')), verification: 'V',
  },
  {
    id: 'T10-expert-result', kind: 'action', from: ['under_verification'], to: null, event: 'receive_expert_conclusion',
    labelVi: 'Nhận kết luận giám định', labelEn: 'Expert conclusion received',
    actorRoles: [...HEAD, ...VERIFIER], specActors: ['verification_team'], requires: [{ kind: 'flagEquals', flag: 'expertExaminationPending', value: true }],
    clocks: { resume: ['TC_RESOLVE'] }, effects: { setFlags: { expertExaminationPending: false } },
    basis: nd31('khoản 4 Điều 15'), verification: 'V',
  },
  {
    id: 'T11', kind: 'action', from: ['accepted', 'under_verification'], to: null, event: 'extend',
    labelVi: 'Gia hạn giải quyết tố cáo (phức tạp: 1 lần; đặc biệt phức tạp: 2 lần; mỗi lần ≤ 30 ngày)', labelEn: 'Extend (complex: once; especially complex: twice; ≤ 30 days each)',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'extension_decision',
    requires: [{ kind: 'guard', guard: 'extension_limit' }, { kind: 'field', field: 'extensionDays' }, { kind: 'guard', guard: 'extension_days' }],
    clocks: { extend: ['TC_RESOLVE'] }, effects: { incrementExtension: true }, basis: cite(ltc('khoản 2–4 Điều 30'), nd31('Điều 3')), verification: 'V',
    note: 'Extends TC_RESOLVE by extensionDays (the deadlines module recomputes the due date with the written extensions).',
  },
  {
    id: 'T12', kind: 'move', from: ['accepted', 'under_verification'], to: 'suspended', event: 'suspend',
    labelVi: 'Tạm đình chỉ việc giải quyết tố cáo', labelEn: 'Suspend the resolution',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'denunciation_suspension_decision', requires: [{ kind: 'field', field: 'reasonText' }],
    clocks: { pause: ['TC_RESOLVE'], start: ['TC_DECISION_NOTICE'] }, effects: { rememberSuspendedFrom: true },
    basis: ltc('khoản 1, 2, 4 Điều 34'), verification: 'V',
  },
  ...(['accepted', 'under_verification'] as const).map(
    (to): Row<DenunciationState> => ({
      id: `T13:${to}`, kind: 'move', from: ['suspended'], to, event: 'resume',
      labelVi: 'Căn cứ tạm đình chỉ không còn: ra ngay quyết định tiếp tục giải quyết', labelEn: 'Grounds ended: decide to continue at once',
      actorRoles: HEAD, specActors: ['resolver_tc'], document: 'denunciation_resumption_decision', requires: [{ kind: 'guard', guard: 'resume_previous' }],
      clocks: { resume: ['TC_RESOLVE'] }, effects: { clearSuspendedFrom: true }, basis: ltc('khoản 2 Điều 34'), verification: 'V',
    }),
  ),
  {
    id: 'T14', kind: 'move', from: RESOLVING, to: 'terminated', event: 'terminate',
    labelVi: 'Đình chỉ việc giải quyết tố cáo', labelEn: 'Terminate the resolution',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'denunciation_termination_decision',
    requires: [{ kind: 'fieldIn', field: 'terminationGround', values: ['all_withdrawn', 'accused_died', 'settled_by_court_or_authority'] }, { kind: 'guard', guard: 'denunciation_termination' }],
    clocks: { stop: ['TC_RESOLVE', 'TC_ACCEPT_NOTICE'], start: ['TC_DECISION_NOTICE'] }, effects: { endsProtection: true, clearSuspendedFrom: true },
    basis: cite(ltc('khoản 3, 4 Điều 34; Điều 33; điểm a khoản 2 Điều 54'), nd31('Điều 4')), verification: 'V',
  },
  {
    id: 'T15', kind: 'action', from: ['initial_processing', ...RESOLVING], to: null, event: 'record_withdrawal',
    labelVi: 'Ghi nhận việc rút tố cáo (một phần, hoặc một số người tố cáo): tiếp tục giải quyết phần còn lại', labelEn: 'Record a withdrawal (partial, or by some denouncers): continue',
    actorRoles: [...RECORDER, ...HEAD], specActors: ['denouncer', 'resolver_tc'],
    requires: [{ kind: 'document', anyOf: ['denunciation_withdrawal', 'withdrawal_minutes'] }],
    basis: cite(ltc('Điều 33'), nd31('Điều 4'), nd156('Điều 1')), verification: 'V',
    note: 'Full withdrawal by everyone is T14 with terminationGround all_withdrawn (refused when an Art 33(3) exception holds).',
  },
  {
    id: 'T16', kind: 'move', from: ['under_verification'], to: 'concluded', event: 'conclude',
    labelVi: 'Báo cáo kết quả xác minh; ban hành kết luận nội dung tố cáo', labelEn: 'Verification report; issue the conclusion',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'denunciation_conclusion', alsoDocuments: ['verification_report'],
    clocks: { stop: ['TC_RESOLVE', 'TC_ACCEPT_NOTICE'], start: ['TC_CONCLUSION_SEND', 'TC_HANDLE', 'TC_PUBLICITY'] }, effects: { endsProtection: true },
    basis: cite(ltc('khoản 6 Điều 31; khoản 1, 2 Điều 35; điểm a khoản 2 Điều 54'), nd31('Điều 17')), verification: 'V',
  },
  {
    id: 'T17', kind: 'action', from: ['concluded', 'conclusion_handling'], to: null, event: 'send_conclusion',
    labelVi: 'Gửi kết luận cho người bị tố cáo, cơ quan quản lý; thông báo kết luận cho người tố cáo', labelEn: 'Send the conclusion; notify the denouncer',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'conclusion_notice_to_denouncer', clocks: { stop: ['TC_CONCLUSION_SEND'] },
    basis: ltc('khoản 3 Điều 35'), verification: 'V',
  },
  {
    id: 'T18', kind: 'move', from: ['concluded'], to: 'conclusion_handling', event: 'handle_conclusion',
    labelVi: 'Xử lý kết luận (khôi phục quyền lợi, xử lý vi phạm hoặc kiến nghị xử lý)', labelEn: 'Handle the conclusion (restore rights, sanction or recommend)',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'handling_decision', alsoDocuments: ['handling_recommendation'],
    clocks: { stop: ['TC_HANDLE'], start: ['TC_HANDLE_REPORT'] }, basis: cite(ltc('khoản 1, 2 Điều 36; khoản 1 Điều 44')), verification: 'V',
  },
  {
    id: 'T19', kind: 'action', from: ['conclusion_handling', 'implementation_monitoring'], to: null, event: 'record_handling_report',
    labelVi: 'Ghi nhận báo cáo kết quả xử lý của cơ quan được kiến nghị', labelEn: 'Record the recommended bodies’ handling report',
    actorRoles: [...RECORDER, ...HEAD], specActors: ['recommended_body'], clocks: { stop: ['TC_HANDLE_REPORT'] },
    basis: ltc('khoản 3 Điều 36'), verification: 'V',
  },
  {
    id: 'T20', kind: 'action', from: ['concluded', 'conclusion_handling', 'implementation_monitoring'], to: null, event: 'publicise',
    labelVi: 'Công khai kết luận và quyết định xử lý (không tiết lộ người tố cáo, bí mật nhà nước)', labelEn: 'Publicise the conclusion (never the denouncer)',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'publicity_record', clocks: { stop: ['TC_PUBLICITY'] },
    basis: cite(ltc('Điều 40'), nd31('Điều 6')), verification: 'V',
  },
  {
    id: 'T21', kind: 'move', from: ['conclusion_handling'], to: 'implementation_monitoring', event: 'start_monitoring',
    labelVi: 'Theo dõi, đôn đốc việc thực hiện kết luận (hoặc giao cơ quan thanh tra cùng cấp)', labelEn: 'Monitor implementation',
    actorRoles: HEAD, specActors: ['resolver_tc'], clocks: { start: ['TC_MONITOR_REPORT'] },
    basis: cite(ltc('khoản 3 Điều 44'), nd31('khoản 2 Điều 18'), nd156('Điều 3')), verification: 'V',
    note: 'Monitoring report monthly in R2024–R2025; R2026 states no interval (deadlines module).',
  },
  {
    id: 'T21-report', kind: 'action', from: ['implementation_monitoring'], to: null, event: 'monitoring_report',
    labelVi: 'Báo cáo kết quả theo dõi việc thực hiện kết luận', labelEn: 'Monitoring report',
    actorRoles: [...VERIFIER, ...HEAD], specActors: ['same_level_inspectorate'], basis: nd31('khoản 2 Điều 18'), verification: 'V',
  },
  {
    id: 'T21-close', kind: 'move', from: ['implementation_monitoring'], to: 'closed', event: 'close',
    labelVi: 'Hoàn thành việc thực hiện kết luận, đóng hồ sơ', labelEn: 'Implementation complete, close',
    actorRoles: HEAD, specActors: ['resolver_tc'], clocks: { stop: ['TC_MONITOR_REPORT', 'TC_HANDLE_REPORT'] },
    basis: cite(ltc('khoản 3 Điều 44; khoản 3 Điều 39')), verification: 'V',
  },
  {
    id: 'T22', kind: 'move', from: ['initial_processing'], to: 'conclusion_handling', event: 'fast_track',
    labelVi: 'Tố cáo về quản lý nhà nước có nội dung rõ, chứng cứ cụ thể thuộc lĩnh vực mình: xử lý ngay theo pháp luật xử phạt', labelEn: 'Fast track: clear state-management violation in own field, sanction at once',
    actorRoles: HEAD, specActors: ['resolver_tc'], document: 'handling_decision',
    requires: [{ kind: 'guard', guard: 'fast_track' }], clocks: { stop: ['TC_INITIAL'] },
    basis: ltc('khoản 2 Điều 42; Điều 43'), verification: 'V', note: 'Bounded by the administrative-sanction time limits, not TC_RESOLVE.',
  },
]);

/** Denunciation lifecycle (§3.4). */
export const DENUNCIATION_MACHINE = machine<DenunciationState>({
  id: 'denunciation', entity: 'denunciation', labelVi: 'Giải quyết tố cáo', states: DENUNCIATION_STATES, initial: 'initial_processing',
  terminal: ['not_processed', 'transferred_out', 'anonymous_information', 'referred_to_criminal_authority', 'not_accepted', 'closed', 'terminated'],
  transitions,
});
