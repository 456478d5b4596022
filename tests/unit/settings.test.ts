import { describe, expect, it } from 'vitest';
import { activeTemplates, DEFAULT_SETTINGS, readSettings, restoreSettings } from '../../lib/settings/schema';

describe('readSettings', () => {
  it('reads valid settings as they are', () => {
    expect(readSettings(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('keeps every readable field of an older or damaged shape, defaults only the rest, and says which were reset', () => {
    const stored = {
      weights: { likes: 2, shares: 5, mentions: 7, replies: 20 },
      followersPerSharer: 'lots',
      disabledSites: ['reddit', 'myspace'],
      theme: 'dark',
      // an older shape had no templates, reminders, servers or retention at all
    };
    const { settings, repaired } = readSettings(stored);
    expect(settings.weights).toEqual({ likes: 2, shares: 5, mentions: 7, replies: 20 });
    expect(settings.theme).toBe('dark');
    expect(settings.followersPerSharer).toBe(DEFAULT_SETTINGS.followersPerSharer);
    expect(settings.disabledSites).toEqual(DEFAULT_SETTINGS.disabledSites);
    expect(settings.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
    expect(repaired.sort()).toEqual(['disabledSites', 'followersPerSharer']);
  });

  it('falls back to defaults for something that is not settings at all, and says nothing was kept', () => {
    expect(readSettings('garbage')).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
    expect(readSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('offers built-in templates the user kept on plus the user’s own', () => {
    const custom = { id: 'custom.1', situation: 'thank-sharer' as const, language: 'en' as const, text: 'Cheers {name}!', enabled: true, builtIn: false };
    const templates = activeTemplates({ ...DEFAULT_SETTINGS, disabledTemplates: ['en.thank-sharer.1'], customTemplates: [custom] });
    expect(templates.find((template) => template.id === 'en.thank-sharer.1')?.enabled).toBe(false);
    expect(templates.find((template) => template.id === 'en.thank-sharer.2')?.enabled).toBe(true);
    expect(templates.at(-1)).toEqual(custom);
  });
});

describe('restoreSettings (an import)', () => {
  const prompt = (id: string, text: string) => ({ id, situation: 'thank-sharer' as const, language: 'en' as const, text, enabled: true, builtIn: false });
  const here = { ...DEFAULT_SETTINGS, theme: 'light' as const, mastodonInstances: ['mas.to'], customTemplates: [prompt('custom.a', 'Cheers {name}!')] };
  const file = { theme: 'dark' as const, weights: { likes: 0, shares: 1, mentions: 2, replies: 30 }, mastodonInstances: ['mas.to', 'fosstodon.org'], customTemplates: [prompt('custom.a', 'Cheers {name}!'), prompt('custom.b', 'Much obliged, {name}.')] };

  it('replace: the file’s settings, defaults for what the file lacks', () => {
    expect(restoreSettings(here, file, 'replace')).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, ...file } });
  });

  it('merge: this device’s choices stay; the file’s prompts and servers are added once each', () => {
    const merged = restoreSettings(here, file, 'merge');
    expect(merged.ok && merged.settings).toEqual({ ...here, mastodonInstances: ['mas.to', 'fosstodon.org'], customTemplates: [prompt('custom.a', 'Cheers {name}!'), prompt('custom.b', 'Much obliged, {name}.')] });
  });

  it('merge: says so when the two together are more than FeedCoach keeps', () => {
    const servers = (prefix: string) => Array.from({ length: 26 }, (_, index) => `${prefix}${index}.example`);
    expect(restoreSettings({ ...here, mastodonInstances: servers('a') }, { mastodonInstances: servers('b') }, 'merge')).toEqual({
      ok: false,
      error: "Together with the settings here, the file's would be too many: mastodonInstances (at most 50).",
    });
  });
});
