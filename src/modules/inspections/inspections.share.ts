import type { z } from 'zod';
import type { Deps } from '../../server/deps';
import { badRequest, notFound } from '../../server/http/errors';
import type { OnlineShareQuery } from '../../shared/contracts/inspections-insdocs';
import { can, type Actor } from '../../shared/domain/access';
import { INSPECTION_CASE_MACHINE, onlineShare, shareKindOf, type Channel, type ShareCount } from '../../shared/domain/inspections';
import { findAgency } from '../orgs';
import * as ins from './inspections-insdocs.repository';

/** The events of the inspection machine: its lifecycle steps. */
const LIFECYCLE = new Set(INSPECTION_CASE_MACHINE.transitions.map((t) => t.event));

/** Midnight at the start of a Vietnamese day (UTC+7), as an instant. */
const vnStart = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

/**
 * `GET /inspections/online-share`: for an agency's subtree and a period (whole days in Vietnam, `to` included), the
 * steps and activities done through the platform versus on paper (counting rules in shared/domain/inspections/
 * online-share.ts), per kind, with the share and the agency's target.
 */
export async function getOnlineShare(deps: Deps, actor: Actor, q: z.infer<typeof OnlineShareQuery>) {
  if (Number.isNaN(Date.parse(q.from)) || Number.isNaN(Date.parse(q.to))) throw badRequest('Ngày không hợp lệ.', 'invalid_date');
  if (q.from > q.to) throw badRequest('Khoảng thời gian: ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', 'invalid_period');
  if (Date.parse(q.to) - Date.parse(q.from) > 366 * 5 * 86_400_000) throw badRequest('Khoảng thời gian tối đa 5 năm.', 'invalid_period');
  const agency = await findAgency(deps.db, q.agencyId);
  if (!agency || !can(actor, 'inspections.read', { agencyPath: agency.path })) throw notFound('Không tìm thấy cơ quan.');
  const end = vnStart(q.to);
  end.setUTCDate(end.getUTCDate() + 1);
  const rows = await ins.countEventsByChannel(deps.db, agency.path, vnStart(q.from), end);
  const counts: ShareCount[] = [];
  for (const r of rows) {
    const kind = shareKindOf(r.event, LIFECYCLE);
    if (kind) counts.push({ kind, channel: r.channel === 'paper' ? 'paper' : ('online' as Channel), n: r.n });
  }
  const settings = await ins.findSettings(deps.db, agency.id);
  const target = settings?.onlineTargetPercent !== null && settings?.onlineTargetPercent !== undefined ? { percent: Number(settings.onlineTargetPercent), source: settings.onlineTargetSource } : null;
  return { agencyId: agency.id, agencyName: agency.name, from: q.from, to: q.to, ...onlineShare(counts, target) };
}
