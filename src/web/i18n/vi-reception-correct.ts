/** Vietnamese texts of the correction of a reception register entry. */
export const viReceptionCorrect = {
  receptionCorrect: {
    title: 'Sửa nội dung ghi sổ',
    help: 'Chỉ sửa nội dung đã ghi (địa điểm, tóm tắt, nội dung, người bị khiếu nại, tố cáo, yêu cầu, ghi chú). Người đến, thời điểm tiếp và loại nội dung không sửa được. Lý do sửa được ghi vào diễn biến và nhật ký.',
    place: 'Địa điểm tiếp',
    summary: 'Tóm tắt nội dung',
    content: 'Nội dung trình bày',
    respondent: 'Người, cơ quan bị khiếu nại, tố cáo',
    requests: 'Yêu cầu của người đến',
    notes: 'Ghi chú',
    reason: 'Lý do sửa',
    reasonInvalid: 'Lý do sửa phải có ít nhất 5 ký tự.',
    submit: 'Lưu nội dung đã sửa',
    done: 'Đã sửa nội dung ghi sổ.',
  },
};
