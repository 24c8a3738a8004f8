export {
  buildExportSheet,
  checkMapping,
  DEFAULT_ORGANIC_CHANNELS,
  type ExportSheet,
  type ExportSheetInput,
  type ExportSheetMap,
  type ExportTagSource,
  exportSheetTag,
  helperColumns,
} from './exportSheet';
export { exportSheetFromCsv, exportTable } from './fromCsv';
export { type HelperBlock, helperBlock } from './helperBlock';
export { exportSheetLabels } from './labels';
export {
  dateColumns,
  type ExportMapping,
  type MappingSource,
  mappedColumns,
  mappingOfKind,
  numberColumns,
  type RecognisedMapping,
} from './mapping';
export { dataHeader, readMapping } from './mappingInput';
