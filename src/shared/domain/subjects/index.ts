export * from './subject';
export * from './tax-code';
export * from './csv';
export * from './import-row';
