// §3.6 Petition / reflection (kiến nghị, phản ánh), P1–P5.
import { cite, ltcd, tt07_2014 } from '../citations';
import { PETITION_STATES, type PetitionState } from '../types';
import { HEAD, LETTER_PROCESSOR, machine, REGISTRAR, rows, SYSTEM, VERIFIER } from './define';

const transitions = rows<PetitionState>('petition', [
  {
    id: 'P1', kind: 'create', from: [], to: 'registered', event: 'register',
    labelVi: 'Vào sổ kiến nghị, phản ánh', labelEn: 'Register the petition/reflection',
    actorRoles: [...REGISTRAR, ...SYSTEM], specActors: ['letter_processor'], clocks: { start: ['XLD_PROCESS'] },
    basis: tt07_2014('Điều 21'), verification: 'V-old', note: 'XLD_PROCESS length not found (TO VERIFY).',
  },
  {
    id: 'P1-classify', kind: 'move', from: ['registered'], to: 'classified', event: 'classify',
    labelVi: 'Phân loại kiến nghị, phản ánh', labelEn: 'Classify',
    actorRoles: LETTER_PROCESSOR, specActors: ['letter_processor'], basis: tt07_2014('Điều 6'), verification: 'V-old',
  },
  {
    id: 'P2', kind: 'move', from: ['classified'], to: 'assigned', event: 'assign',
    labelVi: 'Thuộc thẩm quyền: báo cáo người có thẩm quyền hoặc giao đơn vị nghiên cứu, giải quyết', labelEn: 'Within competence: assign for study and answer',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'acceptance_proposal',
    basis: cite(ltcd('điểm a khoản 2 Điều 26'), tt07_2014('khoản 1 Điều 21')), verification: 'V',
  },
  {
    id: 'P3', kind: 'move', from: ['assigned'], to: 'answered', event: 'answer',
    labelVi: 'Trả lời kiến nghị, phản ánh', labelEn: 'Answer',
    actorRoles: [...HEAD, ...VERIFIER], specActors: ['assigned_unit', 'head_of_body'], clocks: { stop: ['XLD_PROCESS', 'TCD_ANSWER'] },
    basis: cite(ltcd('điểm a khoản 2 Điều 26; khoản 1 Điều 28')), verification: 'V',
    note: 'No §8.4 document id for the written answer; no statutory deadline except TCD_ANSWER after in-person reception.',
  },
  {
    id: 'P3-close', kind: 'move', from: ['answered'], to: 'closed', event: 'close',
    labelVi: 'Đóng hồ sơ', labelEn: 'Close', actorRoles: [...HEAD, ...SYSTEM], specActors: ['head_of_body'],
    basis: ltcd('Điều 26'), verification: 'INT',
  },
  {
    id: 'P4', kind: 'move', from: ['classified'], to: 'transferred_out', event: 'transfer',
    labelVi: 'Không thuộc thẩm quyền: chuyển đơn đến cơ quan có thẩm quyền', labelEn: 'Not within competence: transfer',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'transfer_slip', clocks: { stop: ['XLD_PROCESS', 'TCD_ANSWER'] },
    basis: cite(ltcd('điểm b khoản 2 Điều 26'), tt07_2014('khoản 2 Điều 21')), verification: 'V',
  },
  {
    id: 'P5', kind: 'move', from: ['classified'], to: 'archived', event: 'archive',
    labelVi: 'Lưu đơn (không đủ điều kiện xử lý)', labelEn: 'File away (unprocessable)',
    actorRoles: HEAD, specActors: ['head_of_body'], document: 'archive_note', requires: [{ kind: 'reasonCode', families: ['XLD', 'DUP'] }],
    clocks: { stop: ['XLD_PROCESS'], start: ['XLD_ARCHIVE_RETENTION'] }, basis: tt07_2014('Điều 28'), verification: 'V-old',
  },
]);

/** Petition / reflection lifecycle (§3.6). */
export const PETITION_MACHINE = machine<PetitionState>({
  id: 'petition', entity: 'petition', labelVi: 'Xử lý kiến nghị, phản ánh', states: PETITION_STATES, initial: 'registered',
  terminal: ['transferred_out', 'archived', 'closed'], transitions,
});
