import type { MessageReply, ExtensionMessage } from '../messages/schema';
import type { OverlayHost } from '../overlay/badge';
import type { PanelContent } from '../overlay/panel';
import type { PanelKit } from '../panel-kit/registration';
import { hasLibrary, type LibraryLanguage } from '../prompts/language-reader';
import { receivedFromPost } from '../reciprocity/from-posts';
import type { Settings } from '../settings/schema';
import { postKey, type PostReading, type SiteAdapter } from '../sites/types';
import { RELATIONS } from './owed-buttons';

/** What a post's panel needs from the page it is on. */
export interface PostPanelContext {
  adapter: SiteAdapter;
  settings: Settings;
  theme: 'light' | 'dark';
  /** When this page was opened: snapshots from before it are "last time you saw it". */
  visitStart: number;
  /** The user's handle on the site, once the page showed it. */
  me: string | undefined;
  ask: (message: ExtensionMessage) => Promise<MessageReply | undefined>;
  /** Asks for the language library of a post's language (lib/prompts/language-reader.ts); see `languageWanter`. */
  wantLanguage: (language: LibraryLanguage) => void;
}

/**
 * Asks the background, once per copy of the content script and language, to inject that language's library. The
 * prompts of the panel that asked are read with the hand rules; later ones (and "Other wordings") with the library.
 */
export function languageWanter(ask: PostPanelContext['ask']): (language: LibraryLanguage) => void {
  const asked = new Set<LibraryLanguage>();
  return (language) => {
    if (asked.has(language)) return;
    asked.add(language);
    void ask({ type: 'language-reader-wanted', language });
  };
}

/**
 * A post's panel, built with the panel kit's code: the breakdown, rates and history, and reply prompts fitted to
 * whose post it is (the user's own, one that answers or names the user, anyone else's). Use fills the reply box of
 * the badge's post.
 */
export function postPanel(kit: PanelKit, reading: PostReading, opener: OverlayHost, context: PostPanelContext): PanelContent {
  const { adapter, settings, me, ask } = context;
  const received = me ? receivedFromPost(reading, me) : undefined;
  const rewrite = kit.rewriter();
  const { topicLanguage } = kit.classifyText(reading.text);
  if (topicLanguage && hasLibrary(topicLanguage)) context.wantLanguage(topicLanguage);
  return kit.postPanelContent(reading, {
    weights: settings.weights,
    followersPerSharer: settings.followersPerSharer,
    theme: context.theme,
    visitStart: context.visitStart,
    loadHistory: async () => {
      const reply = await ask({ type: 'post-history', postKey: postKey(reading.site, reading.postId), author: reading.author.handle });
      return reply?.ok ? reply.history : undefined;
    },
    openSettings: () => void ask({ type: 'open-settings', field: 'followers-per-sharer' }),
    prompts: () =>
      kit.promptsSection({
        post: {
          text: reading.text,
          authorHandle: reading.author.handle,
          ...(reading.author.name && { authorName: reading.author.name }),
          isOwnPost: me !== undefined && me.toLowerCase() === reading.author.handle.toLowerCase(),
        },
        ...(received && { relation: RELATIONS[received.kind] }),
        templates: kit.activeTemplates(settings),
        site: adapter.site,
        use: (text) => kit.fillComposer(adapter, opener.closest(adapter.postSelector) ?? undefined, text),
        ...(rewrite && { rewrite }),
      }),
  });
}
