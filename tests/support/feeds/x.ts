import type { Metrics } from '../../../lib/sites/types';
import type { DemoFeed, ExpectedPost } from './types';
import { COMPOSER_DIALOG_CSS, composerStandInScript } from './composer-stand-in';
import { icon } from './icons';
import { escapeHtml, feedPage } from './page';

/** X's reply dialog: the post being answered (without its action row), the editor and the Reply button. */
export const X_COMPOSER = composerStandInScript({
  postSelector: 'article[data-testid="tweet"]',
  replyButton: '[data-testid="reply"]',
  dialogHtml:
    '<article data-testid="tweet"><div data-testid="User-Name"><a href="{{href}}"><time datetime="2026-11-28T08:00:00.000Z">1h</time></a></div></article>' +
    '<div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" aria-label="Post text"></div><button data-testid="tweetButton" type="button">Reply</button>',
  editor: '[data-testid="tweetTextarea_0"]',
  submit: '[data-testid="tweetButton"]',
});

/**
 * An x.com home timeline in the markup of tests/fixtures/x/home-repost-2026-02-13.html (2026-02): the same
 * data-testids, aria-labels, links and nesting, with the r-* classes left out. People and texts are invented.
 */
interface DemoTweet {
  id: string;
  handle: string;
  name: string;
  text: string;
  minutesAgo: number;
  counts: Metrics;
  repostedBy?: { handle: string; name: string };
  promoted?: boolean;
  quote?: { handle: string; name: string; text: string };
}

const NOW = Date.parse('2026-11-28T09:00:00.000Z');

const PEOPLE = [
  ['mara_builds', 'Mara Lindqvist'],
  ['devon_ships', 'Devon Okafor'],
  ['priya_growth', 'Priya Raman'],
  ['tomasz_writes', 'Tomasz Wójcik'],
  ['lena_brands', 'Lena Hoffmann'],
  ['kofi_creates', 'Kofi Mensah'],
  ['sofia_community', 'Sofía Herrera'],
  ['jun_analytics', 'Jun Takahashi'],
] as const;

const TEXTS = [
  'What is one thing you stopped doing on social this year that made your results better? Genuinely curious.',
  'We tested 40 hooks on the same post. The winner was a question, not a claim. Thread below.',
  'Hot take: a reply from a customer is worth more than a hundred likes. Here is why we changed our dashboard.',
  'Shipping our community report today. 1,200 members, 3 rules, zero growth hacks.',
  'If your post gets likes but no replies, you wrote an announcement, not a conversation.',
  'New case study: how a 6-person team got 30% of its pipeline from answering comments.',
  'Does anyone else find that Friday posts get more saves but fewer replies?',
  'Small thing that works: thank every person who reposts you, by name, within a day.',
  'The best-performing post of our quarter had 14 likes and 52 replies. Let me explain.',
  'Asked our followers what they want more of. 61% said "behind the scenes". Noted.',
  'Reminder that engagement rate by followers hides everything interesting about a post.',
  'I am hiring a community lead. The job is mostly listening. DMs open.',
];

function tweets(): DemoTweet[] {
  const list: DemoTweet[] = [];
  for (let index = 0; index < 36; index += 1) {
    const [handle, name] = PEOPLE[index % PEOPLE.length]!;
    const scale = [1, 12, 140, 3, 45, 900, 7, 260][index % 8]!;
    const counts: Metrics = {
      replies: Math.round(scale * (1 + (index % 5))),
      reposts: Math.round(scale * 0.6 + (index % 3)),
      likes: Math.round(scale * 9 + index * 3),
      bookmarks: Math.round(scale * 0.8 + (index % 4)),
      views: Math.round(scale * 900 + index * 137),
    };
    // Real timelines have quiet posts: X then omits the zero counts from its labels.
    if (index % 9 === 4) delete counts.replies;
    if (index % 11 === 6) delete counts.bookmarks;
    list.push({
      id: String(2094000000000000000n + BigInt(index) * 7919n),
      handle,
      name,
      text: TEXTS[index % TEXTS.length]!,
      minutesAgo: 3 + index * 17,
      counts,
      ...(index === 2 && { repostedBy: { handle: 'sofia_community', name: 'Sofía Herrera' } }),
      ...(index === 5 && { promoted: true }),
      ...(index === 8 && {
        quote: { handle: 'jun_analytics', name: 'Jun Takahashi', text: 'Replies per post is the only number I look at on Mondays.' },
      }),
    });
  }
  return list;
}

/** The order and words of X's action-group aria-label. */
const GROUP_LABEL_ORDER: (keyof Metrics)[] = ['replies', 'reposts', 'likes', 'bookmarks', 'views'];

function compact(value: number): string {
  return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** The action's icon, by its X testid. */
const ACTION_ICONS = { reply: 'reply', retweet: 'repost', like: 'heart', bookmark: 'bookmark' } as const;

function actionButton(testId: keyof typeof ACTION_ICONS, count: number | undefined, label: string): string {
  const aria = count === undefined ? label.split('. ').pop()! : `${count} ${label}`;
  const visible = count === undefined ? '' : `<span data-testid="app-text-transition-container"><span><span>${compact(count)}</span></span></span>`;
  return `<div class="action"><button aria-label="${aria}" role="button" data-testid="${testId}" type="button"><div dir="ltr"><div>${icon(ACTION_ICONS[testId])}</div><div>${visible}</div></div></button></div>`;
}

function tweetHtml(tweet: DemoTweet): string {
  const { counts } = tweet;
  const groupLabel = GROUP_LABEL_ORDER.filter((key) => counts[key] !== undefined)
    .map((key) => `${counts[key]} ${key}`)
    .join(', ');
  const time = new Date(NOW - tweet.minutesAgo * 60_000).toISOString();
  const social = tweet.repostedBy
    ? `<div class="social"><a href="/${tweet.repostedBy.handle}" dir="ltr" role="link"><span data-testid="socialContext"><span dir="ltr"><span>${escapeHtml(tweet.repostedBy.name)}</span></span> reposted</span></a></div>`
    : '';
  const adLabel = tweet.promoted ? '<div class="ad"><span>Ad</span></div>' : '';
  const quote = tweet.quote
    ? `<div class="quote"><div dir="ltr"><span>Quote</span></div><div tabindex="0" role="link"><div data-testid="User-Name"><span><span>${escapeHtml(tweet.quote.name)}</span></span> <span>@${tweet.quote.handle}</span></div><div dir="auto" lang="en" data-testid="tweetText"><span>${escapeHtml(tweet.quote.text)}</span></div></div></div>`
    : '';
  const views =
    counts.views === undefined
      ? ''
      : `<div class="action"><a href="/${tweet.handle}/status/${tweet.id}/analytics" aria-label="${counts.views} views. View post analytics" role="link"><div dir="ltr"><div><span data-testid="app-text-transition-container"><span><span>${compact(counts.views)}</span></span></span></div></div></a></div>`;
  const article = `<article role="article" tabindex="0" data-testid="tweet">${social}
<div class="row"><div data-testid="Tweet-User-Avatar"><div data-testid="UserAvatar-Container-${tweet.handle}" class="avatar" aria-hidden="true">${escapeHtml(tweet.name[0]!)}</div></div>
<div class="body"><div class="head"><div data-testid="User-Name"><div><a href="/${tweet.handle}" role="link"><div dir="ltr"><span><span>${escapeHtml(tweet.name)}</span></span></div></a></div><div><a href="/${tweet.handle}" role="link" tabindex="-1"><div dir="ltr"><span>@${tweet.handle}</span></div></a><div dir="ltr" aria-hidden="true"><span>·</span></div><a href="/${tweet.handle}/status/${tweet.id}" dir="ltr" role="link"><time datetime="${time}">${tweet.minutesAgo < 60 ? `${tweet.minutesAgo}m` : `${Math.floor(tweet.minutesAgo / 60)}h`}</time></a></div></div>${adLabel}</div>
<div dir="auto" lang="en" data-testid="tweetText"><span>${escapeHtml(tweet.text)}</span></div>${quote}
<div aria-label="${groupLabel}" role="group" class="actions">${actionButton('reply', counts.replies, 'Replies. Reply')}${actionButton('retweet', counts.reposts, 'reposts. Repost')}${actionButton('like', counts.likes, 'Likes. Like')}${views}${actionButton('bookmark', undefined, 'Bookmark')}<div class="action"><button aria-label="Share post" role="button" type="button">${icon('share')}</button></div></div></div></div></article>`;
  const cell = `<div data-testid="cellInnerDiv">${article}</div>`;
  return tweet.promoted ? `<div data-testid="placementTracking">${cell}</div>` : cell;
}

const X_CSS = `
body { margin: 0; font: 15px/1.35 system-ui, sans-serif; background: Canvas; color: CanvasText; }
main { max-width: 600px; margin: 0 auto; border-inline: 1px solid rgba(127,127,127,.3); }
h1 { font-size: 20px; padding: 12px 16px; margin: 0; }
article { display: block; padding: 12px 16px; border-top: 1px solid rgba(127,127,127,.3); }
.social { font-size: 13px; opacity: .7; margin-left: 52px; } .social a { color: inherit; text-decoration: none; }
.row { display: flex; gap: 12px; } .body { flex: 1; min-width: 0; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #1d9bf0; color: #fff; display: grid; place-items: center; font-weight: 700; }
.head { display: flex; justify-content: space-between; } .head [data-testid="User-Name"], .head [data-testid="User-Name"] > div { display: flex; gap: 4px; }
.head a { color: inherit; text-decoration: none; } .head [data-testid="User-Name"] > div:first-child { font-weight: 700; } .ad { opacity: .6; font-size: 13px; }
.quote [role="link"] { border: 1px solid rgba(127,127,127,.4); border-radius: 12px; padding: 8px 12px; margin-top: 8px; } .quote > div:first-child { display: none; }
.actions { display: flex; justify-content: space-between; align-items: center; margin-top: 8px; max-width: 425px; height: 32px; }
.action button > div, .action a > div { display: inline-flex; align-items: center; gap: 4px; }
.action button, .action a { all: unset; display: inline-flex; align-items: center; gap: 4px; font-size: 13px; opacity: .75; cursor: pointer; min-width: 20px; height: 20px; }
.action svg { width: 18px; height: 18px; }
`;

export function xHomeFeed(): DemoFeed {
  const list = tweets();
  const expected: ExpectedPost[] = list.map((tweet) => ({ postId: tweet.id, metrics: tweet.counts }));
  return {
    site: 'x',
    url: 'https://x.com/home',
    title: 'Home / X',
    html: feedPage({
      title: 'Home / X',
      css: X_CSS + COMPOSER_DIALOG_CSS,
      body: `<main role="main"><div data-testid="primaryColumn"><section role="region"><h1>Home</h1><div aria-label="Timeline: Your Home Timeline">${list.map(tweetHtml).join('\n')}</div></section></div></main>${X_COMPOSER}`,
    }),
    expected,
  };
}
