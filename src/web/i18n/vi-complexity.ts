/** Vietnamese texts of the written determination of a case's complexity (spec §4.2–§4.3). */
export const viComplexity = {
  complexity: {
    title: 'Tính chất vụ việc và thời hạn',
    help: 'Người giải quyết xác định bằng văn bản vụ việc phức tạp (theo tiêu chí), vùng sâu, vùng xa; thời hạn giải quyết được tính lại theo quy định.',
    level: { normal: 'Không phức tạp', complex: 'Phức tạp', especially_complex: 'Đặc biệt phức tạp' },
    remote: 'Vùng sâu, vùng xa đi lại khó khăn',
    criteria: 'Tiêu chí đáp ứng',
    noCriteria: 'Chưa xác định tiêu chí.',
    open: 'Xác định tính chất vụ việc',
    complexNoCriteria: 'Phức tạp theo nhận định của người giải quyết (khiếu nại thụ lý trước 01/7/2026: chưa có tiêu chí luật định)',
    remoteBasis: 'Căn cứ xác định vùng sâu, vùng xa (danh mục xã đặc biệt khó khăn…)',
    reason: 'Lý do xác định (ghi vào hồ sơ)',
    reasonInvalid: 'Lý do phải có ít nhất 10 ký tự.',
    submit: 'Lưu và tính lại thời hạn',
    done: 'Đã lưu tính chất vụ việc; thời hạn đã được tính lại.',
  },
};
