import type { Metrics } from '../../../lib/sites/types';
import type { DemoFeed } from './types';
import { COMPOSER_DIALOG_CSS, composerStandInScript } from './composer-stand-in';

/** Threads' reply dialog (the markup of tests/support/feeds/threads-reciprocity.ts), opened by a post's reply button. */
export const THREADS_COMPOSER = composerStandInScript({
  postSelector: 'div[data-pressable-container="true"]',
  replyButton: '[role="button"]:has(svg[aria-label="Reply"])',
  dialogHtml:
    '<a href="{{href}}" role="link"><span dir="auto">Replying</span></a><div contenteditable="true" role="textbox" aria-label="Empty text field. Type to compose a new post." tabindex="0"></div><div role="button" tabindex="0" class="fc-post-button"><div>Post</div></div>',
  editor: '[role="dialog"] [role="textbox"]',
  submit: '[role="dialog"] .fc-post-button',
});


/**
 * A Threads home feed in the markup of tests/fixtures/threads/threads-feed-built-2026-11-28.html
 * (built from the 2025-26 selector notes, not captured). Names and texts are invented.
 */

interface FeedPost {
  handle: string;
  code: string;
  ago: string;
  datetime: string;
  text: string;
  /** Visible counts as Threads prints them; undefined where it prints none. */
  likes?: string;
  replies?: string;
  reposts?: string;
  shares?: string;
  liked?: boolean;
  expected: Metrics;
}

const PATHS = {
  like: 'M1.34 7.53c0-3.08 2.13-5.4 4.95-5.4 1.6 0 2.92.8 3.71 2.05.8-1.25 2.11-2.05 3.71-2.05 2.82 0 4.95 2.32 4.95 5.4 0 4.12-4.6 7.92-8.66 10.16-4.06-2.24-8.66-6.04-8.66-10.16Z',
  reply: 'M15.38 13.1A7.87 7.87 0 1 0 12.3 16.2l3.78 1.05-1.05-3.78Z',
  repost: 'M6.41 1.66 3.2 4.87h10.1v4.7M11.59 16.34l3.21-3.21H4.7V8.43',
  share: 'M15.6 2.4 1.9 7.2l6 2.6 2.6 6Z',
  more: 'M3 9h.01M9 9h.01M15 9h.01',
};

const icon = (label: string, path: string) =>
  `<svg aria-label="${label}" role="img" viewBox="0 0 18 18" class="x1lliihq x2lah0s x1n2onr6 x16ye13r"><title>${label}</title><path d="${path}"></path></svg>`;

const action = (label: string, path: string, count: string | undefined) =>
  `<div class="x4vbgl9 x1qfufaz"><div role="button" tabindex="0" class="x1i10hfl x1ypdohk xdl72j9"><div class="x6s0dn4 x17zd0t2 x78zum5">${icon(label, path)}${
    count === undefined ? '' : `<span class="x17qophe"><div class="xu9jpxn x1n2onr6"><span dir="auto" class="x1lliihq x1plvlek">${count}</span></div></span>`
  }</div></div></div>`;

const post = (p: FeedPost) => `
<div class="x78zum5 xdt5ytf fc-item">
<div data-pressable-container="true" class="x1lliihq x1n2onr6 x1ypdohk">
 <div class="x78zum5 x1q0g3np fc-post">
  <div class="xc26acl fc-avatar"><a href="/@${p.handle}" role="link" tabindex="-1"><img alt="${p.handle}'s profile picture" height="36" width="36" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 36 36'%3E%3Ccircle cx='18' cy='18' r='18' fill='%23a3a3a3'/%3E%3C/svg%3E"></a></div>
  <div class="x1iyjqo2 xeuugli fc-main">
   <div class="x78zum5 x1q0g3np fc-head"><span class="x1lliihq"><a href="/@${p.handle}" role="link" class="fc-handle"><span dir="auto" class="x1lliihq">${p.handle}</span></a></span><span class="x1lliihq"><a href="/@${p.handle}/post/${p.code}" role="link" class="fc-time"><time datetime="${p.datetime}" title="${p.datetime}">${p.ago}</time></a></span><div role="button" tabindex="0" class="x1i10hfl fc-more">${icon('More', PATHS.more)}</div></div>
   <div class="x1a6qonq fc-text"><span dir="auto" class="x1lliihq x1plvlek"><span>${p.text}</span></span></div>
   <div class="x6s0dn4 x78zum5 x1mrl7vn fc-actions">${action(p.liked ? 'Unlike' : 'Like', PATHS.like, p.likes)}${action('Reply', PATHS.reply, p.replies)}${action('Repost', PATHS.repost, p.reposts)}${action('Share', PATHS.share, p.shares)}</div>
  </div>
 </div>
</div>
</div>`;

const POSTS: FeedPost[] = [
  { handle: 'brightlane.studio', code: 'DB7kQz2sXaP', ago: '21h', datetime: '2026-11-27T14:05:00.000Z', text: 'Five hooks that stopped the scroll for us this month. Thread below.', likes: '1.2K', replies: '48', reposts: '12', shares: '5', expected: { likes: 1200, replies: 48, reposts: 12 } },
  { handle: 'nora.writes', code: 'DB8aa_Lm-3q', ago: '3h', datetime: '2026-11-28T08:12:00.000Z', text: 'Hot take: your content calendar is a wish list until you batch-write on Mondays.', likes: '87', reposts: '3', liked: true, expected: { likes: 87, reposts: 3 } },
  { handle: 'maya.builds.brands', code: 'DC0aB1cD2eF', ago: '4h', datetime: '2026-11-28T07:00:00.000Z', text: 'We rebranded a bakery in 30 days. Here is the moodboard that started it.', likes: '2,431', replies: '112', reposts: '64', shares: '19', expected: { likes: 2431, replies: 112, reposts: 64 } },
  { handle: 'quiet.founder', code: 'DC3mN0pQr4S', ago: '1h', datetime: '2026-11-28T10:30:00.000Z', text: 'Shipping the newsletter today. No likes yet, and that is fine.', expected: {} },
  { handle: 'theo.copy', code: 'DC1xQw9Er8T', ago: '6h', datetime: '2026-11-28T05:10:00.000Z', text: 'Write the subject line last. Always.', likes: '356', replies: '27', expected: { likes: 356, replies: 27 } },
  { handle: 'sunday.socials', code: 'DBz_09Lk-Jh', ago: '8h', datetime: '2026-11-28T03:00:00.000Z', text: 'Which platform gave you the most replies this year? Genuinely curious.', likes: '64', replies: '1.1K', reposts: '9', expected: { likes: 64, replies: 1100, reposts: 9 } },
  { handle: 'ana.creates', code: 'DC2pLmN3oPq', ago: '9h', datetime: '2026-11-28T02:15:00.000Z', text: 'Reels under 12 seconds are outperforming everything else on our accounts.', likes: '12.4K', replies: '503', reposts: '1.8K', shares: '2.1K', expected: { likes: 12400, replies: 503, reposts: 1800 } },
  { handle: 'growthloop.co', code: 'DBy7Uu6Tt5R', ago: '11h', datetime: '2026-11-28T00:05:00.000Z', text: 'A simple rule for community managers: answer every question within the hour.', likes: '9', replies: '1', expected: { likes: 9, replies: 1 } },
  { handle: 'lena.ugc', code: 'DC5aZ2yX3wV', ago: '12h', datetime: '2026-11-27T23:00:00.000Z', text: 'UGC brief template, free, no email needed. Reply "brief" and I will send it.', likes: '742', replies: '688', reposts: '41', shares: '57', expected: { likes: 742, replies: 688, reposts: 41 } },
  { handle: 'pixel.and.press', code: 'DBx4Ss3Rr2Q', ago: '14h', datetime: '2026-11-27T21:00:00.000Z', text: 'Our agency now reports replies before likes. Clients noticed the difference.', likes: '1M', replies: '8.9K', reposts: '15K', expected: { likes: 1000000, replies: 8900, reposts: 15000 } },
  { handle: 'jon.podcasts', code: 'DC6bC7dE8fG', ago: '16h', datetime: '2026-11-27T19:00:00.000Z', text: 'Episode 42 is out: how a florist built 40K followers with behind-the-scenes clips.', likes: '128', reposts: '14', shares: '6', expected: { likes: 128, reposts: 14 } },
  { handle: 'studio.ferro', code: 'DBw1Pp0Oo9N', ago: '18h', datetime: '2026-11-27T17:00:00.000Z', text: 'Carousel vs single image: we tested 60 posts. Results in the replies.', likes: '3,077', replies: '246', reposts: '380', shares: '91', liked: true, expected: { likes: 3077, replies: 246, reposts: 380 } },
  { handle: 'mila.marketing', code: 'DC7hI8jK9lM', ago: '20h', datetime: '2026-11-27T15:00:00.000Z', text: 'Thank you to everyone who shared the launch post. Reading every reply tonight.', likes: '45', replies: '38', reposts: '22', expected: { likes: 45, replies: 38, reposts: 22 } },
  { handle: 'brandvoice.lab', code: 'DBv8Mm7Ll6K', ago: '1d', datetime: '2026-11-27T09:00:00.000Z', text: 'Tone of voice is a promise. Break it once and people notice.', likes: '5.6K', replies: '77', reposts: '402', expected: { likes: 5600, replies: 77, reposts: 402 } },
];

const CSS = `
:root { color-scheme: light dark; --bg: #fff; --fg: #000; --muted: #777; --line: #e5e5e5; }
@media (prefers-color-scheme: dark) { :root { --bg: #101010; --fg: #f3f5f7; --muted: #999; --line: #2a2a2a; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
#barcelona-page-layout { max-width: 620px; margin: 0 auto; border: 1px solid var(--line); border-radius: 24px; margin-top: 16px; }
.fc-top { text-align: center; padding: 14px; font-weight: 600; border-bottom: 1px solid var(--line); }
.fc-item { border-bottom: 1px solid var(--line); padding: 12px 24px; }
.fc-post { display: flex; gap: 12px; }
.fc-avatar img { border-radius: 50%; }
.fc-main { flex: 1; }
.fc-head { display: flex; gap: 8px; align-items: center; }
.fc-handle { color: var(--fg); font-weight: 600; text-decoration: none; }
.fc-time { color: var(--muted); text-decoration: none; }
.fc-more { margin-left: auto; }
.fc-text { margin: 4px 0 8px; }
.fc-actions { display: flex; gap: 16px; align-items: center; color: var(--muted); font-size: 13px; }
.fc-actions [role="button"] > div { display: flex; gap: 4px; align-items: center; }
svg { width: 18px; height: 18px; fill: none; stroke: currentColor; stroke-width: 1.5; }
`;

export const threadsFeed: DemoFeed = {
  site: 'threads',
  url: 'https://www.threads.com/',
  title: 'Threads',
  html: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Threads</title><style>${CSS}</style></head>
<body><div id="barcelona-page-layout"><div class="fc-top">For you</div><div class="x78zum5 xdt5ytf x1iyjqo2" role="region" aria-label="Column body">
${POSTS.map(post).join('\n')}
</div></div>${THREADS_COMPOSER}<style>${COMPOSER_DIALOG_CSS}</style></body></html>`,
  expected: POSTS.map((p) => ({ postId: p.code, metrics: p.expected })),
};
