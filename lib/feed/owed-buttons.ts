import { t } from '../i18n/messages';
import { formatNumber } from '../model/format';
import { joinWords } from '../model/ladder';
import type { ExtensionMessage, MessageReply, ReminderStates } from '../messages/schema';
import { createOwedButton, REPLY_TAG, THANKS_TAG, type OverlayHost } from '../overlay/badge';
import type { PanelContent } from '../overlay/panel';
import type { PanelKit } from '../panel-kit/registration';
import type { FillOutcome } from '../prompts/composer';
import type { Relation } from '../prompts/situations';
import type { Template } from '../prompts/templates';
import { receivedId } from '../reciprocity/ids';
import { owedFor, type InteractionKind, type Owed, type ReceivedInteraction } from '../reciprocity/types';
import type { OverlayAnchor, SiteId } from '../sites/types';

/** How a notification concerns the user, in the prompts' terms. */
export const RELATIONS: Partial<Record<InteractionKind, Relation>> = { repost: 'reposted', quote: 'quoted', mention: 'mentioned', reply: 'replied' };

/** A Used prompt answers the next send on this page only this long after it was Used. */
const USED_ON_PAGE_MS = 3600_000;
/** The most ids one states message asks about (the message's own limit). */
const STATES_PER_MESSAGE = 50;

export interface OwedButtonsContext {
  /** The site the buttons are on: prompts mention people the way it notifies them. */
  site: SiteId;
  ask: (message: ExtensionMessage) => Promise<MessageReply | undefined>;
  /** Opens a button's panel, with the panel kit's code loaded on first need (lib/feed/panel-loader.ts). */
  panels: { toggle(opener: OverlayHost, build: (kit: PanelKit) => PanelContent): void };
  theme: () => 'light' | 'dark';
  templates: (kit: PanelKit) => readonly Template[];
  /** Puts a prompt into the reply box of `near` (its reply button, or an open reply box), else the clipboard. */
  fill: (kit: PanelKit, near: Element | undefined, text: string) => Promise<FillOutcome>;
  /** Where a button goes in an entry whose end is not under its text (the site's notificationAnchor); else at its end. */
  anchorIn?: (entry: Element) => OverlayAnchor | undefined;
}

interface OwedButton {
  host: OverlayHost;
  owes: Owed;
  items: ReceivedInteraction[];
  ids: string[];
  states: ReminderStates;
}

const nameOf = (item: ReceivedInteraction) => item.actor.name ?? `@${item.actor.handle}`;

/** "Ana Souza", "Ana Souza and Ben Carter", "Ana Souza, Ben Carter and 2 more". */
export function namesInWords(names: readonly string[]): string {
  return names.length > 2 ? t('owedButton.andMore', { names: names.slice(0, 2).join(', '), count: formatNumber(names.length - 2) }) : joinWords(names);
}

/**
 * What a button says: who still waits ("Thank Ana Souza", "Reply to Carla Mendes"), or that nobody does ("Thanked
 * Ana Souza and Ben Carter"). A reminder not recorded yet (no state) still waits.
 */
export function owedButtonLabel(owes: Owed, items: readonly ReceivedInteraction[], states: ReminderStates): { text: string; done: boolean } {
  const waiting = items.filter((item) => states[receivedId(item)] !== 'done');
  const done = waiting.length === 0;
  const names = namesInWords((done ? items : waiting).map(nameOf));
  if (owes === 'thanks') return { text: t(done ? 'owedButton.thanked' : 'owedButton.thank', { names }), done };
  return { text: t(done ? 'owedButton.replied' : 'owedButton.reply', { names }), done };
}

/**
 * The Thank and Reply buttons beside notifications and posts that concern the user. Each knows the reminders it
 * answers: a prompt Used from it arms them (the background hears it, and the next send on this page carries their
 * ids), and its words follow the ledger (`refresh`, on every change the background broadcasts).
 */
export class OwedButtons {
  private readonly buttons = new Set<OwedButton>();
  private used: { ids: string[]; at: number } | undefined;
  private refreshQueued = false;

  constructor(private readonly context: OwedButtonsContext) {}

  /** Beside `entry`: a Thank button for those who shared or named the user, a Reply button for those who wait for an answer. */
  offer(entry: Element, items: readonly ReceivedInteraction[], place: (host: OverlayHost) => void = (host) => this.placeIn(entry, host)): void {
    for (const owes of ['thanks', 'reply'] as const) {
      const owed = items.filter((item) => owedFor(item) === owes);
      if (owed.length === 0 || entry.querySelector(owes === 'thanks' ? THANKS_TAG : REPLY_TAG)) continue;
      const button: OwedButton = { host: createOwedButton(owes, (opener) => this.open(button, opener, entry)), owes, items: owed, ids: owed.map(receivedId), states: {} };
      this.render(button);
      place(button.host);
      this.buttons.add(button);
      this.queueRefresh();
    }
  }

  private placeIn(entry: Element, host: OverlayHost): void {
    host.dataset.place = 'entry';
    const anchor = this.context.anchorIn?.(entry);
    if (anchor) anchor.parent.insertBefore(host, anchor.before ?? null);
    else entry.append(host);
  }

  /** The reminders of the prompt Used last on this page, once: the send they were Used for carries them. */
  takeAnswers(now = Date.now()): string[] | undefined {
    const used = this.used;
    this.used = undefined;
    return used && now - used.at <= USED_ON_PAGE_MS ? used.ids : undefined;
  }

  /** Asks the background how every button's reminders stand now, and rewrites the buttons that changed. */
  async refresh(): Promise<void> {
    for (const button of this.buttons) if (!button.host.isConnected) this.buttons.delete(button);
    const ids = [...new Set([...this.buttons].flatMap((button) => button.ids))];
    const states: ReminderStates = {};
    for (let start = 0; start < ids.length; start += STATES_PER_MESSAGE) {
      const reply = await this.context.ask({ type: 'reminder-states', ids: ids.slice(start, start + STATES_PER_MESSAGE) });
      if (!reply?.ok) return;
      Object.assign(states, reply.states);
    }
    for (const button of this.buttons) {
      button.states = states;
      this.render(button);
    }
  }

  /** Writes every button again in the language spoken now: Settings changed it while the page was open, as the badges are. */
  redraw(): void {
    for (const button of this.buttons) {
      if (button.host.isConnected) this.render(button);
      else this.buttons.delete(button);
    }
  }

  /** Many buttons arrive in one pass of the watcher: one question for all of them. */
  private queueRefresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    setTimeout(() => {
      this.refreshQueued = false;
      void this.refresh();
    }, 0);
  }

  private render(button: OwedButton): void {
    const { text, done } = owedButtonLabel(button.owes, button.items, button.states);
    if (button.host.textContent !== text) button.host.textContent = text;
    button.host.setAttribute('data-state', done ? 'done' : 'open');
  }

  private open(button: OwedButton, opener: OverlayHost, entry: Element): void {
    const { owes, items } = button;
    const label = owedButtonLabel(owes, items, button.states).text;
    const one = items.length === 1;
    const subtitle =
      owes === 'thanks'
        ? items[0]!.kind === 'repost'
          ? t(one ? 'owedButton.sharedOne' : 'owedButton.sharedMany')
          : t(one ? 'owedButton.namedOne' : 'owedButton.namedMany')
        : items.every((item) => !item.sourceExcerpt)
          ? t('owedButton.wordsUnseen')
          : t(one ? 'owedButton.waitOne' : 'owedButton.waitMany');
    this.context.panels.toggle(opener, (kit): PanelContent => ({
      title: label,
      subtitle,
      theme: this.context.theme(),
      // A thank-you is one set of prompts naming each person as the site notifies them; questions are answered one by one.
      sections:
        owes === 'thanks'
          ? [
              kit.promptsSection({
                post: { text: items[0]!.targetExcerpt ?? '', authorHandle: items[0]!.actor.handle, isOwnPost: true },
                relation: RELATIONS[items[0]!.kind],
                people: items.map((item) => item.actor),
                site: this.context.site,
                templates: this.context.templates(kit),
                use: (text) => this.use(kit, items.map(receivedId), entry, text),
              }),
            ]
          : items.map((item) =>
              kit.promptsSection({
                post: { text: item.sourceExcerpt ?? '', authorHandle: item.actor.handle, ...(item.actor.name && { authorName: item.actor.name }), isOwnPost: false },
                relation: RELATIONS[item.kind],
                site: this.context.site,
                templates: this.context.templates(kit),
                use: (text) => this.use(kit, [receivedId(item)], entry, text),
              }),
            ),
    }));
  }

  private async use(kit: PanelKit, ids: string[], entry: Element, text: string): Promise<FillOutcome> {
    const at = Date.now();
    this.used = { ids, at };
    void this.context.ask({ type: 'prompt-used', ids, at });
    return this.context.fill(kit, entry, text);
  }
}
