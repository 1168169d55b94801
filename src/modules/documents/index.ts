/** Documents: official documents from templates (ND 30/2020 layout) as PDF and DOCX, previewed, downloaded or stored as files. */
export { documentsRoutes } from './documents.routes';
export {
  DOCUMENT_MIME,
  documentFileName,
  generateDocument,
  listTemplates,
  previewDocument,
  renderDocument,
  renderToFile,
  stageGeneratedDocument,
  type GenerateInput,
  type RenderedDocument,
  type StagedDocument,
} from './documents.service';
export { storedConfidentiality } from './documents.policy';
export { renderPdf } from './documents.pdf';
export { renderDocx } from './documents.docx';
