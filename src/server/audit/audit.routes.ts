import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { agencyPathIn } from '../../modules/orgs';
import { agencies } from '../../modules/orgs/orgs.table';
import { scopesFor } from '../../shared/domain/access';
import { AuditListResponse, AuditQuery, AuditVerifyResponse } from '../../shared/contracts/audit';
import type { Deps } from '../deps';
import { requireAuth } from '../http/auth';
import { listAudit, verifyAuditChain } from './audit';
import { auditLog } from './audit.table';

/** Browsing the audit trail (scoped to the actor's agencies) and checking its hash chain. */
export const auditRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Nhật ký'];
  app.get('/audit', { config: { auth: { permission: 'audit.read' } }, schema: { tags, summary: 'Tra cứu nhật ký thay đổi', querystring: AuditQuery, response: { 200: AuditListResponse } } }, async (req) => {
    const scopes = scopesFor(requireAuth(req).actor, 'audit.read');
    // A scope at the root sees everything, including records of no agency (logins, system jobs).
    const everything = scopes.some((p) => p.split('/').length === 3);
    const agencyFilter = everything ? undefined : sql`${auditLog.agencyId} in (select ${agencies.id} from ${agencies} where ${agencyPathIn(scopes)})`;
    const q = req.query;
    const rows = await listAudit(deps.db, {
      ...q,
      // A bare date means that day in Vietnam time (UTC+7), for both ends.
      from: q.from ? new Date(q.from.length === 10 ? `${q.from}T00:00:00.000+07:00` : q.from) : undefined,
      to: q.to ? new Date(q.to.length === 10 ? `${q.to}T23:59:59.999+07:00` : q.to) : undefined,
      agencyFilter,
    });
    return {
      items: rows.map(({ prevHash: _prev, ...r }) => ({ ...r, at: r.at.toISOString() })),
      nextBeforeId: rows.length === q.limit ? rows[rows.length - 1]!.id : null,
    };
  });

  app.get('/audit/verify', { config: { auth: { permission: 'audit.verify' } }, schema: { tags, summary: 'Kiểm tra tính toàn vẹn chuỗi nhật ký', response: { 200: AuditVerifyResponse } } }, async () =>
    verifyAuditChain(deps.db),
  );
};
