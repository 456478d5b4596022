import { browser } from 'wxt/browser';
import { readDictionary } from '../i18n/load';
import { loadSettings } from '../settings/store';
import { adapterForHost } from '../sites/registry';
import type { MessageEnvironment } from './handle-message';

/** The background's MessageEnvironment in the browser. */
export function browserEnvironment(): MessageEnvironment {
  return {
    ownId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    // Read when asked, not cached: a service worker woken by a message must not refuse a Mastodon server the user added.
    siteOfHost: async (host) => (adapterForHost(host) ?? adapterForHost(host, (await loadSettings()).settings.mastodonInstances))?.site,
    tellFrame: async (tabId, frameId, message) => {
      // A frame without a listener (no older copy of the script) is no failure.
      await browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => undefined);
    },
    injectFile: async (tabId, frameId, file) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    },
    dictionary: readDictionary,
    now: Date.now,
  };
}
