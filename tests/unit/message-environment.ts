import type { MessageEnvironment, MessageSender } from '../../lib/background/handle-message';
import type { SiteId } from '../../lib/sites/types';
import { sourceDictionary } from '../support/i18n';

/** The background's environment as the browser gives it, for extension "me" with X, Reddit and mastodon.social. */
export function testEnvironment(now = Date.now()): MessageEnvironment & { told: { tabId: number; frameId: number; message: unknown }[]; injected: { tabId: number; frameId: number; file: string }[] } {
  const told: { tabId: number; frameId: number; message: unknown }[] = [];
  const injected: { tabId: number; frameId: number; file: string }[] = [];
  const hosts: Record<string, SiteId> = { 'x.com': 'x', 'www.reddit.com': 'reddit', 'mastodon.social': 'mastodon' };
  return {
    ownId: 'me',
    extensionOrigin: 'chrome-extension://me/',
    siteOfHost: async (host) => hosts[host],
    tellFrame: async (tabId, frameId, message) => void told.push({ tabId, frameId, message }),
    injectFile: async (tabId, frameId, file) => void injected.push({ tabId, frameId, file }),
    dictionary: sourceDictionary,
    now: () => now,
    told,
    injected,
  };
}

/** A content script in tab 7 on the site's page. */
export const contentScript = (site: 'x' | 'reddit' | 'mastodon' = 'x', tabId = 7): MessageSender => ({
  id: 'me',
  url: { x: 'https://x.com/home', reddit: 'https://www.reddit.com/', mastodon: 'https://mastodon.social/home' }[site],
  tab: { id: tabId },
  frameId: 0,
});

/** The popup or the options page. */
export const extensionPage: MessageSender = { id: 'me', url: 'chrome-extension://me/popup.html' };
