import type { Metrics } from '../../../lib/sites/types';
import type { DemoFeed, ExpectedPost } from './types';

/**
 * r/marketing in both of Reddit's markups, built from the dated fixtures in tests/fixtures/reddit/ (shapes only;
 * names and texts are invented). The new-UI page gives each <shreddit-post> a declarative shadow root holding its
 * action row, as reddit.com renders it (counters as faceplate-number, built from the selector notes), so the counts
 * show in a screenshot; the adapter reads the same counts from the element's attributes.
 */

interface DemoPost {
  id: string;
  author: string;
  title: string;
  body?: string;
  /** undefined: the subreddit hides the score. */
  score?: number;
  /** undefined: comments closed (the page shows no count). */
  comments?: number;
  /** Old UI only: the score div shows this abbreviation and the row carries no exact score. */
  abbreviated?: string;
  hoursAgo: number;
  flair?: string;
  promoted?: boolean;
}

const NOW = Date.parse('2026-10-12T09:00:00Z');

const POSTS: DemoPost[] = [
  { id: 't3_1xm0a01', author: 'open_rate_olga', title: 'What finally fixed our newsletter open rates', body: 'Stopped sending on Tuesdays and started writing subject lines like texts to a friend. Open rate went from 21% to 38% in six weeks.', score: 15873, comments: 1204, hoursAgo: 5, flair: 'Discussion' },
  { id: 't3_1xm0a02', author: 'brand_voice_ben', title: 'Does anyone actually read brand voice docs?', body: 'We wrote 40 pages. I am fairly sure the only reader is the intern who formatted it.', score: 842, comments: 97, hoursAgo: 6, flair: 'Question' },
  { id: 't3_1xm0a03', author: 'seo_sam', title: 'New here: where do I start with SEO for a local bakery?', score: undefined, comments: 4, hoursAgo: 0.3, flair: 'Question' },
  { id: 't3_1adm0z9', author: 'GrowthSuiteHQ', title: 'Plan a quarter of content in an afternoon. Try GrowthSuite free.', score: 1530, comments: undefined, hoursAgo: 1, promoted: true },
  { id: 't3_1xm0a04', author: 'cpc_carla', title: 'CPC doubled overnight on Meta. Anyone else seeing this?', body: 'Same audiences, same creatives, same budget. Started Thursday.', score: 2391, comments: 612, hoursAgo: 9, flair: 'Paid Social' },
  { id: 't3_1xm0a05', author: 'hook_writer_hana', title: 'I rewrote 100 LinkedIn hooks. Here is what the top 10 had in common', score: 11020, comments: 388, abbreviated: '11.0k', hoursAgo: 12, flair: 'Resource' },
  { id: 't3_1xm0a06', author: 'quiet_quinn', title: 'Is it normal that nobody replies to my community posts?', body: 'Three months of posting twice a week. Likes, but no conversation.', score: 57, comments: 41, hoursAgo: 3, flair: 'Community' },
  { id: 't3_1xm0a07', author: 'attribution_al', title: 'Last-click attribution is lying to you, and here is the spreadsheet to prove it', score: 3304, comments: 529, hoursAgo: 14, flair: 'Analytics' },
  { id: 't3_1xm0a08', author: 'fresh_grad_fay', title: 'First marketing job: what should I learn in my first 90 days?', score: 1, comments: 0, hoursAgo: 0.1, flair: 'Career' },
  { id: 't3_1xm0a09', author: 'ugc_umar', title: 'We paid creators in product only. Results after 6 months', body: 'Cheaper than ads, slower than ads, and the comments were 10x better.', score: 689, comments: 133, hoursAgo: 20, flair: 'Case Study' },
  { id: 't3_1xm0a10', author: 'podcast_pia', title: 'Do podcast ads still work for B2B?', score: 214, comments: 89, hoursAgo: 22, flair: 'Question' },
  { id: 't3_1xm0a11', author: 'thanks_tomas', title: 'Thanking every person who shares our posts doubled our reach. Not kidding.', body: 'A short, specific thank-you in the replies. People come back.', score: 4877, comments: 702, hoursAgo: 26, flair: 'Discussion' },
  { id: 't3_1xm0a12', author: 'copy_critic_cleo', title: 'Roast my landing page headline', score: 12, comments: 64, hoursAgo: 2, flair: 'Feedback' },
  { id: 't3_1xm0a13', author: 'newsletter_ned', title: 'Weekly self-promotion thread', score: 23, comments: 318, hoursAgo: 30, flair: 'Mod Post' },
  { id: 't3_1xm0a14', author: 'metrics_mei', title: 'Engagement rate by followers vs by impressions: which do you report?', score: 128500, comments: 2250, abbreviated: '128k', hoursAgo: 40, flair: 'Analytics' },
];

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 50);
}

function permalink(post: DemoPost): string {
  const community = post.promoted ? `u_${post.author}` : 'marketing';
  return `/r/${community}/comments/${post.id.slice(3)}/${slug(post.title)}/`;
}

function pretty(value: number): string {
  if (value < 1000) return String(value);
  if (value < 100_000) return `${(Math.floor(value / 100) / 10).toFixed(1)}K`;
  return `${Math.floor(value / 1000)}K`;
}

function age(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min. ago`;
  if (hours < 24) return `${Math.round(hours)} hr. ago`;
  return `${Math.round(hours / 24)} day${hours >= 48 ? 's' : ''} ago`;
}

function isoAgo(hours: number): string {
  return new Date(NOW - hours * 3_600_000).toISOString();
}

function expectedOf(post: DemoPost, abbreviate: boolean): ExpectedPost {
  const metrics: Metrics = {};
  if (post.score !== undefined) metrics.likes = abbreviate && post.abbreviated ? Math.round(Number.parseFloat(post.abbreviated) * 1000) : post.score;
  if (post.comments !== undefined) metrics.replies = post.comments;
  return { postId: post.id, metrics };
}

const SHADOW_STYLE = `<style>
:host { display: block; }
.card { padding: 10px 14px; border-radius: 14px; }
.card:hover { background: rgba(127,127,127,.08); }
::slotted([slot="credit-bar"]) { font-size: 12px; opacity: .8; display: flex; align-items: center; gap: 6px; }
::slotted([slot="title"]) { display: block; font: 600 18px/1.3 system-ui, sans-serif; margin: 6px 0; color: inherit; text-decoration: none; }
::slotted([slot="text-body"]) { font-size: 14px; opacity: .9; }
[data-testid="action-row"] { display: flex; gap: 8px; margin-top: 8px; font-size: 12px; font-weight: 600; }
.pill { display: inline-flex; align-items: center; gap: 6px; padding: 6px 12px; border-radius: 999px; background: rgba(127,127,127,.14); color: inherit; text-decoration: none; }
</style>`;

function newCard(post: DemoPost, index: number): string {
  const link = permalink(post);
  const tag = post.promoted ? 'shreddit-ad-post' : 'shreddit-post';
  const attributes = [
    `permalink="${escape(link)}"`,
    `view-context="SubredditFeed"`,
    post.comments === undefined ? '' : `comment-count="${post.comments}"`,
    `view-type="cardView" feedIndex="${index}" award-count="0"`,
    `created-timestamp="${isoAgo(post.hoursAgo).replace('Z', '000+0000')}"`,
    `domain="self.marketing" id="${post.id}" post-title="${escape(post.title)}" post-language="en" post-type="text"`,
    post.score === undefined ? '' : `score="${post.score}"`,
    `subreddit-prefixed-name="r/marketing" author="${escape(post.author)}" subreddit-name="marketing"`,
    post.promoted ? 'data-promoted="true"' : '',
  ].filter(Boolean).join(' ');
  const vote = post.score === undefined
    ? '<faceplate-number>Vote</faceplate-number>'
    : `<faceplate-number number="${post.score}" pretty="${pretty(post.score)}">${pretty(post.score)}</faceplate-number>`;
  const comments = post.comments === undefined
    ? ''
    : `<a class="pill" data-post-click-location="comments-button" href="${escape(link)}">Comments <faceplate-number number="${post.comments}" pretty="${pretty(post.comments)}">${pretty(post.comments)}</faceplate-number></a>`;
  const credit = post.promoted
    ? `<span>u/${escape(post.author)}</span> <span>Promoted</span>`
    : `<a href="/r/marketing/">r/marketing</a> <span>•</span> <faceplate-hovercard label="${escape(post.author)} details"><a href="/user/${escape(post.author)}/">u/${escape(post.author)}</a></faceplate-hovercard> <span>•</span> <faceplate-timeago ts="${isoAgo(post.hoursAgo)}"><time datetime="${isoAgo(post.hoursAgo)}">${age(post.hoursAgo)}</time></faceplate-timeago>${post.flair ? ` <shreddit-post-flair><span class="flair">${escape(post.flair)}</span></shreddit-post-flair>` : ''}`;
  return `<article class="w-full m-0" aria-label="${escape(post.title)}" data-post-id="${post.id}">
<${tag} ${attributes}>
<template shadowrootmode="open">${SHADOW_STYLE}<div class="card"><slot name="credit-bar"></slot><slot name="title"></slot><slot name="text-body"></slot>
<div data-testid="action-row"><span class="pill" data-post-click-location="vote">▲ ${vote} ▼</span>${comments}<span class="pill">Share</span></div></div></template>
<div slot="credit-bar">${credit}</div>
<a slot="title" id="post-title-${post.id}" href="${escape(link)}">${escape(post.title)}</a>
${post.body ? `<div slot="text-body"><p>${escape(post.body)}</p></div>` : ''}
</${tag}>
</article>
<hr>`;
}

const NEW_STYLE = `<style>
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; background: Canvas; color: CanvasText; }
header { position: sticky; top: 0; padding: 10px 20px; border-bottom: 1px solid rgba(127,127,127,.3); background: Canvas; font-weight: 700; }
main { max-width: 740px; margin: 0 auto; padding: 12px; }
.banner h1 { margin: 8px 0 14px; font-size: 26px; }
hr { border: 0; border-top: 1px solid rgba(127,127,127,.25); margin: 2px 0; }
a { color: inherit; }
.flair { font-size: 11px; padding: 2px 8px; border-radius: 999px; background: rgba(0,121,211,.18); }
</style>`;

function newHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
<title>r/marketing</title>${NEW_STYLE}</head>
<body><shreddit-app><header>reddit</header><main><div class="banner"><h1>r/marketing</h1></div>
<shreddit-feed>
${POSTS.map(newCard).join('\n')}
</shreddit-feed></main></shreddit-app></body></html>`;
}

function oldRow(post: DemoPost, index: number): string {
  const link = permalink(post);
  const hidden = post.score === undefined;
  const shown = hidden ? '•' : (post.abbreviated ?? String(post.score));
  const scoreDiv = (kind: string, offset: number) =>
    `<div class="score ${kind}"${post.abbreviated ? '' : ` title="${hidden ? '' : (post.score ?? 0) + offset}"`}>${hidden || post.abbreviated ? shown : (post.score ?? 0) + offset}</div>`;
  const commentsLabel = post.comments === undefined ? 'comment' : post.comments === 0 ? 'comment' : `${post.comments} comment${post.comments === 1 ? '' : 's'}`;
  const attributes = [
    `class=" thing id-${post.id} ${index % 2 ? 'even' : 'odd'} ${post.promoted ? 'promoted ' : ''}link self"`,
    `id="thing_${post.id}" data-fullname="${post.id}" data-type="link" data-author="${escape(post.author)}"`,
    `data-subreddit="marketing" data-subreddit-prefixed="r/marketing" data-timestamp="${NOW - post.hoursAgo * 3_600_000}"`,
    `data-permalink="${escape(link)}" data-domain="self.marketing" data-rank="${index + 1}"`,
    post.comments === undefined ? '' : `data-comments-count="${post.comments}"`,
    hidden || post.abbreviated ? '' : `data-score="${post.score}"`,
    `data-promoted="${post.promoted ? 'true' : 'false'}" data-nsfw="false" data-context="listing"`,
  ].filter(Boolean).join(' ');
  return `<div ${attributes}><p class="parent"></p><span class="rank">${index + 1}</span><div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div>${scoreDiv('dislikes', -1)}${scoreDiv('unvoted', 0)}${scoreDiv('likes', 1)}<div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div><div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title" href="${escape(link)}" tabindex="1">${escape(post.title)}</a>${post.flair ? ` <span class="linkflairlabel" title="${escape(post.flair)}">${escape(post.flair)}</span>` : ''} <span class="domain">(<a href="/r/marketing/">self.marketing</a>)</span></p><p class="tagline ">${post.promoted ? 'promoted' : `submitted <time datetime="${isoAgo(post.hoursAgo)}">${age(post.hoursAgo).replace(' hr.', ' hours').replace(' min.', ' minutes')}</time>`} by <a href="https://old.reddit.com/user/${escape(post.author)}" class="author may-blank">${escape(post.author)}</a></p><ul class="flat-list buttons"><li class="first"><a href="https://old.reddit.com${escape(link)}" data-event-action="comments" class="bylink comments${post.comments ? '' : ' empty'} may-blank" rel="nofollow">${commentsLabel}</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required"><a href="#">save</a></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required" data-event-action="report">report</a></li></ul></div></div><div class="child"></div><div class="clearleft"></div></div>`;
}

const OLD_STYLE = `<style>
body { margin: 0; font: 13px/1.35 verdana, arial, sans-serif; background: Canvas; color: CanvasText; }
#header { padding: 8px 12px; background: rgba(95,153,207,.25); font-weight: 700; }
.content { margin: 8px 12px; max-width: 900px; }
.thing { display: flex; gap: 8px; padding: 6px 0; }
.rank { width: 24px; text-align: right; opacity: .6; font-size: 16px; padding-top: 6px; }
.midcol { width: 44px; text-align: center; }
.arrow { height: 12px; }
.arrow.up::before { content: "▲"; opacity: .5; }
.arrow.down::before { content: "▼"; opacity: .5; }
.score { font-weight: 700; opacity: .75; }
.score.likes, .score.dislikes { display: none; }
.child, .clearleft, .parent { display: none; }
p.title { margin: 0 0 2px; font-size: 16px; }
a.title { color: #0000ff; text-decoration: none; }
@media (prefers-color-scheme: dark) { a.title { color: #8cb3ff; } }
.linkflairlabel { font-size: 10px; border: 1px solid rgba(127,127,127,.5); padding: 0 3px; }
.domain, .tagline { font-size: 11px; opacity: .7; }
p.tagline { margin: 0 0 2px; }
ul.flat-list { list-style: none; margin: 0; padding: 0; display: flex; align-items: center; gap: 8px; font-size: 11px; font-weight: 700; }
ul.flat-list a { color: inherit; opacity: .75; text-decoration: none; }
.promoted { background: rgba(95,153,207,.12); }
</style>`;

function oldHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
<title>marketing</title>${OLD_STYLE}</head>
<body><div id="header" role="banner">reddit MARKETING</div>
<div class="content" role="main"><div class="sitetable linklisting" id="siteTable">
${POSTS.map(oldRow).join('\n')}
</div></div></body></html>`;
}

export const redditFeed: DemoFeed = {
  site: 'reddit',
  url: 'https://www.reddit.com/r/marketing/',
  title: 'r/marketing',
  html: newHtml(),
  expected: POSTS.map((post) => expectedOf(post, false)),
};

export const oldRedditFeed: DemoFeed = {
  site: 'reddit',
  url: 'https://old.reddit.com/r/marketing/',
  title: 'marketing',
  html: oldHtml(),
  expected: POSTS.map((post) => expectedOf(post, true)),
};
