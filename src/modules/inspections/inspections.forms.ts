import type { Deps } from '../../server/deps';
import { badRequest } from '../../server/http/errors';
import { discardStaged, stageUpload, type FormPart, type StagedFile } from '../files';

/**
 * Reads a multipart form whose files are optional (a comment may come without attachments): the fields first, then at
 * most `maxFiles` files in `fileField`, each checked (size, real type) and staged. On error nothing stays staged.
 */
export async function readForm(deps: Pick<Deps, 'blobs' | 'config' | 'log'>, parts: AsyncIterable<FormPart>, opts: { fileField: string; maxFiles: number; pdfOnly?: boolean }) {
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  const staged: StagedFile[] = [];
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        if (staged.length) throw badRequest(`Các trường thông tin phải được gửi trước tệp "${opts.fileField}".`, 'field_after_file');
        if (part.fieldname in fields) throw badRequest(`Trường "${part.fieldname}" được gửi nhiều lần.`, 'duplicate_field');
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : '';
        continue;
      }
      if (part.fieldname !== opts.fileField) throw badRequest(`Tệp phải được gửi trong trường "${opts.fileField}".`, 'unexpected_file');
      if (staged.length >= opts.maxFiles) throw badRequest(`Mỗi lần gửi tối đa ${opts.maxFiles} tệp.`, 'too_many_files');
      const file = await stageUpload(deps, part);
      staged.push(file);
      if (opts.pdfOnly && file.type.extension !== 'pdf') throw badRequest('Bản đã ký phải là tệp PDF (bản quét hoặc bản ký số).', 'not_pdf');
    }
    return { fields, staged };
  } catch (err) {
    await Promise.all(staged.map((f) => discardStaged(deps, f)));
    throw err;
  }
}

/** Runs `work` with the staged files; they are removed from the BlobStore if it fails (nothing half-written). */
export async function withStaged<T>(deps: Deps, staged: StagedFile[], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    await Promise.all(staged.map((f) => discardStaged(deps, f)));
    throw err;
  }
}
