import { useState } from 'react';
import { browser } from 'wxt/browser';
import { originOf } from '@/lib/background/instances';
import { siteName } from '@/lib/model/baselines';
import { HOST_PATTERN, isSiteEnabled, type Settings } from '@/lib/settings/schema';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { useOptionsStore } from './store';

/** "https://Fosstodon.org/home" -> "fosstodon.org"; undefined when it is not a host name. */
export function hostFromInput(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  let host = trimmed;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
  return HOST_PATTERN.test(host) ? host : undefined;
}

export function SitesSection({ settings }: { settings: Settings }) {
  const update = useOptionsStore((state) => state.update);
  const [server, setServer] = useState('');
  const [message, setMessage] = useState<string>();

  const toggle = (site: Settings['disabledSites'][number], on: boolean) =>
    update({ disabledSites: on ? settings.disabledSites.filter((id) => id !== site) : [...settings.disabledSites, site] });

  async function addServer(event: React.FormEvent) {
    event.preventDefault();
    const host = hostFromInput(server);
    if (!host) return setMessage(`"${server}" is not a server address. Type its name, such as fosstodon.org.`);
    if (host === 'mastodon.social' || settings.mastodonInstances.includes(host)) return setMessage(`${host} is already on the list.`);
    // The browser asks the user; FeedCoach runs on that server only if they agree.
    const granted = await browser.permissions.request({ origins: [originOf(host)] }).catch(() => false);
    if (!granted) return setMessage(`FeedCoach was not allowed to read ${host}, so it was not added.`);
    if (await update({ mastodonInstances: [...settings.mastodonInstances, host] })) {
      setServer('');
      setMessage(`Added ${host}. Reload its tabs to see FeedCoach there.`);
    }
  }

  async function removeServer(host: string) {
    await update({ mastodonInstances: settings.mastodonInstances.filter((each) => each !== host) });
    await browser.permissions.remove({ origins: [originOf(host)] }).catch(() => false);
    setMessage(`Removed ${host}.`);
  }

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <ul className="checks">
        {SITE_ADAPTERS.map((adapter) => (
          <li key={adapter.site}>
            <label>
              <input type="checkbox" checked={isSiteEnabled(settings, adapter.site)} onChange={(event) => void toggle(adapter.site, event.target.checked)} />{' '}
              {siteName(adapter.site)}
            </label>
          </li>
        ))}
      </ul>
      <h3>Mastodon servers</h3>
      <p className="hint">mastodon.social works out of the box. Add the server you use; your browser will ask you to allow it.</p>
      <ul className="servers">
        {settings.mastodonInstances.map((host) => (
          <li key={host}>
            {host}{' '}
            <button type="button" onClick={() => void removeServer(host)} aria-label={`Remove ${host}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void addServer(event)} className="inline">
        <label htmlFor="server">Server</label>
        <input id="server" value={server} onChange={(event) => setServer(event.target.value)} placeholder="fosstodon.org" autoComplete="off" />
        <button type="submit">Add server</button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
