import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/messages';
import { browser } from 'wxt/browser';
import { originOf, syncMastodonScripts } from '@/lib/background/instances';
import { siteName } from '@/lib/model/baselines';
import { HOST_PATTERN, isSiteEnabled } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/schema';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import type { SiteId } from '@/lib/sites/types';
import { Feedback, useFeedback } from './feedback';

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

async function readAccess(hosts: readonly string[]): Promise<Record<string, boolean>> {
  const entries = await Promise.all(hosts.map(async (host) => [host, await browser.permissions.contains({ origins: [originOf(host)] }).catch(() => false)] as const));
  return Object.fromEntries(entries);
}

/** Whether the browser lets FeedCoach read each server (after an import, a server can be listed but not allowed yet). */
function useServerAccess(hosts: readonly string[]) {
  const [allowed, setAllowed] = useState<Record<string, boolean>>({});
  const hostList = hosts.join(' ');
  useEffect(() => {
    let current = true;
    void readAccess(hostList.split(' ').filter(Boolean)).then((result) => current && setAllowed(result));
    return () => {
      current = false;
    };
  }, [hostList]);
  return { allowed, check: async () => setAllowed(await readAccess(hosts)) };
}

export function SitesSection({ settings }: { settings: Settings }) {
  const sites = useFeedback();
  const servers = useFeedback();
  const [server, setServer] = useState('');
  const access = useServerAccess(settings.mastodonInstances);

  const toggle = (site: SiteId, on: boolean) =>
    sites.save(
      { disabledSites: on ? settings.disabledSites.filter((id) => id !== site) : [...settings.disabledSites, site] },
      t(on ? 'optionsSections.siteOn' : 'optionsSections.siteOff', { site: siteName(site) }),
    );

  /** The browser asks the user; FeedCoach runs on a server only if they agree. */
  async function allow(host: string): Promise<boolean> {
    const granted = await browser.permissions.request({ origins: [originOf(host)] }).catch(() => false);
    await access.check();
    return granted;
  }

  async function addServer(event: React.FormEvent) {
    event.preventDefault();
    const host = hostFromInput(server);
    if (!host) return servers.failed(t('optionsSections.notAServer', { server }));
    if (host === 'mastodon.social' || settings.mastodonInstances.includes(host)) return servers.failed(t('optionsSections.alreadyListed', { host }));
    if (!(await allow(host))) return servers.failed(t('optionsSections.notAllowedAdd', { host }));
    if (await servers.save({ mastodonInstances: [...settings.mastodonInstances, host] }, t('optionsSections.added', { host }))) setServer('');
  }

  async function allowListed(host: string) {
    if (!(await allow(host))) return servers.failed(t('optionsSections.notAllowedStay', { host }));
    // The background registers scripts when the list changes; this server was listed already, so register it here.
    await syncMastodonScripts(settings.mastodonInstances).catch(() => undefined);
    servers.saved(t('optionsSections.allowed', { host }));
  }

  async function removeServer(host: string) {
    if (await servers.save({ mastodonInstances: settings.mastodonInstances.filter((each) => each !== host) }, t('optionsSections.removed', { host }))) {
      await browser.permissions.remove({ origins: [originOf(host)] }).catch(() => false);
    }
  }

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSections.sites')}</h2>
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
      <Feedback note={sites.note} testId="sites-status" />
      <h3>{t('optionsSections.mastodon')}</h3>
      <p className="hint">{t('optionsSections.mastodonHint')}</p>
      <ul className="servers">
        {settings.mastodonInstances.map((host) => (
          <li key={host}>
            {host}{' '}
            {access.allowed[host] === false && (
              <>
                <span className="warning">{t('optionsSections.notAllowedYet')}</span>{' '}
                <button type="button" onClick={() => void allowListed(host)} aria-label={t('optionsSections.allowLabel', { host })}>
                  {t('optionsSections.allow')}
                </button>{' '}
              </>
            )}
            <button type="button" onClick={() => void removeServer(host)} aria-label={t('optionsSections.removeLabel', { host })}>
              {t('optionsSections.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void addServer(event)} className="inline">
        <label htmlFor="server">{t('optionsSections.server')}</label>
        <input id="server" value={server} onChange={(event) => setServer(event.target.value)} placeholder="fosstodon.org" autoComplete="off" />
        <button type="submit">{t('optionsSections.addServer')}</button>
      </form>
      <Feedback note={servers.note} testId="servers-status" />
    </section>
  );
}
