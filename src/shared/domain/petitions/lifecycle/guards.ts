// Named rule checks referenced by the transition tables (`{ kind: 'guard', guard }`). Each returns a refusal
// with a Vietnamese message and the legal basis, or null when the rule is satisfied.
import { cite, lkn, ltc, ltcd, nd154, nd155, nd31, tt05, tt06, tt07_2013, tt07_2014 } from './citations';
import type { GuardId, MachineId, RefuseCode, Refusal, Transition, TransitionContext } from './types';

export interface GuardInput {
  machine: MachineId;
  state: string | null;
  transition: Transition;
  ctx: TransitionContext;
}

export interface GuardDef {
  /** True when the guard reads the payload (then it is only checked on apply, not for availability). */
  needsPayload: boolean;
  check(input: GuardInput): Refusal | null;
}

const no = (code: string, messageVi: string, messageEn: string, basis: string): Refusal => ({ code, messageVi, messageEn, basis });

/** Maximum number of denunciation extensions by complexity (LTC Art 30(2)–(3); NĐ 31/2019 Art 3). */
export const MAX_EXTENSIONS = { normal: 0, complex: 1, especially_complex: 2 } as const;
/** Maximum length of one extension, in days (LTC Art 30). */
export const MAX_EXTENSION_DAYS = 30;
/** Refusal codes that need a written refusal notice (Mẫu 01-TCD). */
export const WRITTEN_REFUSAL_CODES: readonly RefuseCode[] = ['REFUSE_3_PERSISTENT', 'REFUSE_R26_REPEATED_PETITION'];

/** Every guard by id. */
export const GUARDS: Readonly<Record<GuardId, GuardDef>> = {
  discipline_letter_only: {
    needsPayload: false,
    check: ({ ctx }) =>
      ctx.flags?.form === 'letter'
        ? null
        : no('DISCIPLINE_COMPLAINT_MUST_BE_WRITTEN', 'Khiếu nại quyết định kỷ luật phải được thực hiện bằng đơn; không tiếp nhận khiếu nại bằng lời nói.', 'A complaint against a disciplinary decision must be made by letter.', lkn('Điều 49')),
  },
  group_complaint_complete: {
    needsPayload: true,
    check: ({ ctx }) => {
      if (!ctx.flags?.isGroup) return null;
      const p = ctx.payload ?? {};
      if (p.allSignatures === true && (p.documents ?? []).includes('representative_appointment')) return null;
      return no(
        'GROUP_COMPLAINT_INCOMPLETE',
        'Khiếu nại nhiều người chỉ được thụ lý khi đơn có chữ ký của tất cả người khiếu nại và có văn bản cử người đại diện.',
        'A group complaint is accepted only with the signatures of all complainants and the written appointment of representatives.',
        cite(lkn('điểm b khoản 4 Điều 8'), ctx.regime === 'R2026' ? nd155('Điều 10') : tt07_2013('khoản 1 Điều 5')),
      );
    },
  },
  complaint_full_withdrawal: {
    needsPayload: true,
    check: ({ ctx }) =>
      ctx.payload?.withdrawalScope === 'all'
        ? null
        : no(
            'PARTIAL_WITHDRAWAL_CONTINUES',
            ctx.flags?.isGroup
              ? 'Chỉ một số người khiếu nại rút khiếu nại: tiếp tục giải quyết đối với những người còn lại; chỉ đình chỉ khi tất cả đã rút.'
              : 'Chỉ đình chỉ khi người khiếu nại rút toàn bộ khiếu nại (withdrawalScope = all).',
            'Only a full withdrawal (by all complainants) terminates the resolution.',
            cite(lkn('Điều 10'), nd155('Điều 7a mới của Nghị định 124/2020')),
          ),
  },
  escalation_route: {
    needsPayload: true,
    check: ({ machine, ctx }) => {
      const route = ctx.payload?.escalationRoute;
      const first = machine === 'complaint_first' || machine === 'complaint_discipline_first';
      const discipline = machine === 'complaint_discipline_first' || machine === 'complaint_discipline_second';
      if (route === 'second_complaint' && !first)
        return no('NO_THIRD_INSTANCE', 'Đã có quyết định giải quyết khiếu nại lần hai: không khiếu nại tiếp, chỉ có thể khởi kiện.', 'No complaint after the second instance.', lkn('khoản 7 Điều 11; Điều 42'));
      if (route === 'second_complaint' && ctx.flags?.singleInstance)
        return no('SINGLE_INSTANCE', 'Khiếu nại quyết định của Bộ trưởng chỉ giải quyết một lần; người khiếu nại có thể khởi kiện.', 'Minister decisions: single instance, then court.', lkn('khoản 2 Điều 7'));
      if (route === 'lawsuit' && discipline && !ctx.flags?.isDismissal)
        return no('NO_COURT_FOR_DISCIPLINE', 'Chỉ quyết định kỷ luật buộc thôi việc mới được khởi kiện ra Tòa án.', 'Only dismissal can be taken to court.', lkn('khoản 3 Điều 57'));
      return null;
    },
  },
  extension_limit: {
    needsPayload: false,
    check: ({ ctx }) => {
      const level = ctx.flags?.complexity ?? 'normal';
      const max = MAX_EXTENSIONS[level];
      if (max === 0)
        return no('NOT_COMPLEX', 'Chỉ được gia hạn đối với vụ việc phức tạp hoặc đặc biệt phức tạp.', 'Only complex cases may be extended.', cite(ltc('khoản 2 Điều 30'), nd31('Điều 3')));
      if ((ctx.flags?.extensionCount ?? 0) >= max)
        return no(
          'EXTENSION_LIMIT_REACHED',
          level === 'complex' ? 'Vụ việc phức tạp chỉ được gia hạn một lần.' : 'Vụ việc đặc biệt phức tạp chỉ được gia hạn hai lần.',
          `Extension limit reached (${max}).`,
          cite(ltc('khoản 2, 3 Điều 30'), nd31('Điều 3')),
        );
      return null;
    },
  },
  extension_days: {
    needsPayload: true,
    check: ({ ctx }) => {
      const d = ctx.payload?.extensionDays;
      return d !== undefined && Number.isInteger(d) && d >= 1 && d <= MAX_EXTENSION_DAYS
        ? null
        : no('EXTENSION_TOO_LONG', 'Mỗi lần gia hạn không quá 30 ngày.', 'Each extension is at most 30 days.', ltc('khoản 2, 3 Điều 30'));
    },
  },
  denunciation_termination: {
    needsPayload: true,
    check: ({ ctx }) => {
      const p = ctx.payload ?? {};
      if (p.terminationGround === 'all_withdrawn') {
        if (!(p.documents ?? []).some((d) => d === 'denunciation_withdrawal' || d === 'withdrawal_minutes'))
          return no('WITHDRAWAL_DOCUMENT_REQUIRED', 'Việc rút tố cáo phải bằng đơn hoặc biên bản ghi nhận việc rút tố cáo.', 'Withdrawal letter or minutes required.', cite(ltc('khoản 1 Điều 33'), nd31('Điều 4')));
        if (p.withdrawalScope !== 'all')
          return no('PARTIAL_WITHDRAWAL_CONTINUES', 'Rút một phần nội dung tố cáo hoặc chỉ một số người rút: tiếp tục giải quyết phần còn lại.', 'Partial withdrawal: the rest continues.', ltc('khoản 1, 2 Điều 33'));
        if ((p.withdrawalExceptions ?? []).length > 0)
          return no(
            'WITHDRAWAL_DOES_NOT_TERMINATE',
            'Người tố cáo rút toàn bộ nhưng có dấu hiệu vi phạm pháp luật, việc rút do bị đe dọa, mua chuộc, hoặc người tố cáo lợi dụng tố cáo để vu khống: tiếp tục giải quyết.',
            'Withdrawal does not end the case (violation signs, coercion, or slander).',
            ltc('khoản 3 Điều 33'),
          );
      }
      if (p.terminationGround === 'accused_died' && p.contentConcernsOnlyAccused !== true)
        return no('CONTENT_NOT_ONLY_ACCUSED', 'Chỉ đình chỉ khi nội dung tố cáo chỉ liên quan đến trách nhiệm của người bị tố cáo đã chết.', 'Only when the content concerns only the deceased accused.', ltc('điểm b khoản 3 Điều 34'));
      return null;
    },
  },
  resume_previous: {
    needsPayload: false,
    check: ({ transition, ctx }) =>
      ctx.flags?.suspendedFrom === transition.to
        ? null
        : no('RESUME_TARGET_MISMATCH', `Chỉ tiếp tục giải quyết về đúng trạng thái trước khi tạm đình chỉ (${ctx.flags?.suspendedFrom ?? 'không rõ'}).`, 'Resumes only to the state held before the suspension.', transition.basis),
  },
  fast_track: {
    needsPayload: true,
    check: ({ ctx }) =>
      ctx.flags?.denunciationSubtype === 'state_management_violation' && ctx.payload?.clearEvidenceInOwnField === true
        ? null
        : no('FAST_TRACK_NOT_APPLICABLE', 'Chỉ áp dụng cho tố cáo vi phạm về quản lý nhà nước, nội dung rõ ràng, chứng cứ cụ thể, thuộc lĩnh vực quản lý của mình.', 'Fast track only for clear state-management violations in the own field.', ltc('khoản 2 Điều 42; Điều 43')),
  },
  not_denunciation_letter: {
    needsPayload: false,
    check: ({ ctx }) =>
      ctx.flags?.itemKind === 'denunciation'
        ? no('DENUNCIATION_MUST_BE_TRANSFERRED', 'Đơn tố cáo không thuộc thẩm quyền phải được chuyển đến cơ quan có thẩm quyền và thông báo cho người tố cáo, không chỉ hướng dẫn.', 'A denunciation letter outside competence must be transferred.', cite(ltc('khoản 2 Điều 24'), tt05('Điều 14')))
        : null,
  },
  guide_once: {
    needsPayload: false,
    check: ({ ctx }) =>
      ctx.flags?.alreadyGuidedSameContent
        ? no('ALREADY_GUIDED', 'Đã hướng dẫn một lần cho cùng người, cùng nội dung: lưu đơn (DUP_ALREADY_GUIDED).', 'Already guided once: archive instead.', cite(tt07_2014('khoản 1 Điều 8'), ltc('khoản 3 Điều 24')))
        : null,
  },
  transfer_once: {
    needsPayload: false,
    check: ({ ctx }) =>
      ctx.flags?.alreadyTransferredSameContent && ctx.flags.itemKind !== 'petition' && ctx.flags.itemKind !== 'reflection'
        ? no('ALREADY_TRANSFERRED', 'Đơn tố cáo cùng nội dung chỉ chuyển một lần: lưu hoặc không xử lý (DUP_ALREADY_TRANSFERRED).', 'A denunciation with the same content is transferred only once.', tt05('khoản 1 Điều 14'))
        : null,
  },
  from_transferor: {
    needsPayload: false,
    check: ({ ctx }) =>
      ctx.flags?.channel === 'transferred' && ctx.flags.itemKind === 'complaint'
        ? null
        : no('NOT_FROM_TRANSFEROR', 'Chỉ trả lại đơn khiếu nại do đại biểu Quốc hội, Hội đồng nhân dân, Mặt trận, cơ quan báo chí… chuyển đến.', 'Only complaints forwarded by a transferring body are returned.', tt07_2014('khoản 2 Điều 8')),
  },
  refusal_notice: {
    needsPayload: true,
    check: ({ ctx }) => {
      const codes = [ctx.payload?.reasonCode, ...(ctx.payload?.reasonCodes ?? [])];
      if (!codes.some((c) => c !== undefined && (WRITTEN_REFUSAL_CODES as readonly string[]).includes(c))) return null;
      if (!(ctx.payload?.documents ?? []).includes('reception_refusal_notice'))
        return no('REFUSAL_NOTICE_REQUIRED', 'Từ chối vì cố tình khiếu nại, tố cáo kéo dài (hoặc kiến nghị lặp lại) phải có Thông báo từ chối tiếp công dân bằng văn bản.', 'A written refusal notice is required.', cite(ltcd('khoản 3 Điều 9'), tt06('Điều 4'), nd154('khoản 3 Điều 4')));
      if (ctx.regime === 'R2026' && !ctx.roles.includes('agency_head'))
        return no('REFUSAL_NOTICE_BY_HEAD', 'Thông báo từ chối tiếp công dân do người đứng đầu cơ quan ban hành.', 'The refusal notice is issued by the head of the body.', nd154('khoản 3 Điều 4'));
      return null;
    },
  },
  advisory_council_complex: {
    needsPayload: false,
    check: ({ ctx }) =>
      ctx.flags?.isComplex
        ? null
        : no('NOT_COMPLEX', 'Chỉ thành lập Hội đồng tư vấn đối với vụ việc phức tạp.', 'Advisory council only for complex cases.', lkn('khoản 2 Điều 36')),
  },
  anonymous_own_competence: {
    needsPayload: true,
    check: ({ ctx }) => anonymousCheck(ctx, true),
  },
  anonymous_other_competence: {
    needsPayload: true,
    check: ({ ctx }) => anonymousCheck(ctx, false),
  },
};

function anonymousCheck(ctx: TransitionContext, own: boolean): Refusal | null {
  const a = ctx.payload?.anonymousAssessment;
  if (!a || !a.violatorIdentified || !a.specificEvidence || !a.basisToCheck)
    return no('ANONYMOUS_CRITERIA_NOT_MET', 'Thông tin không nêu rõ người vi phạm, không có tài liệu, chứng cứ cụ thể hoặc không có cơ sở để kiểm tra: không thanh tra, kiểm tra.', 'LTC Art 25(2) criteria not met.', cite(ltc('khoản 2 Điều 25'), nd31('Điều 20')));
  if (a.withinOwnCompetence !== own)
    return own
      ? no('NOT_OWN_COMPETENCE', 'Không thuộc thẩm quyền: chuyển cơ quan có thẩm quyền thanh tra, kiểm tra.', 'Not within own competence: forward instead.', nd31('khoản 2 Điều 20'))
      : no('OWN_COMPETENCE', 'Thuộc thẩm quyền: tiến hành thanh tra, kiểm tra, không chuyển.', 'Within own competence: inspect instead.', nd31('khoản 2 Điều 20'));
  return null;
}
