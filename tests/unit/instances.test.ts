import { beforeEach, describe, expect, it, vi } from 'vitest';

const registered = new Map<string, { id: string; matches: string[] }>();
const granted = new Set<string>();
/** Open tabs by id: what their content script answers to the background's question, or no script at all. */
const tabs = new Map<number, { url: string; script: 'live' | 'orphaned' | 'none' }>();
/** Which script went into which tab. */
const injectedInto: { tabId: number; files: string[] }[] = [];
/** Tabs given the badges' stylesheet: a script without it would draw unstyled badges. */
const styledTabs: number[] = [];
/** The tabs a query's match patterns name (patterns here are all "https://host/*"). */
const tabMatches = (url: string, patterns: string[]) => patterns.some((pattern) => url.startsWith(pattern.slice(0, -1)));

vi.mock('wxt/browser', () => ({
  browser: {
    scripting: {
      insertCSS: async ({ target }: { target: { tabId: number } }) => void styledTabs.push(target.tabId),
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => void injectedInto.push({ tabId: target.tabId, files }),
      getRegisteredContentScripts: async () => [...registered.values()],
      registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => scripts.forEach((script) => registered.set(script.id, script)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
    },
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin)) },
    tabs: {
      query: async ({ url }: { url: string[] }) =>
        [...tabs.entries()].filter(([, tab]) => tabMatches(tab.url, url)).map(([id, tab]) => ({ id, url: tab.url, discarded: false })),
      sendMessage: async (id: number, message: unknown) => {
        // Only a live script of this version is reachable; an orphaned one's listener died with its extension context.
        if (tabs.get(id)?.script !== 'live') throw new Error('Could not establish connection. Receiving end does not exist.');
        const { isAliveQuestion } = await import('../../lib/messages/alive');
        return isAliveQuestion(message);
      },
    },
  },
}));

const { reinjectIntoOpenTabs, syncMastodonScripts } = await import('../../lib/background/instances');
const { adapterForHost } = await import('../../lib/sites/registry');

beforeEach(() => {
  registered.clear();
  granted.clear();
  tabs.clear();
  injectedInto.length = 0;
  styledTabs.length = 0;
});

describe('after an install or update', () => {
  it("injects each site's own content script into its open tabs without a live one, and leaves a tab whose script answers alone", async () => {
    tabs.set(1, { url: 'https://x.com/home', script: 'orphaned' });
    tabs.set(2, { url: 'https://x.com/notifications', script: 'live' });
    tabs.set(3, { url: 'https://bsky.app/', script: 'none' });
    tabs.set(4, { url: 'https://fosstodon.org/home', script: 'orphaned' });
    const injected = await reinjectIntoOpenTabs([
      { site: 'x', matches: ['https://x.com/*'] },
      { site: 'bluesky', matches: ['https://bsky.app/*'] },
      { site: 'mastodon', matches: ['https://mastodon.social/*', 'https://fosstodon.org/*'] },
    ]);
    expect(injected).toBe(3);
    expect(injectedInto).toEqual([
      { tabId: 1, files: ['/content-scripts/feed-x.js'] },
      { tabId: 3, files: ['/content-scripts/feed-bluesky.js'] },
      { tabId: 4, files: ['/content-scripts/feed-mastodon.js'] },
    ]);
    expect(styledTabs).toEqual([1, 3, 4]);
  });
});

describe('Mastodon servers added at run time', () => {
  it("registers Mastodon's content script for each server the user granted, and only those", async () => {
    granted.add('https://fosstodon.org/*');
    expect(await syncMastodonScripts(['fosstodon.org', 'hachyderm.io'])).toEqual(['fosstodon.org']);
    expect([...registered.values()]).toMatchObject([{ id: 'mastodon:fosstodon.org', matches: ['https://fosstodon.org/*'], js: ['/content-scripts/feed-mastodon.js'], css: ['/content-scripts/feed-mastodon.css'] }]);
  });

  it('unregisters servers the user removed, and is harmless to repeat', async () => {
    granted.add('https://fosstodon.org/*');
    granted.add('https://hachyderm.io/*');
    await syncMastodonScripts(['fosstodon.org', 'hachyderm.io']);
    await syncMastodonScripts(['hachyderm.io']);
    await syncMastodonScripts(['hachyderm.io']);
    expect([...registered.keys()]).toEqual(['mastodon:hachyderm.io']);
  });

  it('reads a user-added server with the Mastodon adapter, and no other unknown host', () => {
    expect(adapterForHost('fosstodon.org', ['fosstodon.org'])?.site).toBe('mastodon');
    expect(adapterForHost('fosstodon.org')).toBeUndefined();
    expect(adapterForHost('mastodon.social')?.site).toBe('mastodon');
    expect(adapterForHost('x.com', ['fosstodon.org'])?.site).toBe('x');
  });
});
