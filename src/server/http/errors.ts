import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** An error the client can act on: HTTP status, stable code and a Vietnamese message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** 400: the request is malformed or breaks a rule; `message` says why in Vietnamese. */
export const badRequest = (message: string, code = 'bad_request', details?: unknown) => new AppError(400, code, message, details);
/** 401: not logged in. */
export const unauthorized = (message = 'Bạn cần đăng nhập để thực hiện thao tác này.') => new AppError(401, 'unauthorized', message);
/** 403: logged in but not allowed. */
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new AppError(403, 'forbidden', message);
/** 404: not found, or outside the actor's scope (we do not reveal which). */
export const notFound = (message = 'Không tìm thấy dữ liệu yêu cầu.') => new AppError(404, 'not_found', message);
/** 409: conflicts with the current state (duplicate, wrong state). */
export const conflict = (message: string, code = 'conflict') => new AppError(409, code, message);

type PgLikeError = { code?: string; constraint?: string; detail?: string };

/** Maps database errors that are the client's fault to 4xx (they must never surface as 500). */
function fromDatabaseError(error: unknown): AppError | undefined {
  // Drizzle wraps the driver's error: look down the `cause` chain for the PostgreSQL error code.
  let err = error as PgLikeError & { cause?: unknown };
  for (let depth = 0; err && !err.code && err.cause && depth < 5; depth++) err = err.cause as PgLikeError & { cause?: unknown };
  switch (err?.code) {
    case '23505':
      return conflict('Dữ liệu đã tồn tại (trùng lặp).', 'duplicate');
    case '23503':
      return badRequest('Dữ liệu tham chiếu không tồn tại.', 'invalid_reference');
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
      return badRequest('Giá trị không hợp lệ.', 'invalid_value');
    default:
      return undefined;
  }
}

/** Vietnamese text for Fastify's own client errors (body too large, bad JSON, wrong content type…). */
function fromFastifyError(err: FastifyError): AppError | undefined {
  const status = err.statusCode ?? 500;
  if (status >= 500) return undefined;
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError(413, 'payload_too_large', 'Dữ liệu gửi lên vượt quá dung lượng cho phép.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(415, 'unsupported_media_type', 'Kiểu dữ liệu gửi lên không được hỗ trợ.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return badRequest('Nội dung yêu cầu trống.', 'empty_body');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return badRequest('Nội dung JSON không hợp lệ.', 'invalid_json');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError(415, 'unsupported_media_type', 'Yêu cầu phải là multipart/form-data.');
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError(413, 'too_many_parts', 'Gửi quá nhiều tệp hoặc trường dữ liệu.');
    default:
      if (err instanceof SyntaxError || /JSON/i.test(err.message)) return badRequest('Nội dung JSON không hợp lệ.', 'invalid_json');
      return new AppError(status, 'bad_request', 'Yêu cầu không hợp lệ.');
  }
}

/** Installs the error and not-found handlers: every error leaves as `{ error: { code, message } }`. */
export function installErrorHandlers(app: FastifyInstance) {
  app.setErrorHandler((err, req, reply) => {
    let appErr: AppError | undefined;
    if (err instanceof AppError) appErr = err;
    else if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => {
        const where = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        return { field: where || err.validationContext, message: v.message };
      });
      const summary = fields.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join('; ');
      appErr = badRequest(`Dữ liệu không hợp lệ — ${summary}`, 'validation_error', { fields });
    } else if (isResponseSerializationError(err)) appErr = undefined;
    else appErr = fromDatabaseError(err) ?? fromFastifyError(err as FastifyError);

    if (!appErr) {
      req.log.error({ err }, 'unhandled error');
      return reply.status(500).send({ error: { code: 'internal_error', message: 'Lỗi hệ thống. Vui lòng thử lại sau hoặc liên hệ quản trị viên.' } });
    }
    if (appErr.status >= 500) req.log.error({ err }, appErr.message);
    const body: { error: { code: string; message: string; details?: unknown } } = { error: { code: appErr.code, message: appErr.message } };
    if (appErr.details !== undefined) body.error.details = appErr.details;
    return reply.status(appErr.status).send(body);
  });
}
