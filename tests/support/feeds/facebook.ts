import { icon } from './icons';
import type { Metrics } from '../../../lib/sites/types';
import type { DemoFeed } from './types';
import { COMPOSER_DIALOG_CSS, composerStandInScript } from './composer-stand-in';

/** Facebook's comment box under a post (the markup of tests/support/feeds/facebook-reciprocity.ts), opened by "Comment". */
const FACEBOOK_COMPOSER = composerStandInScript({
  postSelector: 'div[aria-posinset]',
  replyButton: '[aria-label="Leave a comment"]',
  dialogHtml:
    '<form role="presentation"><div aria-label="Write a comment…" contenteditable="true" role="textbox" spellcheck="true" tabindex="0" data-lexical-editor="true"></div><div id="focused-state-composer-submit"><span><div aria-label="Comment" role="button" tabindex="0">&#10148;</div></span></div></form>',
  editor: 'form [contenteditable="true"][role="textbox"]',
  submit: '#focused-state-composer-submit [role="button"]',
  inline: true,
});


/**
 * A Facebook home feed in the Comet markup of tests/fixtures/facebook/facebook-feed-built-2026-11-28.html
 * (built from the 2025-12-29 selector notes, not captured). Names and texts are invented.
 */

interface FeedPost {
  name: string;
  /** The profile's path on facebook.com ("brightlane.studio"). */
  profile: string;
  postId: string;
  ago: string;
  text: string;
  /** Summary bar texts as Facebook prints them; undefined where it prints none. */
  reactions?: string;
  comments?: string;
  shares?: string;
  views?: string;
  expected: Metrics;
}

const B = 'https://www.facebook.com';
const CFT = '?__cft__[0]=AZXq1bT9uVw&amp;__tn__=%2CO%2CP-R';
const AVATAR =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40'%3E%3Ccircle cx='20' cy='20' r='20' fill='%23b0b3b8'/%3E%3C/svg%3E";
const REACTION_ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 18 18'%3E%3Ccircle cx='9' cy='9' r='9' fill='%231877f2'/%3E%3C/svg%3E";

function summary(p: FeedPost): string {
  const reactions = p.reactions
    ? `<div class="x6s0dn4 x78zum5 x1iyjqo2 fc-reactions"><span aria-hidden="true" class="x1rg5ohu"><img alt="" height="18" width="18" src="${REACTION_ICON}"></span><div class="x1i10hfl x1qjc9v5" role="button" tabindex="0"><span class="xt0b8zv x2bj2ny xrbpyxo xl423tq fc-hidden">All reactions:</span><span aria-hidden="true" class="x1rg5ohu"><span class="xt0psk2"><span class="x1e558r4">${p.reactions}</span></span></span></div></div>`
    : '<div class="x1iyjqo2"></div>';
  const counts = [p.comments, p.views, p.shares]
    .filter((text) => text !== undefined)
    .map((text) => `<div class="x9f619 x1n2onr6"><div class="x1i10hfl x1qjc9v5" role="button" tabindex="0"><span class="html-span xdj266r x1lliihq">${text}</span></div></div>`)
    .join('');
  return `<div class="x6s0dn4 xi81zsa x78zum5 x6prxxf fc-summary">${reactions}<div class="x9f619 x78zum5 x1e56ztr fc-counts">${counts}</div></div>`;
}

const ACTIONS = `<div class="x9f619 x1n2onr6 x78zum5 xl56j7k fc-actions"><div class="x9f619 x1iyjqo2"><div aria-label="Like" class="x1i10hfl" role="button" tabindex="0"><span data-ad-rendering-role="like_button" class="x1lliihq">${icon('thumbUp')} Like</span></div></div><div class="x9f619 x1iyjqo2"><div aria-label="Leave a comment" class="x1i10hfl" role="button" tabindex="0"><span data-ad-rendering-role="comment_button" class="x1lliihq">${icon('reply')} Comment</span></div></div><div class="x9f619 x1iyjqo2"><div aria-label="Send this to friends or post it on your profile." class="x1i10hfl" role="button" tabindex="0"><span data-ad-rendering-role="share_button" class="x1lliihq">${icon('share')} Share</span></div></div></div>`;

const post = (p: FeedPost, index: number) => `
<div class="x1lliihq fc-item"><div aria-posinset="${index + 1}" aria-setsize="-1" aria-labelledby=":r${index}a:" class="x1a2a7pz"><div class="x1yztbdb x1n2onr6 xh8yej3 fc-card">
 <div class="x78zum5 x1q0g3np fc-head"><a aria-hidden="true" href="${B}/${p.profile}${CFT}" role="link" tabindex="-1"><img alt="" class="fc-avatar" height="40" width="40" src="${AVATAR}"></a>
  <div class="x1iyjqo2"><div data-ad-rendering-role="profile_name" class="xu06os2 x1ok221b"><h4 id=":r${index}a:" class="html-h4 fc-name"><span class="xt0psk2"><a href="${B}/${p.profile}${CFT}" role="link"><strong><span>${p.name}</span></strong></a></span></h4></div>
  <div class="xu06os2 fc-meta"><span class="xt0psk2"><a aria-label="${p.ago}" href="${B}/${p.profile}/posts/${p.postId}${CFT}" role="link"><span>${p.ago}</span></a></span><span aria-hidden="true"> · ${icon('globe', { size: 12 })}</span></div></div></div>
 <div data-ad-rendering-role="story_message" class="html-div fc-text"><div data-ad-comet-preview="message" data-ad-preview="message"><div dir="auto" style="text-align:start">${p.text}</div></div></div>
 ${summary(p)}
 ${ACTIONS}
</div></div></div>`;

const PF = (tail: string) => `pfbid0${tail}`;

const POSTS: FeedPost[] = [
  { name: 'Brightlane Studio', profile: 'brightlane.studio', postId: PF('2Xk7aBcDeFgHiJkLmNoPqRsTuVwXyZ12345aBcDeFgHiJkl'), ago: '2h', text: 'Five hooks that stopped the scroll for us this month. Which one would you try first?', reactions: '1.2K', comments: '48 comments', shares: '12 shares', expected: { likes: 1200, replies: 48, reposts: 12 } },
  { name: 'Nora Writes', profile: 'nora.writes', postId: PF('Nq8rStUvWxYz1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7qRl'), ago: '3h', text: 'Hot take: your content calendar is a wish list until you batch-write on Mondays.', reactions: '87', comments: '14 comments', expected: { likes: 87, replies: 14 } },
  { name: 'Maya Builds Brands', profile: 'maya.builds.brands', postId: PF('Mb7aYb8uIlDs9BrAnDs1a2B3c4D5e6F7g8H9i0J1k2L3m4l'), ago: '4h', text: 'We rebranded a bakery in 30 days. Here is the moodboard that started it.', reactions: '2,431', comments: '112 comments', shares: '64 shares', expected: { likes: 2431, replies: 112, reposts: 64 } },
  { name: 'Quiet Founder', profile: 'quiet.founder', postId: PF('QuIeT1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s0T1u2Vl'), ago: '12m', text: 'Shipping the newsletter today. First issue, fingers crossed.', expected: {} },
  { name: 'Theo Copy', profile: 'theo.copy', postId: '1029384756102938', ago: '6h', text: 'Write the subject line last. Always.', reactions: '356', comments: '27 comments', expected: { likes: 356, replies: 27 } },
  { name: 'Sunday Socials', profile: 'sunday.socials', postId: PF('SuNd4yS0c1aLs2a3B4c5D6e7F8g9H0i1J2k3L4m5N6o7P8ql'), ago: '8h', text: 'Which platform gave you the most comments this year? Genuinely curious.', reactions: '64', comments: '1.1K comments', shares: '9 shares', expected: { likes: 64, replies: 1100, reposts: 9 } },
  { name: 'Ana Creates', profile: 'ana.creates', postId: PF('AnAcR3aT3s1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9sl'), ago: '9h', text: 'Our 12-second reel outperformed everything else this quarter. Full breakdown inside.', reactions: '12K', comments: '503 comments', views: '1.4M views', shares: '1.8K shares', expected: { likes: 12000, replies: 503, views: 1400000, reposts: 1800 } },
  { name: 'Growthloop', profile: 'growthloop.co', postId: '5647382910564738', ago: '11h', text: 'A simple rule for community managers: answer every question within the hour.', reactions: '9', comments: '1 comment', expected: { likes: 9, replies: 1 } },
  { name: 'Lena UGC', profile: 'lena.ugc', postId: PF('LeNaUgC1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s0T1ul'), ago: '12h', text: 'UGC brief template, free, no email needed. Comment "brief" and I will send it.', reactions: '742', comments: '688 comments', shares: '41 shares', expected: { likes: 742, replies: 688, reposts: 41 } },
  { name: 'Pixel & Press Agency', profile: 'pixelandpress', postId: PF('PiXeLpReSs1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9sl'), ago: '14h', text: 'Our agency now reports comments before likes. Clients noticed the difference.', reactions: '3.1K', comments: '8.9K comments', shares: '15K shares', expected: { likes: 3100, replies: 8900, reposts: 15000 } },
  { name: 'Jon Podcasts', profile: 'jon.podcasts', postId: '7788990011223344', ago: '16h', text: 'Episode 42 is out: how a florist built 40K followers with behind-the-scenes clips.', reactions: '128', views: '2.3K views', shares: '14 shares', expected: { likes: 128, views: 2300, reposts: 14 } },
  { name: 'Studio Ferro', profile: 'studio.ferro', postId: PF('FeRrO1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s0T1u2Vl'), ago: '18h', text: 'Carousel vs single image: we tested 60 posts. Results in the comments.', reactions: '3,077', comments: '246 comments', shares: '380 shares', expected: { likes: 3077, replies: 246, reposts: 380 } },
  { name: 'Mila Marketing', profile: 'mila.marketing', postId: PF('MiLaMkT1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s0T1ul'), ago: '20h', text: 'Thank you to everyone who shared the launch post. Reading every comment tonight.', reactions: '45', comments: '38 comments', shares: '22 shares', expected: { likes: 45, replies: 38, reposts: 22 } },
  { name: 'Brandvoice Lab', profile: 'brandvoice.lab', postId: '9081726354908172', ago: '1d', text: 'Tone of voice is a promise. Break it once and people notice.', reactions: '5.6K', comments: '77 comments', shares: '402 shares', expected: { likes: 5600, replies: 77, reposts: 402 } },
];

const CSS = `
:root { color-scheme: light dark; --bg: #f0f2f5; --card: #fff; --fg: #050505; --muted: #65676b; --line: #ced0d4; }
@media (prefers-color-scheme: dark) { :root { --bg: #18191a; --card: #242526; --fg: #e4e6eb; --muted: #b0b3b8; --line: #3e4042; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.34 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
[role="feed"] { max-width: 590px; margin: 16px auto; }
[role="feed"] > h3 { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.fc-card { background: var(--card); border-radius: 8px; margin-bottom: 16px; padding: 12px 16px 4px; box-shadow: 0 1px 2px rgba(0, 0, 0, 0.2); }
.fc-head { display: flex; gap: 8px; align-items: center; }
.fc-avatar { border-radius: 50%; }
.fc-name { margin: 0; font-size: 15px; }
.fc-name a { color: var(--fg); text-decoration: none; }
.fc-meta, .fc-meta a { color: var(--muted); font-size: 13px; text-decoration: none; }
.fc-text { margin: 12px 0; }
.fc-summary { display: flex; align-items: center; justify-content: space-between; color: var(--muted); padding: 8px 0; min-height: 20px; }
.fc-reactions { display: flex; gap: 4px; align-items: center; }
.fc-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.fc-counts { display: flex; gap: 12px; }
.fc-actions { display: flex; align-items: center; border-top: 1px solid var(--line); padding: 4px 0; color: var(--muted); font-weight: 600; }
.fc-actions > div { flex: 1; text-align: center; padding: 6px 0; }
`;

export const facebookFeed: DemoFeed = {
  site: 'facebook',
  url: 'https://www.facebook.com/',
  title: 'Facebook',
  html: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Facebook</title><style>${CSS}</style></head>
<body><div id="mount_0_0_fc"><div role="main"><div role="feed"><h3 class="html-h3" dir="auto">News Feed posts</h3>
${POSTS.map(post).join('\n')}
</div></div></div>${FACEBOOK_COMPOSER}<style>${COMPOSER_DIALOG_CSS}</style></body></html>`,
  expected: POSTS.map((p) => ({ postId: p.postId, metrics: p.expected })),
};
