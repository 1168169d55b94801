import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the receiver got it, with the subject and the text body decoded. */
export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; raw: string };

/** Decodes RFC 2047 encoded words ("=?UTF-8?B?…?=" / "=?UTF-8?Q?…?="); adjacent words are joined. */
export function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQp(data.replace(/_/g, ' ')),
  );
}

/** Decodes quoted-printable text (soft line breaks, =XX bytes as UTF-8). */
export function decodeQp(value: string): string {
  const bytes: number[] = [];
  const input = value.replace(/=\r?\n/g, '');
  for (let i = 0; i < input.length; i++) {
    const hex = input[i] === '=' ? input.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(input[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Splits a single-part message into headers and a decoded text body (what nodemailer sends for text-only mail). */
export function parseMessage(raw: string): { headers: Map<string, string>; text: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(at + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQp(body) : body;
  return { headers, text };
}

/**
 * A real SMTP server on 127.0.0.1 (random port) for tests: it keeps every message it accepts, and answers a
 * temporary failure (451) while `failing` is set.
 */
export class TestSmtpReceiver {
  readonly messages: ReceivedMail[] = [];
  failing = false;
  private server: SMTPServer | undefined;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 1000,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (this.failing) {
            const err = Object.assign(new Error('Hộp thư tạm thời không nhận thư'), { responseCode: 451 });
            return callback(err);
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          const { headers, text } = parseMessage(raw);
          this.messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: decodeWords(headers.get('subject') ?? ''),
            text,
            raw,
          });
          callback(null);
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  /** The messages received for one address. */
  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.includes(address));
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
