import { browser } from 'wxt/browser';
import { ALIVE_QUESTION } from '../messages/alive';
import { feedScriptFiles } from '../sites/feed-scripts';
import type { SiteId } from '../sites/types';

/** Mastodon's content script and its stylesheet (the badges'), registered again for each server the user adds. */
const MASTODON_SCRIPT = feedScriptFiles('mastodon');
const ID_PREFIX = 'mastodon:';

export const originOf = (host: string): string => `https://${host}/*`;

/**
 * Makes the registered content scripts match the user's Mastodon servers: one per server whose host the user
 * granted, none for servers removed or not granted. Safe to call any number of times.
 */
export async function syncMastodonScripts(instances: readonly string[]): Promise<string[]> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const current = new Set(registered.map((script) => script.id).filter((id) => id.startsWith(ID_PREFIX)));
  const wanted = new Set<string>();
  for (const host of instances) {
    if (await browser.permissions.contains({ origins: [originOf(host)] })) wanted.add(`${ID_PREFIX}${host}`);
  }
  const stale = [...current].filter((id) => !wanted.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const fresh = [...wanted].filter((id) => !current.has(id));
  if (fresh.length > 0) {
    await browser.scripting.registerContentScripts(
      fresh.map((id) => ({ id, matches: [originOf(id.slice(ID_PREFIX.length))], js: [MASTODON_SCRIPT.js], css: [MASTODON_SCRIPT.css], runAt: 'document_idle' as const, persistAcrossSessions: true })),
    );
  }
  return [...wanted].map((id) => id.slice(ID_PREFIX.length));
}

/** A site's content script, and the pages it runs on (for Mastodon, with the servers the user added). */
export interface SiteScript {
  site: SiteId;
  matches: readonly string[];
}

/**
 * After an update or reload, open tabs still run the old, orphaned content script, which takes its UI off the
 * page when the new one starts. Injecting the new one there (each site's own script into its own tabs) means
 * FeedCoach keeps working without a page reload.
 */
export async function reinjectIntoOpenTabs(sites: readonly SiteScript[]): Promise<number> {
  let injected = 0;
  for (const { site, matches } of sites) injected += await reinjectSite(feedScriptFiles(site), matches);
  return injected;
}

async function reinjectSite(script: ReturnType<typeof feedScriptFiles>, matches: readonly string[]): Promise<number> {
  if (matches.length === 0) return 0;
  const tabs = await browser.tabs.query({ url: [...matches] });
  let injected = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    // A tab that loaded after the install already runs this version's script: a second one would replace its UI.
    const alive = await browser.tabs.sendMessage(tab.id, ALIVE_QUESTION).then(
      (answer) => answer === true,
      () => false,
    );
    if (alive) continue;
    try {
      await browser.scripting.insertCSS({ target: { tabId: tab.id }, files: [script.css] });
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [script.js] });
      injected += 1;
    } catch {
      // A tab that is loading, crashed or not ours any more: it gets the script on its next load.
    }
  }
  return injected;
}
