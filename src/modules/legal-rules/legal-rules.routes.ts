import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext } from '../../server/http/auth';
import { IdParams, OkResponse } from '../../shared/contracts/common';
import { ClockRulesResponse, ComputeDeadlineQuery, CreateRuleOverrideRequest, DeadlineResponse, RuleOverrideResponse } from '../../shared/contracts/legal-rules';
import * as rules from './legal-rules.service';

/** Legal time limits: the shipped effective-dated rules, administrators' overrides, and a calculator. */
export const legalRulesRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Thời hạn pháp lý'];
  const manage = { auth: { permission: 'legal_rules.manage' as const } };

  app.get('/legal-rules', { config: { auth: 'authenticated' }, schema: { tags, summary: 'Các thời hạn pháp lý, phiên bản theo ngày hiệu lực và điều chỉnh', response: { 200: ClockRulesResponse } } }, async () =>
    rules.listClockRules(deps),
  );

  app.get(
    '/legal-rules/compute',
    { config: { auth: 'authenticated' }, schema: { tags, summary: 'Tính hạn theo quy định áp dụng vào ngày xảy ra sự kiện', querystring: ComputeDeadlineQuery, response: { 200: DeadlineResponse } } },
    async (req) => rules.computeForQuery(deps, req.query),
  );

  app.post('/legal-rules/overrides', { config: manage, schema: { tags, summary: 'Điều chỉnh một thời hạn từ một ngày hiệu lực', body: CreateRuleOverrideRequest, response: { 201: RuleOverrideResponse } } }, async (req, reply) =>
    reply.status(201).send(await rules.createOverride(deps, auditContext(req), req.body)),
  );

  app.delete('/legal-rules/overrides/:id', { config: manage, schema: { tags, summary: 'Bỏ một điều chỉnh thời hạn', params: IdParams, response: { 200: OkResponse } } }, async (req) => {
    await rules.deleteOverride(deps, auditContext(req), req.params.id);
    return { ok: true as const };
  });
};
