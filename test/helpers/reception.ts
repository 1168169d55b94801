// Reception visits for tests: a valid register entry (one visitor with an identity number, a complaint) that each test overrides.
import type { Client } from './factories';

export const VISITOR = { fullName: 'Nguyễn Thị Đến', idNumber: '001185077777', address: 'Xã Sóc Sơn, Hà Nội', phone: '0912777888' };

/** The body of `POST /reception-visits` for `agencyId`, received `receivedAt` (ISO), with `extra` fields replacing the defaults. */
export function visitRequest(agencyId: string, receivedAt: string, extra: object = {}) {
  return {
    agencyId,
    receivedAt,
    sessionKind: 'regular',
    visitorCount: 1,
    visitors: [VISITOR],
    kindClaimed: 'complaint',
    title: 'Khiếu nại mức bồi thường thu hồi đất',
    content: 'Người đến trình bày nội dung sự việc và đề nghị cơ quan có thẩm quyền xem xét, giải quyết, trả lời.',
    respondent: { name: 'UBND xã Sóc Sơn' },
    ...extra,
  };
}

/** Logs a visit as `who`; throws unless it is entered (201). */
export async function logVisit(who: Client, agencyId: string, receivedAt: string, extra: object = {}) {
  const res = await who.post('/api/v1/reception-visits', visitRequest(agencyId, receivedAt, extra));
  if (res.statusCode !== 201) throw new Error(`visit not logged: ${res.statusCode} ${res.body}`);
  return res.json();
}
