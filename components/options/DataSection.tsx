import { useRef, useState } from 'react';
import { t } from '@/lib/i18n/messages';
import { formatPercent } from '@/lib/model/format';
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
    const what = t('dataSection.exporting');
    setStatus({ kind: 'busy', what });
    try {
      const file = await exportEverything(db, { onProgress: (done, total) => setStatus({ kind: 'busy', what, done, total }) });
      download(`feedcoach-export-${stamp()}.json`, exportBlob(file));
      setStatus({ kind: 'done', message: t('dataSection.exportedJson') });
    } catch (error) {
      setStatus({ kind: 'error', message: t('dataSection.exportFailedUnchanged', { error: message(error) }) });
    }
  }

  async function exportCsv(kind: 'posts' | 'ledger') {
    setStatus({ kind: 'busy', what: t('dataSection.exporting') });
    try {
      const text = kind === 'posts' ? await exportPostsCsv(db) : await exportLedgerCsv(db);
      // The byte-order mark makes spreadsheet programs read the file as UTF-8.
      download(`feedcoach-${kind}-${stamp()}.csv`, new Blob([CSV_BOM, text], { type: 'text/csv' }));
      setStatus({ kind: 'done', message: t(kind === 'posts' ? 'dataSection.exportedPosts' : 'dataSection.exportedLedger') });
    } catch (error) {
      setStatus({ kind: 'error', message: t('dataSection.exportFailed', { error: message(error) }) });
    }
  }

  async function importFile(file: File) {
    const checking = t('dataSection.checking', { file: file.name });
    setStatus({ kind: 'busy', what: checking });
    try {
      const parsed = await parseImportFile(file, { onProgress: (done, total) => setStatus({ kind: 'busy', what: checking, done, total }) });
      if (!parsed.ok) return setStatus({ kind: 'error', message: t('dataSection.notImported', { file: file.name, reason: parsed.error }) });
      const importing = t('dataSection.importing');
      setStatus({ kind: 'busy', what: importing });
      const report = await importEverything(db, parsed.file, { mode, onProgress: (done, total) => setStatus({ kind: 'busy', what: importing, done, total }) });
      await tellBackground();
      const named = parsed.upgradedFrom ? t('dataSection.olderFile', { file: file.name, version: parsed.upgradedFrom }) : file.name;
      const imported = t(mode === 'merge' ? 'dataSection.importedMerge' : 'dataSection.importedReplace', { file: named });
      const settings = t(report.settingsRestored ? (mode === 'merge' ? 'dataSection.settingsAdded' : 'dataSection.settingsReplaced') : 'dataSection.noSettings');
      setStatus({ kind: 'done', message: `${imported} ${settings}` });
    } catch (error) {
      setStatus({ kind: 'error', message: t('dataSection.notImportedUnchanged', { file: file.name, error: message(error) }) });
    }
  }

  function cancelDelete() {
    setConfirming(false);
    // Back where the user was, so the keyboard is not lost at the top of the page.
    requestAnimationFrame(() => deleteButton.current?.focus());
  }

  async function deleteAll() {
    setConfirming(false);
    setStatus({ kind: 'busy', what: t('dataSection.deleting') });
    try {
      await deleteEverything(db);
      await tellBackground();
      setStatus({ kind: 'done', message: t('dataSection.deleted') });
    } catch (error) {
      setStatus({ kind: 'error', message: t('dataSection.deleteFailed', { error: message(error) }) });
    }
    requestAnimationFrame(() => deleteButton.current?.focus());
  }

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('optionsSections.data')}</h2>
      <p className="hint">{t('dataSection.intro')}</p>
      <div className="buttons">
        <button type="button" disabled={busy} onClick={() => void exportJson()}>
          {t('dataSection.exportJson')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportCsv('posts')}>
          {t('dataSection.exportPosts')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportCsv('ledger')}>
          {t('dataSection.exportLedger')}
        </button>
      </div>
      <fieldset>
        <legend>{t('dataSection.whenImporting')}</legend>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('dataSection.merge')}
        </label>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('dataSection.replace')}
        </label>
      </fieldset>
      {/* The browser's own file input says "Choose file" in the browser's language, whatever Settings chose: it is
          kept out of sight (still focused by Tab, opened by Enter or Space) and its label, in FeedCoach's words, is the button. */}
      <div className="buttons">
        <input
          id="import"
          className="visually-hidden"
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file).finally(() => fileInput.current && (fileInput.current.value = ''));
          }}
        />
        <label htmlFor="import" className="button">
          {t('dataSection.importLabel')}
        </label>
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
          <p id="confirm-delete">{t('dataSection.confirmDelete')}</p>
          {/* The safe choice has the focus: Enter right after opening this keeps the data. */}
          <button type="button" onClick={cancelDelete} autoFocus>
            {t('dataSection.keep')}
          </button>
          <button type="button" className="danger" onClick={() => void deleteAll()}>
            {t('dataSection.deleteYes')}
          </button>
        </div>
      ) : (
        <button type="button" className="danger" ref={deleteButton} disabled={busy} onClick={() => setConfirming(true)}>
          {t('dataSection.delete')}
        </button>
      )}
      <p role="status" aria-live="polite" className={status.kind === 'error' ? 'error' : 'hint'} data-testid="data-status">
        {status.kind === 'busy' && (status.total ? t('dataSection.progress', { job: status.what, pct: formatPercent((status.done ?? 0) / status.total, 0) }) : t('dataSection.working', { job: status.what }))}
        {(status.kind === 'done' || status.kind === 'error') && status.message}
      </p>
      {status.kind === 'busy' && status.total ? <progress max={status.total} value={status.done ?? 0} aria-label={status.what} /> : null}
    </section>
  );
}
