import { showFirstFigures } from '@/components/popup/first-figures';
import { activateUiLanguage, readLanguageChoice } from '@/lib/i18n/load';
import { readFirstSummary, type Summary } from '@/lib/popup/summary';
import '@/components/popup/popup.css';

/** How long React, once loaded, waits for the first figures before it starts without them (and reads them itself). */
const FIRST_FIGURES_GRACE_MS = 200;

const root = document.getElementById('root')!;
let reactStarted = false;
// The language first (the browser's costs nothing; another one is one small file), read while the figures are.
const speaking = readLanguageChoice()
  .then((choice) => activateUiLanguage(choice))
  .then((locale) => {
    document.documentElement.lang = locale;
  });
// The headline figures first, with neither React nor Dexie: they load meanwhile, in one lazy chunk.
const firstFigures = Promise.all([readFirstSummary(), speaking]).then(
  ([summary]): Summary => {
    if (!reactStarted) showFirstFigures(root, summary);
    return summary;
  },
  () => undefined, // the popup's own query shows the error
);
void import('./app').then(async ({ mountPopup }) => {
  await speaking.catch(() => undefined);
  const summary = await Promise.race([firstFigures, new Promise<undefined>((done) => setTimeout(done, FIRST_FIGURES_GRACE_MS))]);
  reactStarted = true;
  mountPopup(root, summary);
});
