// §3.5 Re-denunciation (tố cáo tiếp, LTC Art 37) and overdue denunciations (LTC Art 38), handled by the superior.
import { cite, ltc } from '../citations';
import { RE_DENUNCIATION_STATES, type ReDenunciationState } from '../types';
import { HEAD, machine, RECORDER, rows, SYSTEM } from './define';

const UNLAWFUL = { kind: 'flagEquals', flag: 'reDenunciationGround', value: 'unlawful_resolution' } as const;
const OVERDUE = { kind: 'flagEquals', flag: 'reDenunciationGround', value: 'overdue' } as const;

const transitions = rows<ReDenunciationState>('re_denunciation', [
  {
    id: 'RD1', kind: 'create', from: [], to: 'received', event: 'receive',
    labelVi: 'Tiếp nhận tố cáo tiếp (cho rằng việc giải quyết không đúng pháp luật)', labelEn: 'Receive a re-denunciation (resolution unlawful)',
    actorRoles: [...RECORDER, ...SYSTEM], specActors: ['superior_head'], requires: [UNLAWFUL], clocks: { start: ['TC_REDENOUNCE_REVIEW'] },
    basis: ltc('khoản 1, 2 Điều 37'), verification: 'V',
  },
  {
    id: 'RD1-overdue', kind: 'create', from: [], to: 'received', event: 'receive_overdue',
    labelVi: 'Tiếp nhận tố cáo tiếp do quá thời hạn giải quyết', labelEn: 'Receive a re-denunciation for delay',
    actorRoles: [...RECORDER, ...SYSTEM], specActors: ['superior_head'], requires: [OVERDUE], clocks: { start: ['TC_OVERDUE_REQUEST'] },
    basis: ltc('khoản 1, 2 Điều 38'), verification: 'V',
  },
  {
    id: 'RD2', kind: 'move', from: ['received'], to: 'under_review', event: 'start_review',
    labelVi: 'Xem xét hồ sơ giải quyết tố cáo trước đó; có thể làm việc với người tố cáo', labelEn: 'Review the previous file',
    actorRoles: HEAD, specActors: ['superior_head'], requires: [UNLAWFUL], basis: ltc('khoản 2 Điều 37'), verification: 'V',
  },
  {
    id: 'RD3', kind: 'move', from: ['under_review'], to: 'no_reresolution', event: 'no_reresolution',
    labelVi: 'Việc giải quyết trước đó đúng pháp luật: không giải quyết lại, thông báo lý do', labelEn: 'Previous resolution lawful: no re-resolution, notify',
    actorRoles: HEAD, specActors: ['superior_head'], document: 'no_reresolution_notice', requires: [UNLAWFUL],
    clocks: { stop: ['TC_REDENOUNCE_REVIEW'] }, basis: ltc('điểm a khoản 2 Điều 37'), verification: 'V',
  },
  {
    id: 'RD4', kind: 'move', from: ['under_review'], to: 'resolved_as_competent', event: 'resolve_as_competent',
    labelVi: 'Người giải quyết trước không đúng thẩm quyền: giải quyết theo thẩm quyền', labelEn: 'Previous resolver not competent: resolve',
    actorRoles: HEAD, specActors: ['superior_head'], requires: [UNLAWFUL], spawns: ['denunciation'],
    clocks: { stop: ['TC_REDENOUNCE_REVIEW'] }, basis: ltc('điểm b khoản 2 Điều 37'), verification: 'V',
  },
  {
    id: 'RD5', kind: 'move', from: ['under_review'], to: 'transferred', event: 'transfer',
    labelVi: 'Người giải quyết trước không đúng thẩm quyền: chuyển cơ quan có thẩm quyền', labelEn: 'Transfer to the competent body',
    actorRoles: HEAD, specActors: ['superior_head'], document: 'transfer_slip', requires: [UNLAWFUL],
    clocks: { stop: ['TC_REDENOUNCE_REVIEW'] }, basis: ltc('điểm b khoản 2 Điều 37'), verification: 'V',
  },
  {
    id: 'RD6', kind: 'move', from: ['under_review'], to: 'reresolved', event: 'reresolve',
    labelVi: 'Có căn cứ tại khoản 3 Điều 37: giải quyết lại theo trình tự, thời hạn chung', labelEn: 'Grounds of Art 37(3): re-resolve',
    actorRoles: HEAD, specActors: ['superior_head'], requires: [UNLAWFUL, { kind: 'field', field: 'reresolutionGrounds' }], spawns: ['denunciation'],
    clocks: { stop: ['TC_REDENOUNCE_REVIEW'] }, basis: ltc('khoản 3, 4 Điều 37'), verification: 'V',
    note: 'The re-resolution runs as a new Denunciation case (normal procedure and time limits) linked to the original.',
  },
  {
    id: 'RD7', kind: 'move', from: ['received'], to: 'under_review', event: 'request_overdue_report',
    labelVi: 'Yêu cầu người giải quyết báo cáo quá trình giải quyết, lý do chậm, trách nhiệm', labelEn: 'Ask the late resolver for a report',
    actorRoles: HEAD, specActors: ['superior_head'], document: 'overdue_report_request', requires: [OVERDUE],
    clocks: { stop: ['TC_OVERDUE_REQUEST'], start: ['TC_OVERDUE_REPORT'] }, basis: ltc('khoản 2 Điều 38'), verification: 'V',
  },
  {
    id: 'RD8', kind: 'move', from: ['under_review'], to: 'no_reresolution', event: 'resolver_continues',
    labelVi: 'Người giải quyết đã báo cáo và tiếp tục giải quyết', labelEn: 'Resolver reported and continues',
    actorRoles: HEAD, specActors: ['superior_head'], document: 'overdue_report', requires: [OVERDUE],
    clocks: { stop: ['TC_OVERDUE_REPORT'] }, basis: ltc('khoản 3 Điều 38'), verification: 'INT',
    note: '§8.2 has no overdue-specific outcome; mapped to no_reresolution (the superior does not resolve it itself).',
  },
  {
    id: 'RD9', kind: 'move', from: ['under_review'], to: 'resolved_as_competent', event: 'take_over',
    labelVi: 'Vi phạm nghiêm trọng hoặc thiếu khách quan: cấp trên trực tiếp giải quyết', labelEn: 'Serious violation / lack of objectivity: superior takes over',
    actorRoles: HEAD, specActors: ['superior_head'], requires: [OVERDUE, { kind: 'field', field: 'reasonText' }], spawns: ['denunciation'],
    clocks: { stop: ['TC_OVERDUE_REPORT'] }, basis: cite(ltc('khoản 5 Điều 38')), verification: 'INT',
    note: 'Government detail (NĐ 31/2019 Art 5) not available — TO VERIFY.',
  },
]);

/** Re-denunciation at the superior (§3.5). */
export const RE_DENUNCIATION_MACHINE = machine<ReDenunciationState>({
  id: 're_denunciation', entity: 're_denunciation', labelVi: 'Tố cáo tiếp', states: RE_DENUNCIATION_STATES, initial: 'received',
  terminal: ['no_reresolution', 'resolved_as_competent', 'transferred', 'reresolved'], transitions,
});
