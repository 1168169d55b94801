// Reason-code catalogue (§8.5 families + XLD_* / ANON_* added here): labels and legal basis of each code.
import { cite, lkn, ltc, ltcd, nd154, nd155, nd31, tt05, tt06, tt07_2013, tt07_2014 } from './citations';
import type { Finding, ReasonCode, ReasonFamily, RegimeId } from './types';

export interface ReasonInfo {
  family: ReasonFamily;
  labelVi: string;
  labelEn: string;
  basis: string;
  /** Only valid in these regimes (absent = all). */
  regimes?: readonly RegimeId[];
  /** True when the id is not given by the spec but chosen by this module. */
  moduleDefined?: boolean;
}

const R26: readonly RegimeId[] = ['R2026'];

/** Every reason code with its family, bilingual label and legal basis. */
export const REASON_CODES: Readonly<Record<ReasonCode, ReasonInfo>> = {
  KN_NA_1_INTERNAL_OR_NORMATIVE: { family: 'KN_NA', labelVi: 'Quyết định, hành vi nội bộ, chỉ đạo của cấp trên, văn bản quy phạm pháp luật hoặc thuộc danh mục bí mật nhà nước về quốc phòng, an ninh, ngoại giao', labelEn: 'Internal or normative decision/act, or a state secret in defence, security or foreign affairs', basis: lkn('khoản 1 Điều 11') },
  KN_NA_2_NO_DIRECT_INTEREST: { family: 'KN_NA', labelVi: 'Quyết định, hành vi bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại', labelEn: 'The decision/act does not directly concern the complainant', basis: lkn('khoản 2 Điều 11') },
  KN_NA_3_NO_CAPACITY: { family: 'KN_NA', labelVi: 'Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp', labelEn: 'Complainant lacks full civil-act capacity and has no lawful representative', basis: lkn('khoản 3 Điều 11') },
  KN_NA_4_UNLAWFUL_REPRESENTATIVE: { family: 'KN_NA', labelVi: 'Người đại diện không hợp pháp thực hiện khiếu nại', labelEn: 'Complaint made by an unlawful representative', basis: lkn('khoản 4 Điều 11') },
  KN_NA_5_UNSIGNED: { family: 'KN_NA', labelVi: 'Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại', labelEn: 'Complaint letter not signed or fingerprinted', basis: lkn('khoản 5 Điều 11') },
  KN_NA_6_TIME_BARRED: { family: 'KN_NA', labelVi: 'Thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng', labelEn: 'Limitation period or time limit expired without a legitimate reason', basis: lkn('khoản 6 Điều 11') },
  KN_NA_7_SECOND_DECISION_EXISTS: { family: 'KN_NA', labelVi: 'Khiếu nại đã có quyết định giải quyết khiếu nại lần hai', labelEn: 'A second-instance decision already exists', basis: lkn('khoản 7 Điều 11') },
  KN_NA_8_TERMINATED_NOT_CONTINUED: { family: 'KN_NA', labelVi: 'Có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại', labelEn: 'Resolution terminated and the complaint was not continued within 30 days', basis: lkn('khoản 8 Điều 11') },
  KN_NA_9_COURT: { family: 'KN_NA', labelVi: 'Việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án', labelEn: 'The matter was accepted or decided by a court', basis: lkn('khoản 9 Điều 11') },
  KN_NA_COMPETENCE: { family: 'KN_NA', labelVi: 'Khiếu nại không thuộc thẩm quyền giải quyết của người nhận', labelEn: 'Not within the competence of this resolver', basis: lkn('Điều 27; Điều 36'), moduleDefined: true },
  KN_NA_GROUP_INCOMPLETE: { family: 'KN_NA', labelVi: 'Khiếu nại nhiều người thiếu chữ ký của tất cả người khiếu nại hoặc văn bản cử người đại diện', labelEn: 'Group complaint lacks all signatures or the appointment of representatives', basis: cite(lkn('điểm b khoản 4 Điều 8'), nd155('Điều 10'), tt07_2013('khoản 1 Điều 5')), moduleDefined: true },
  KN_NA_DISCIPLINE_NOT_WRITTEN: { family: 'KN_NA', labelVi: 'Khiếu nại quyết định kỷ luật phải được thực hiện bằng đơn', labelEn: 'A complaint against a disciplinary decision must be made by letter', basis: lkn('Điều 49'), moduleDefined: true },

  TC_C1_FORM: { family: 'TC_C', labelVi: 'Tố cáo không được thực hiện theo đúng quy định tại Điều 23 Luật Tố cáo (nội dung, họ tên, địa chỉ, cách thức liên hệ, chữ ký hoặc điểm chỉ)', labelEn: 'Denunciation not made in the form required by LTC Art 23', basis: ltc('điểm a khoản 1 Điều 29; Điều 23') },
  TC_C2_CAPACITY: { family: 'TC_C', labelVi: 'Người tố cáo không có năng lực hành vi dân sự đầy đủ và không có người đại diện theo pháp luật', labelEn: 'Denouncer lacks full civil-act capacity and has no legal representative', basis: ltc('điểm b khoản 1 Điều 29') },
  TC_C3_COMPETENCE: { family: 'TC_C', labelVi: 'Vụ việc không thuộc thẩm quyền giải quyết của cơ quan, tổ chức, cá nhân tiếp nhận tố cáo', labelEn: 'Not within the competence of the receiving body', basis: ltc('điểm c khoản 1 Điều 29') },
  TC_C4_IDENTIFIABLE: { family: 'TC_C', labelVi: 'Nội dung tố cáo không có cơ sở để xác định người vi phạm, hành vi vi phạm pháp luật', labelEn: 'No basis to identify the violator and the violation', basis: ltc('điểm d khoản 1 Điều 29') },
  TC_C5_RESOLVER_VIOLATION_EVIDENCE: { family: 'TC_C', labelVi: 'Tố cáo người giải quyết khiếu nại đã giải quyết đúng thẩm quyền, trình tự nhưng không cung cấp thông tin, tài liệu, chứng cứ chứng minh người đó có hành vi vi phạm pháp luật', labelEn: 'Denunciation of a complaint resolver without evidence of a violation', basis: ltc('đoạn cuối khoản 1 Điều 29'), moduleDefined: true },

  DUP_SENT_TO_COMPETENT_ELSEWHERE: { family: 'DUP', labelVi: 'Đơn gửi đồng thời cho nhiều cơ quan, trong đó có cơ quan có thẩm quyền giải quyết', labelEn: 'Sent to several bodies including the competent one', basis: cite(tt07_2014('điểm b khoản 2 Điều 6'), ltc('khoản 3 Điều 24')) },
  DUP_ALREADY_GUIDED: { family: 'DUP', labelVi: 'Người gửi đơn đã được hướng dẫn một lần về cùng nội dung', labelEn: 'Already guided once on the same content', basis: cite(tt07_2014('điểm b khoản 2 Điều 6; khoản 1 Điều 8'), ltc('khoản 3 Điều 24')) },
  DUP_ALREADY_TRANSFERRED: { family: 'DUP', labelVi: 'Đơn tố cáo cùng nội dung đã được chuyển một lần', labelEn: 'A denunciation with the same content was already transferred', basis: tt05('khoản 1 Điều 14') },
  DUP_ALREADY_RESOLVED_NO_NEW_FACTS: { family: 'DUP', labelVi: 'Vụ việc đã giải quyết xong (quyết định cuối cùng, kết luận tố cáo) và không có tình tiết mới', labelEn: 'Already finally resolved, no new facts', basis: cite(lkn('khoản 7 Điều 11'), tt07_2014('điểm c khoản 1 Điều 28')) },

  REFUSE_1_INCAPACITY: { family: 'REFUSE', labelVi: 'Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, điều khiển hành vi', labelEn: 'Intoxicated, or unable to understand or control behaviour', basis: ltcd('khoản 1 Điều 9') },
  REFUSE_2_MISCONDUCT: { family: 'REFUSE', labelVi: 'Người có hành vi đe dọa, xúc phạm cơ quan, người tiếp công dân hoặc vi phạm nội quy nơi tiếp công dân', labelEn: 'Threats, insults or breach of the reception rules', basis: ltcd('khoản 2 Điều 9') },
  REFUSE_3_PERSISTENT: { family: 'REFUSE', labelVi: 'Vụ việc đã giải quyết đúng chính sách, pháp luật, đã được kiểm tra, rà soát, thông báo bằng văn bản và đã được tiếp, giải thích, hướng dẫn nhưng vẫn cố tình khiếu nại, tố cáo kéo dài', labelEn: 'Persists about a matter resolved, reviewed, notified and explained', basis: cite(ltcd('khoản 3 Điều 9'), tt06('Điều 4')) },
  REFUSE_4_OTHER: { family: 'REFUSE', labelVi: 'Trường hợp khác theo quy định của pháp luật', labelEn: 'Other cases provided by law', basis: ltcd('khoản 4 Điều 9') },
  REFUSE_R26_WEAPONS: { family: 'REFUSE', labelVi: 'Mang vũ khí, chất nổ, vật nguy hiểm mà không gửi theo quy định', labelEn: 'Carries weapons or dangerous items and does not deposit them', basis: nd154('Điều 4'), regimes: R26, moduleDefined: true },
  REFUSE_R26_SECURITY_CHECK: { family: 'REFUSE', labelVi: 'Không chấp hành việc kiểm tra an ninh', labelEn: 'Refuses the security check', basis: nd154('Điều 4'), regimes: R26, moduleDefined: true },
  REFUSE_R26_RECORDING: { family: 'REFUSE', labelVi: 'Ghi âm, ghi hình, phát trực tiếp trái với yêu cầu của người chủ trì hoặc gây mất trật tự', labelEn: 'Records, films or live-streams against the chair’s instruction', basis: nd154('điểm c khoản 1 Điều 4'), regimes: R26, moduleDefined: true },
  REFUSE_R26_DISORDER: { family: 'REFUSE', labelVi: 'Kích động, gây rối trật tự công cộng', labelEn: 'Incites or disturbs public order', basis: nd154('Điều 4'), regimes: R26, moduleDefined: true },
  REFUSE_R26_NO_CAPACITY: { family: 'REFUSE', labelVi: 'Không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp', labelEn: 'Lacks civil-act capacity without a lawful representative', basis: nd154('Điều 4'), regimes: R26, moduleDefined: true },
  REFUSE_R26_REPRESENTATION_UNPROVEN: { family: 'REFUSE', labelVi: 'Người đại diện, người được ủy quyền không chứng minh được tư cách đại diện', labelEn: 'Representative cannot prove the representation', basis: nd154('Điều 4'), regimes: R26, moduleDefined: true },
  REFUSE_R26_OUT_OF_SCOPE: { family: 'REFUSE', labelVi: 'Nội dung không thuộc phạm vi khiếu nại, tố cáo, kiến nghị, phản ánh', labelEn: 'Content outside complaints, denunciations, petitions, reflections', basis: nd154('Điều 4'), regimes: R26, moduleDefined: true },
  REFUSE_R26_REPEATED_PETITION: { family: 'REFUSE', labelVi: 'Kiến nghị, phản ánh về vụ việc đã được tiếp, hướng dẫn hoặc trả lời bằng văn bản mà không có nội dung mới', labelEn: 'Repeated petition/reflection already answered, with no new content', basis: nd154('Điều 4'), regimes: R26, moduleDefined: true },
  REFUSE_R26_COURT_JUDGMENT: { family: 'REFUSE', labelVi: 'Vụ việc đã có bản án, quyết định của Tòa án có hiệu lực pháp luật không thuộc trường hợp xem xét lại', labelEn: 'Matter decided by an effective court judgment not subject to review', basis: nd154('Điều 4'), regimes: R26, moduleDefined: true },
  REFUSE_R26_HANDLED_ELSEWHERE: { family: 'REFUSE', labelVi: 'Vụ việc đang được cơ quan có thẩm quyền khác xem xét, giải quyết', labelEn: 'Matter being handled by another competent body', basis: nd154('Điều 4'), regimes: R26, moduleDefined: true },

  CX_A_MULTI_LOCATION: { family: 'CX', labelVi: 'Một nội dung nhưng phải xác minh ở nhiều địa điểm', labelEn: 'One content verified at two or more places', basis: nd31('khoản 2 Điều 3') },
  CX_B_MULTI_CONTENT: { family: 'CX', labelVi: 'Có từ hai nội dung trở lên phải xác minh', labelEn: 'Two or more contents to verify', basis: nd31('khoản 2 Điều 3') },
  CX_C_MANY_PERSONS: { family: 'CX', labelVi: 'Nhiều người tố cáo về cùng một nội dung hoặc nội dung liên quan đến quyền, lợi ích của nhiều người', labelEn: 'Many denouncers, or content affecting many persons', basis: nd31('khoản 2 Điều 3') },
  CX_D_FOREIGN: { family: 'CX', labelVi: 'Có yếu tố nước ngoài (người tố cáo ở nước ngoài, là người nước ngoài; hành vi hoặc xác minh ở nước ngoài)', labelEn: 'Foreign element', basis: nd31('khoản 2 Điều 3') },
  CX_E_MULTI_AGENCY: { family: 'CX', labelVi: 'Liên quan đến trách nhiệm quản lý của nhiều cơ quan, tổ chức', labelEn: 'Concerns the management responsibility of several bodies', basis: nd31('khoản 2 Điều 3') },
  CX_F_DIVERGENT_OPINIONS: { family: 'CX', labelVi: 'Các cơ quan, tổ chức liên quan còn có ý kiến khác nhau', labelEn: 'Bodies involved still disagree', basis: nd31('khoản 2 Điều 3') },
  CX_G_CONFLICTING_EVIDENCE: { family: 'CX', labelVi: 'Tình tiết, chứng cứ mâu thuẫn cần có thời gian hoặc ý kiến chuyên môn để xác minh', labelEn: 'Contradictory evidence needing time or expert opinion', basis: nd31('khoản 2 Điều 3') },

  XLD_1_NOT_VIETNAMESE: { family: 'XLD', labelVi: 'Đơn không dùng tiếng Việt', labelEn: 'Letter not written in Vietnamese', basis: tt07_2014('điểm a khoản 2 Điều 6'), moduleDefined: true },
  XLD_2_NO_DATE: { family: 'XLD', labelVi: 'Đơn không ghi ngày, tháng, năm viết đơn', labelEn: 'Letter not dated', basis: tt07_2014('điểm a khoản 2 Điều 6'), moduleDefined: true },
  XLD_3_NO_AUTHOR: { family: 'XLD', labelVi: 'Đơn không ghi rõ họ, tên, địa chỉ của người viết đơn', labelEn: 'Author name and address missing', basis: tt07_2014('điểm a khoản 2 Điều 6'), moduleDefined: true },
  XLD_4_NO_SIGNATURE: { family: 'XLD', labelVi: 'Đơn không có chữ ký hoặc điểm chỉ của người viết đơn', labelEn: 'Letter not signed or fingerprinted', basis: tt07_2014('điểm a khoản 2 Điều 6'), moduleDefined: true },
  XLD_5_MISSING_CONTENT: { family: 'XLD', labelVi: 'Đơn thiếu nội dung tối thiểu theo loại đơn', labelEn: 'Minimum content for the kind of letter missing', basis: tt07_2014('điểm a khoản 2 Điều 6'), moduleDefined: true },
  XLD_6_ALREADY_HANDLED: { family: 'XLD', labelVi: 'Đơn đã được cơ quan xử lý và người viết đơn không thuộc trường hợp được khiếu nại, tố cáo tiếp', labelEn: 'Already handled by this body, no further right to complain/denounce', basis: tt07_2014('điểm a khoản 2 Điều 6'), moduleDefined: true },
  XLD_7_ILLEGIBLE: { family: 'XLD', labelVi: 'Đơn bị rách, bị tẩy xóa, không đọc được', labelEn: 'Torn, erased or illegible letter', basis: tt07_2014('Điều 28'), moduleDefined: true },
  XLD_8_TIME_BARRED: { family: 'XLD', labelVi: 'Đơn khiếu nại đã hết thời hiệu', labelEn: 'Complaint past the limitation period', basis: tt07_2014('Điều 28'), moduleDefined: true },

  ANON_1_UNKNOWN_AUTHOR: { family: 'ANON', labelVi: 'Không rõ họ tên, địa chỉ người tố cáo', labelEn: 'Name or address of the denouncer unknown', basis: ltc('khoản 1 Điều 25'), moduleDefined: true },
  ANON_2_UNIDENTIFIABLE: { family: 'ANON', labelVi: 'Qua kiểm tra, xác minh không xác định được người tố cáo', labelEn: 'Verification could not identify the denouncer', basis: ltc('khoản 1 Điều 25'), moduleDefined: true },
  ANON_3_FALSE_NAME: { family: 'ANON', labelVi: 'Người tố cáo sử dụng họ tên của người khác để tố cáo', labelEn: 'Denouncer used another person’s name', basis: cite(ltc('khoản 1 Điều 25'), ltc('khoản 10 Điều 8')), moduleDefined: true },
  ANON_4_IRREGULAR_FORM: { family: 'ANON', labelVi: 'Thông tin không được thể hiện bằng hình thức đơn hoặc tố cáo trực tiếp theo Điều 22 Luật Tố cáo', labelEn: 'Not in the forms of LTC Art 22 (letter or in person)', basis: ltc('khoản 1 Điều 25; Điều 22'), moduleDefined: true },
  ANON_5_TRANSFERRED_NOT_ELIGIBLE: { family: 'ANON', labelVi: 'Tố cáo do cơ quan báo chí, cơ quan khác chuyển đến không đủ điều kiện thụ lý', labelEn: 'Transferred by the press or another body, not eligible for acceptance', basis: ltc('điểm b khoản 1 Điều 26'), moduleDefined: true },
  ANON_C1_NO_VIOLATOR: { family: 'ANON', labelVi: 'Thông tin không nêu rõ người có hành vi vi phạm pháp luật', labelEn: 'The violator is not clearly identified', basis: cite(ltc('khoản 2 Điều 25'), nd31('Điều 20')), moduleDefined: true },
  ANON_C2_NO_EVIDENCE: { family: 'ANON', labelVi: 'Không có tài liệu, chứng cứ cụ thể về hành vi vi phạm pháp luật', labelEn: 'No specific documents or evidence of the violation', basis: cite(ltc('khoản 2 Điều 25'), nd31('Điều 20')), moduleDefined: true },
  ANON_C3_NO_BASIS: { family: 'ANON', labelVi: 'Không có cơ sở để thanh tra, kiểm tra, xác minh', labelEn: 'No basis to inspect or check', basis: cite(ltc('khoản 2 Điều 25'), nd31('Điều 20')), moduleDefined: true },
};

/** All codes of one family. */
export function codesOf(family: ReasonFamily): ReasonCode[] {
  return (Object.keys(REASON_CODES) as ReasonCode[]).filter((c) => REASON_CODES[c].family === family);
}

/** True when the code exists in the regime (R2026-only refusal grounds are invalid before 01/07/2026). */
export function codeValidIn(code: ReasonCode, regime: RegimeId): boolean {
  const r = REASON_CODES[code].regimes;
  return !r || r.includes(regime);
}

/** A finding for a code, with its catalogue message (optionally with a detail appended to the Vietnamese message). */
export function finding<C extends ReasonCode>(code: C, detailVi?: string): Finding<C> {
  const info = REASON_CODES[code];
  return { code, messageVi: detailVi ? `${info.labelVi} (${detailVi})` : info.labelVi, messageEn: info.labelEn, basis: info.basis };
}
