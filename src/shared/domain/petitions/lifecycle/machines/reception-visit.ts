// Reception visit (§2.2, §2.5, §2.7). The spec gives states (§8.2) but no transition table: rows are [INT]
// built from LTCD Arts 7, 9, 25, 26, 28.
import { cite, ltc, ltcd, nd154, tt06 } from '../citations';
import { RECEPTION_VISIT_STATES, type ReceptionVisitState } from '../types';
import { HEAD, INTAKE, machine, rows } from './define';

const RECEPTION: readonly ('reception_officer' | 'agency_head')[] = ['reception_officer', 'agency_head'];

const transitions = rows<ReceptionVisitState>('reception_visit', [
  {
    id: 'R1', kind: 'create', from: [], to: 'logged', event: 'log',
    labelVi: 'Đón tiếp, xác định nhân thân, ghi sổ tiếp công dân', labelEn: 'Receive the visitor, check identity, log',
    actorRoles: RECEPTION, specActors: ['reception_officer'], document: 'reception_register_entry', clocks: { start: ['TCD_ANSWER'] },
    basis: cite(ltcd('điểm a khoản 2 Điều 7; khoản 1, 2 Điều 25'), nd154('khoản 1 Điều 12')), verification: 'V',
  },
  {
    id: 'R2', kind: 'move', from: ['logged'], to: 'refused', event: 'refuse',
    labelVi: 'Từ chối tiếp công dân (giải thích lý do)', labelEn: 'Refuse reception (explain the reason)',
    actorRoles: RECEPTION, specActors: ['reception_officer'],
    requires: [{ kind: 'reasonCode', families: ['REFUSE'] }, { kind: 'guard', guard: 'refusal_notice' }], clocks: { stop: ['TCD_ANSWER', 'TCD_REFUSAL_NOTICE'] },
    basis: cite(ltcd('Điều 9'), tt06('Điều 4'), nd154('Điều 4')), verification: 'V',
    note: 'REFUSE_3 (and R2026 REFUSE_R26_REPEATED_PETITION) need the written refusal notice, issued by the head (R2026: within 03 working days).',
  },
  {
    id: 'R2-grounds', kind: 'action', from: ['logged'], to: null, event: 'establish_refusal_grounds',
    labelVi: 'Xác định căn cứ từ chối (cố tình khiếu nại, tố cáo kéo dài; kiến nghị lặp lại)', labelEn: 'Grounds for a written refusal established',
    actorRoles: RECEPTION, specActors: ['reception_officer'], clocks: { start: ['TCD_REFUSAL_NOTICE'] },
    basis: nd154('khoản 3 Điều 4'), verification: 'S',
  },
  {
    id: 'R3', kind: 'move', from: ['logged'], to: 'guided', event: 'guide',
    labelVi: 'Không thuộc thẩm quyền: hướng dẫn đến cơ quan có thẩm quyền', labelEn: 'Not within competence: guide',
    actorRoles: RECEPTION, specActors: ['reception_officer'], document: 'guidance_letter',
    basis: cite(ltcd('điểm b khoản 1 Điều 26'), ltc('khoản 2 Điều 24')), verification: 'V',
  },
  {
    id: 'R4', kind: 'move', from: ['logged'], to: 'statement_recorded', event: 'record_statement',
    labelVi: 'Ghi lại nội dung trình bày, đọc lại, người trình bày ký hoặc điểm chỉ', labelEn: 'Write down the statement, signed or fingerprinted',
    actorRoles: RECEPTION, specActors: ['reception_officer'], document: 'statement_record', alsoDocuments: ['evidence_receipt'],
    basis: cite(ltcd('khoản 2 Điều 25'), ltc('khoản 2 Điều 23')), verification: 'V', spawns: ['letter'],
  },
  {
    id: 'R5', kind: 'move', from: ['logged'], to: 'letter_received', event: 'receive_letter',
    labelVi: 'Tiếp nhận đơn và tài liệu (giấy biên nhận)', labelEn: 'Take the letter and documents (receipt)',
    actorRoles: [...RECEPTION, ...INTAKE], specActors: ['reception_officer'], document: 'evidence_receipt',
    basis: ltcd('khoản 2 Điều 25'), verification: 'V', spawns: ['letter'],
  },
  {
    id: 'R6', kind: 'move', from: ['statement_recorded', 'letter_received'], to: 'transferred', event: 'transfer',
    labelVi: 'Chuyển nội dung (kiến nghị, phản ánh; tố cáo) đến cơ quan có thẩm quyền', labelEn: 'Transfer to the competent body',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'transfer_slip', basis: cite(ltcd('điểm b khoản 2 Điều 26'), ltc('khoản 2 Điều 24')), verification: 'V',
  },
  {
    id: 'R7', kind: 'move', from: ['logged', 'guided', 'statement_recorded', 'letter_received', 'transferred'], to: 'answered', event: 'answer',
    labelVi: 'Trả lời người đến (thụ lý / cần thêm thời gian / không thụ lý / đã chuyển)', labelEn: 'Answer the visitor (accepted / more time / refused / transferred)',
    actorRoles: RECEPTION, specActors: ['reception_officer'], clocks: { stop: ['TCD_ANSWER'] }, basis: ltcd('khoản 1 Điều 28'), verification: 'V',
  },
]);

/** Citizen reception visit ([INT] from §2). */
export const RECEPTION_VISIT_MACHINE = machine<ReceptionVisitState>({
  id: 'reception_visit', entity: 'reception_visit', labelVi: 'Tiếp công dân', states: RECEPTION_VISIT_STATES, initial: 'logged',
  terminal: ['refused', 'answered'], transitions,
});
