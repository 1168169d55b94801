// §3.1 complaint first instance (K1–K20), §3.2 second-instance differences, §3.3 disciplinary-decision differences.
// One table per variant, built from the same rows; the variant decides clocks, bases and which rows exist.
import { cite, l136, lkn, ltthc, nd155, tt07_2013 } from '../citations';
import { COMPLAINT_STATES, type ClockId, type ComplaintMachineId, type ComplaintState, type DocumentId, type Machine, type RegimeId } from '../types';
import { HEAD, LETTER_PROCESSOR, machine, RECORDER, rows, SYSTEM, VERIFIER, type Row } from './define';

interface Variant {
  id: ComplaintMachineId;
  instance: 1 | 2;
  discipline: boolean;
  labelVi: string;
}

const R26: readonly RegimeId[] = ['R2026'];
const BEFORE_R26: readonly RegimeId[] = ['R2024', 'R2025'];
/** States in which the resolution is open (before a decision). */
const OPEN: readonly ComplaintState[] = ['accepted', 'under_verification', 'dialogue_pending'];
const R26_NOTE = 'R2026 (NĐ 155/2026 Art 22 transitional rule: also applies to complaints accepted before 01/07/2026 with no decision yet — pass regime R2026 for such events).';

function transitionsFor(v: Variant): Row<ComplaintState>[] {
  const first = v.instance === 1;
  const accept: ClockId = v.discipline ? 'KN_ACCEPT_DISC' : 'KN_ACCEPT';
  const resolve: ClockId = v.discipline ? 'KN_RESOLVE_DISC' : first ? 'KN_RESOLVE_1' : 'KN_RESOLVE_2';
  const effect: ClockId = v.discipline ? 'KN_EFFECT_DISC' : first ? 'KN_EFFECT_1' : 'KN_EFFECT_2';
  const send: ClockId[] = v.discipline ? (first ? [] : ['KN_SEND_DISC_2']) : [first ? 'KN_SEND_1' : 'KN_SEND_2'];
  const publicity: ClockId[] = !v.discipline && !first ? ['KN_PUBLICITY_2'] : [];
  const window: ClockId[] = !first ? [] : v.discipline ? ['KN_LIMITATION_DISC_2'] : ['KN_SECOND_WINDOW'];
  const allClocks: ClockId[] = [accept, resolve, 'KN_INFO_REQUEST', ...(v.discipline ? [] : (['KN_ENFORCEMENT_SUSPENSION'] as ClockId[]))];
  const decisionDoc: DocumentId = first ? 'complaint_resolution_decision_1' : 'complaint_resolution_decision_2';
  const decisionClocks = { stop: [resolve], start: [...send, effect, ...publicity] };
  const dialogueMandatory = v.discipline || !first;
  const discGuard = v.discipline ? [{ kind: 'guard', guard: 'discipline_letter_only' } as const] : [];
  const art = v.discipline
    ? { accept: lkn('Điều 50'), verify: lkn('Điều 52'), dialogue: first ? lkn('Điều 53') : lkn('khoản 3 Điều 55'), decide: first ? lkn('Điều 54') : lkn('Điều 56'), send: first ? lkn('Điều 54') : lkn('khoản 2 Điều 56'), effect: lkn('khoản 1, 2 Điều 57') }
    : first
      ? { accept: lkn('Điều 27'), verify: lkn('điểm b khoản 1 Điều 29'), dialogue: lkn('khoản 4 Điều 29; khoản 1, 2 Điều 30'), decide: lkn('khoản 3–5 Điều 30; Điều 31'), send: lkn('Điều 32; khoản 1 Điều 33'), effect: lkn('khoản 1 Điều 44') }
      : { accept: lkn('khoản 1 Điều 36'), verify: lkn('Điều 38'), dialogue: lkn('Điều 39'), decide: lkn('Điều 39; Điều 40'), send: lkn('khoản 1 Điều 41'), effect: lkn('khoản 2 Điều 44') };

  const list: (Row<ComplaintState> | false)[] = [
    {
      id: 'K1', kind: 'create', from: [], to: 'pending_acceptance', event: 'open',
      labelVi: 'Đề xuất thụ lý khiếu nại', labelEn: 'Open the complaint case (proposal to accept)',
      actorRoles: [...LETTER_PROCESSOR, ...SYSTEM], specActors: ['letter_processor'], document: 'acceptance_proposal',
      requires: discGuard, basis: art.accept, verification: 'V', note: `${accept} already runs since receipt (L1).`,
    },
    {
      id: 'K2', kind: 'move', from: ['pending_acceptance'], to: 'not_accepted', event: 'not_accept',
      labelVi: 'Không thụ lý giải quyết khiếu nại (nêu rõ lý do)', labelEn: 'Do not accept (with reasons)',
      actorRoles: HEAD, specActors: ['resolver'], document: 'complaint_non_acceptance_notice',
      requires: [{ kind: 'reasonCode', families: ['KN_NA'] }], clocks: { stop: [accept] },
      basis: cite(lkn('Điều 11'), art.accept), verification: 'V',
    },
    {
      id: 'K3', kind: 'move', from: ['pending_acceptance'], to: 'accepted', event: 'accept',
      labelVi: 'Thụ lý giải quyết khiếu nại', labelEn: 'Accept the complaint',
      actorRoles: HEAD, specActors: ['resolver'], document: 'complaint_acceptance_notice',
      requires: [...discGuard, { kind: 'guard', guard: 'group_complaint_complete' }], clocks: { stop: [accept], start: [resolve] },
      basis: cite(art.accept, lkn('điểm b khoản 4 Điều 8'), tt07_2013('Điều 5')), verification: 'V',
    },
    first && !v.discipline && {
      id: 'K4', kind: 'move', from: ['accepted'], to: 'decided', event: 'decide_on_review',
      labelVi: 'Tự kiểm tra lại, khiếu nại đúng thì ra quyết định giải quyết ngay', labelEn: 'Own review: complaint right, decide at once',
      actorRoles: HEAD, specActors: ['resolver'], document: decisionDoc, clocks: decisionClocks,
      basis: lkn('điểm a khoản 1 Điều 29'), verification: 'V',
    },
    {
      id: 'K5', kind: 'move', from: ['accepted'], to: 'under_verification', event: 'assign_verification',
      labelVi: 'Giao nhiệm vụ xác minh nội dung khiếu nại', labelEn: 'Assign verification',
      actorRoles: HEAD, specActors: ['resolver'], document: 'verification_assignment_decision',
      basis: cite(art.verify, tt07_2013('Điều 7')), verification: 'V',
    },
    {
      id: 'K6', kind: 'action', from: ['under_verification'], to: null, event: 'verification_step',
      labelVi: 'Yêu cầu cung cấp thông tin, tài liệu; kiểm tra thực tế; giám định; làm việc', labelEn: 'Information requests, site checks, expert examination, meetings',
      actorRoles: VERIFIER, specActors: ['verifier'], document: 'information_request', alsoDocuments: ['working_minutes', 'expert_examination_request'],
      clocks: { start: ['KN_INFO_REQUEST'] }, basis: lkn('điểm a khoản 1 Điều 14; khoản 2, 3 Điều 29'), verification: 'V',
    },
    {
      id: 'K7', kind: 'move', from: ['under_verification'], to: 'dialogue_pending', event: 'report_and_invite',
      labelVi: dialogueMandatory ? 'Báo cáo kết quả xác minh; thông báo tổ chức đối thoại (bắt buộc)' : 'Báo cáo kết quả xác minh; còn khác nhau nên tổ chức đối thoại',
      labelEn: dialogueMandatory ? 'Verification report; dialogue notice (mandatory)' : 'Verification report; results differ, invite to dialogue',
      actorRoles: [...VERIFIER, ...HEAD], specActors: ['verifier', 'resolver'], document: 'verification_report', alsoDocuments: ['dialogue_notice'],
      requires: dialogueMandatory ? [] : [{ kind: 'fieldEquals', field: 'divergence', value: true }],
      clocks: { start: ['KN_DIALOGUE_NOTICE'] }, basis: cite(art.dialogue, nd155('khoản 1, 2 Điều 28 mới của Nghị định 124/2020')), verification: 'V',
    },
    v.id === 'complaint_discipline_first' && {
      id: 'KD-7', kind: 'move', from: ['accepted'], to: 'dialogue_pending', event: 'council_then_dialogue',
      labelVi: 'Nội dung rõ: Hội đồng kỷ luật xem xét, đề xuất; thông báo đối thoại', labelEn: 'Clear content: Disciplinary Council proposes; dialogue notice',
      actorRoles: HEAD, specActors: ['resolver'], document: 'dialogue_notice',
      requires: [{ kind: 'fieldEquals', field: 'councilProposal', value: true }], clocks: { start: ['KN_DIALOGUE_NOTICE'] },
      basis: lkn('Điều 52; Điều 53'), verification: 'V',
    },
    v.discipline && {
      id: 'KD-COUNCIL', kind: 'action', from: ['accepted', 'under_verification'], to: null, event: 'refer_to_disciplinary_council',
      labelVi: 'Đề nghị Hội đồng kỷ luật xem xét, đề xuất', labelEn: 'Ask the Disciplinary Council to consider and propose',
      actorRoles: HEAD, specActors: ['resolver'], basis: lkn('Điều 52'), verification: 'V',
    },
    !dialogueMandatory && {
      id: 'K8', kind: 'move', from: ['under_verification'], to: 'decided', event: 'decide_after_verification',
      labelVi: 'Kết quả xác minh và yêu cầu không khác nhau: ra quyết định giải quyết', labelEn: 'No divergence: decide',
      actorRoles: HEAD, specActors: ['resolver'], document: decisionDoc, alsoDocuments: ['verification_report'],
      requires: [{ kind: 'fieldEquals', field: 'divergence', value: false }], clocks: decisionClocks,
      basis: lkn('khoản 1 Điều 30; Điều 31'), verification: 'V',
    },
    {
      id: 'K9', kind: 'move', from: ['dialogue_pending'], to: 'decided', event: 'decide_after_dialogue',
      labelVi: 'Tổ chức đối thoại, lập biên bản; ra quyết định giải quyết', labelEn: 'Hold the dialogue (minutes); decide',
      actorRoles: HEAD, specActors: ['resolver'], document: decisionDoc, alsoDocuments: ['dialogue_minutes'], clocks: decisionClocks,
      basis: art.decide, verification: 'V',
    },
    {
      id: 'K10', kind: 'move', from: ['decided'], to: 'awaiting_finality', event: 'send_decision',
      labelVi: 'Gửi quyết định giải quyết khiếu nại', labelEn: 'Send the resolution decision',
      actorRoles: [...HEAD, 'clerk'], specActors: ['resolver'], clocks: { stop: send, start: window },
      basis: art.send, verification: 'V',
      note: v.discipline && first ? 'The spec gives no sending deadline for a first-instance discipline decision (LKN Art 54).' : undefined,
    },
    {
      id: 'K11', kind: 'move', from: ['awaiting_finality'], to: 'escalated', event: 'escalate',
      labelVi: first ? 'Người khiếu nại khiếu nại lần hai hoặc khởi kiện vụ án hành chính' : 'Người khiếu nại khởi kiện vụ án hành chính',
      labelEn: first ? 'Second complaint filed or lawsuit' : 'Lawsuit filed',
      actorRoles: [...RECORDER, ...SYSTEM], specActors: ['complainant'],
      requires: [{ kind: 'fieldIn', field: 'escalationRoute', values: ['second_complaint', 'lawsuit'] }, { kind: 'guard', guard: 'escalation_route' }],
      spawns: first ? [v.discipline ? 'complaint_discipline_second' : 'complaint_second'] : undefined,
      clocks: { stop: [effect, ...window] },
      basis: v.discipline ? lkn('Điều 48; khoản 3 Điều 57') : first ? lkn('khoản 1 Điều 7; Điều 33') : lkn('Điều 42'), verification: 'V',
    },
    {
      id: 'K12', kind: 'move', from: ['awaiting_finality'], to: 'legally_effective', event: 'become_effective',
      labelVi: 'Quyết định có hiệu lực pháp luật (hết thời hạn, không khiếu nại tiếp)', labelEn: 'Decision becomes legally effective',
      actorRoles: SYSTEM, specActors: ['system'], clocks: { stop: [effect, ...window] }, basis: art.effect, verification: 'V',
      note: v.discipline ? '30 days; no remote-area variant (LKN Art 50/57).' : '30 days after issue (remote area: up to 45) — computed by the deadlines module (R-DAY-6).',
    },
    {
      id: 'K13', kind: 'move', from: ['legally_effective'], to: 'under_enforcement', event: 'organise_enforcement',
      labelVi: 'Tổ chức thi hành quyết định giải quyết khiếu nại', labelEn: 'Organise enforcement',
      actorRoles: HEAD, specActors: ['resolver'], basis: v.discipline ? lkn('khoản 2 Điều 57') : lkn('khoản 4 Điều 44; Điều 45; Điều 46'), verification: 'V',
    },
    {
      id: 'K13-close', kind: 'move', from: ['under_enforcement'], to: 'closed', event: 'close',
      labelVi: 'Kết thúc theo dõi thi hành, đóng hồ sơ', labelEn: 'Enforcement done, close the case',
      actorRoles: HEAD, specActors: ['resolver'], basis: v.discipline ? lkn('khoản 2 Điều 57') : lkn('Điều 45; Điều 46'), verification: 'V',
    },
    {
      id: 'K14', kind: 'move', from: ['pending_acceptance', ...OPEN, 'suspended'], to: 'terminated_withdrawn', event: 'withdraw',
      labelVi: 'Người khiếu nại rút khiếu nại; đình chỉ việc giải quyết', labelEn: 'Complaint withdrawn; resolution terminated',
      actorRoles: HEAD, specActors: ['complainant', 'resolver'], document: 'complaint_termination_notice',
      requires: [{ kind: 'document', anyOf: ['complaint_withdrawal'] }, { kind: 'guard', guard: 'complaint_full_withdrawal' }],
      clocks: { stop: allClocks, start: ['KN_REFILE_AFTER_TERMINATION', 'KN_SUSPEND_NOTICE'] },
      effects: { setFlags: { enforcementSuspended: false } },
      basis: cite(lkn('Điều 10; khoản 8 Điều 11'), nd155('Điều 7a, 28b mới của Nghị định 124/2020'), tt07_2013('Mẫu 12-KN')), verification: 'V',
    },
    {
      id: 'K15', kind: 'move', from: ['pending_acceptance', ...OPEN, 'suspended'], to: 'transferred_to_court', event: 'transfer_to_court',
      labelVi: 'Người khiếu nại đồng thời khởi kiện và chọn Tòa án: chuyển hồ sơ cho Tòa án', labelEn: 'Complainant chose the court: transfer the file',
      actorRoles: HEAD, specActors: ['court', 'resolver'], clocks: { stop: allClocks },
      basis: cite(ltthc('điểm a khoản 1 Điều 33'), lkn('khoản 2 Điều 34')), verification: 'V',
    },
    !v.discipline && {
      id: 'K16', kind: 'action', from: OPEN, to: null, event: 'suspend_enforcement',
      labelVi: 'Tạm đình chỉ việc thi hành quyết định hành chính bị khiếu nại', labelEn: 'Suspend execution of the contested decision',
      actorRoles: HEAD, specActors: ['resolver'], document: 'enforcement_suspension_decision',
      requires: [{ kind: 'flagEquals', flag: 'enforcementSuspended', value: false }, { kind: 'field', field: 'reasonText' }],
      clocks: { start: ['KN_ENFORCEMENT_SUSPENSION'] }, effects: { setFlags: { enforcementSuspended: true } },
      basis: lkn('điểm e khoản 1 Điều 12; Điều 35'), verification: 'V',
    },
    !v.discipline && {
      id: 'K16-revoke', kind: 'action', from: [...OPEN, 'suspended', 'decided'], to: null, event: 'revoke_enforcement_suspension',
      labelVi: 'Hủy bỏ quyết định tạm đình chỉ thi hành (lý do không còn)', labelEn: 'Revoke the suspension of execution',
      actorRoles: HEAD, specActors: ['resolver'], requires: [{ kind: 'flagEquals', flag: 'enforcementSuspended', value: true }],
      clocks: { stop: ['KN_ENFORCEMENT_SUSPENSION'] }, effects: { setFlags: { enforcementSuspended: false } },
      basis: lkn('khoản 2 Điều 35'), verification: 'V',
    },
    {
      id: 'K17', kind: 'move', from: OPEN, to: 'suspended', event: 'suspend', regimes: R26,
      labelVi: 'Tạm đình chỉ việc giải quyết khiếu nại', labelEn: 'Suspend the resolution',
      actorRoles: HEAD, specActors: ['resolver'], document: 'complaint_suspension_decision',
      requires: [{ kind: 'field', field: 'reasonText' }], clocks: { pause: [resolve], start: ['KN_SUSPEND_NOTICE'] },
      effects: { rememberSuspendedFrom: true },
      basis: cite(l136('khoản 1 Điều 11a mới của Luật Khiếu nại'), nd155('Điều 28a, 28b mới của Nghị định 124/2020')), verification: 'S', note: R26_NOTE,
    },
    ...OPEN.map(
      (to): Row<ComplaintState> => ({
        id: `K17R:${to}`, kind: 'move', from: ['suspended'], to, event: 'resume', regimes: R26,
        labelVi: 'Tiếp tục giải quyết khiếu nại', labelEn: 'Continue the resolution',
        actorRoles: HEAD, specActors: ['resolver'], document: 'complaint_resumption_decision',
        requires: [{ kind: 'guard', guard: 'resume_previous' }], clocks: { resume: [resolve], start: ['KN_SUSPEND_NOTICE'] },
        effects: { clearSuspendedFrom: true },
        basis: nd155('Điều 28a, 28b mới của Nghị định 124/2020'), verification: 'S',
        note: '"Thời hạn tiếp tục được tính từ ngày ra quyết định tiếp tục" — modelled as resume (not restart); to confirm.',
      }),
    ),
    {
      id: 'K18', kind: 'move', from: [...OPEN, 'suspended'], to: 'terminated_other', event: 'terminate', regimes: R26,
      labelVi: 'Đình chỉ việc giải quyết khiếu nại (căn cứ khoản 2 Điều 11a mới)', labelEn: 'Terminate the resolution (new Art 11a(2))',
      actorRoles: HEAD, specActors: ['resolver'], document: 'complaint_termination_notice',
      requires: [{ kind: 'fieldIn', field: 'terminationGround', values: ['complainant_died', 'organisation_dissolved', 'other_statutory_ground'] }],
      clocks: { stop: allClocks, start: ['KN_SUSPEND_NOTICE'] }, effects: { setFlags: { enforcementSuspended: false } },
      basis: cite(l136('khoản 2 Điều 11a mới của Luật Khiếu nại'), nd155('Điều 7a, 28b mới của Nghị định 124/2020')), verification: 'S',
      note: 'Withdrawal by all complainants uses K14 (state terminated_withdrawn) so withdrawals stay countable.',
    },
    {
      id: 'K19', kind: 'move', from: ['dialogue_pending'], to: 'decided', event: 'decide_complainant_absent', regimes: R26,
      labelVi: 'Người khiếu nại vắng mặt không có lý do chính đáng: tiếp tục giải quyết, ra quyết định', labelEn: 'Complainant absent without reason: decide',
      actorRoles: HEAD, specActors: ['resolver'], document: decisionDoc, alsoDocuments: ['dialogue_minutes'], clocks: decisionClocks,
      basis: nd155('khoản 5 Điều 28 mới của Nghị định 124/2020'), verification: 'S', note: R26_NOTE,
    },
    {
      id: 'K19a', kind: 'move', from: ['dialogue_pending'], to: 'decided', event: 'decide_complainant_absent', regimes: BEFORE_R26,
      labelVi: 'Đã mời lần hai nhưng người khiếu nại không đến: lập biên bản, kết thúc đối thoại, ra quyết định', labelEn: 'Second invitation ignored: close the dialogue, decide',
      actorRoles: HEAD, specActors: ['resolver'], document: decisionDoc, alsoDocuments: ['dialogue_minutes'],
      requires: [{ kind: 'fieldEquals', field: 'secondInvitationIgnored', value: true }], clocks: decisionClocks,
      basis: tt07_2013('điểm a khoản 2 Điều 21'), verification: 'V-old', note: 'NĐ 124/2020 rule for R2024–R2025 TO VERIFY.',
    },
    {
      id: 'K20', kind: 'action', from: ['pending_acceptance', ...OPEN, 'decided'], to: null, event: 'mark_overdue',
      labelVi: 'Quá hạn mà chưa giải quyết', labelEn: 'Deadline passed without decision',
      actorRoles: SYSTEM, specActors: ['system'], requires: [{ kind: 'flagEquals', flag: 'overdue', value: false }],
      effects: { setFlags: { overdue: true } }, basis: lkn('khoản 1 Điều 7; Điều 33'), verification: 'V',
    },
    !v.discipline && !first && {
      id: 'K2-3', kind: 'action', from: ['accepted', 'under_verification'], to: null, event: 'consult_advisory_council',
      labelVi: 'Thành lập Hội đồng tư vấn (vụ việc phức tạp)', labelEn: 'Consult an advisory council (complex case)',
      actorRoles: HEAD, specActors: ['resolver'], requires: [{ kind: 'guard', guard: 'advisory_council_complex' }],
      basis: lkn('khoản 2 Điều 36; Điều 43'), verification: 'V',
    },
    !v.discipline && !first && {
      id: 'K2-8', kind: 'action', from: ['decided', 'awaiting_finality', 'legally_effective'], to: null, event: 'publicise',
      labelVi: 'Công khai quyết định giải quyết khiếu nại lần hai', labelEn: 'Publicise the second-instance decision',
      actorRoles: HEAD, specActors: ['resolver'], document: 'publicity_record', clocks: { stop: ['KN_PUBLICITY_2'] },
      basis: lkn('khoản 2, 3 Điều 41'), verification: 'V',
    },
  ];
  return list.filter((r): r is Row<ComplaintState> => r !== false);
}

const TERMINAL: readonly ComplaintState[] = ['not_accepted', 'escalated', 'closed', 'terminated_withdrawn', 'transferred_to_court', 'terminated_other'];

function build(v: Variant): Machine<ComplaintState> {
  return machine<ComplaintState>({
    id: v.id, entity: 'complaint', labelVi: v.labelVi, states: COMPLAINT_STATES, initial: 'pending_acceptance', terminal: TERMINAL,
    transitions: rows<ComplaintState>('complaint', transitionsFor(v)),
  });
}

/** First-instance complaint against an administrative decision or act (§3.1). */
export const COMPLAINT_FIRST_MACHINE = build({ id: 'complaint_first', instance: 1, discipline: false, labelVi: 'Giải quyết khiếu nại lần đầu' });
/** Second-instance complaint (§3.2: dialogue mandatory, advisory council, publicity). */
export const COMPLAINT_SECOND_MACHINE = build({ id: 'complaint_second', instance: 2, discipline: false, labelVi: 'Giải quyết khiếu nại lần hai' });
/** First complaint against a disciplinary decision (§3.3: letter only, dialogue mandatory, no remote variant). */
export const COMPLAINT_DISCIPLINE_FIRST_MACHINE = build({ id: 'complaint_discipline_first', instance: 1, discipline: true, labelVi: 'Giải quyết khiếu nại quyết định kỷ luật lần đầu' });
/** Second complaint against a disciplinary decision (§3.3). */
export const COMPLAINT_DISCIPLINE_SECOND_MACHINE = build({ id: 'complaint_discipline_second', instance: 2, discipline: true, labelVi: 'Giải quyết khiếu nại quyết định kỷ luật lần hai' });
