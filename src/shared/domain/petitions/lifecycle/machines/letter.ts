// §3.0 Letter (đơn) pipeline — common to all kinds (L1–L13).
import { blthts, cite, ltc, ltcd, nd31, tt05, tt07_2014 } from '../citations';
import { LETTER_STATES, type ClockId, type LetterState } from '../types';
import { HEAD, INTAKE, LETTER_PROCESSOR, machine, REGISTRAR, rows, SYSTEM } from './define';

// Clocks started at receipt that end when the letter leaves the pipeline without a case of ours.
const RECEIPT_CLOCKS: readonly ClockId[] = ['KN_ACCEPT', 'TC_INITIAL', 'TC_TRANSFER'];

const transitions = rows<LetterState>('letter', [
  {
    id: 'L1', kind: 'create', from: [], to: 'received', event: 'receive',
    labelVi: 'Tiếp nhận đơn hoặc ghi nội dung trình bày trực tiếp', labelEn: 'Receive a letter or record an in-person statement',
    actorRoles: INTAKE, specActors: ['clerk', 'reception_officer'],
    clocks: { start: ['KN_ACCEPT', 'TC_INITIAL', 'TC_TRANSFER', 'TCD_ANSWER', 'TC_PRESS_RESULT'] },
    basis: cite(ltcd('Điều 25'), ltc('khoản 1 Điều 24')), verification: 'V',
    note: 'Receipt date starts every receipt clock; the kind (known at L3) and the channel decide which ones apply (TCD_ANSWER only after reception, TC_PRESS_RESULT only for press/authority transfers).',
  },
  {
    id: 'L2', kind: 'move', from: ['received'], to: 'registered', event: 'register',
    labelVi: 'Vào sổ, cập nhật cơ sở dữ liệu', labelEn: 'Enter in the register / database',
    actorRoles: REGISTRAR, specActors: ['letter_processor'],
    basis: cite(ltc('khoản 1 Điều 24'), tt07_2014('khoản 2 Điều 3; khoản 2 Điều 29')), verification: 'V',
  },
  {
    id: 'L3', kind: 'move', from: ['registered'], to: 'classified', event: 'classify',
    labelVi: 'Phân loại đơn (loại, điều kiện xử lý, thẩm quyền, số người)', labelEn: 'Classify (kind, processability, competence, group size)',
    actorRoles: LETTER_PROCESSOR, specActors: ['letter_processor'], requires: [{ kind: 'field', field: 'classification' }],
    basis: tt07_2014('Điều 6'), verification: 'V-old',
  },
  {
    id: 'L4', kind: 'move', from: ['classified'], to: 'referred_to_criminal_authority', event: 'refer_crime',
    labelVi: 'Chuyển ngay cho Cơ quan điều tra, Viện kiểm sát (có dấu hiệu tội phạm)', labelEn: 'Refer at once to the investigation agency / procuracy (crime signs)',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'criminal_referral',
    clocks: { stop: RECEIPT_CLOCKS }, basis: cite(ltc('khoản 1 Điều 27'), blthts('khoản 4 Điều 146')), verification: 'V',
  },
  {
    id: 'L5', kind: 'move', from: ['classified'], to: 'archived_unprocessable', event: 'archive',
    labelVi: 'Lưu đơn (không đủ điều kiện xử lý)', labelEn: 'File away (unprocessable)',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'archive_note',
    requires: [{ kind: 'reasonCode', families: ['XLD', 'DUP'] }],
    clocks: { stop: RECEIPT_CLOCKS, start: ['XLD_ARCHIVE_RETENTION'] },
    basis: tt07_2014('điểm b khoản 2 Điều 6; Điều 28'), verification: 'V-old',
  },
  {
    id: 'L6', kind: 'move', from: ['classified'], to: 'linked_duplicate', event: 'link_duplicate',
    labelVi: 'Liên kết với đơn trùng đã có', labelEn: 'Link to an existing duplicate',
    actorRoles: LETTER_PROCESSOR, specActors: ['letter_processor'],
    requires: [{ kind: 'reasonCode', families: ['DUP'] }, { kind: 'field', field: 'duplicateOfId' }],
    clocks: { stop: RECEIPT_CLOCKS },
    basis: cite(tt07_2014('điểm b khoản 2 Điều 6'), ltc('khoản 3 Điều 24'), tt05('khoản 1 Điều 14')), verification: 'V-old',
  },
  {
    id: 'L7', kind: 'move', from: ['classified'], to: 'guided', event: 'guide',
    labelVi: 'Hướng dẫn gửi đến cơ quan có thẩm quyền', labelEn: 'Guide the author to the competent body',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'guidance_letter',
    requires: [{ kind: 'guard', guard: 'not_denunciation_letter' }, { kind: 'guard', guard: 'guide_once' }],
    clocks: { stop: [...RECEIPT_CLOCKS, 'TCD_ANSWER'] },
    basis: cite(ltcd('điểm b khoản 1 Điều 26'), tt07_2014('Điều 8')), verification: 'V',
  },
  {
    id: 'L8', kind: 'move', from: ['classified'], to: 'transferred_out', event: 'transfer',
    labelVi: 'Chuyển đơn đến cơ quan có thẩm quyền', labelEn: 'Transfer to the competent body',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'transfer_slip', alsoDocuments: ['denunciation_transfer_notice'],
    requires: [{ kind: 'guard', guard: 'transfer_once' }],
    clocks: { stop: [...RECEIPT_CLOCKS, 'TCD_ANSWER'] },
    basis: cite(ltc('khoản 2 Điều 24'), tt05('Điều 14'), ltcd('điểm b khoản 2 Điều 26')), verification: 'V',
    note: 'For denunciations the notice to the denouncer (denunciation_transfer_notice) is due with the transfer (TC_TRANSFER, 05 working days).',
  },
  {
    id: 'L9', kind: 'move', from: ['classified'], to: 'returned_to_transferor', event: 'return_to_transferor',
    labelVi: 'Trả lại đơn cho cơ quan đã chuyển (không thuộc thẩm quyền)', labelEn: 'Return to the transferring body',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'return_letter',
    requires: [{ kind: 'guard', guard: 'from_transferor' }], clocks: { stop: RECEIPT_CLOCKS },
    basis: tt07_2014('khoản 2 Điều 8'), verification: 'V-old',
  },
  {
    id: 'L10', kind: 'move', from: ['classified'], to: 'urged_subordinate', event: 'urge_subordinate',
    labelVi: 'Yêu cầu, đôn đốc cấp dưới giải quyết vụ việc quá hạn', labelEn: 'Urge the subordinate body (overdue matter)',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'urging_letter',
    clocks: { stop: [...RECEIPT_CLOCKS, 'TC_OVERDUE_REQUEST'], start: ['TC_OVERDUE_REPORT'] },
    basis: cite(tt05('khoản 2 Điều 14'), ltcd('điểm b khoản 1 Điều 26')), verification: 'V',
    note: 'Spec clock column says "TC_OVERDUE_*"; read as: the urging letter is the superior\'s request (stops TC_OVERDUE_REQUEST) and starts the subordinate\'s report (TC_OVERDUE_REPORT). Denunciations only.',
  },
  {
    id: 'L11', kind: 'move', from: ['classified'], to: 'anonymous_information', event: 'mark_anonymous',
    labelVi: 'Xử lý như thông tin có nội dung tố cáo (không rõ người tố cáo)', labelEn: 'Handle as anonymous information',
    actorRoles: LETTER_PROCESSOR, specActors: ['letter_processor'], spawns: ['anonymous_lead'],
    clocks: { stop: RECEIPT_CLOCKS }, basis: cite(ltc('Điều 25'), nd31('Điều 20')), verification: 'V',
  },
  {
    id: 'L12', kind: 'move', from: ['classified'], to: 'proposed_for_acceptance', event: 'propose_acceptance',
    labelVi: 'Lập Phiếu đề xuất thụ lý đơn', labelEn: 'Propose acceptance (proposal slip)',
    actorRoles: LETTER_PROCESSOR, specActors: ['letter_processor'], document: 'acceptance_proposal',
    requires: [{ kind: 'fieldEquals', field: 'withinCompetence', value: true }, { kind: 'fieldEquals', field: 'processable', value: true }],
    basis: tt05('Điều 13'), verification: 'V',
  },
  {
    id: 'L13', kind: 'action', from: ['proposed_for_acceptance'], to: null, event: 'open_case',
    labelVi: 'Mở hồ sơ vụ việc (khiếu nại, tố cáo, kiến nghị, phản ánh)', labelEn: 'Open the case',
    actorRoles: SYSTEM, specActors: ['system'],
    spawns: ['complaint_first', 'complaint_second', 'complaint_discipline_first', 'complaint_discipline_second', 'denunciation', 'petition'],
    basis: tt05('Điều 13'), verification: 'INT',
    note: 'An action, not a move: a multi-content letter within our competence opens one case per kind (§1.4 [INT]); the letter stays in proposed_for_acceptance.',
  },
]);

/** Letter pipeline (§3.0). */
export const LETTER_MACHINE = machine<LetterState>({
  id: 'letter', entity: 'letter', labelVi: 'Xử lý đơn', states: LETTER_STATES, initial: 'received',
  terminal: ['archived_unprocessable', 'linked_duplicate', 'guided', 'transferred_out', 'returned_to_transferor', 'urged_subordinate', 'anonymous_information', 'referred_to_criminal_authority', 'proposed_for_acceptance'],
  transitions,
});
