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
    dueWithin: 'Đến hạn trong {{days}} ngày',
    year: 'Năm quyết định',
  },
};
