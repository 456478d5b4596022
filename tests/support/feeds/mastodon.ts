import { parseCount } from '../../../lib/counts/parse';
import type { Metrics } from '../../../lib/sites/types';
import type { DemoFeed, ExpectedPost } from './types';
import { icon, type IconName } from './icons';
import { escapeHtml, feedPage } from './page';

/**
 * Mastodon web UI pages (4.3+, material SVG icons) in the markup of tests/fixtures/mastodon/*-built-2026-11.html,
 * built from mastodon/mastodon's source. Accounts and texts are invented.
 */
interface DemoToot {
  id: string;
  acct: string;
  name: string;
  text: string;
  minutesAgo: number;
  replies: number;
  inReplyTo?: boolean;
  boostedBy?: { acct: string; name: string };
  quote?: { id: string; acct: string; name: string; text: string };
}

const NOW = Date.parse('2026-11-28T09:00:00.000Z');

const PEOPLE = [
  ['maren', 'Maren Holt'],
  ['devon@mas.to', 'Devon Okafor'],
  ['priya', 'Priya Raman'],
  ['lena@hachyderm.io', 'Lena Hoffmann'],
  ['kofi', 'Kofi Mensah'],
  ['sofia@mastodon.online', 'Sofía Herrera'],
  ['jun', 'Jun Takahashi'],
] as const;

const TEXTS = [
  'What made you reply to a brand last week? Collecting answers for a talk.',
  'Our community report is live: 1,200 members, 3 rules, zero growth hacks.',
  'On the fediverse the boosts are quieter and the replies are kinder. Our numbers agree.',
  'If a post gets favourites but no replies, you wrote an announcement, not a conversation.',
  'We answer every reply within a day. It is the only "strategy" that kept working.',
  'Asked followers what they want more of. 61% said behind the scenes. Noted.',
  'Reminder: engagement rate by followers hides everything interesting about a post.',
  'Hiring a community lead. The job is mostly listening. Boosts appreciated.',
];

/** What each of Mastodon's icons (material names, kept as its classes: the adapter reads them) is drawn as. */
const DRAWN: Readonly<Record<string, IconName>> = { reply: 'replyArrow', 'reply-all': 'replyArrow', retweet: 'repost', star: 'star', bookmark: 'bookmark', globe: 'globe' };

function mastodonIcon(name: string): string {
  return icon(DRAWN[name] ?? 'more', { className: `icon icon-${name}` });
}

/** Mastodon's ShortNumber: plain below 1,000, then one decimal K / M. */
function shortNumber(value: number): string {
  if (value < 1000) return String(value);
  const [divisor, unit] = value < 1_000_000 ? [1000, 'K'] : [1_000_000, 'M'];
  return `${Math.floor((value / divisor) * 10) / 10}${unit}`;
}

function counter(value: number): string {
  return `<span class="icon-button__counter"><span class="animated-number"><span style="position: static; transform: translateY(0%);">${shortNumber(value)}</span></span></span>`;
}

function button(classes: string, label: string, iconName: string, count?: number): string {
  const withCounter = count === undefined ? '' : ' icon-button--with-counter';
  return `<div class="status__action-bar__button-wrapper"><button type="button" aria-label="${label}" title="${label}" class="${classes} icon-button${withCounter}" tabindex="0">${mastodonIcon(iconName)} ${count === undefined ? '' : counter(count)}</button></div>`;
}

function actionBar(replies: number, replyIcon: string): string {
  return `<div class="status__action-bar">${button('status__action-bar__button', replyIcon === 'reply' ? 'Reply' : 'Reply to thread', replyIcon, replies)}${button('status__action-bar__button', 'Boost', 'retweet')}${button('status__action-bar__button star-icon', 'Favorite', 'star')}${button('status__action-bar__button bookmark-icon', 'Bookmark', 'bookmark')}${button('status__action-bar__button', 'More', 'ellipsis-h')}</div>`;
}

function ago(minutes: number): string {
  return minutes < 60 ? `${minutes}m` : minutes < 1440 ? `${Math.floor(minutes / 60)}h` : `${Math.floor(minutes / 1440)}d`;
}

function info(acct: string, name: string, id: string, minutesAgo: number): string {
  const time = new Date(NOW - minutesAgo * 60_000).toISOString();
  return `<div class="status__info"><a href="/@${acct}/${id}" class="status__relative-time"><span class="status__visibility-icon">${mastodonIcon('globe')}</span><time datetime="${time}" title="${time.slice(0, 16).replace('T', ' ')}">${ago(minutesAgo)}</time></a><a href="/@${acct}" title="${acct}" class="status__display-name"><div class="status__avatar"><div class="account__avatar">${escapeHtml(name[0]!)}</div></div><span class="display-name"><bdi><strong class="display-name__html">${escapeHtml(name)}</strong></bdi> <span class="display-name__account">@${acct}</span></span></a></div>`;
}

function content(text: string): string {
  return `<div class="status__content status__content--with-action" tabindex="0"><div class="status__content__text status__content__text--visible translate" lang="en"><p>${escapeHtml(text)}</p></div></div>`;
}

function statusWrapper(toot: DemoToot, extraClasses = ''): string {
  const prepend = toot.boostedBy
    ? `<div class="status__prepend"><div class="status__prepend__icon">${mastodonIcon('retweet')}</div><span><a href="/@${toot.boostedBy.acct}" class="status__display-name muted"><bdi><strong>${escapeHtml(toot.boostedBy.name)}</strong></bdi></a> boosted</span></div>`
    : '';
  const quote = toot.quote
    ? `<div class="status__quote"><div class="status__wrapper status__wrapper-public" tabindex="0"><div class="status status-public status--is-quote" data-id="${toot.quote.id}">${info(toot.quote.acct, toot.quote.name, toot.quote.id, 4000)}${content(toot.quote.text)}</div></div></div>`
    : '';
  return `<div tabindex="-1"><div class="status__wrapper status__wrapper-public focusable" tabindex="0" aria-label="${escapeHtml(toot.name)}, ${escapeHtml(toot.text)}">${prepend}<div class="status status-public${extraClasses}" data-id="${toot.id}">${info(toot.acct, toot.name, toot.id, toot.minutesAgo)}${content(toot.text)}${quote}${actionBar(toot.replies, toot.inReplyTo ? 'reply-all' : 'reply')}</div></div></div>`;
}

function homeToots(): DemoToot[] {
  const list: DemoToot[] = [];
  for (let index = 0; index < 18; index += 1) {
    const [acct, name] = PEOPLE[index % PEOPLE.length]!;
    const scale = [1, 6, 0, 23, 2, 140, 0, 11, 1310][index % 9]!;
    list.push({
      id: String(113555100000000000n - BigInt(index) * 104729n),
      acct,
      name,
      text: TEXTS[index % TEXTS.length]!,
      minutesAgo: 4 + index * 23,
      replies: scale + (scale > 0 ? index % 3 : 0),
      ...(index % 7 === 4 && { inReplyTo: true }),
      ...(index % 8 === 3 && { boostedBy: { acct: 'maren', name: 'Maren Holt' } }),
      ...(index === 10 && {
        quote: { id: '113550000000000009', acct: 'kofi', name: 'Kofi Mensah', text: 'Thank every person who boosts you, by name, within a day.' },
      }),
    });
  }
  return list;
}

/** What the page shows of a count: ShortNumber abbreviates from 1,000 (a lower bound then). */
function shown(value: number): number {
  return parseCount(shortNumber(value))?.value ?? value;
}

const MASTODON_CSS = `
body { margin: 0; font: 15px/1.4 system-ui, sans-serif; background: Canvas; color: CanvasText; }
.column { max-width: 600px; margin: 0 auto; border-inline: 1px solid rgba(127,127,127,.3); }
h1 { font-size: 16px; padding: 14px 16px; margin: 0; border-bottom: 1px solid rgba(127,127,127,.3); }
a { color: inherit; text-decoration: none; }
.status__wrapper { padding: 14px 16px; border-bottom: 1px solid rgba(127,127,127,.3); }
.status__prepend { font-size: 13px; opacity: .7; margin: 0 0 8px 56px; display: flex; gap: 6px; align-items: center; }
.status__prepend svg, .status__visibility-icon svg { width: 14px; height: 14px; }
.status__info { display: flex; flex-direction: row-reverse; justify-content: space-between; align-items: center; }
.status__relative-time { opacity: .6; font-size: 14px; display: inline-flex; gap: 4px; align-items: center; }
.status__display-name { display: flex; gap: 10px; align-items: center; } .display-name__html { font-weight: 600; } .display-name__account { opacity: .6; }
.account__avatar { width: 46px; height: 46px; border-radius: 8px; background: #6364ff; color: #fff; display: grid; place-items: center; font-weight: 700; }
.status__content { margin: 8px 0 0 56px; }
.status__quote { margin: 8px 0 0 56px; border: 1px solid rgba(127,127,127,.4); border-radius: 8px; } .status__quote .status__wrapper { border: 0; }
.status__quote .status__content { margin-left: 0; }
.status__action-bar { display: flex; gap: 18px; align-items: center; margin: 10px 0 0 56px; }
.icon-button { all: unset; display: inline-flex; align-items: center; gap: 4px; cursor: pointer; opacity: .7; font-size: 13px; }
.icon-button svg { width: 18px; height: 18px; }
.detailed-status__wrapper { padding: 16px; border-bottom: 1px solid rgba(127,127,127,.3); }
.detailed-status .status__content { margin-left: 0; font-size: 19px; }
.detailed-status__display-name { display: flex; gap: 10px; align-items: center; }
.detailed-status__meta { opacity: .75; font-size: 14px; margin-top: 12px; } .detailed-status__meta__line { display: flex; gap: 6px; align-items: center; margin-top: 4px; }
.detailed-status__meta svg { width: 14px; height: 14px; }
.detailed-status__link span:first-child { font-weight: 700; margin-right: 4px; }
.detailed-status__action-bar { display: flex; justify-content: space-around; padding-top: 10px; margin-top: 10px; border-top: 1px solid rgba(127,127,127,.3); }
`;

function page(title: string, heading: string, inner: string): string {
  return feedPage({
    title,
    css: MASTODON_CSS,
    body: `<div class="app-holder" id="mastodon"><div class="ui"><div class="columns-area__panels"><div class="columns-area__panels__main"><div class="columns-area columns-area--mobile"><div role="region" aria-label="${escapeHtml(heading)}" class="column"><h1>${escapeHtml(heading)}</h1>${inner}</div></div></div></div></div></div>`,
  });
}

/** The home column: Mastodon shows only reply counters there, so only replies are expected. */
export function mastodonFeed(): DemoFeed {
  const toots = homeToots();
  const entries = toots.map(
    (toot, index) =>
      // A boost's timeline entry is the boost itself: its own id, different from the boosted status's.
      `<article aria-posinset="${index + 1}" aria-setsize="${toots.length}" data-id="${toot.boostedBy ? String(BigInt(toot.id) + 7n) : toot.id}" tabindex="-1">${statusWrapper(toot)}</article>`,
  );
  const expected: ExpectedPost[] = toots.map((toot) => ({ postId: toot.id, metrics: { replies: shown(toot.replies) } }));
  return {
    site: 'mastodon',
    url: 'https://mastodon.social/home',
    title: 'Home - Mastodon',
    html: page('Home - Mastodon', 'Home', `<div class="scrollable"><div role="feed" class="item-list">${entries.join('\n')}</div></div>`),
    expected,
  };
}

const FOCUSED = {
  id: '113555000000000011',
  acct: 'devon@mas.to',
  name: 'Devon Okafor',
  text: 'Replies per post. Everything else is applause. What do you look at first?',
  reblogs: 1240,
  favourites: 4812,
};

/** A status page: the focused status counts boosts and favourites; the statuses around it show reply counters. */
export function mastodonThreadFeed(): DemoFeed {
  const ancestors: DemoToot[] = [
    { id: '113554990000000001', acct: 'maren', name: 'Maren Holt', text: 'Which metric do you look at first on Mondays?', minutesAgo: 760, replies: 14 },
  ];
  const descendants: DemoToot[] = [
    { id: '113555010000000001', acct: 'priya', name: 'Priya Raman', text: 'Same here, then who boosted us.', minutesAgo: 640, replies: 2, inReplyTo: true },
    { id: '113555010000000002', acct: 'lena@hachyderm.io', name: 'Lena Hoffmann', text: 'Replies, and whether we answered them.', minutesAgo: 610, replies: 0, inReplyTo: true },
    { id: '113555010000000003', acct: 'kofi', name: 'Kofi Mensah', text: 'Saves. Then replies. Then everything else.', minutesAgo: 580, replies: 5, inReplyTo: true },
    { id: '113555010000000004', acct: 'jun', name: 'Jun Takahashi', text: 'Honestly? Whether anyone I admire replied.', minutesAgo: 300, replies: 1, inReplyTo: true },
  ];
  const count = (value: number, className: string, word: string) =>
    `<span class="${className}"><span class="animated-number"><span style="position: static; transform: translateY(0%);">${shortNumber(value)}</span></span></span><span>${word}</span>`;
  const focused = `<div tabindex="-1"><div class="focusable detailed-status__wrapper detailed-status__wrapper-public" tabindex="0" aria-label="${escapeHtml(FOCUSED.name)}, ${escapeHtml(FOCUSED.text)}"><div style="box-sizing: border-box;"><div class="detailed-status">
<a href="/@${FOCUSED.acct}" class="detailed-status__display-name"><div class="detailed-status__display-avatar"><div class="account__avatar">D</div></div><span class="display-name"><bdi><strong class="display-name__html">${escapeHtml(FOCUSED.name)}</strong></bdi> <span class="display-name__account">@${FOCUSED.acct}</span></span></a>
${content(FOCUSED.text)}
<div class="detailed-status__meta"><div class="detailed-status__meta__line"><a class="detailed-status__datetime" href="https://mas.to/@devon/113554998877665544" target="_blank" rel="noopener noreferrer"><span>Nov 27, 2026, 09:15 PM</span></a>·${mastodonIcon('globe')}</div>
<div class="detailed-status__meta__line"><a href="/@${FOCUSED.acct}/${FOCUSED.id}/reblogs" class="detailed-status__link">${count(FOCUSED.reblogs, 'detailed-status__reblogs', 'boosts')}</a>·<a href="/@${FOCUSED.acct}/${FOCUSED.id}/favourites" class="detailed-status__link">${count(FOCUSED.favourites, 'detailed-status__favorites', 'favorites')}</a></div></div>
</div></div>
<div class="detailed-status__action-bar"><div class="detailed-status__button"><button type="button" aria-label="Reply" title="Reply" class="icon-button">${mastodonIcon('reply-all')} </button></div><div class="detailed-status__button"><button type="button" aria-label="Boost" title="Boost" class="icon-button">${mastodonIcon('retweet')} </button></div><div class="detailed-status__button"><button type="button" aria-label="Favorite" title="Favorite" class="star-icon icon-button">${mastodonIcon('star')} </button></div><div class="detailed-status__button"><button type="button" aria-label="Bookmark" title="Bookmark" class="bookmark-icon icon-button">${mastodonIcon('bookmark')} </button></div></div>
</div></div>`;
  const thread = [
    ...ancestors.map((toot) => statusWrapper(toot, ' status--in-thread status--first-in-thread')),
    focused,
    ...descendants.map((toot) => statusWrapper(toot, ' status--in-thread')),
  ];
  const expected: ExpectedPost[] = [
    ...ancestors.map((toot) => ({ postId: toot.id, metrics: { replies: toot.replies } })),
    { postId: FOCUSED.id, metrics: { reposts: shown(FOCUSED.reblogs), likes: shown(FOCUSED.favourites) } satisfies Metrics },
    ...descendants.map((toot) => ({ postId: toot.id, metrics: { replies: toot.replies } })),
  ];
  const title = `${FOCUSED.name}: "Replies per post…" - Mastodon`;
  return {
    site: 'mastodon',
    url: `https://mastodon.social/@${FOCUSED.acct}/${FOCUSED.id}`,
    title,
    html: page(title, 'Post', `<div class="scrollable">${thread.join('\n')}</div>`),
    expected,
  };
}
