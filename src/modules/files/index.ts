/** Files: uploads streamed to the BlobStore with size and real-type checks, scoped and audited reads. */
export { discardUnreadBody, filesRoutes, multipartOnly, sendPrivateFile } from './files.routes';
export {
  discardStaged,
  getFile,
  insertStagedFile,
  loadReadableFile,
  openFileContent,
  presentFile,
  stageFormFiles,
  stageUpload,
  type FormPart,
  storeUpload,
  type StagedFile,
  type UploadPart,
  type UploadTarget,
} from './files.service';
export { canReadFile, canUploadFile, fileReadDecision } from './files.policy';
export { attachmentDisposition, sanitizeFileName } from './files.content';
export { files } from './files.table';
export type { FileRow } from './files.repository';
