import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/background/handle-message';
import { FeedCoachDatabase } from '../../../lib/db/database';
import { PanelLoader } from '../../../lib/feed/panel-loader';
import { createPanelKit } from '../../../lib/panel-kit/kit';
import { loadPanelKit, registerPanelKit, registeredPanelKit, type PanelKit } from '../../../lib/panel-kit/registration';
import { contentScript, extensionPage, testEnvironment } from '../message-environment';

const content = { title: 'Conversation · depth 80', subtitle: 'Post by @ana', sections: [], theme: 'light' as const };
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

function badge(): HTMLElement {
  const element = document.createElement('feedcoach-overlay');
  document.body.append(element);
  return element;
}

describe('the panel kit is injected by the background into the asking frame only', () => {
  it('a content script gets the kit injected into its own tab and frame; an extension page cannot ask', async () => {
    const db = new FeedCoachDatabase(`kit-${Math.random()}`);
    const environment = testEnvironment();
    expect(await handleMessage(db, { type: 'panel-kit-wanted' }, { ...contentScript('x', 12), frameId: 3 }, environment)).toEqual({ ok: true });
    expect(environment.injected).toEqual([{ tabId: 12, frameId: 3, file: '/panel-kit.js' }]);
    expect(await handleMessage(db, { type: 'panel-kit-wanted' }, extensionPage, environment)).toMatchObject({ ok: false, refused: true });
    // It names no file: whatever else the message carries, only the kit's own file is injected.
    expect(await handleMessage(db, { type: 'panel-kit-wanted', files: ['/evil.js'] }, contentScript('x'), environment)).toEqual({ ok: true });
    expect(environment.injected).toHaveLength(2);
  });

  it('injects a language library only for a language that has one', async () => {
    const db = new FeedCoachDatabase(`kit-${Math.random()}`);
    const environment = testEnvironment();
    expect(await handleMessage(db, { type: 'language-reader-wanted', language: 'en' }, contentScript('x', 12), environment)).toEqual({ ok: true });
    expect(await handleMessage(db, { type: 'language-reader-wanted', language: 'xx' }, contentScript('x', 12), environment)).toMatchObject({ ok: false, refused: true });
    expect(environment.injected).toEqual([{ tabId: 12, frameId: 0, file: '/language-en.js' }]);
  });

  it('says the kit could not be loaded when the browser refuses to inject it', async () => {
    const db = new FeedCoachDatabase(`kit-${Math.random()}`);
    const environment = { ...testEnvironment(), injectFile: async () => Promise.reject(new Error('Frame with ID 3 was removed.')) };
    expect(await handleMessage(db, { type: 'panel-kit-wanted' }, contentScript('x'), environment)).toMatchObject({ ok: false, error: expect.stringContaining('/panel-kit.js not loaded') });
  });

  it('the content script picks up the kit its file registered, never one registered before it asked', async () => {
    const world = {};
    const stale = { stale: true } as unknown as PanelKit;
    registerPanelKit(stale, world);
    const fresh = { fresh: true } as unknown as PanelKit;
    const kit = await loadPanelKit(async () => {
      registerPanelKit(fresh, world); // what the injected file does as it runs
      return { ok: true };
    }, world);
    expect(kit).toBe(fresh);
    expect(await loadPanelKit(async () => undefined, world)).toBeUndefined(); // extension gone: no answer
    expect(registeredPanelKit({})).toBeUndefined();
  });
});

describe('PanelLoader', () => {
  afterEach(() => document.body.replaceChildren());
  afterEach(() => document.querySelectorAll('feedcoach-panel').forEach((node) => node.remove()));

  it('keeps the badge busy while the kit loads, says so past a moment, then opens the panel', async () => {
    let arrive: (kit: PanelKit) => void = () => undefined;
    const loader = new PanelLoader(() => new Promise((done) => (arrive = done)), () => 'light');
    const opener = badge();
    loader.toggle(opener, () => content);
    expect(opener.getAttribute('aria-busy')).toBe('true');
    expect(document.querySelector('feedcoach-panel')).toBeNull(); // a quick kit opens before any note could be read
    await wait(200);
    const notice = document.querySelector('feedcoach-panel')!.shadowRoot!.querySelector('[data-testid="panel-notice"]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toBe('Opening FeedCoach…');
    arrive(createPanelKit({}));
    await wait(0);
    expect(opener.hasAttribute('aria-busy')).toBe(false);
    expect(document.querySelectorAll('feedcoach-panel')).toHaveLength(1);
    expect(document.querySelector('feedcoach-panel')!.shadowRoot!.querySelector('h2')!.textContent).toBe('Conversation · depth 80');
    expect(loader.openFor).toBe(opener);
    loader.toggle(opener, () => content); // loaded: the second click closes at once
    expect(document.querySelector('feedcoach-panel')).toBeNull();
  });

  it('says why no panel opens when the kit cannot be had, and tries again on the next click', async () => {
    let loads = 0;
    const loader = new PanelLoader(async () => {
      loads += 1;
      return loads === 1 ? undefined : createPanelKit({});
    }, () => 'dark');
    const opener = badge();
    loader.toggle(opener, () => content);
    await wait(0);
    const notice = document.querySelector('feedcoach-panel')!;
    expect(notice.getAttribute('data-theme')).toBe('dark');
    const words = notice.shadowRoot!.querySelector('[data-testid="panel-notice"]')!;
    expect(words.getAttribute('role')).toBe('alert');
    expect(words.textContent).toContain('Reload the page');
    expect(opener.getAttribute('aria-expanded')).not.toBe('true');
    loader.toggle(opener, () => content);
    await wait(0);
    expect(loads).toBe(2);
    expect(document.querySelectorAll('feedcoach-panel')).toHaveLength(1);
    expect(document.querySelector('feedcoach-panel')!.shadowRoot!.querySelector('[role="dialog"]')).not.toBeNull();
  });

  it('opens nothing for a badge closed while its kit was loading, and loads the kit once for every need', async () => {
    let loads = 0;
    const loader = new PanelLoader(async () => {
      loads += 1;
      await wait(10);
      return createPanelKit({});
    }, () => 'light');
    const opener = badge();
    loader.toggle(opener, () => content);
    loader.close();
    expect(opener.hasAttribute('aria-busy')).toBe(false);
    const [first, second] = await Promise.all([loader.need(), loader.need()]);
    expect(first).toBe(second);
    expect(loads).toBe(1);
    expect(document.querySelector('feedcoach-panel')).toBeNull();
  });
});
