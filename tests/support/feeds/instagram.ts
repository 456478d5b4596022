import type { Metrics } from '../../../lib/sites/types';
import { feedPage } from './page';
import type { DemoFeed } from './types';

/**
 * An Instagram home feed in the markup of tests/fixtures/instagram/home-feed-built-2026-12-07.html (built from the
 * 2025-26 selector notes in that folder's SOURCE.txt, not captured): article posts, profile links "/<user>/", the
 * permalink around time[datetime], svg[aria-label] icons in role=button wrappers with the count beside them (2025-26)
 * or the older "N likes" line. Names and texts are invented.
 */

export interface InstagramPost {
  handle: string;
  code: string;
  reel?: boolean;
  ago: string;
  datetime: string;
  caption: string;
  /** Counts as Instagram prints them beside the icons; undefined where it prints none (hidden likes, no comments). */
  likes?: string;
  comments?: string;
  /** The older build: "2,431 likes" to /liked_by/ and "View all 112 comments" instead of counts beside icons. */
  older?: boolean;
  views?: string;
  liked?: boolean;
  expected: Metrics;
}

export const IG_AVATAR = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='16' fill='%23b0b0b0'/%3E%3C/svg%3E";
const MEDIA_COLOURS = ['%23f9a8d4', '%2393c5fd', '%23fcd34d', '%2386efac', '%23c4b5fd', '%23fdba74'];
const media = (index: number) =>
  `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 3'%3E%3Crect width='4' height='3' fill='${MEDIA_COLOURS[index % MEDIA_COLOURS.length]}'/%3E%3C/svg%3E`;

const PATHS: Record<string, string> = {
  Like: 'M16.8 3.5c2.6 0 4.7 2.2 4.7 5 0 5.2-6.9 9.9-9.5 11.5C9.4 18.4 2.5 13.7 2.5 8.5c0-2.8 2.1-5 4.7-5 1.9 0 3.6 1.2 4.8 3 1.2-1.8 2.9-3 4.8-3Z',
  Comment: 'M20.7 16.7A9.5 9.5 0 1 0 17.4 20L21.5 21.5Z',
  Share: 'M22 3 9.2 10.1M22 3l-7 18-4.8-10.9L2 7Z',
  Save: 'M20 21 12 13.4 4 21V3h16Z',
  'More options': 'M6 12h.01M12 12h.01M18 12h.01',
};

export const igIcon = (label: string, path = label === 'Unlike' ? PATHS.Like! : (PATHS[label] ?? PATHS.Share!)) =>
  `<svg aria-label="${label}" class="x1lliihq x1n2onr6" fill="${label === 'Unlike' ? '#ff3040' : 'none'}" stroke="currentColor" stroke-width="2" height="24" role="img" viewBox="0 0 24 24" width="24"><title>${label}</title><path d="${path}"></path></svg>`;

const action = (label: string, count?: string) =>
  `<div class="x78zum5 x6s0dn4 fc-action"><span class="xp7jhwk"><div class="x1i10hfl x972fbf" role="button" tabindex="0">${igIcon(label)}</div></span>${
    count === undefined ? '' : `<span class="x1lliihq fc-count"><span class="html-span" role="button" tabindex="0">${count}</span></span>`
  }</div>`;

export function igArticle(p: InstagramPost, index: number): string {
  const link = `/${p.reel ? 'reel' : 'p'}/${p.code}/`;
  const like = p.liked ? 'Unlike' : 'Like';
  const actions = p.older
    ? `<section class="_aamu fc-actions"><span class="_aamw">${action(like)}</span><span class="_aamx">${action('Comment')}</span><span class="_aamy">${action('Share')}</span><span class="fc-save">${action('Save')}</span></section>${
        p.likes ? `<section class="fc-likes"><a href="/p/${p.code}/liked_by/" role="link"><span class="html-span">${p.likes}</span> likes</a></section>` : ''
      }`
    : `<section class="fc-actions"><div class="x78zum5 fc-row">${action(like, p.likes)}${action('Comment', p.comments)}${action('Share')}</div><div class="fc-save">${action('Save')}</div>${
        p.views ? `<div class="fc-views"><span class="x1lliihq">${p.views} views</span></div>` : ''
      }</section>`;
  const allComments = p.older && p.comments ? `<div class="fc-all"><a href="/p/${p.code}/comments/" role="link"><span>View all ${p.comments} comments</span></a></div>` : '';
  return `<article class="x1lliihq x1n2onr6 xh8yej3 fc-post">
<div class="x9f619 x78zum5 fc-head"><a href="/${p.handle}/" role="link" tabindex="-1"><img alt="${p.handle}'s profile picture" class="fc-avatar" src="${IG_AVATAR}" height="32" width="32"></a>
 <div class="x1iyjqo2 fc-who"><a class="notranslate _a6hd fc-handle" href="/${p.handle}/" role="link"><span class="_ap3a _aaco" dir="auto">${p.handle}</span></a><span class="fc-dot"> • </span><a class="fc-time" href="${link}" role="link"><time datetime="${p.datetime}" title="${p.datetime}">${p.ago}</time></a></div>
 <div class="x1i10hfl" role="button" tabindex="0">${igIcon('More options')}</div></div>
<div class="_aagu fc-media"><img alt="${p.reel ? 'Reel' : 'Photo'} by ${p.handle}" src="${media(index)}" width="468" height="351">${p.reel ? '<span class="fc-reel">&#9654;</span>' : ''}</div>
${actions}
<div class="fc-caption"><a class="notranslate _a6hd fc-handle" href="/${p.handle}/" role="link"><span class="_ap3a" dir="auto">${p.handle}</span></a> <span class="x193iq5w" dir="auto">${p.caption}</span></div>${allComments}
</article>`;
}

const mention = (handle: string) => `<a class="notranslate _a6hd" href="/${handle}/" role="link">@${handle}</a>`;

const POSTS: InstagramPost[] = [
  { handle: 'brightlane.studio', code: 'DF3kQz2sXaP', ago: '21h', datetime: '2026-12-06T14:05:00.000Z', caption: `Five hooks that stopped the scroll for us this month. Credit to ${mention('nora.writes')} for the second one.`, likes: '1,234', comments: '48', expected: { likes: 1234, replies: 48 } },
  { handle: 'ana.creates', code: 'DE9zT0pQr4S', reel: true, ago: '1d', datetime: '2026-12-05T18:00:00.000Z', caption: 'Three-act structure in a 30-second ad. Watch the retention curve at the end.', likes: '12.3K', comments: '1,204', views: '48.2K', expected: { likes: 12300, replies: 1204, views: 48200 } },
  { handle: 'maya.builds.brands', code: 'DF2aa_Lm-3q', older: true, liked: true, ago: '1d', datetime: '2026-12-06T08:12:00.000Z', caption: 'We rebranded a bakery in 30 days. Here is the moodboard that started it.', likes: '2,431', comments: '112', expected: { likes: 2431, replies: 112 } },
  { handle: 'quiet.founder', code: 'DF1xQw9Er8T', ago: '2d', datetime: '2026-12-05T05:10:00.000Z', caption: 'No like counts here on purpose. Tell me what you think instead.', comments: '5', expected: { replies: 5 } },
  { handle: 'theo.copy', code: 'DE8mN0pQr4S', ago: '2d', datetime: '2026-12-05T09:40:00.000Z', caption: 'Write the subject line last. Always.', likes: '356', comments: '27', expected: { likes: 356, replies: 27 } },
  { handle: 'sunday.socials', code: 'DE7bC1dE2fG', ago: '3d', datetime: '2026-12-04T09:30:00.000Z', caption: 'Which platform gave you the most comments this year? Genuinely curious.', likes: '64', comments: '1.1K', expected: { likes: 64, replies: 1100 } },
  { handle: 'lena.ugc', code: 'DE6hJ3kL4mN', reel: true, ago: '3d', datetime: '2026-12-04T07:15:00.000Z', caption: 'Behind the scenes of a UGC shoot: lights, phone, one take.', likes: '8,912', comments: '301', views: '1.2M', expected: { likes: 8912, replies: 301, views: 1200000 } },
  { handle: 'pixelandpress', code: 'DE5qR6sT7uV', older: true, ago: '4d', datetime: '2026-12-03T16:20:00.000Z', caption: 'Our agency shows this carousel to every new hire.', likes: '942', comments: '23', expected: { likes: 942, replies: 23 } },
  { handle: 'milamarketing', code: 'DE4wX8yZ9aB', ago: '4d', datetime: '2026-12-03T11:05:00.000Z', caption: `Launch day! Thank you ${mention('ana.creates')} for the photos.`, likes: '2,045', comments: '96', expected: { likes: 2045, replies: 96 } },
  { handle: 'kaori.design', code: 'DE3cD0eF1gH', ago: '5d', datetime: '2026-12-02T03:45:00.000Z', caption: '新しいロゴができました。ご意見ください！', likes: '4.8K', comments: '210', expected: { likes: 4800, replies: 210 } },
  { handle: 'jon.podcasts', code: 'DE2iJ2kL3mN', ago: '6d', datetime: '2026-12-01T19:30:00.000Z', caption: 'Episode 48 is out: why your audience never comments.', likes: '713', expected: { likes: 713 } },
  { handle: 'lucia.contenidos', code: 'DE1oP4qR5sT', ago: '1w', datetime: '2026-11-30T12:00:00.000Z', caption: '¿Qué red social os da más conversación? Os leo.', likes: '1,587', comments: '88', expected: { likes: 1587, replies: 88 } },
];

export const IG_CSS = `
:root { color-scheme: light dark; --bg: #fff; --fg: #000; --muted: #737373; --line: #dbdbdb; --link: #00376b; }
@media (prefers-color-scheme: dark) { :root { --bg: #000; --fg: #f5f5f5; --muted: #a8a8a8; --line: #262626; --link: #e0f1ff; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/18px -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; }
a { color: inherit; text-decoration: none; }
.fc-layout { display: grid; grid-template-columns: 244px 1fr; min-height: 100vh; }
.fc-nav { border-right: 1px solid var(--line); padding: 24px 12px; position: sticky; top: 0; height: 100vh; box-sizing: border-box; }
.fc-nav .fc-logo { font: italic 600 24px/1 Georgia, serif; padding: 12px; display: block; margin-bottom: 24px; }
.fc-nav a { display: flex; gap: 16px; align-items: center; padding: 12px; border-radius: 8px; font-size: 16px; }
.fc-nav img { border-radius: 50%; }
main { display: flex; justify-content: center; padding: 24px 0; }
.fc-column { width: 470px; }
.fc-post { border-bottom: 1px solid var(--line); padding-bottom: 16px; margin-bottom: 16px; }
.fc-head { display: flex; align-items: center; gap: 10px; padding: 8px 0; } .fc-avatar { border-radius: 50%; }
.fc-who { flex: 1; } .fc-handle { font-weight: 600; } .fc-time, .fc-dot { color: var(--muted); }
[role="button"] { cursor: pointer; display: inline-flex; }
.fc-media { position: relative; } .fc-media img { width: 100%; height: auto; display: block; border-radius: 4px; }
.fc-reel { position: absolute; top: 12px; right: 12px; color: #fff; font-size: 20px; }
.fc-actions { display: flex; align-items: center; flex-wrap: wrap; gap: 4px; padding: 6px 0; }
.fc-row, ._aamu { display: flex; align-items: center; gap: 12px; } .fc-action { display: flex; align-items: center; gap: 4px; }
.fc-count { font-weight: 600; } .fc-save { margin-left: auto; } .fc-views { width: 100%; color: var(--muted); }
.fc-likes { font-weight: 600; padding-bottom: 4px; } .fc-caption { line-height: 18px; } .fc-caption a[href] { color: var(--link); }
.fc-caption a.fc-handle { color: inherit; } .fc-all { color: var(--muted); padding-top: 6px; }
`;

export const igNav = (me?: string) => `<div class="fc-nav" role="navigation"><a class="fc-logo" href="/" aria-label="Instagram">Instagram</a>
<a href="/" role="link">${igIcon('Home', 'M3 10 12 3l9 7v11H3Z')}<span>Home</span></a><a href="/explore/" role="link">${igIcon('Explore', 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Z')}<span>Explore</span></a>
<a href="/reels/" role="link">${igIcon('Reels', 'M3 3h18v18H3Z')}<span>Reels</span></a><a href="/notifications/" role="link">${igIcon('Notifications', PATHS.Like)}<span>Notifications</span></a>
${me ? `<a href="/${me}/" role="link"><img alt="${me}'s profile picture" src="${IG_AVATAR}" height="24" width="24"><span>Profile</span></a>` : ''}</div>`;

export const instagramFeed: DemoFeed = {
  site: 'instagram',
  url: 'https://www.instagram.com/',
  title: 'Instagram',
  html: feedPage({
    title: 'Instagram',
    css: IG_CSS,
    body: `<div class="fc-layout">${igNav()}<main role="main"><div class="fc-column">\n${POSTS.map(igArticle).join('\n')}\n</div></main></div>`,
  }),
  expected: POSTS.map((p) => ({ postId: p.code, metrics: p.expected })),
};
