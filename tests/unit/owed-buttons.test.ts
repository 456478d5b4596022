import { afterEach, describe, expect, it } from 'vitest';
import { startFeedCoach, type FeedCoach } from '../../lib/feed/annotator';
import { createPanelKit } from '../../lib/panel-kit/kit';
import { namesInWords, owedButtonLabel } from '../../lib/feed/owed-buttons';
import type { ExtensionMessage, MessageReply, ReminderStates } from '../../lib/messages/schema';
import { startCapture, type GivenRecord } from '../../lib/reciprocity/capture';
import { receivedFromPost } from '../../lib/reciprocity/from-posts';
import { receivedId } from '../../lib/reciprocity/ids';
import type { ReceivedInteraction } from '../../lib/reciprocity/types';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { xAdapter } from '../../lib/sites/x/adapter';
import type { PostReading } from '../../lib/sites/types';
import { X_ME, xNotificationsPage, xOwnPostPage } from '../support/feeds/x-reciprocity';
import { speak } from '../support/i18n';
import { parsePage } from '../support/load-fixture';
import { userClick } from './user-events';

const settled = () => new Promise<void>((done) => setTimeout(done, 20));

function load(html: string): void {
  document.body.replaceChildren(...Array.from(parsePage(html).body.childNodes, (node) => document.importNode(node, true)));
}

const ana: ReceivedInteraction = { site: 'x', kind: 'repost', actor: { handle: 'ana_writes', name: 'Ana Souza' }, targetExcerpt: 'my post' };
const ben: ReceivedInteraction = { ...ana, actor: { handle: 'ben_builds', name: 'Ben Carter' } };

describe('what an owed button says', () => {
  it('names who still waits, and says when nobody does', () => {
    expect(owedButtonLabel('thanks', [ana, ben], {})).toEqual({ text: 'Thank Ana Souza and Ben Carter', done: false });
    expect(owedButtonLabel('thanks', [ana, ben], { [receivedId(ana)]: 'done', [receivedId(ben)]: 'snoozed' })).toEqual({ text: 'Thank Ben Carter', done: false });
    expect(owedButtonLabel('thanks', [ana, ben], { [receivedId(ana)]: 'done', [receivedId(ben)]: 'done' })).toEqual({ text: 'Thanked Ana Souza and Ben Carter', done: true });
    expect(owedButtonLabel('reply', [{ ...ana, kind: 'reply', actor: { handle: 'carla_cm' } }], {})).toEqual({ text: 'Reply to @carla_cm', done: false });
    expect(namesInWords(['A', 'B', 'C', 'D'])).toBe('A, B and 2 more');
  });
});

describe('a post that concerns the user', () => {
  const reading = (text: string, inReplyTo?: string[]): PostReading => ({
    site: 'x',
    postId: '7',
    permalink: 'https://x.com/dev/status/7',
    author: { handle: 'dev', name: 'Dev' },
    text,
    metrics: {},
    lowerBounds: [],
    mentions: ['maya_makes'],
    ...(inReplyTo && { inReplyTo }),
    context: {},
  });
  const asks = (text: string) => text.includes('?');

  it('keeps the start of their words, and says whether a mention asks something', () => {
    expect(receivedFromPost(reading('@maya_makes which tool did you use?'), X_ME, asks)).toMatchObject({ kind: 'mention', asks: true, sourceExcerpt: '@maya_makes which tool did you use?' });
    expect(receivedFromPost(reading('Loved this by @maya_makes'), X_ME, asks)).not.toHaveProperty('asks');
    expect(receivedFromPost(reading('Agreed', [X_ME]), X_ME, asks)).toMatchObject({ kind: 'reply', sourceExcerpt: 'Agreed' });
  });
});

describe('Thank and Reply buttons on X notifications', () => {
  let coach: FeedCoach | undefined;
  afterEach(() => {
    coach?.stop();
    document.body.replaceChildren();
  });

  it('follow the ledger: each Use arms the reminders of its prompt, and a ledger change rewrites the words', async () => {
    load(xNotificationsPage().html);
    const messages: ExtensionMessage[] = [];
    const states: ReminderStates = {};
    let ledgerChanged: (() => void) | undefined;
    coach = startFeedCoach(xAdapter, document.body, DEFAULT_SETTINGS, {
      ask: async (message): Promise<MessageReply> => {
        messages.push(message);
        return message.type === 'reminder-states' ? { ok: true, states: { ...states } } : { ok: true };
      },
      loadPanelKit: async () => createPanelKit(),
      watchLedger: (onChange) => {
        ledgerChanged = onChange;
        return () => (ledgerChanged = undefined);
      },
    });
    await settled();
    const thank = document.querySelector('[data-testid="feedcoach-thanks"]')!;
    const reply = document.querySelector('[data-testid="feedcoach-reply"]')!;
    expect(thank.textContent).toBe('Thank Ana Souza and Ben Carter');
    expect(reply.textContent).toBe('Reply to Carla Mendes');
    // The thank button ends the notification's text column, under the words, not the entry, under the icon.
    expect(thank.parentElement).toBe(thank.closest('article')!.querySelector('.excerpt')!.parentElement);
    // The reply button sits beside the badge of Carla's post.
    expect(reply.previousElementSibling?.getAttribute('data-feedcoach-post')).toBe('x:2094222222222222222');
    const asked = messages.find((message) => message.type === 'reminder-states');
    expect(asked?.type === 'reminder-states' && asked.ids).toHaveLength(3);

    userClick(thank as HTMLElement);
    await settled(); // the first panel waits for the panel kit's code
    const panel = document.querySelector('feedcoach-panel')!.shadowRoot!;
    // One set of prompts thanks both sharers, each named as X notifies them.
    expect(panel.querySelectorAll('[data-testid="reply-prompts"]')).toHaveLength(1);
    const firstPrompt = panel.querySelector('[data-testid="reply-prompt"]')!.textContent!;
    expect(firstPrompt).toContain('@ana_writes');
    expect(firstPrompt).toContain('@ben_builds');
    panel.querySelector<HTMLElement>('[data-testid="use-prompt"]')!.click();
    await settled();
    const used = messages.find((message) => message.type === 'prompt-used');
    const anaId = 'received:x:repost:x:ana_writes:~';
    const usedIds = used?.type === 'prompt-used' ? used.ids : [];
    expect(usedIds).toHaveLength(2);
    expect(usedIds.filter((id) => id.startsWith(anaId))).toHaveLength(1);

    // Ana is thanked elsewhere (the popup): the button now asks only for Ben.
    states[usedIds.find((id) => id.startsWith(anaId))!] = 'done';
    ledgerChanged?.();
    await settled();
    expect(thank.textContent).toBe('Thank Ben Carter');
    expect(thank.getAttribute('data-state')).toBe('open');
  });

  it('speak the language chosen in Settings while the page is open, as the badges do', async () => {
    load(xNotificationsPage().html);
    coach = startFeedCoach(xAdapter, document.body, DEFAULT_SETTINGS, {
      ask: async (message): Promise<MessageReply> => (message.type === 'reminder-states' ? { ok: true, states: {} } : { ok: true }),
      loadPanelKit: async () => createPanelKit(),
    });
    await settled();
    const thank = document.querySelector('[data-testid="feedcoach-thanks"]')!;
    const reply = document.querySelector('[data-testid="feedcoach-reply"]')!;
    expect(thank.textContent).toBe('Thank Ana Souza and Ben Carter');

    // As lib/feed/content-script.ts does once the chosen language's messages are here.
    await speak('de');
    coach.applySettings({ ...DEFAULT_SETTINGS, language: 'de' });
    expect(thank.textContent).toBe('Ana Souza und Ben Carter danken');
    expect(reply.textContent).toBe('Carla Mendes antworten');
    await speak('fr');
    coach.applySettings({ ...DEFAULT_SETTINGS, language: 'fr' });
    expect(thank.textContent).toBe('Remercier Ana Souza et Ben Carter');
  });
});

describe('the send capture', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('carries the reminders of the prompt Used for it, once, and says when the user pasted into the reply box', () => {
    const ownPost = xOwnPostPage();
    // The inline reply box answers the page's own post, read from the address.
    history.replaceState(null, '', new URL(ownPost.url).pathname);
    load(ownPost.html);
    const given: GivenRecord[] = [];
    let armed: string[] | undefined = ['received:x:repost:x:ana_writes:~1'];
    const stop = startCapture(xAdapter as Parameters<typeof startCapture>[0], document, {
      me: () => X_ME,
      isThanks: () => false,
      answers: () => {
        const ids = armed;
        armed = undefined;
        return ids;
      },
      record: (record) => given.push(record),
    });
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    const send = () => userClick(document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!);
    editor.textContent = 'So glad this landed, Ana';
    send();
    editor.dispatchEvent(new Event('paste', { bubbles: true }));
    editor.textContent = 'Pasted words';
    send();
    stop();
    expect(given.map((record) => record.item)).toEqual([
      { site: 'x', kind: 'reply', to: [], targetPostId: '2094111111111111111', thanks: false, answers: ['received:x:repost:x:ana_writes:~1'] },
      { site: 'x', kind: 'reply', to: [], targetPostId: '2094111111111111111', thanks: false, pasted: true },
    ]);
  });

  it('records a thank-you judged by a classifier still loading, with the words read before the site cleared its box', async () => {
    const ownPost = xOwnPostPage();
    history.replaceState(null, '', new URL(ownPost.url).pathname);
    load(ownPost.html);
    const given: GivenRecord[] = [];
    let judge: (thanks: boolean) => void = () => undefined;
    const stop = startCapture(xAdapter as Parameters<typeof startCapture>[0], document, {
      me: () => X_ME,
      isThanks: () => new Promise((done) => (judge = done)),
      record: (record) => given.push(record),
    });
    const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    editor.textContent = 'Thank you so much for sharing this, Ana!';
    userClick(document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!);
    editor.textContent = ''; // the site clears its reply box as it sends
    expect(given).toEqual([]);
    judge(true);
    await settled();
    stop();
    expect(given.map((record) => record.item)).toEqual([
      { site: 'x', kind: 'reply', to: [], targetPostId: '2094111111111111111', thanks: true, text: 'Thank you so much for sharing this, Ana!' },
    ]);
  });
});
