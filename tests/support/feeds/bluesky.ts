import { parseCount } from '../../../lib/counts/parse';
import type { Metrics } from '../../../lib/sites/types';
import type { DemoFeed, ExpectedPost } from './types';
import { COMPOSER_DIALOG_CSS, composerStandInScript } from './composer-stand-in';
import { icon } from './icons';
import { escapeHtml, feedPage } from './page';

/** Bluesky's reply composer (ComposePost.tsx testids): the post answered, the rich-text editor, the Reply button. */
export const BLUESKY_COMPOSER = composerStandInScript({
  postSelector: '[data-testid^="feedItem-by-"]',
  replyButton: '[data-testid="replyBtn"]',
  dialogHtml:
    '<div data-testid="composePostView"><a href="{{href}}">Replying to this post</a><div data-testid="composerTextInput"><div contenteditable="true" role="textbox" aria-label="Rich-Text Editor"></div></div>' +
    '<button data-testid="composerPublishBtn" type="button">Reply</button></div>',
  editor: '[data-testid="composerTextInput"] [contenteditable]',
  submit: '[data-testid="composerPublishBtn"]',
});

/**
 * A bsky.app Following feed in the markup of tests/fixtures/bluesky/home-following-built-2026-11.html (built from
 * the app's source, React Native Web shapes: data-testid, aria-label, div[dir=auto]). People and texts are invented.
 */
export interface DemoSkeet {
  rkey: string;
  handle: string;
  name: string;
  text: string;
  ago: string;
  replies: number;
  /** Reposts and quotes together, as the repost button shows them. */
  reposts: number;
  likes: number;
  liked?: boolean;
  repostedBy?: { handle: string; name: string };
  quote?: { handle: string; name: string; rkey: string; text: string };
  /** A handle the text starts by mentioning: rich text links it to the profile, shown as "@handle". */
  mention?: string;
}

const PEOPLE = [
  ['maren.bsky.social', 'Maren Holt'],
  ['okafor.studio', 'Devon Okafor'],
  ['priya.raman.dev', 'Priya Raman'],
  ['lena-brands.com', 'Lena Hoffmann'],
  ['kofi.bsky.social', 'Kofi Mensah'],
  ['sofia-community.bsky.social', 'Sofía Herrera'],
  ['jun.takahashi.jp', 'Jun Takahashi'],
] as const;

const TEXTS = [
  'What made you reply to a brand last week? Not like: reply. Collecting answers for a talk.',
  'We moved our launch thread to Bluesky. Half the reach, three times the replies.',
  'Starter pack for community managers is up. Tell me who I missed.',
  'If a post gets likes but no replies, you wrote an announcement, not a conversation.',
  'Our newsletter is now mostly answers to your questions from here. Keep them coming.',
  'Tiny experiment: ending every post with a real question for a month. Week 1 notes below.',
  'Reposts are nice. Quote posts with a take are better. Replies are the whole game.',
  'Hiring a part-time editor for our creator guides. Remote, EU hours.',
  'Which metric do you look at first on Monday morning? Be honest.',
  'Thank every person who reposts you, by name, within a day. It compounds.',
];

const TRUNCATING_COMPACT = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1, roundingMode: 'trunc' } as Intl.NumberFormatOptions);

/** Bluesky's formatPostStatCount: compact, truncated, one decimal below 10K, none from 10K. */
function formatCount(value: number): string {
  if (value >= 10_000) {
    return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 0, roundingMode: 'trunc' } as Intl.NumberFormatOptions).format(value);
  }
  return TRUNCATING_COMPACT.format(value);
}

function skeets(): DemoSkeet[] {
  const list: DemoSkeet[] = [];
  for (let index = 0; index < 20; index += 1) {
    const [handle, name] = PEOPLE[index % PEOPLE.length]!;
    const scale = [1, 14, 160, 3, 52, 1300, 0, 27][index % 8]!;
    list.push({
      rkey: `3lbq${(2_000_000 - index * 7919).toString(32).padStart(5, 'a')}s2${'acegikmoqs'[index % 10]}`,
      handle,
      name,
      text: TEXTS[index % TEXTS.length]!,
      ago: index < 3 ? `${(index + 1) * 12}m` : `${index}h`,
      replies: Math.round(scale * (1 + (index % 4)) * 0.7),
      reposts: index % 5 === 3 ? 0 : Math.round(scale * 0.9 + (index % 3)),
      likes: Math.round(scale * 11 + index * 2),
      ...(index % 6 === 2 && { liked: true }),
      ...(index === 4 && { repostedBy: { handle: 'priya.raman.dev', name: 'Priya Raman' } }),
      ...(index === 9 && {
        quote: { handle: 'maren.bsky.social', name: 'Maren Holt', rkey: '3lbmzsv3gfc2t', text: 'Replies per post is the only number I look at on Mondays.' },
      }),
    });
  }
  return list;
}

function plural(count: number, one: string, other: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : other}`;
}

function controls(skeet: DemoSkeet): string {
  const replies = skeet.replies > 0 ? `<div dir="auto" class="css-146c3p1 count">${formatCount(skeet.replies)}</div>` : '';
  const reposts = skeet.reposts > 0 ? `<div dir="auto" data-testid="repostCount" class="css-146c3p1 count">${formatCount(skeet.reposts)}</div>` : '';
  const likes = skeet.likes > 0 ? `<div class="css-175oi2r" aria-disabled="true"><div dir="auto" data-testid="likeCount" class="css-146c3p1 count">${formatCount(skeet.likes)}</div></div>` : '';
  const likeLabel = `${skeet.liked ? 'Unlike' : 'Like'} (${plural(skeet.likes, 'like', 'likes')})`;
  return `<div class="css-175oi2r controls"><div class="css-175oi2r primary">
<div class="css-175oi2r slot"><button aria-label="Reply (${plural(skeet.replies, 'reply', 'replies')})" role="button" tabindex="0" data-testid="replyBtn" class="css-175oi2r ctrl" type="button">${icon('reply')}${replies}</button></div>
<div class="css-175oi2r slot"><div class="css-175oi2r"><button aria-expanded="false" aria-haspopup="menu" aria-label="Repost or quote post" role="button" tabindex="0" data-testid="repostBtn" class="css-175oi2r ctrl" type="button">${icon('repost')}${reposts}</button></div></div>
<div class="css-175oi2r slot"><button aria-label="${likeLabel}" role="button" tabindex="0" data-testid="likeBtn" class="css-175oi2r ctrl${skeet.liked ? ' liked' : ''}" type="button"><div class="css-175oi2r">${icon('heart')}</div><div class="css-175oi2r">${likes}<div class="css-175oi2r prev" aria-disabled="true"><div dir="auto" class="css-146c3p1">${formatCount(skeet.likes)}</div></div></div></button></div>
<div class="css-175oi2r"></div></div>
<div class="css-175oi2r secondary"><button aria-label="Add to saved posts" role="button" tabindex="0" data-testid="postBookmarkBtn" class="css-175oi2r ctrl" type="button">${icon('bookmark')}</button><button aria-label="Open share menu" role="button" tabindex="0" data-testid="postShareBtn" class="css-175oi2r ctrl" type="button">${icon('share')}</button><button aria-label="Open post options menu" role="button" tabindex="0" data-testid="postDropdownBtn" class="css-175oi2r ctrl" type="button">${icon('more')}</button></div></div>`;
}

function meta(handle: string, name: string, rkey: string, ago: string): string {
  return `<div class="css-175oi2r meta"><a href="/profile/${handle}" aria-label="View profile" role="link" dir="auto" class="css-146c3p1 name">${escapeHtml(name)}</a><a href="/profile/${handle}" aria-label="View profile" role="link" dir="auto" class="css-146c3p1 handle">&nbsp;@${handle}</a><a href="/profile/${handle}/post/${rkey}" aria-label="November 28, 2026" title="November 28, 2026" role="link" dir="auto" class="css-146c3p1 time"><div dir="auto" class="css-146c3p1">·&nbsp;</div>${ago}</a></div>`;
}

export function skeetHtml(skeet: DemoSkeet): string {
  const reason = skeet.repostedBy
    ? `<a href="/profile/${skeet.repostedBy.handle}" aria-label="Reposted by ${escapeHtml(skeet.repostedBy.name)}" role="link" class="css-175oi2r reason">${icon('more')}<div dir="auto" class="css-146c3p1">Reposted by ${escapeHtml(skeet.repostedBy.name)}</div></a>`
    : '';
  const embed = skeet.quote
    ? `<div class="css-175oi2r"><div class="css-175oi2r quote" role="link" tabindex="0" aria-label="Post by ${escapeHtml(skeet.quote.name)}">${meta(skeet.quote.handle, skeet.quote.name, skeet.quote.rkey, '3d')}<div dir="auto" class="css-146c3p1">${escapeHtml(skeet.quote.text)}</div></div></div>`
    : '';
  const mention = skeet.mention ? `<a href="/profile/${skeet.mention}" role="link" dir="auto" class="css-146c3p1 mention">@${skeet.mention}</a> ` : '';
  return `<div class="css-175oi2r"><div role="link" tabindex="0" data-testid="feedItem-by-${skeet.handle}" class="css-175oi2r item">
<div class="css-175oi2r reason-row">${reason}</div>
<div class="css-175oi2r layout"><div class="css-175oi2r"><a href="/profile/${skeet.handle}" aria-label="${escapeHtml(skeet.name)}'s avatar" aria-hidden="true" role="link" tabindex="-1" class="css-175oi2r avatar">${escapeHtml(skeet.name[0]!)}</a></div>
<div class="css-175oi2r content">${meta(skeet.handle, skeet.name, skeet.rkey, skeet.ago)}
<div class="css-175oi2r" data-testid="contentHider-post"><div dir="auto" data-testid="postText" class="css-146c3p1 text">${mention}${escapeHtml(skeet.text)}</div>${embed}</div>
${controls(skeet)}</div></div></div></div>`;
}

const BLUESKY_CSS = `
body { margin: 0; font: 15px/1.35 system-ui, sans-serif; background: Canvas; color: CanvasText; }
main { max-width: 600px; margin: 0 auto; border-inline: 1px solid rgba(127,127,127,.3); }
h1 { font-size: 18px; padding: 12px 16px; margin: 0; }
a { color: inherit; text-decoration: none; }
.item { display: block; padding: 8px 15px 8px 10px; border-top: 1px solid rgba(127,127,127,.3); }
.reason-row { margin-left: 60px; font-size: 13px; opacity: .7; } .reason { display: inline-flex; gap: 4px; align-items: center; }
.reason svg { width: 13px; height: 13px; }
.layout { display: flex; gap: 10px; padding-left: 8px; } .content { flex: 1; min-width: 0; }
.avatar { width: 42px; height: 42px; border-radius: 50%; background: #1083fe; color: #fff; display: grid; place-items: center; font-weight: 700; }
.meta { display: flex; gap: 4px; align-items: baseline; padding-bottom: 4px; } .meta .name { font-weight: 600; } .meta .handle, .meta .time { opacity: .6; }
.meta .time div { display: inline; }
.text { margin-bottom: 4px; white-space: pre-wrap; }
.quote { border: 1px solid rgba(127,127,127,.4); border-radius: 12px; padding: 10px 12px; margin: 6px 0; }
.controls { display: flex; justify-content: space-between; align-items: center; } .primary { display: flex; flex: 1; max-width: 320px; }
.slot { flex: 1; } .secondary { display: flex; gap: 8px; }
.ctrl { all: unset; display: inline-flex; align-items: center; gap: 4px; padding: 5px; border-radius: 999px; opacity: .75; cursor: pointer; font-size: 14px; }
.ctrl.liked { color: #ec4899; opacity: 1; } .prev { display: none; }
`;

export function blueskyFeed(): DemoFeed {
  const list = skeets();
  const expected: ExpectedPost[] = list.map((skeet) => {
    // Replies and likes are exact in the buttons' labels; reposts only in the compact number (a lower bound).
    // A repost button without a number states no count, so reposts stays unknown there.
    const reposts = skeet.reposts > 0 ? parseCount(formatCount(skeet.reposts))?.value : undefined;
    const metrics: Metrics = { replies: skeet.replies, ...(reposts !== undefined && { reposts }), likes: skeet.likes };
    return { postId: skeet.rkey, metrics };
  });
  return {
    site: 'bluesky',
    url: 'https://bsky.app/',
    title: 'Home — Bluesky',
    html: feedPage({
      title: 'Home — Bluesky',
      css: BLUESKY_CSS + COMPOSER_DIALOG_CSS,
      body: `<div id="root"><main role="main"><h1>Following</h1><div data-testid="followingFeedPage-feed-flatlist">${list.map(skeetHtml).join('\n')}</div></main></div>${BLUESKY_COMPOSER}`,
    }),
    expected,
  };
}
