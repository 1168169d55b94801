/** Official documents (ND 30/2020 layout): pure model, wording, templates with the fail-closed audience check. */
export * from './model';
export * from './parts';
export * from './audience';
export * from './legal';
export {
  TemplateDataError,
  defineTemplate,
  schemaFieldPaths,
  type DocumentTemplate,
  type HeaderData,
  type TemplateContext,
  type TemplateSpec,
} from './template';
export * from './registry';
export { SAMPLE_DATA } from './samples';
