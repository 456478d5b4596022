import { beforeEach, describe, expect, it, vi } from 'vitest';

const registered = new Map<string, { id: string; matches: string[] }>();
const granted = new Set<string>();

vi.mock('wxt/browser', () => ({
  browser: {
    scripting: {
      getRegisteredContentScripts: async () => [...registered.values()],
      registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => scripts.forEach((script) => registered.set(script.id, script)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
    },
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin)) },
  },
}));

const { syncMastodonScripts } = await import('../../lib/background/instances');
const { adapterForHost } = await import('../../lib/sites/registry');

beforeEach(() => {
  registered.clear();
  granted.clear();
});

describe('Mastodon servers added at run time', () => {
  it('registers the content script for each server the user granted, and only those', async () => {
    granted.add('https://fosstodon.org/*');
    expect(await syncMastodonScripts(['fosstodon.org', 'hachyderm.io'])).toEqual(['fosstodon.org']);
    expect([...registered.values()]).toMatchObject([{ id: 'mastodon:fosstodon.org', matches: ['https://fosstodon.org/*'] }]);
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
