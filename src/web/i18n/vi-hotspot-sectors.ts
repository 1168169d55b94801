/** Vietnamese texts of the hot spots by sector (VSIC section of the subject the letters are about); spread into vi.ts. */
export const viHotspotSectors = {
  hotspotSectors: {
    filter: 'Ngành (VSIC cấp 1)',
    all: 'Tất cả các ngành',
    filtered: 'Chỉ tính đơn về đối tượng thuộc ngành {{name}}.',
    title: 'Theo ngành (VSIC cấp 1)',
    titleIn: 'Theo ngành (VSIC cấp 1) — {{name}}',
    caption: 'Số đơn kỳ hiện tại theo ngành của đối tượng bị phản ánh và kết quả kiểm định',
    sector: 'Ngành',
    only: 'Lọc bản đồ theo ngành này',
    unknown: '{{n}} đơn của kỳ này chưa gắn với đối tượng có mã ngành nên không được tính theo ngành.',
    empty: 'Chưa có đơn nào được gắn với đối tượng có mã ngành trong các kỳ này.',
  },
};
