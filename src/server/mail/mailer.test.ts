import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createMailer, MAIL_NOT_CONFIGURED, mailConfigured, NoopMailer, SmtpMailer, smtpOptions } from './mailer';
import { decodeQp, decodeWords, parseMessage } from './test-receiver';

describe('mailer configuration', () => {
  it('without SMTP_* nothing is configured: the no-op mailer says why and sends nothing', async () => {
    const config = loadConfig({});
    expect(mailConfigured(config)).toBe(false);
    expect(smtpOptions(config)).toBeUndefined();
    const mailer = createMailer(config);
    expect(mailer).toBeInstanceOf(NoopMailer);
    expect(await mailer.send({ to: 'a@b.vn', subject: 's', text: 't' })).toEqual({ delivered: false, reason: MAIL_NOT_CONFIGURED });
    expect(config.reminderDaysBefore).toBe(3);
  });

  it('SMTP_HOST/PORT/USER/PASS: implicit TLS on 465, STARTTLS otherwise, short time-outs', () => {
    const c = loadConfig({ SMTP_HOST: 'smtp.example.vn', SMTP_PORT: '465', SMTP_USER: 'u', SMTP_PASS: 'p', SMTP_FROM: 'TT <a@b.vn>', REMINDER_DAYS_BEFORE: '5', PUBLIC_BASE_URL: 'https://tt.example.vn/' });
    expect(smtpOptions(c)).toMatchObject({ host: 'smtp.example.vn', port: 465, secure: true, auth: { user: 'u', pass: 'p' }, connectionTimeout: 15_000 });
    expect(smtpOptions(loadConfig({ SMTP_HOST: 'h' }))).toMatchObject({ port: 587, secure: false });
    expect(smtpOptions(loadConfig({ SMTP_HOST: 'h' }))).not.toHaveProperty('auth');
    expect(c.mail.from).toBe('TT <a@b.vn>');
    expect(c.reminderDaysBefore).toBe(5);
    expect(c.publicBaseUrl).toBe('https://tt.example.vn');
    expect(createMailer(c)).toBeInstanceOf(SmtpMailer);
  });

  it('SMTP_URL wins over the parts; bad values are refused in Vietnamese', () => {
    expect(smtpOptions(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.vn:465', SMTP_HOST: 'x' }))).toBe('smtps://u:p@mail.example.vn:465');
    expect(() => loadConfig({ SMTP_PORT: 'abc' })).toThrow(/Cấu hình không hợp lệ[\s\S]*SMTP_PORT/);
    expect(() => loadConfig({ REMINDER_DAYS_BEFORE: '-1' })).toThrow(/REMINDER_DAYS_BEFORE/);
  });
});

describe('test receiver decoding (RFC 2047 words, quoted-printable)', () => {
  it('decodes what nodemailer encodes', () => {
    expect(decodeWords('=?UTF-8?B?VGjDtG5nIGLDoW8=?=')).toBe('Thông báo');
    expect(decodeWords('=?UTF-8?Q?Qu=C3=A1_h=E1=BA=A1n?= =?UTF-8?Q?_ng=C3=A0y?=')).toBe('Quá hạn ngày');
    expect(decodeQp('H=E1=BA=BFt h=\r\n=E1=BA=A1n')).toBe('Hết hạn');
    const parsed = parseMessage('Subject: =?UTF-8?B?w4Ew?=\r\nContent-Transfer-Encoding: base64\r\n\r\nxJDGoW4=\r\n');
    expect(parsed.headers.get('subject')).toBe('=?UTF-8?B?w4Ew?=');
    expect(parsed.text).toBe('Đơn');
  });
});
