/** The CSV reader lives with the live sources (utils/sources/csv.ts); the dataset tools use the same one. */
export { parseCsv, parseCsvRows } from '../../../utils/sources/csv';
