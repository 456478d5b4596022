import { useRef, useState } from 'react';
import { t } from '@/lib/i18n/messages';
import { browser } from 'wxt/browser';
import type { FeedCoachDatabase } from '@/lib/db/database';
import { deleteEverything } from '@/lib/data/delete';
import { exportEverything, importEverything } from '@/lib/data/everything';
import { CSV_BOM, exportBlob, exportLedgerCsv, exportPostsCsv } from '@/lib/data/export';
import { parseImportFile } from '@/lib/data/import';

type Status = { kind: 'idle' } | { kind: 'busy'; what: string; done?: number; total?: number } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
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
  const deleteButton = useRef<HTMLButtonElement>(null);
  const busy = status.kind === 'busy';

  async function exportJson() {
    setStatus({ kind: 'busy', what: 'Exporting' });
    try {
      const file = await exportEverything(db, { onProgress: (done, total) => setStatus({ kind: 'busy', what: 'Exporting', done, total }) });
      download(`feedcoach-export-${stamp()}.json`, exportBlob(file));
      setStatus({ kind: 'done', message: 'Exported everything as JSON: your history, ledger and settings. Keep the file: it can be imported here again.' });
    } catch (error) {
      setStatus({ kind: 'error', message: `Export failed, nothing was changed: ${message(error)}` });
    }
  }

  async function exportCsv(kind: 'posts' | 'ledger') {
    setStatus({ kind: 'busy', what: 'Exporting' });
    try {
      const text = kind === 'posts' ? await exportPostsCsv(db) : await exportLedgerCsv(db);
      // The byte-order mark makes spreadsheet programs read the file as UTF-8.
      download(`feedcoach-${kind}-${stamp()}.csv`, new Blob([CSV_BOM, text], { type: 'text/csv' }));
      setStatus({ kind: 'done', message: `Exported the ${kind === 'posts' ? 'posts' : 'ledger'} as CSV.` });
    } catch (error) {
      setStatus({ kind: 'error', message: `Export failed: ${message(error)}` });
    }
  }

  async function importFile(file: File) {
    const checking = `Checking ${file.name}`;
    setStatus({ kind: 'busy', what: checking });
    try {
      const parsed = await parseImportFile(file, { onProgress: (done, total) => setStatus({ kind: 'busy', what: checking, done, total }) });
      if (!parsed.ok) return setStatus({ kind: 'error', message: `${file.name} was not imported. ${parsed.error}` });
      setStatus({ kind: 'busy', what: 'Importing' });
      const report = await importEverything(db, parsed.file, { mode, onProgress: (done, total) => setStatus({ kind: 'busy', what: 'Importing', done, total }) });
      await tellBackground();
      const older = parsed.upgradedFrom ? ` (made by an older FeedCoach, version ${parsed.upgradedFrom})` : '';
      const how = mode === 'merge' ? 'added to what was already here' : 'it replaced what was here';
      const settings = report.settingsRestored
        ? mode === 'merge'
          ? ' Its prompts and Mastodon servers were added to your settings.'
          : ' Your settings are the file’s now.'
        : ' The file has no settings, so yours stay as they were.';
      setStatus({ kind: 'done', message: `Imported ${file.name}${older}: ${how}.${settings}` });
    } catch (error) {
      setStatus({ kind: 'error', message: `${file.name} was not imported, nothing was changed: ${message(error)}` });
    }
  }

  function cancelDelete() {
    setConfirming(false);
    // Back where the user was, so the keyboard is not lost at the top of the page.
    requestAnimationFrame(() => deleteButton.current?.focus());
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
    requestAnimationFrame(() => deleteButton.current?.focus());
  }

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('optionsSections.data')}</h2>
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
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> add to what is here (your settings stay;
          the file’s prompts and servers are added)
        </label>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> replace what is here, settings included
          (restore a backup)
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
        <div
          role="alertdialog"
          aria-labelledby="confirm-delete"
          className="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancelDelete();
          }}
        >
          <p id="confirm-delete">Delete every post, snapshot, person and reminder FeedCoach stored? This cannot be undone; export first if unsure.</p>
          {/* The safe choice has the focus: Enter right after opening this keeps the data. */}
          <button type="button" onClick={cancelDelete} autoFocus>
            Keep my data
          </button>
          <button type="button" className="danger" onClick={() => void deleteAll()}>
            Yes, delete all data
          </button>
        </div>
      ) : (
        <button type="button" className="danger" ref={deleteButton} disabled={busy} onClick={() => setConfirming(true)}>
          Delete all data…
        </button>
      )}
      <p role="status" aria-live="polite" className={status.kind === 'error' ? 'error' : 'hint'} data-testid="data-status">
        {status.kind === 'busy' && `${status.what}${status.total ? `: ${Math.round((100 * (status.done ?? 0)) / status.total)}%` : '…'}`}
        {(status.kind === 'done' || status.kind === 'error') && status.message}
      </p>
      {status.kind === 'busy' && status.total ? <progress max={status.total} value={status.done ?? 0} aria-label={status.what} /> : null}
    </section>
  );
}
