/**
 * The HTTP client of the web app: same-origin fetch with the session cookie, the CSRF header on every write,
 * and errors turned into `ApiError` carrying the server's Vietnamese message.
 */

export const API_BASE = '/api/v1';

/** An error answered by the API (`{ error: { code, message } }`), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Messages used when the server could not be reached or answered something that is not our error envelope. */
const NETWORK_MESSAGE = 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.';
const UNKNOWN_MESSAGE = 'Máy chủ trả lời không như mong đợi. Vui lòng thử lại sau.';

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Remembers the CSRF token of the current session (from /auth/me or the login response). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request that needed a session is refused with 401 (the session expired or was closed). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `?a=1&b=2`, skipping empty values. */
export function queryString(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export type RequestOptions = {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not treat 401 as "session expired" (login, TOTP step, probing /auth/me). */
  noAuthRedirect?: boolean;
  /** Extra request headers (e.g. the tracking secret of the public portal, kept out of the address). */
  headers?: Record<string, string>;
};

function isErrorEnvelope(v: unknown): v is { error: { code: string; message: string; details?: unknown } } {
  if (!v || typeof v !== 'object' || !('error' in v)) return false;
  const e = (v as { error: unknown }).error;
  return !!e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string';
}

/** Sends one request to the API and returns the parsed JSON body (or throws ApiError). */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...opts.headers, accept: 'application/json' };
  // A FormData body (file upload) sets its own multipart content type and boundary.
  const form = typeof FormData !== 'undefined' && opts.body instanceof FormData;
  if (opts.body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${queryString(opts.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : form ? (opts.body as FormData) : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', NETWORK_MESSAGE);
  }
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    const err = isErrorEnvelope(data)
      ? new ApiError(response.status, data.error.code, data.error.message, data.error.details)
      : new ApiError(response.status, 'http_error', UNKNOWN_MESSAGE);
    if (response.status === 401 && !opts.noAuthRedirect) onUnauthorized?.();
    throw err;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, { ...opts, body }),
  del: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
};

/** The message to show for any thrown value (ApiError messages are the server's Vietnamese text). */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error && err.message) return err.message;
  return UNKNOWN_MESSAGE;
}
