import { showFirstFigures } from '@/components/popup/first-figures';
import { FeedCoachDatabase } from '@/lib/db/database';
import { loadSummary, type Summary } from '@/lib/popup/summary';
import '@/components/popup/popup.css';

/** How long React, once loaded, waits for the first figures before it starts without them (and reads them itself). */
const FIRST_FIGURES_GRACE_MS = 200;

const root = document.getElementById('root')!;
const db = new FeedCoachDatabase();
let reactStarted = false;
// The headline figures first, without React: the database is read while React and the rest of the popup load.
const firstFigures = loadSummary(db, 'today').then(
  (summary): Summary => {
    if (!reactStarted) showFirstFigures(root, summary);
    return summary;
  },
  () => undefined, // the popup's own query shows the error
);
void import('./app').then(async ({ mountPopup }) => {
  const summary = await Promise.race([firstFigures, new Promise<undefined>((done) => setTimeout(done, FIRST_FIGURES_GRACE_MS))]);
  reactStarted = true;
  mountPopup(root, db, summary);
});
