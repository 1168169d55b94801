import path from 'node:path';
import { z } from 'zod';

/** Default secrets for development only; the server refuses to start in production with any of them. */
export const DEV_SECRETS = {
  SESSION_SECRET: 'dev-only-session-secret-change-me-0000000000',
  ENCRYPTION_KEY: 'dev-only-encryption-key-change-me-000000000',
} as const;

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  SESSION_SECRET: z.string().min(32).default(DEV_SECRETS.SESSION_SECRET),
  ENCRYPTION_KEY: z.string().min(32).default(DEV_SECRETS.ENCRYPTION_KEY),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  COOKIE_SECURE: bool.optional(),
  MAX_UPLOAD_MB: z.coerce.number().positive().default(50),
  /** Largest managed-subjects import file (CSV/XLSX): a business-registry export of 1,000,000 rows is ~150–200 MB of CSV. */
  SUBJECTS_IMPORT_MAX_MB: z.coerce.number().positive().default(300),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  SEED_DEMO: bool.default(true),
  DEMO_ADMIN_PASSWORD: z.string().min(8).optional(),
  JOBS_ENABLED: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool.default(false),
  PUBLIC_POW_DIFFICULTY: z.coerce.number().int().min(0).max(28).optional(),
  PUBLIC_SUBMIT_PER_HOUR: z.coerce.number().int().min(1).default(20),
  PUBLIC_TRACK_PER_HOUR: z.coerce.number().int().min(1).default(120),
  /** Files a sender may add to one letter from the portal. */
  PUBLIC_MAX_ATTACHMENTS: z.coerce.number().int().min(0).max(50).default(10),
  SMTP_URL: z.string().url().optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_FROM: z.string().min(3).optional(),
  REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(60).default(3),
  PUBLIC_BASE_URL: z.string().url().optional(),
  KB_LLM_URL: z.string().url().optional(),
  KB_LLM_MODEL: z.string().min(1).optional(),
  KB_LLM_API_KEY: z.string().optional(),
  KB_LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  sessionSecret: string;
  encryptionKey: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  maxUploadBytes: number;
  /** Largest import file of managed subjects (SUBJECTS_IMPORT_MAX_MB). */
  subjectsImportMaxBytes: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  seedDemo: boolean;
  demoAdminPassword?: string;
  jobsEnabled: boolean;
  logLevel: string;
  trustProxy: boolean;
  /** Public portal anti-bot: proof-of-work difficulty in bits (0 = off) and per-address hourly limits. */
  publicPortal: { powDifficulty: number; submitPerHour: number; trackPerHour: number; maxAttachments: number };
  /** Cost parameters for argon2id; tests lower them to stay fast. */
  argon2: { memoryCost: number; timeCost: number };
  /** Outgoing e-mail (SMTP_URL, or SMTP_HOST/SMTP_PORT/SMTP_USER/SMTP_PASS); none set = in-app notifications only. */
  mail: { url?: string; host?: string; port?: number; user?: string; pass?: string; from: string };
  /** Deadline reminders start this many days before the due date. */
  reminderDaysBefore: number;
  /** The address officers open the web app at, for links in e-mails (e.g. https://thanhtra.example.gov.vn). */
  publicBaseUrl?: string;
  /**
   * The assistant's optional generative mode: an OpenAI-compatible chat endpoint hosted by the agency (KB_LLM_URL, the
   * base URL ending in /v1; KB_LLM_MODEL; KB_LLM_API_KEY if it needs one). Unset = extractive answers only.
   */
  kbLlm?: { url: string; model: string; apiKey?: string; timeoutMs: number };
};

/** Reads configuration from environment variables (documented in README.md) with safe defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ (biến môi trường):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    for (const key of Object.keys(DEV_SECRETS) as (keyof typeof DEV_SECRETS)[]) {
      if (e[key] === DEV_SECRETS[key]) {
        throw new Error(`Chế độ production: phải đặt biến ${key} (không dùng giá trị mặc định dành cho phát triển).`);
      }
    }
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    sessionSecret: e.SESSION_SECRET,
    encryptionKey: e.ENCRYPTION_KEY,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    subjectsImportMaxBytes: Math.round(e.SUBJECTS_IMPORT_MAX_MB * 1024 * 1024),
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    seedDemo: e.SEED_DEMO,
    demoAdminPassword: e.DEMO_ADMIN_PASSWORD,
    jobsEnabled: e.JOBS_ENABLED,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    publicPortal: {
      // On by default outside tests; trusted intake systems and tests set PUBLIC_POW_DIFFICULTY=0.
      powDifficulty: e.PUBLIC_POW_DIFFICULTY ?? (e.NODE_ENV === 'test' ? 0 : e.NODE_ENV === 'production' ? 18 : 14),
      submitPerHour: e.PUBLIC_SUBMIT_PER_HOUR,
      trackPerHour: e.PUBLIC_TRACK_PER_HOUR,
      maxAttachments: e.PUBLIC_MAX_ATTACHMENTS,
    },
    argon2: e.NODE_ENV === 'test' ? { memoryCost: 1024, timeCost: 1 } : { memoryCost: 19456, timeCost: 2 },
    mail: { url: e.SMTP_URL, host: e.SMTP_HOST, port: e.SMTP_PORT, user: e.SMTP_USER, pass: e.SMTP_PASS, from: e.SMTP_FROM ?? '"Thanh tra số" <no-reply@localhost>' },
    reminderDaysBefore: e.REMINDER_DAYS_BEFORE,
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    kbLlm: e.KB_LLM_URL ? { url: e.KB_LLM_URL.replace(/\/+$/, ''), model: e.KB_LLM_MODEL ?? 'default', apiKey: e.KB_LLM_API_KEY || undefined, timeoutMs: e.KB_LLM_TIMEOUT_MS } : undefined,
  };
}
