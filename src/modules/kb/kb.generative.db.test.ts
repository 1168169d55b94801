import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';

/**
 * The generative mode against a local fake of an OpenAI-compatible endpoint (the agency's own model): what the model
 * receives, how its citations are checked, and the fall-back to the extractive answer.
 */
type Received = { path: string; auth: string | undefined; body: { model: string; messages: { role: string; content: string }[] } };
let reply: { status: number; content: string } = { status: 200, content: '' };
const received: Received[] = [];
const fake = http.createServer((req, res) => {
  let data = '';
  req.on('data', (c: Buffer) => (data += c.toString('utf8')));
  req.on('end', () => {
    received.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(data) as Received['body'] });
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: reply.content }, finish_reason: 'stop' }] }));
  });
});

let ctx: TestContext;
let inspector: Client;
beforeAll(async () => {
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  const port = (fake.address() as AddressInfo).port;
  ctx = await createTestContext({ env: { KB_LLM_URL: `http://127.0.0.1:${port}/v1`, KB_LLM_MODEL: 'qwen-local', KB_LLM_API_KEY: 'k-test', KB_LLM_TIMEOUT_MS: '5000' } });
  const root = await buildAgency(ctx);
  inspector = await login(ctx, (await buildUser(ctx, root, ['inspector'])).username);
});
afterAll(async () => {
  await ctx?.close();
  await new Promise((resolve) => fake.close(resolve));
});

type Answer = { mode: string; notice: string | null; answer: { text: string; citation: { lawNumber: string; article: string; label: string }; alsoCitations: { article: string }[] }[] };

describe('generative answers', () => {
  it('sends only the retrieved articles and the question, keeps cited sentences and removes invalid citations', async () => {
    reply = { status: 200, content: 'Thời hạn giải quyết tố cáo không quá 30 ngày kể từ ngày thụ lý [1]. Có thể gia hạn [1][2]. Theo một luật khác là 90 ngày [9]. Câu này không có căn cứ.' };
    received.length = 0;
    const res = await inspector.post('/api/v1/kb/ask', { question: 'Thời hạn giải quyết tố cáo là bao lâu?' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Answer;
    expect(body.mode).toBe('generative');
    expect(body.answer.map((s) => s.text)).toEqual(['Thời hạn giải quyết tố cáo không quá 30 ngày kể từ ngày thụ lý.', 'Có thể gia hạn.']);
    expect(body.answer[0]!.citation).toMatchObject({ lawNumber: '25/2018/QH14', article: '30' });
    expect(body.answer[1]!.alsoCitations).toHaveLength(1);
    expect(body.notice).toMatch(/Đã loại 1 dẫn chiếu .* và 2 câu/);

    expect(received).toHaveLength(1);
    const call = received[0]!;
    expect(call.path).toBe('/v1/chat/completions');
    expect(call.auth).toBe('Bearer k-test');
    expect(call.body.model).toBe('qwen-local');
    const user = call.body.messages.find((m) => m.role === 'user')!.content;
    expect(user).toContain('[1] Điều 30. Thời hạn giải quyết tố cáo — Luật Tố cáo số 25/2018/QH14');
    expect(user).toContain('Thời hạn giải quyết tố cáo là không quá 30 ngày kể từ ngày thụ lý tố cáo.');
    expect(user).not.toContain('[4]');
    expect(user.endsWith('Câu hỏi: Thời hạn giải quyết tố cáo là bao lâu?')).toBe(true);
  });

  it('falls back to the extractive answer when the endpoint fails or cites nothing, and answers extractively on request', async () => {
    reply = { status: 500, content: '' };
    const failed = (await inspector.post('/api/v1/kb/ask', { question: 'Thời hạn giải quyết tố cáo là bao lâu?' })).json() as Answer;
    expect(failed.mode).toBe('extractive');
    expect(failed.notice).toMatch(/Không kết nối được/);
    expect(failed.answer.length).toBeGreaterThan(0);

    reply = { status: 200, content: 'Không đủ căn cứ trong các đoạn trích.' };
    const uncited = (await inspector.post('/api/v1/kb/ask', { question: 'Thời hạn giải quyết tố cáo là bao lâu?' })).json() as Answer;
    expect(uncited.mode).toBe('extractive');
    expect(uncited.notice).toMatch(/không có dẫn chiếu hợp lệ/);

    received.length = 0;
    const extractive = (await inspector.post('/api/v1/kb/ask', { question: 'Thời hạn giải quyết tố cáo là bao lâu?', mode: 'extractive' })).json() as Answer;
    expect(extractive).toMatchObject({ mode: 'extractive', notice: null });
    expect(received).toHaveLength(0);
    expect((await inspector.post('/api/v1/kb/ask', { question: 'tố cáo', mode: 'tưởng tượng' })).statusCode).toBe(400);
  });
});
