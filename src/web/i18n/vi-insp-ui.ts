/** Vietnamese texts of the inspections list filters, plan-item → decision, follow-up officer, paper answers; spread into vi.ts. */
export const viInspUi = {
  inspui: {
    origin: 'Loại thanh tra',
    member: 'Thành viên Đoàn',
    subject: 'Đối tượng thanh tra',
    subjectPlaceholder: 'Tên hoặc mã số thuế',
    province: 'Tỉnh, thành phố',
    deadline: 'Thời hạn',
    overdue: 'Đã quá hạn',
    dueWithin: 'Hạn trong {{days}} ngày',
    assign: {
      button: 'Phân công người theo dõi',
      change: 'Đổi người theo dõi',
      heading: 'Phân công người theo dõi, đôn đốc kiến nghị số {{seq}}',
      help: 'Cán bộ của cơ quan thanh tra theo dõi, đôn đốc việc thực hiện kiến nghị và nhận thông báo nhắc hạn (khoản 1 Điều 55 Luật Thanh tra 2025).',
      officer: 'Người theo dõi',
      submit: 'Phân công',
    },
    paper: {
      button: 'Cập nhật trả lời nhận bằng giấy',
      heading: 'Trả lời bằng văn bản giấy',
      help: 'Đối tượng thanh tra gửi trả lời bằng văn bản giấy: nhập nội dung và ngày nhận (được tính là hồ sơ giấy trong tỷ lệ trực tuyến).',
      receivedOn: 'Ngày nhận văn bản',
      text: 'Nội dung trả lời',
      textRequired: 'Vui lòng nhập nội dung trả lời.',
      submit: 'Lưu trả lời',
    },
    fromPlan: {
      notice: 'Quyết định thực hiện mục {{item}} của kế hoạch thanh tra đã ban hành của {{agency}} (thanh tra theo kế hoạch): nội dung, đối tượng và thời kỳ lấy từ kế hoạch, có thể sửa trước khi ghi nhận.',
      title: 'Thanh tra {{subject}}',
      button: 'Ghi nhận quyết định thanh tra',
    },
    year: 'Năm quyết định',
  },
};
