// §3.7 Anonymous information (LTC Art 25; NĐ 31/2019 Art 20): never becomes a denunciation case.
import { cite, ltc, nd31 } from '../citations';
import { ANONYMOUS_LEAD_STATES, type AnonymousLeadState } from '../types';
import { HEAD, LETTER_PROCESSOR, machine, RECORDER, rows, SYSTEM } from './define';

const transitions = rows<AnonymousLeadState>('anonymous_lead', [
  {
    id: 'A1', kind: 'create', from: [], to: 'recorded', event: 'record',
    labelVi: 'Ghi nhận thông tin có nội dung tố cáo', labelEn: 'Record the information',
    actorRoles: [...LETTER_PROCESSOR, ...SYSTEM], specActors: ['letter_processor'], basis: ltc('khoản 1 Điều 25'), verification: 'V',
  },
  {
    id: 'A2', kind: 'move', from: ['recorded'], to: 'inspection_proposed', event: 'propose_inspection',
    labelVi: 'Đủ căn cứ, thuộc thẩm quyền: đề xuất thanh tra, kiểm tra', labelEn: 'Criteria met, own competence: propose inspection/check',
    actorRoles: HEAD, specActors: ['head_of_body'], requires: [{ kind: 'field', field: 'anonymousAssessment' }, { kind: 'guard', guard: 'anonymous_own_competence' }],
    basis: cite(ltc('khoản 2 Điều 25'), nd31('khoản 1, 2 Điều 20')), verification: 'V',
  },
  {
    id: 'A3', kind: 'move', from: ['recorded'], to: 'forwarded_for_inspection', event: 'forward',
    labelVi: 'Đủ căn cứ, không thuộc thẩm quyền: chuyển cơ quan có thẩm quyền thanh tra, kiểm tra', labelEn: 'Criteria met, not ours: forward',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'transfer_slip',
    requires: [{ kind: 'field', field: 'anonymousAssessment' }, { kind: 'guard', guard: 'anonymous_other_competence' }],
    basis: cite(ltc('khoản 2 Điều 25'), nd31('khoản 2 Điều 20')), verification: 'V',
  },
  {
    id: 'A4', kind: 'move', from: ['recorded'], to: 'archived', event: 'archive',
    labelVi: 'Không đủ căn cứ theo khoản 2 Điều 25: lưu', labelEn: 'Criteria not met: archive',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'archive_note', clocks: { start: ['XLD_ARCHIVE_RETENTION'] },
    basis: ltc('Điều 25'), verification: 'V',
  },
  {
    id: 'A5', kind: 'action', from: ['recorded', 'inspection_proposed', 'forwarded_for_inspection', 'archived'], to: null, event: 'notify_transferor',
    labelVi: 'Thông báo kết quả xử lý cho cơ quan báo chí, cơ quan đã chuyển thông tin', labelEn: 'Notify the press / transferring body of the result',
    actorRoles: [...HEAD, ...RECORDER], specActors: ['head_of_body'], document: 'result_notice_to_transferor', clocks: { stop: ['TC_PRESS_RESULT'] },
    basis: ltc('khoản 2 Điều 26'), verification: 'V',
  },
]);

/** Anonymous information lead (§3.7). */
export const ANONYMOUS_LEAD_MACHINE = machine<AnonymousLeadState>({
  id: 'anonymous_lead', entity: 'anonymous_lead', labelVi: 'Thông tin có nội dung tố cáo', states: ANONYMOUS_LEAD_STATES, initial: 'recorded',
  terminal: ['inspection_proposed', 'forwarded_for_inspection', 'archived'], transitions,
});
