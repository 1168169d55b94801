import { createHash } from 'node:crypto';
import { text as readAll } from 'node:stream/consumers';
import cookie from '@fastify/cookie';
import { and, eq } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, clientFor, login, type Client } from '../../../test/helpers/factories';
import { API_PREFIX } from '../../server/app';
import type { AuditContext } from '../../server/audit/audit';
import { auditLog } from '../../server/audit/audit.table';
import { installAuth } from '../../server/http/auth';
import { installErrorHandlers } from '../../server/http/errors';
import type { Actor } from '../../shared/domain/access';
import { SAMPLE_DATA } from '../../shared/domain/documents';
import type { AgencyRow } from '../orgs';
import { documentsRoutes, renderToFile } from './index';

/**
 * The HTTP tests run against ctx.app once `documentsRoutes` is registered in src/server/app.ts (under /api/v1).
 * Until then they run against a small app with the same compilers, error handler, session auth and CSRF check.
 */
async function appWithDocuments(ctx: TestContext): Promise<FastifyInstance> {
  if (ctx.app.routeRegistry.some((r) => r.url === `${API_PREFIX}/documents/render`)) return ctx.app;
  const app = Fastify({ loggerInstance: ctx.deps.log }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app);
  await app.register(cookie, { secret: ctx.deps.config.sessionSecret });
  installAuth(app, ctx.deps, []);
  await app.register(documentsRoutes, { deps: ctx.deps, prefix: API_PREFIX });
  await app.ready();
  return app;
}

let ctx: TestContext;
let app: FastifyInstance;
let province: AgencyRow;
let other: AgencyRow;
let clerk: { id: string; client: Client; actor: Actor };
let viewer: Actor;

const audit = (userId: string): AuditContext => ({ actorUserId: userId, actorName: 'test', ip: null, requestId: null });

beforeAll(async () => {
  ctx = await createTestContext();
  app = await appWithDocuments(ctx);
  const root = await buildAgency(ctx);
  province = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Đắk Lắk' });
  other = await buildAgency(ctx, { parent: root });
  const u = await buildUser(ctx, province, ['clerk']);
  clerk = {
    id: u.user.id,
    client: await login(ctx, u.username),
    actor: { userId: u.user.id, grants: [{ agencyId: province.id, agencyPath: province.path, role: 'clerk' }] },
  };
  const v = await buildUser(ctx, province, ['leader_viewer']);
  viewer = { userId: v.user.id, grants: [{ agencyId: province.id, agencyPath: province.path, role: 'leader_viewer' }] };
});
afterAll(async () => {
  if (app && app !== ctx?.app) await app.close();
  await ctx?.close();
});

/** A request as the logged-in clerk (session cookie and CSRF token). */
const send = (method: 'GET' | 'POST', url: string, payload?: object, withSession = true) =>
  app.inject({ method, url: `${API_PREFIX}${url}`, ...(withSession ? { headers: { cookie: clerk.client.cookie, 'x-csrf-token': clerk.client.csrf } } : {}), ...(payload ? { payload } : {}) } as InjectOptions);

const notice = { template: 'petition.denunciation_acceptance_notice', data: SAMPLE_DATA['petition.denunciation_acceptance_notice'] };

describe('documents API', () => {
  it('needs a session', async () => {
    expect((await send('POST', '/documents/render', { ...notice, format: 'pdf' }, false)).statusCode).toBe(401);
    expect((await send('GET', '/documents/templates', undefined, false)).statusCode).toBe(401);
  });

  it('lists the templates with their audience and fields', async () => {
    const res = await send('GET', '/documents/templates');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; audience: string; carriesIdentity: boolean; fields: string[] }[];
    expect(items.map((i) => i.id)).toContain('petition.denunciation_acceptance_decision');
    expect(items.find((i) => i.id === 'petition.denunciation_content_notice')).toMatchObject({ audience: 'accused', carriesIdentity: false });
    expect(items.find((i) => i.id === 'inspection.decision')!.fields).toContain('team[].name');
  });

  it('previews the document model and its printed text', async () => {
    const res = await send('POST', '/documents/preview', { template: 'petition.denunciation_acceptance_decision', data: SAMPLE_DATA['petition.denunciation_acceptance_decision'] });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.document.number).toBe('Số: 05/QĐ-TTT');
    expect(body.document.body[0]).toMatchObject({ kind: 'article', number: 1 });
    expect(body.document.meta).toEqual({ template: 'petition.denunciation_acceptance_decision', audience: 'internal', title: 'Quyết định thụ lý tố cáo' });
    expect(body.text).toContain('Đắk Lắk, ngày 05 tháng 01 năm 2026');
    const draft = await send('POST', '/documents/preview', { template: 'petition.denunciation_acceptance_decision', data: SAMPLE_DATA['petition.denunciation_acceptance_decision'], draft: true });
    expect(draft.json().document.number).toBe('Số: …/QĐ-TTT');
  });

  it('renders a PDF to download, never cached, and audits it without the data', async () => {
    const res = await send('POST', '/documents/render', { ...notice, format: 'pdf' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Thong bao viec thu ly to cao so 05-TB-TTT\.pdf"; filename\*=UTF-8''Th%C3%B4ng%20b%C3%A1o/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    const sha = createHash('sha256').update(res.rawPayload).digest('hex');
    const rows = await ctx.deps.db.select().from(auditLog).where(eq(auditLog.action, 'document.render'));
    const row = rows.find((r) => (r.after as { sha256?: string }).sha256 === sha);
    expect(row).toMatchObject({ actorUserId: clerk.id, entityType: 'document' });
    expect(row!.after).toMatchObject({ template: notice.template, audience: 'denouncer', format: 'pdf', draft: false, number: 'Số: 05/TB-TTT' });
    expect(JSON.stringify(row)).not.toContain('Lê Văn Thành');
  });

  it('renders an editable DOCX draft', async () => {
    const res = await send('POST', '/documents/render', { template: 'inspection.decision', data: SAMPLE_DATA['inspection.decision'], format: 'docx', draft: true });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20thanh%20tra%20%28d%E1%BB%B1%20th%E1%BA%A3o%29.docx");
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('answers 400 in Vietnamese for an unknown template, bad data, a wrong format', async () => {
    const unknown = await send('POST', '/documents/render', { template: 'petition.nope', data: {}, format: 'pdf' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('Mẫu văn bản không tồn tại');
    const bad = await send('POST', '/documents/render', { template: notice.template, data: { ...notice.data, date: '2026-02-30', signer: undefined }, format: 'pdf' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_template_data');
    expect(bad.json().error.message).toMatch(/^Dữ liệu mẫu văn bản không hợp lệ/);
    expect(bad.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['date', 'signer']));
    const format = await send('POST', '/documents/render', { ...notice, format: 'odt' });
    expect(format.statusCode).toBe(400);
    expect(format.json().error.message).toContain('Định dạng phải là "pdf" hoặc "docx"');
  });

  it('refuses the denouncer identity in a document for the accused (SEC-5), naming the field', async () => {
    const data = { ...SAMPLE_DATA['petition.denunciation_content_notice'], denouncer: { name: 'Ông Lê Văn Thành' } };
    for (const [url, extra] of [['/documents/render', { format: 'pdf' }], ['/documents/preview', {}]] as const) {
      const res = await send('POST', url, { template: 'petition.denunciation_content_notice', data, ...extra });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'identity_field_forbidden', details: { fields: ['denouncer'] } });
      expect(res.json().error.message).toContain('không được chứa thông tin nhận dạng người tố cáo');
    }
  });
});

describe('renderToFile', () => {
  it('stores a notice naming the denouncer as a confidential PDF of the agency, audited', async () => {
    const row = await renderToFile(ctx.deps, audit(clerk.id), clerk.actor, { ...notice, format: 'pdf', agencyId: province.id });
    expect(row).toMatchObject({ agencyId: province.id, mimeType: 'application/pdf', extension: 'pdf', confidentiality: 'confidential', uploadedBy: clerk.id });
    expect(row.originalName).toBe('Thông báo việc thụ lý tố cáo số 05-TB-TTT.pdf');
    const bytes = Buffer.from(await readAll(await ctx.deps.blobs.get(row.storageKey)), 'latin1');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [entry] = await ctx.deps.db.select().from(auditLog).where(and(eq(auditLog.action, 'document.generate'), eq(auditLog.entityId, row.id)));
    expect(entry).toMatchObject({ agencyId: province.id, entityType: 'file' });
    expect(entry!.after).toMatchObject({ template: notice.template, fileId: row.id, sha256: row.sha256, confidentiality: 'confidential' });
  });

  it('stores a decision for the inspected party as a normal DOCX, downloadable through the files API', async () => {
    const row = await renderToFile(ctx.deps, audit(clerk.id), clerk.actor, { template: 'inspection.decision', data: SAMPLE_DATA['inspection.decision'], format: 'docx', agencyId: province.id });
    expect(row).toMatchObject({ extension: 'docx', confidentiality: 'normal', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const res = await clientFor(ctx, clerk.client.cookie, clerk.client.csrf).get(`${API_PREFIX}/files/${row.id}/content`);
    expect(res.statusCode).toBe(200);
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(row.sha256);
  });

  it('raises a secrecy stamp or an explicit request to confidential, never lowers it', async () => {
    const slip = await renderToFile(ctx.deps, audit(clerk.id), clerk.actor, { template: 'petition.transfer_slip', data: SAMPLE_DATA['petition.transfer_slip'], format: 'pdf', agencyId: province.id, confidentiality: 'normal' });
    expect(slip.confidentiality).toBe('confidential');
    const asked = await renderToFile(ctx.deps, audit(clerk.id), clerk.actor, { template: 'inspection.decision', data: SAMPLE_DATA['inspection.decision'], format: 'pdf', agencyId: province.id, confidentiality: 'confidential' });
    expect(asked.confidentiality).toBe('confidential');
  });

  it('refuses an agency outside the scope or without the upload permission (404), and bad data (400)', async () => {
    const input = { ...notice, format: 'pdf' as const };
    await expect(renderToFile(ctx.deps, audit(clerk.id), clerk.actor, { ...input, agencyId: other.id })).rejects.toMatchObject({ status: 404 });
    await expect(renderToFile(ctx.deps, audit(viewer.userId), viewer, { ...input, agencyId: province.id })).rejects.toMatchObject({ status: 404 });
    await expect(renderToFile(ctx.deps, audit(clerk.id), clerk.actor, { ...input, data: {}, agencyId: province.id })).rejects.toMatchObject({ status: 400, code: 'invalid_template_data' });
  });
});
