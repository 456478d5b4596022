import { useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { FeedCoachDatabase } from '@/lib/db/database';
import { deleteEverything } from '@/lib/data/delete';
import { CSV_BOM, exportAll, exportLedgerCsv, exportPostsCsv, serializeExport } from '@/lib/data/export';
import { importAll, parseImportAsync } from '@/lib/data/import';

type Status = { kind: 'idle' } | { kind: 'busy'; what: string; done?: number; total?: number } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** After an import or delete, the toolbar badge must count again. */
const tellBackground = () => browser.runtime.sendMessage({ type: 'data-changed' }).catch(() => undefined);

export function DataSection({ db }: { db: FeedCoachDatabase }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = status.kind === 'busy';

  async function exportJson() {
    setStatus({ kind: 'busy', what: 'Exporting' });
    try {
      const file = await exportAll(db, { onProgress: (done, total) => setStatus({ kind: 'busy', what: 'Exporting', done, total }) });
      download(`feedcoach-export-${stamp()}.json`, 'application/json', serializeExport(file));
      setStatus({ kind: 'done', message: 'Exported everything as JSON. Keep the file: it can be imported here again.' });
    } catch (error) {
      setStatus({ kind: 'error', message: `Export failed, nothing was changed: ${message(error)}` });
    }
  }

  async function exportCsv(kind: 'posts' | 'ledger') {
    setStatus({ kind: 'busy', what: 'Exporting' });
    try {
      // The byte-order mark makes spreadsheet programs read the file as UTF-8.
      download(`feedcoach-${kind}-${stamp()}.csv`, 'text/csv', CSV_BOM + (kind === 'posts' ? await exportPostsCsv(db) : await exportLedgerCsv(db)));
      setStatus({ kind: 'done', message: `Exported the ${kind === 'posts' ? 'posts' : 'ledger'} as CSV.` });
    } catch (error) {
      setStatus({ kind: 'error', message: `Export failed: ${message(error)}` });
    }
  }

  async function importFile(file: File) {
    setStatus({ kind: 'busy', what: `Checking ${file.name}` });
    const parsed = await parseImportAsync(await file.text(), {
      onProgress: (done, total) => setStatus({ kind: 'busy', what: `Checking ${file.name}`, done, total }),
    });
    if (!parsed.ok) return setStatus({ kind: 'error', message: `${file.name} was not imported. ${parsed.error}` });
    try {
      setStatus({ kind: 'busy', what: 'Importing' });
      await importAll(db, parsed.file, { mode, onProgress: (done, total) => setStatus({ kind: 'busy', what: 'Importing', done, total }) });
      await tellBackground();
      setStatus({
        kind: 'done',
        message: `Imported ${file.name}${parsed.upgradedFrom ? ` (made by an older FeedCoach, version ${parsed.upgradedFrom})` : ''}: ${mode === 'merge' ? 'added to what was already here' : 'it replaced what was here'}.`,
      });
    } catch (error) {
      setStatus({ kind: 'error', message: `${file.name} was not imported, nothing was changed: ${message(error)}` });
    }
  }

  async function deleteAll() {
    setConfirming(false);
    setStatus({ kind: 'busy', what: 'Deleting' });
    try {
      await deleteEverything(db);
      await tellBackground();
      setStatus({ kind: 'done', message: 'Deleted all of FeedCoach’s data on this device. Settings were kept.' });
    } catch (error) {
      setStatus({ kind: 'error', message: `Could not delete: ${message(error)}` });
    }
  }

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="hint">Everything FeedCoach knows is on this device. Take it with you, bring it back, or delete it.</p>
      <div className="buttons">
        <button type="button" disabled={busy} onClick={() => void exportJson()}>
          Export everything (JSON)
        </button>
        <button type="button" disabled={busy} onClick={() => void exportCsv('posts')}>
          Posts (CSV)
        </button>
        <button type="button" disabled={busy} onClick={() => void exportCsv('ledger')}>
          Ledger (CSV)
        </button>
      </div>
      <fieldset>
        <legend>When importing</legend>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> add to what is here
        </label>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> replace what is here (restore a
          backup)
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="import">Import a FeedCoach export (JSON)</label>
        <input
          id="import"
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file).finally(() => fileInput.current && (fileInput.current.value = ''));
          }}
        />
      </div>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="confirm-delete" className="confirm">
          <p id="confirm-delete">Delete every post, snapshot, person and reminder FeedCoach stored? This cannot be undone; export first if unsure.</p>
          <button type="button" className="danger" onClick={() => void deleteAll()} autoFocus>
            Yes, delete all data
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep my data
          </button>
        </div>
      ) : (
        <button type="button" className="danger" disabled={busy} onClick={() => setConfirming(true)}>
          Delete all data…
        </button>
      )}
      <p role="status" aria-live="polite" className={status.kind === 'error' ? 'error' : 'hint'} data-testid="data-status">
        {status.kind === 'busy' && `${status.what}${status.total ? `: ${Math.round((100 * (status.done ?? 0)) / status.total)}%` : '…'}`}
        {(status.kind === 'done' || status.kind === 'error') && status.message}
      </p>
      {status.kind === 'busy' && status.total ? <progress max={status.total} value={status.done ?? 0} /> : null}
    </section>
  );
}
