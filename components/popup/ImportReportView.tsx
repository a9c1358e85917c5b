import type { ImportReport, ReportStatus } from '@/utils/transfer/watchlist-file';

const SUMMARY: Readonly<Record<ReportStatus, string>> = {
  added: 'added',
  already: 'already there',
  unknown: 'unknown',
  malformed: 'malformed',
  full: 'over the limit',
};

/** The row-by-row outcome of an import: a one-line summary, the problems listed by line. */
export function ImportReportView({
  report,
  fileName,
  onClose,
}: {
  report: ImportReport;
  fileName: string;
  onClose(): void;
}) {
  const parts = (Object.keys(SUMMARY) as ReportStatus[])
    .filter((s) => report.counts[s] > 0)
    .map((s) => `${report.counts[s]} ${SUMMARY[s]}`);
  const problems = report.lines.filter(
    (l) => l.status === 'unknown' || l.status === 'malformed' || l.status === 'full',
  );
  const where = report.format === 'csv' ? 'Line' : 'Entry';
  return (
    <div class="report" role="status" aria-live="polite" data-testid="import-report">
      <div class="notice-head">
        <strong>
          Imported {fileName}: {parts.length ? parts.join(' · ') : 'no rows'}
        </strong>
        <button type="button" class="close-x" aria-label="Close the import report" onClick={onClose}>
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </div>
      {report.error && <p class="error small">{report.error}</p>}
      {report.lines.length > 0 && (
        <details open={problems.length > 0}>
          <summary>
            {problems.length > 0
              ? `${problems.length} row${problems.length === 1 ? '' : 's'} not imported`
              : 'Every row'}
          </summary>
          <ul class="report-lines">
            {(problems.length > 0 ? problems : report.lines).map((l) => (
              <li key={l.line} class={`report-line ${l.status}`} data-status={l.status}>
                <span class="line-no">
                  {where} {l.line}
                </span>{' '}
                {l.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
