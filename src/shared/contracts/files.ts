import { z } from 'zod';

/** Confidentiality levels of a stored file: 'confidential' files are readable only by agency heads and system administrators. */
export const FILE_CONFIDENTIALITY = ['normal', 'confidential'] as const;
/** A file's confidentiality level. */
export type FileConfidentiality = (typeof FILE_CONFIDENTIALITY)[number];
/**
 * Stored levels: the two a user may choose, and 'identity' — a file that reveals a protected denouncer (a signed
 * letter, handwriting). Set only by the petitions module; readable only through the petition's identity rules
 * (Luật Tố cáo 2018, Điều 47–48), never through the generic file routes — not even by a system administrator.
 */
export type StoredConfidentiality = FileConfidentiality | 'identity';

/** Name of the multipart field that carries the file on `POST /api/v1/files` (append it to the FormData last). */
export const FILE_FIELD = 'file';

/** File-name extensions the server accepts (the content is checked too); for the web form's `accept` attribute. */
export const ACCEPTED_FILE_EXTENSIONS = [
  'pdf',
  'jpg',
  'jpeg',
  'png',
  'tif',
  'tiff',
  'webp',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'zip',
  'mp3',
  'm4a',
  'wav',
  'mp4',
  'txt',
  'csv',
] as const;

// Browsers send an empty string for a form field left blank: treat it as absent.
const blankAsMissing = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The text fields that may accompany the file in the multipart form; they must come BEFORE the file part (the server refuses them after it). */
export const UploadFileFields = z.object({
  confidentiality: z.preprocess(blankAsMissing, z.enum(FILE_CONFIDENTIALITY, { message: 'Mức độ mật phải là "normal" hoặc "confidential".' }).default('normal')),
  agencyId: z.preprocess(blankAsMissing, z.uuid({ message: 'Mã cơ quan không hợp lệ.' }).optional()),
});
export type UploadFileFields = z.infer<typeof UploadFileFields>;

/** Metadata of a stored file, as the API returns it. */
export const FileResponse = z.object({
  id: z.string(),
  originalName: z.string(),
  size: z.number(),
  sha256: z.string(),
  mimeType: z.string(),
  extension: z.string(),
  confidentiality: z.enum(FILE_CONFIDENTIALITY),
  agencyId: z.string(),
  createdAt: z.string(),
});
export type FileResponse = z.infer<typeof FileResponse>;
