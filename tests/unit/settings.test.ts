import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useOptionsStore } from '../../components/options/store';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { activeTemplates } from '../../lib/settings/active-templates';
import { readSettings, restoreSettings } from '../../lib/settings/schema';
import { readSettingsShape } from '../../lib/settings/shape';
import { speak } from '../support/i18n';

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

describe('readSettingsShape (the content script reads settings without Zod)', () => {
  const template = { id: 'custom.1', situation: 'thank-sharer' as const, language: 'en' as const, text: 'Cheers {name}!', enabled: true, builtIn: false };
  const chosen = {
    ...DEFAULT_SETTINGS,
    weights: { likes: 0, shares: 2.5, mentions: 7, replies: 1000 },
    followersPerSharer: 350,
    disabledSites: ['reddit', 'tiktok'],
    theme: 'dark',
    customTemplates: [template],
    disabledTemplates: ['en.thank-sharer.1'],
    dailyReminder: true,
    reminderHour: 0,
    mastodonInstances: ['fosstodon.org', 'mas.to'],
    retentionDays: 0,
  };

  it('reads what the options page saves exactly as readSettings does', () => {
    expect(readSettingsShape(DEFAULT_SETTINGS)).toEqual(readSettings(DEFAULT_SETTINGS));
    expect(readSettingsShape(chosen)).toEqual({ settings: chosen, repaired: [] });
    expect(readSettingsShape(chosen)).toEqual(readSettings(chosen));
  });

  it('keeps every readable field of an older or damaged shape, defaults only the rest, and says which were reset, as readSettings does', () => {
    const stored = {
      weights: { likes: 2, shares: 5, mentions: 7, replies: 20 },
      followersPerSharer: 'lots',
      disabledSites: ['reddit', 'myspace'],
      theme: 'dark',
      mastodonInstances: ['https://fosstodon.org/'],
      reminderHour: 24,
      customTemplates: [{ ...template, enabled: 'yes' }],
    };
    const { settings, repaired } = readSettingsShape(stored);
    expect(settings.weights).toEqual({ likes: 2, shares: 5, mentions: 7, replies: 20 });
    expect(settings.theme).toBe('dark');
    expect(settings.followersPerSharer).toBe(DEFAULT_SETTINGS.followersPerSharer);
    expect(settings.mastodonInstances).toEqual([]);
    expect(repaired.sort()).toEqual(['customTemplates', 'disabledSites', 'followersPerSharer', 'mastodonInstances', 'reminderHour']);
    expect(readSettingsShape(stored)).toEqual(readSettings(stored));
  });

  it('falls back to defaults for something that is not settings at all', () => {
    for (const raw of ['garbage', null, undefined, 42, [chosen]]) expect(readSettingsShape(raw)).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('agrees with readSettings on any mix of right and wrong fields', () => {
    const field = <T>(right: fc.Arbitrary<T>) => fc.oneof(right, fc.jsonValue());
    const stored = fc.record(
      {
        weights: field(fc.record({ likes: fc.integer({ min: -5, max: 1005 }), shares: fc.double({ min: 0, max: 1000, noNaN: true }), mentions: fc.nat(1000), replies: fc.nat(1000) })),
        followersPerSharer: field(fc.integer({ min: -1, max: 100_000_001 })),
        disabledSites: field(fc.array(fc.constantFrom('x', 'reddit', 'bluesky', 'myspace'))),
        theme: field(fc.constantFrom('auto', 'light', 'dark', 'sepia')),
        customTemplates: field(fc.array(fc.constant(template), { maxLength: 3 })),
        disabledTemplates: field(fc.array(fc.string({ maxLength: 120 }), { maxLength: 3 })),
        dailyReminder: field(fc.boolean()),
        reminderHour: field(fc.integer({ min: -1, max: 24 })),
        mastodonInstances: field(fc.array(fc.constantFrom('fosstodon.org', 'mas.to', 'Not A Host', 'x'), { maxLength: 3 })),
        retentionDays: field(fc.integer({ min: -1, max: 3651 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(stored, (raw) => {
        expect(readSettingsShape(raw)).toEqual(readSettings(raw));
      }),
    );
  });
});

describe('a change the options page cannot save', () => {
  it('says why in the language FeedCoach speaks, and keeps the settings as they were', async () => {
    await speak('de');
    useOptionsStore.setState({ settings: DEFAULT_SETTINGS });
    expect(await useOptionsStore.getState().update({ reminderHour: 24 })).toEqual({ ok: false, message: 'Nicht gespeichert: erwartet: eine ganze Zahl ≤ 23 (gefunden: 24)' });
    expect(useOptionsStore.getState().settings).toBe(DEFAULT_SETTINGS);
    useOptionsStore.setState({ settings: undefined });
    expect(await useOptionsStore.getState().update({ reminderHour: 9 })).toEqual({ ok: false, message: 'Die Einstellungen werden noch geladen; versuchen Sie es gleich noch einmal.' });
  });
});
