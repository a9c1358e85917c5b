import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/protocol';
import type { WatchlistRow } from '@/utils/messaging/views';
import {
  buildImportReport,
  exportFileName,
  type ImportReport,
  MAX_FILE_BYTES,
  parseWatchlistFile,
  watchlistToCsv,
  watchlistToJson,
} from '@/utils/transfer/watchlist-file';
import { downloadText, readTextFile } from '../shared/download';
import { ImportReportView } from './ImportReportView';

interface Props {
  rows: readonly WatchlistRow[] | undefined;
  onImported(rows: WatchlistRow[]): void;
  /** The popup was opened in a tab to import (Firefox closes a popup when its file picker opens). */
  importPage: boolean;
}

/** Export the watchlist as CSV or JSON; import either, with a row-by-row report. */
export function Transfer({ rows, onImported, importPage }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<{ report: ImportReport; fileName: string }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const empty = !rows || rows.length === 0;

  const importFile = async (file: File) => {
    setBusy(true);
    setError(undefined);
    setReport(undefined);
    try {
      const parsed = parseWatchlistFile(await readTextFile(file, MAX_FILE_BYTES), file.name);
      const valid = parsed.rows.flatMap((r) => (r.ok ? [r.input] : []));
      if (valid.length === 0 && parsed.rows.length === 0) {
        setError(parsed.error ?? `${file.name} has no rows.`);
        return;
      }
      const outcome = valid.length > 0 ? await sendMessage('importWatchlist', { rows: valid }) : undefined;
      if (outcome) onImported(outcome.rows);
      setReport({ report: buildImportReport(parsed, outcome?.results ?? []), fileName: file.name });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const chooseFile = () => {
    // Firefox closes the popup as soon as the file picker takes focus, losing the file: import from a tab there.
    if (import.meta.env.FIREFOX && !importPage) {
      void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?import=1') });
      window.close();
      return;
    }
    input.current?.click();
  };

  return (
    <footer class="transfer">
      <div class="transfer-buttons">
        <button
          type="button"
          class="button"
          disabled={empty}
          title={empty ? 'Nothing to export yet' : 'Save the watchlist as a spreadsheet file'}
          onClick={() =>
            rows && downloadText(watchlistToCsv(rows), exportFileName('geolens-watchlist', 'csv'), 'text/csv')
          }
        >
          Export CSV
        </button>
        <button
          type="button"
          class="button"
          disabled={empty}
          title={empty ? 'Nothing to export yet' : 'Save the watchlist as JSON'}
          onClick={() =>
            rows && downloadText(watchlistToJson(rows), exportFileName('geolens-watchlist', 'json'), 'application/json')
          }
        >
          Export JSON
        </button>
        <button type="button" class="button" disabled={busy} onClick={chooseFile}>
          {busy ? 'Importing…' : 'Import…'}
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,.json,.txt,text/csv,application/json"
          class="sr-only"
          tabIndex={-1}
          aria-label="Watchlist file to import (CSV or JSON)"
          data-testid="import-file"
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      {error && (
        <p class="error small" role="alert">
          Nothing was imported: {error}
        </p>
      )}
      {report && (
        <ImportReportView report={report.report} fileName={report.fileName} onClose={() => setReport(undefined)} />
      )}
    </footer>
  );
}
