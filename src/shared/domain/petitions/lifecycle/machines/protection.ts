// §3.9 Protection of the denouncer (sub-process, LTC Arts 47–55; NĐ 31/2019 Arts 7–8).
import { cite, ltc, nd31 } from '../citations';
import { PROTECTION_REQUEST_STATES, type ProtectionRequestState } from '../types';
import { HEAD, machine, RECORDER, rows, SYSTEM } from './define';

const IN_FORCE: readonly ProtectionRequestState[] = ['measures_decided', 'active', 'changed'];

const transitions = rows<ProtectionRequestState>('protection_request', [
  {
    id: 'PR1', kind: 'create', from: [], to: 'requested', event: 'request',
    labelVi: 'Tiếp nhận đề nghị bảo vệ (văn bản; khẩn cấp: trực tiếp, điện thoại rồi lập văn bản)', labelEn: 'Protection request received',
    actorRoles: [...RECORDER, ...HEAD], specActors: ['denouncer', 'resolver'], document: 'protection_request',
    basis: ltc('Điều 50'), verification: 'V',
  },
  {
    id: 'PR2', kind: 'move', from: ['requested'], to: 'under_assessment', event: 'assess',
    labelVi: 'Đánh giá căn cứ, tính xác thực của đề nghị', labelEn: 'Assess grounds and authenticity',
    actorRoles: HEAD, specActors: ['resolver'], basis: cite(ltc('Điều 51'), nd31('Điều 7')), verification: 'V',
  },
  {
    id: 'PR3', kind: 'move', from: ['under_assessment'], to: 'measures_decided', event: 'decide_measures',
    labelVi: 'Quyết định áp dụng biện pháp bảo vệ theo thẩm quyền', labelEn: 'Decide protection measures within competence',
    actorRoles: HEAD, specActors: ['resolver'], document: 'protection_decision', basis: cite(ltc('Điều 49; Điều 51; Điều 52'), nd31('Điều 8')), verification: 'V',
  },
  {
    id: 'PR4', kind: 'move', from: ['under_assessment'], to: 'referred_to_competent_body', event: 'refer',
    labelVi: 'Đề nghị cơ quan có thẩm quyền áp dụng biện pháp bảo vệ (công an, cơ quan tổ chức cán bộ…)', labelEn: 'Ask the competent body (police, personnel authority…)',
    actorRoles: HEAD, specActors: ['resolver'], basis: cite(ltc('Điều 49; Điều 51'), nd31('Điều 7')), verification: 'V',
  },
  {
    id: 'PR5', kind: 'move', from: ['under_assessment', 'referred_to_competent_body'], to: 'refused', event: 'refuse',
    labelVi: 'Không áp dụng biện pháp bảo vệ (thông báo bằng văn bản, nêu lý do)', labelEn: 'Refuse (written notice with reasons)',
    actorRoles: HEAD, specActors: ['resolver', 'protection_authority'], document: 'protection_refusal_notice',
    requires: [{ kind: 'field', field: 'reasonText' }], basis: ltc('khoản 3 Điều 51'), verification: 'V',
  },
  {
    id: 'PR6', kind: 'move', from: ['measures_decided', 'referred_to_competent_body'], to: 'active', event: 'activate',
    labelVi: 'Biện pháp bảo vệ bắt đầu được thực hiện', labelEn: 'Measures in force',
    actorRoles: [...HEAD, ...SYSTEM], specActors: ['resolver', 'protection_authority'], effects: { setFlags: { protectionActive: true } },
    basis: ltc('Điều 52'), verification: 'V',
  },
  {
    id: 'PR7', kind: 'move', from: ['active', 'changed'], to: 'changed', event: 'change',
    labelVi: 'Thay đổi, bổ sung biện pháp bảo vệ', labelEn: 'Change or add measures',
    actorRoles: HEAD, specActors: ['resolver'], document: 'protection_change_decision', basis: ltc('khoản 1 Điều 54'), verification: 'V',
  },
  {
    id: 'PR8', kind: 'move', from: ['requested', 'under_assessment', 'referred_to_competent_body', ...IN_FORCE], to: 'ended', event: 'case_closed',
    labelVi: 'Tự động chấm dứt khi ban hành kết luận hoặc quyết định đình chỉ giải quyết tố cáo', labelEn: 'Ends automatically on the conclusion or termination decision',
    actorRoles: SYSTEM, specActors: ['system'], effects: { setFlags: { protectionActive: false } },
    basis: ltc('điểm a khoản 2 Điều 54'), verification: 'V',
  },
  {
    id: 'PR9', kind: 'move', from: IN_FORCE, to: 'ended', event: 'end',
    labelVi: 'Chấm dứt biện pháp bảo vệ (căn cứ không còn hoặc theo đề nghị của người được bảo vệ)', labelEn: 'End the measures (grounds ceased or on request)',
    actorRoles: HEAD, specActors: ['resolver'], document: 'protection_end_decision', requires: [{ kind: 'field', field: 'reasonText' }],
    effects: { setFlags: { protectionActive: false } }, basis: ltc('khoản 2 Điều 54'), verification: 'V',
  },
]);

/** Protection request (§3.9). */
export const PROTECTION_REQUEST_MACHINE = machine<ProtectionRequestState>({
  id: 'protection_request', entity: 'protection_request', labelVi: 'Bảo vệ người tố cáo', states: PROTECTION_REQUEST_STATES, initial: 'requested',
  terminal: ['refused', 'ended'], transitions,
});
