import { t, type MessageKey } from '../i18n/messages';
import type { SiteId } from '../sites/types';
import type { FillOutcome, FillResult } from '../prompts/composer';
import type { Person } from '../prompts/mentions';
import type { Rewriter } from '../prompts/on-device';
import type { Relation, Situation } from '../prompts/situations';
import { suggestPrompts } from '../prompts/suggest';
import type { Template } from '../prompts/templates';
import { h } from './h';

export interface PromptsView {
  /** The post the prompts answer (its text, author and whether it is the user's own). */
  post: { text: string; authorName?: string; authorHandle: string; isOwnPost: boolean };
  relation?: Relation;
  repeatEngager?: boolean;
  templates: readonly Template[];
  /** The site the reply goes to: people are mentioned the way it notifies them. */
  site?: SiteId;
  /** Everyone a thank-you is for (several sharers); default: the post's author. */
  people?: readonly Person[];
  /** Puts the text into the site's reply box, or the clipboard where there is none. Never sends. */
  use: (text: string) => Promise<FillOutcome>;
  /** Present when the browser has an on-device model: "rewrite in my voice". */
  rewrite?: Rewriter;
}

const SITUATION_LABELS = {
  'thank-sharer': 'prompts.thankSharer',
  'acknowledge-mention': 'prompts.acknowledgeMention',
  'answer-question': 'prompts.answerQuestion',
  'calm-complaint': 'prompts.calmComplaint',
  celebrate: 'prompts.celebrate',
  'own-post': 'prompts.ownPost',
  'offer-view': 'prompts.offerView',
  'join-conversation': 'prompts.joinConversation',
  'recognise-regular': 'prompts.recogniseRegular',
} as const satisfies Record<Situation, MessageKey>;

const RESULT_WORDS = {
  composer: 'prompts.inComposer',
  clipboard: 'prompts.inClipboard',
  failed: 'prompts.fillFailed',
} as const satisfies Record<FillResult, MessageKey>;

/** The prompts of the last panel: the next one (another post, or other wordings) does not open on the same words. */
let lastShown: string[] = [];

/** A reply box that opens at once is filled before anyone could read a progress line: none is shown for it. */
const OPENING_NOTICE_MS = 120;

/** Sent from a Use button when a reply box was filled: the panel moves out of that box's way. */
export const COMPOSER_FILLED_EVENT = 'feedcoach-composer-filled';

/** Prompts fitted to the situation, each with "Use" (composer or clipboard) and, where offered, an on-device rewrite. */
export function promptsSection(view: PromptsView): HTMLElement {
  const status = h('p', { role: 'status', class: 'note', 'aria-live': 'polite' });
  const list = h('ul', { class: 'prompts' });
  let seed = Math.floor(Date.now() / 60_000);

  const render = () => {
    const prompts = suggestPrompts({
      post: view.post,
      relation: view.relation,
      repeatEngager: view.repeatEngager,
      templates: view.templates,
      seed,
      ...(view.site && { site: view.site }),
      ...(view.people && { people: view.people }),
      recent: lastShown,
    });
    lastShown = prompts.map((prompt) => prompt.templateId);
    if (prompts.length === 0) {
      list.replaceChildren(h('li', { class: 'unknown' }, t('prompts.nothingToAnswer')));
      return;
    }
    list.replaceChildren(
      ...prompts.map((prompt) => {
        const text = h('p', { 'data-testid': 'reply-prompt', 'data-situation': prompt.situation }, prompt.text);
        const use = h('button', { type: 'button', 'data-testid': 'use-prompt', 'aria-label': t('prompts.useLabel', { text: prompt.text }) }, t('prompts.use'));
        // The confirmation sits beside the button that was pressed, where the person is looking.
        const useStatus = h('span', { role: 'status', class: 'use-status', 'data-testid': 'use-status' });
        let busy = false;
        use.addEventListener('click', async () => {
          // Not disabled while busy: a disabled button drops the keyboard focus out of the panel.
          if (busy) return;
          busy = true;
          use.setAttribute('aria-busy', 'true');
          useStatus.textContent = '';
          const opening = setTimeout(() => (useStatus.textContent = t('prompts.opening')), OPENING_NOTICE_MS);
          try {
            const outcome = await view.use(text.textContent ?? prompt.text);
            useStatus.textContent = t(RESULT_WORDS[outcome.result]);
            if (outcome.editor) use.dispatchEvent(new CustomEvent(COMPOSER_FILLED_EVENT, { bubbles: true, composed: true, detail: outcome.editor }));
          } finally {
            clearTimeout(opening);
            busy = false;
            use.removeAttribute('aria-busy');
          }
        });
        const actions = h('div', { class: 'prompt-actions' }, use);
        if (view.rewrite) {
          const rewrite = h('button', { type: 'button' }, t('prompts.rewrite'));
          rewrite.addEventListener('click', async () => {
            status.textContent = t('prompts.rewriting');
            rewrite.disabled = true;
            try {
              text.textContent = await view.rewrite!(text.textContent ?? prompt.text);
              status.textContent = t('prompts.rewritten');
            } catch {
              status.textContent = t('prompts.rewriteFailed');
            } finally {
              rewrite.disabled = false;
            }
          });
          actions.append(rewrite);
        }
        actions.append(useStatus);
        const hint = prompt.hint && h('p', { class: 'note', 'data-testid': 'prompt-hint' }, prompt.hint);
        return h('li', {}, h('span', { class: 'situation' }, t(SITUATION_LABELS[prompt.situation])), text, hint, actions);
      }),
    );
  };

  const more = h('button', { type: 'button', class: 'more' }, t('prompts.more'));
  more.addEventListener('click', () => {
    seed += 1;
    render();
    status.textContent = t('prompts.newWordings');
  });
  render();
  return h(
    'section',
    { 'aria-label': t('prompts.title'), 'data-testid': 'reply-prompts' },
    h('h3', {}, t('prompts.title')),
    list,
    h('div', { class: 'prompt-footer' }, more, h('span', { class: 'note' }, t('prompts.neverSends'))),
    status,
  );
}
