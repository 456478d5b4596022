// The meeting point of the content script and the panel kit, the code a page needs only once a panel opens (the
// panel, the reply prompts, the classifier, the composer filler). The kit is built as its own file
// (entrypoints/panel-kit.ts), which the background injects into a frame on its first panel; the kit registers itself
// here and the content script picks it up. Both bundles carry this small module, so nothing here keeps state in a
// module variable: the registration lives on the global object of the content scripts' world, which the page cannot
// see (Chrome's isolated world, Firefox's content-script sandbox) and which both files share.
import type { activeTemplates } from '../settings/active-templates';
import type { classifyText } from '../prompts/classify';
import type { fillComposer } from '../prompts/composer';
import type { LibraryLanguage } from '../prompts/language-reader';
import type { Rewriter } from '../prompts/on-device';
import type { PostPanel, postPanelContent } from '../overlay/panel';
import type { promptsSection } from '../overlay/prompts-section';

/** The built kit's path in the extension, as the background injects it. */
export const PANEL_KIT_FILE = '/panel-kit.js';
/** Each language library's file (entrypoints/language-*.ts). */
export const LANGUAGE_READER_FILES = { en: '/language-en.js' } as const satisfies Record<LibraryLanguage, string>;
/** The files the background injects on a content script's asking: these only, never one a message names. */
export type OnDemandFile = typeof PANEL_KIT_FILE | (typeof LANGUAGE_READER_FILES)[LibraryLanguage];

/** What the kit gives the content script; one per frame, so state it holds is the frame's. */
export interface PanelKit {
  /** The frame's one expanded panel. */
  panel: PostPanel;
  postPanelContent: typeof postPanelContent;
  promptsSection: typeof promptsSection;
  activeTemplates: typeof activeTemplates;
  fillComposer: typeof fillComposer;
  classifyText: typeof classifyText;
  /** The browser's on-device rewriter once it answered that it has one (asked when the kit loads, on a first panel). */
  rewriter(): Rewriter | undefined;
}

const REGISTRATION = Symbol.for('feedcoach.panel-kit');

type Registry = { [REGISTRATION]?: PanelKit };

/** Called by the kit's file as it runs: the newest kit replaces any older one (a copy from before an update). */
export function registerPanelKit(kit: PanelKit, scope: object = globalThis): void {
  (scope as Registry)[REGISTRATION] = kit;
}

/** The kit registered in this world, if its file ran here. */
export function registeredPanelKit(scope: object = globalThis): PanelKit | undefined {
  return (scope as Registry)[REGISTRATION];
}

/**
 * Asks the background to inject the kit into this frame, then picks it up. Asked again by each content script that
 * starts (never trusting a kit found already: it may be an older version's), once per copy; undefined when the
 * background could not inject it (the extension was updated or turned off).
 */
export async function loadPanelKit(ask: (message: { type: 'panel-kit-wanted' }) => Promise<{ ok: boolean } | undefined>, scope: object = globalThis): Promise<PanelKit | undefined> {
  const reply = await ask({ type: 'panel-kit-wanted' });
  return reply?.ok ? registeredPanelKit(scope) : undefined;
}
