import type { Metrics } from '../../../lib/sites/types';
import { feedPage } from './page';
import type { DemoFeed } from './types';

/**
 * TikTok's For You feed and a video's page with its comments, in the markup of tests/fixtures/tiktok/ (built from
 * the 2025-26 data-e2e notes in that folder's SOURCE.txt, not captured). Names and texts are invented.
 */

export interface TiktokVideo {
  handle: string;
  id: string;
  caption: string;
  /** Counts as TikTok prints them; a count of nothing is printed as its label ("Share"). */
  likes: string;
  comments: string;
  saves: string;
  shares: string;
  expected: Metrics;
}

export interface TiktokComment {
  id: string;
  handle: string;
  name: string;
  text: string;
  /** "" when nobody liked it: TikTok prints no number. */
  likes: string;
  ago: string;
  /** "View 12 replies" under a thread's first comment. */
  more?: string;
  replies?: TiktokComment[];
  expected: Metrics;
}

export const TT_AVATAR = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 48 48'%3E%3Ccircle cx='24' cy='24' r='24' fill='%23a0a0a0'/%3E%3C/svg%3E";
const COVERS = ['%23fe2c55', '%2325f4ee', '%23f59e0b', '%238b5cf6', '%2310b981', '%233b82f6'];
const cover = (index: number) => `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 9 16'%3E%3Crect width='9' height='16' fill='${COVERS[index % COVERS.length]}'/%3E%3C/svg%3E`;
const svg = (path: string) => `<svg width="24" height="24" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="${path}"></path></svg>`;
const ICONS: Record<string, string> = {
  like: svg('M12 21s-8-5.2-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.8-8 11-8 11Z'),
  comment: svg('M12 3c5 0 9 3.4 9 7.6s-4 7.6-9 7.6c-1 0-2-.1-2.9-.4L4 20l1.2-4.1C3.8 14.5 3 12.6 3 10.6 3 6.4 7 3 12 3Z'),
  undefined: svg('M6 3h12v18l-6-4.5L6 21Z'),
  share: svg('M13 4l8 7.5-8 7.5v-4.6c-5 0-8.3 1.5-10 5 .6-5.6 3.6-10 10-10.9Z'),
};

const action = (kind: string, e2e: string, label: string, count: string) =>
  `<button class="css-1mizk9b-ButtonActionItem" type="button" aria-label="${label}"${kind.endsWith('like') ? ' aria-pressed="false"' : ''}><span data-e2e="${e2e}-icon" class="css-1ok4pbl-SpanIconWrapper">${ICONS[e2e.replace('browse-', '')]}</span><strong data-e2e="${kind}-count" class="css-vc3yj-StrongText">${count}</strong></button>`;

function card(v: TiktokVideo, index: number): string {
  return `<article data-e2e="recommend-list-item-container" data-scroll-index="${index}" class="css-1ktfnme-ArticleItemContainer">
<div class="css-1nncbiz-DivContentFlexLayout"><section data-e2e="feed-video" class="css-1kp1sbr-SectionMediaCardContainer">
<div class="css-1jxhpnd-DivContainer"><div id="xgwrapper-0-${v.id}" class="xgplayer"><img class="fc-cover" alt="" src="${cover(index)}" width="360" height="640"></div></div>
<div class="css-1c9g2bl-DivMediaCardBottom"><a href="/@${v.handle}" class="css-12x3kmn-StyledAuthorAnchor"><h3 data-e2e="video-author-uniqueid" class="css-1rhhyp5-H3AuthorTitle">${v.handle}</h3></a>
<div data-e2e="video-desc" class="css-1d7krfw-DivDescriptionContentContainer">${v.caption}</div></div></section>
<section class="css-jbg155-SectionActionBarContainer"><a data-e2e="video-author-avatar" href="/@${v.handle}" class="css-1ba1ey1-AvatarLink"><img src="${TT_AVATAR}" alt="${v.handle}" width="48" height="48"></a>
${action('like', 'like', 'Like video', v.likes)}${action('comment', 'comment', 'Read or add comments', v.comments)}${action('undefined', 'undefined', 'Add to Favorites', v.saves)}${action('share', 'share', 'Share video', v.shares)}</section></div></article>`;
}

const tag = (name: string) => `<a href="/tag/${name}" class="fc-tag"><strong>#${name}</strong></a>`;
const at = (handle: string) => `<a href="/@${handle}" class="fc-tag"><strong>@${handle}</strong></a>`;

const VIDEOS: TiktokVideo[] = [
  { handle: 'studio.lumen', id: '7441201855212305678', caption: `Storyboard your hook before you film. ${tag('videomarketing')} ${at('nora.writes')}`, likes: '12.3K', comments: '482', saves: '2,104', shares: '1,093', expected: { likes: 12300, replies: 482, bookmarks: 2104, reposts: 1093 } },
  { handle: 'nora.writes', id: '7440987654321098765', caption: `Reply to the comments that ask a question first. ${tag('creatortips')}`, likes: '1.2M', comments: '15.4K', saves: '88.1K', shares: '9,870', expected: { likes: 1200000, replies: 15400, bookmarks: 88100, reposts: 9870 } },
  { handle: 'quiet.founder', id: '7440555512345678901', caption: 'First video. Be kind.', likes: 'Like', comments: 'Comment', saves: 'Favorite', shares: 'Share', expected: {} },
  { handle: 'maya.builds.brands', id: '7440444412345678902', caption: `We rebranded a bakery in 30 days ${tag('branding')}`, likes: '56.7K', comments: '1,204', saves: '7,431', shares: '3,002', expected: { likes: 56700, replies: 1204, bookmarks: 7431, reposts: 3002 } },
  { handle: 'theo.copy', id: '7440333312345678903', caption: 'Write the subject line last. Always.', likes: '8,912', comments: '301', saves: '1,150', shares: '412', expected: { likes: 8912, replies: 301, bookmarks: 1150, reposts: 412 } },
  { handle: 'lena.ugc.de', id: '7440111122223333444', caption: 'Unser Studio-Umzug in 30 Sekunden', likes: '1,2 Mio.', comments: '3.456', saves: '12,5 Tsd.', shares: '980', expected: { likes: 1200000, replies: 3456, bookmarks: 12500, reposts: 980 } },
  { handle: 'sunday.socials', id: '7440222212345678904', caption: 'Which app gave you the most comments this year?', likes: '942', comments: '1.1K', saves: '88', shares: 'Share', expected: { likes: 942, replies: 1100, bookmarks: 88 } },
  { handle: 'ana.creates', id: '7440666612345678905', caption: `Three acts, thirty seconds ${at('studio.lumen')}`, likes: '23.4K', comments: '702', saves: '4,019', shares: '1,588', expected: { likes: 23400, replies: 702, bookmarks: 4019, reposts: 1588 } },
  { handle: 'kaori.design', id: '7440777712345678906', caption: '新しいロゴの作り方', likes: '4.8K', comments: '210', saves: '960', shares: '77', expected: { likes: 4800, replies: 210, bookmarks: 960, reposts: 77 } },
  { handle: 'jon.podcasts', id: '7440888812345678907', caption: 'Why your audience never comments (episode 48)', likes: '713', comments: '64', saves: '45', shares: '12', expected: { likes: 713, replies: 64, bookmarks: 45, reposts: 12 } },
  { handle: 'lucia.contenidos', id: '7440999912345678908', caption: '¿Qué red social os da más conversación?', likes: '1,587', comments: '88', saves: '140', shares: '31', expected: { likes: 1587, replies: 88, bookmarks: 140, reposts: 31 } },
  { handle: 'pixelandpress', id: '7441011112345678909', caption: 'Our agency onboarding, in one minute', likes: '2,045', comments: '96', saves: '330', shares: '58', expected: { likes: 2045, replies: 96, bookmarks: 330, reposts: 58 } },
];

export const TT_CSS = `
:root { color-scheme: light dark; --bg: #fff; --fg: #161823; --muted: rgba(22,24,35,.6); --chip: rgba(22,24,35,.06); --line: rgba(22,24,35,.12); }
@media (prefers-color-scheme: dark) { :root { --bg: #121212; --fg: rgba(255,255,255,.9); --muted: rgba(255,255,255,.6); --chip: rgba(255,255,255,.12); --line: rgba(255,255,255,.12); } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.4 TikTokFont, Arial, sans-serif; }
a { color: inherit; text-decoration: none; }
.fc-layout { display: grid; grid-template-columns: 240px 1fr; }
.fc-nav { padding: 16px; position: sticky; top: 0; height: 100vh; box-sizing: border-box; }
.fc-nav .fc-logo { font-weight: 800; font-size: 24px; display: block; margin-bottom: 24px; }
.fc-nav a { display: block; padding: 10px 8px; font-weight: 600; font-size: 17px; }
.fc-column { max-width: 640px; margin: 0 auto; padding: 16px; }
article[data-e2e="recommend-list-item-container"] { margin-bottom: 24px; }
.css-1nncbiz-DivContentFlexLayout { display: flex; gap: 16px; align-items: flex-end; }
section[data-e2e="feed-video"] { position: relative; width: 300px; }
.fc-cover { display: block; width: 300px; height: 533px; border-radius: 8px; }
.css-1c9g2bl-DivMediaCardBottom { position: absolute; left: 12px; right: 12px; bottom: 12px; color: #fff; text-shadow: 0 1px 2px rgba(0,0,0,.5); }
.css-1c9g2bl-DivMediaCardBottom h3 { margin: 0 0 4px; font-size: 16px; }
.fc-tag { font-weight: 600; }
.css-jbg155-SectionActionBarContainer { display: flex; flex-direction: column; align-items: center; gap: 12px; }
.css-1ba1ey1-AvatarLink img { border-radius: 50%; }
.fc-nav-button { display: block; border: 0; background: none; color: inherit; font: inherit; font-weight: 600; font-size: 17px; padding: 10px 8px; cursor: pointer; }
.css-1mizk9b-ButtonActionItem { display: flex; flex-direction: column; align-items: center; border: 0; background: none; color: inherit; cursor: pointer; padding: 0; }
.css-1ok4pbl-SpanIconWrapper { width: 48px; height: 48px; border-radius: 50%; background: var(--chip); display: grid; place-items: center; font-size: 20px; }
.css-vc3yj-StrongText { font-size: 12px; color: var(--muted); margin-top: 4px; }
`;

export const ttNav = (me?: string) => `<div class="fc-nav" role="navigation"><a class="fc-logo" href="/" data-e2e="tiktok-logo">TikTok</a>
<a href="/foryou" data-e2e="nav-foryou">For You</a><a href="/explore" data-e2e="nav-explore">Explore</a><a href="/following" data-e2e="nav-following">Following</a>
<button data-e2e="nav-activity" aria-label="Activity" class="fc-nav-button">Activity</button>
<a href="/@${me ?? ''}" data-e2e="nav-profile">Profile</a></div>`;

export const tiktokFeed: DemoFeed = {
  site: 'tiktok',
  url: 'https://www.tiktok.com/foryou',
  title: 'TikTok - Make Your Day',
  html: feedPage({
    title: 'TikTok - Make Your Day',
    css: TT_CSS,
    body: `<div id="app" class="fc-layout">${ttNav()}<div id="main-content-homepage_hot"><div class="fc-column">\n${VIDEOS.map(card).join('\n')}\n</div></div></div>`,
  }),
  expected: VIDEOS.map((v) => ({ postId: v.id, metrics: v.expected })),
};

const level = (isReply: boolean) => (isReply ? 2 : 1);

function commentItem(c: TiktokComment, isReply: boolean): string {
  const n = level(isReply);
  return `<div class="css-1gstnae-DivCommentItemWrapper" id="${c.id}"><div class="css-1mf23fd-DivCommentContentWrapper">
<a data-e2e="comment-avatar-${n}" href="/@${c.handle}" class="fc-comment-avatar"><img src="${TT_AVATAR}" alt="" width="${isReply ? 24 : 40}" height="${isReply ? 24 : 40}"></a>
<div class="css-ulyotp-DivCommentContentContainer"><a href="/@${c.handle}" class="css-fx1avz-StyledUserLinkName"><span data-e2e="comment-username-${n}" class="fc-name">${c.name}</span></a>
<span data-e2e="comment-level-${n}" class="TUXText"><p class="css-1ejn0rv-PCommentText">${c.text}</p></span>
<div class="css-1ivw6bb-DivCommentSubContentWrapper"><span data-e2e="comment-time-${n}">${c.ago}</span><span data-e2e="comment-reply-${n}" role="button" tabindex="0" class="fc-reply">Reply</span></div></div>
<div class="css-1fr9vbm-DivLikeContainer"><div data-e2e="comment-like-icon" role="button" tabindex="0" aria-label="Like" aria-pressed="false">&#9825;</div><span data-e2e="comment-like-count">${c.likes}</span></div>
</div></div>`;
}

export function commentThread(c: TiktokComment): string {
  const replies = c.more
    ? `<div class="css-zn6r1p-DivReplyContainer">${(c.replies ?? []).map((r) => commentItem(r, true)).join('')}<div class="css-1idgi02-DivViewRepliesContainer" role="button" tabindex="0"><span>${c.more}</span></div></div>`
    : '';
  return `<div class="css-13wx63w-DivCommentObjectWrapper">${commentItem(c, false)}${replies}</div>`;
}

/** A video's page: the video, its counts, the copy-link box, its comments and the comment box. */
export function videoPage({ video, comments, me, script = '' }: { video: TiktokVideo; comments: TiktokComment[]; me?: string; script?: string }): string {
  const body = `<div id="app" class="fc-layout">${ttNav(me)}<div id="main-content-video_detail" class="fc-detail">
<div data-e2e="video-detail" class="css-1v4sw4r-DivVideoDetailContainer">
<div class="css-1jxhpnd-DivVideoContainer"><div id="xgwrapper-0-${video.id}" class="xgplayer"><img class="fc-cover" alt="" src="${cover(0)}" width="360" height="640"></div></div>
<div class="css-1w8vs0j-DivInfoContainer"><div class="fc-author"><a data-e2e="browse-user-avatar" href="/@${video.handle}"><img src="${TT_AVATAR}" alt="" width="40" height="40"></a>
<a href="/@${video.handle}"><span data-e2e="browse-username" class="fc-handle">${video.handle}</span> <span data-e2e="browser-nickname" class="fc-muted">· 3d ago</span></a></div>
<div data-e2e="browse-video-desc" class="fc-desc">${video.caption}</div>
<div class="css-1npmxy5-DivActionItemContainer">${action('browse-like', 'browse-like', 'Like video', video.likes)}${action('browse-comment', 'browse-comment', 'Read or add comments', video.comments)}${action('undefined', 'undefined', 'Add to Favorites', video.saves)}${action('share', 'share', 'Share video', video.shares)}</div>
<div class="css-1bg1b8q-DivCopyLinkContainer"><p data-e2e="browse-video-link" class="fc-link">https://www.tiktok.com/@${video.handle}/video/${video.id}?is_from_webapp=1</p><button class="fc-copy">Copy link</button></div>
</div></div>
<div class="css-1gm6wh5-DivCommentContainer"><div data-e2e="comment-list" class="css-7whb78-DivCommentListContainer">
${comments.map(commentThread).join('\n')}
</div>
<div class="css-1l9dl1q-DivCommentFooter"><div data-e2e="comment-input" class="fc-input"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Add comment..."></div></div></div>
<div data-e2e="comment-post" role="button" tabindex="0" aria-label="Post" class="fc-post">Post</div></div></div>
</div></div>${script}`;
  return feedPage({ title: `${video.handle} on TikTok`, css: `${TT_CSS}${VIDEO_PAGE_CSS}`, body });
}

const VIDEO_PAGE_CSS = `
.fc-detail { max-width: 760px; padding: 16px; }
[data-e2e="video-detail"] { display: flex; gap: 16px; } [data-e2e="video-detail"] .fc-cover { width: 240px; height: 427px; }
.css-1w8vs0j-DivInfoContainer { flex: 1; min-width: 0; } .fc-author { display: flex; gap: 8px; align-items: center; } .fc-author img { border-radius: 50%; }
.fc-handle { font-weight: 700; } .fc-muted { color: var(--muted); } .fc-desc { margin: 8px 0; }
.css-1npmxy5-DivActionItemContainer { display: flex; gap: 16px; margin: 12px 0; }
.css-1bg1b8q-DivCopyLinkContainer { display: flex; gap: 8px; align-items: center; background: var(--chip); border-radius: 8px; padding: 6px 10px; }
.fc-link { margin: 0; flex: 1; font-size: 13px; color: var(--muted); overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.fc-copy { border: 0; background: none; color: inherit; font-weight: 600; }
.css-1gm6wh5-DivCommentContainer { border-top: 1px solid var(--line); margin-top: 16px; padding-top: 16px; }
.css-1mf23fd-DivCommentContentWrapper { display: flex; gap: 12px; margin-bottom: 12px; } .fc-comment-avatar img { border-radius: 50%; }
.css-ulyotp-DivCommentContentContainer { flex: 1; } .fc-name { font-weight: 600; font-size: 14px; } .css-1ejn0rv-PCommentText { margin: 2px 0; }
.css-1ivw6bb-DivCommentSubContentWrapper { display: flex; gap: 16px; align-items: center; color: var(--muted); font-size: 13px; } .fc-reply { cursor: pointer; }
.css-1fr9vbm-DivLikeContainer { display: flex; flex-direction: column; align-items: center; color: var(--muted); font-size: 13px; }
.css-zn6r1p-DivReplyContainer { margin-left: 52px; } .css-1idgi02-DivViewRepliesContainer { color: var(--muted); font-weight: 600; font-size: 13px; cursor: pointer; margin-bottom: 12px; }
.css-1l9dl1q-DivCommentFooter { display: flex; gap: 8px; align-items: center; border-top: 1px solid var(--line); padding-top: 12px; }
.fc-input { flex: 1; background: var(--chip); border-radius: 8px; padding: 8px 12px; } .public-DraftEditor-content { min-height: 18px; outline: none; }
.fc-post { color: #fe2c55; font-weight: 700; cursor: pointer; }
`;

const COMMENTS: TiktokComment[] = [
  {
    id: '7441300000000000001', handle: 'nora.writes', name: 'Nora', ago: '2d ago', text: `The hook at 0:03 is the whole lesson. ${at('studio.lumen')} thank you!`, likes: '1,204', more: 'View 12 replies', expected: { likes: 1204, replies: 12 },
    replies: [
      { id: '7441300000000000011', handle: 'studio.lumen', name: 'Studio Lumen', ago: '2d ago', text: `${at('nora.writes')} glad it helped!`, likes: '31', expected: { likes: 31 } },
      { id: '7441300000000000012', handle: 'growth.mert', name: 'Mert', ago: '1d ago', text: 'Saving this.', likes: '', expected: {} },
    ],
  },
  { id: '7441300000000000002', handle: 'maya.builds.brands', name: 'Maya', ago: '2d ago', text: 'Does this work for B2B too?', likes: '2.1K', more: 'View 48 replies', expected: { likes: 2100, replies: 48 } },
  { id: '7441300000000000003', handle: 'quiet.founder', name: 'quiet.founder', ago: '5h ago', text: 'Watching before my first shoot tomorrow.', likes: '', expected: {} },
  { id: '7441300000000000004', handle: 'theo.copy', name: 'Theo', ago: '1w ago', text: 'Story first, logo last.', likes: '942', more: 'View 23 replies', expected: { likes: 942, replies: 23 } },
  { id: '7441300000000000005', handle: 'ana.creates', name: 'Ana', ago: '4d ago', text: 'We tried this on a 30-second ad. Retention went up.', likes: '12K', more: 'View 1.1K replies', expected: { likes: 12000, replies: 1100 } },
  { id: '7441300000000000006', handle: 'lena.ugc', name: 'Lena', ago: '6d ago', text: 'Could you do one on testimonials next?', likes: '64', expected: { likes: 64 } },
  { id: '7441300000000000007', handle: 'pixelandpress', name: 'Pixel & Press', ago: '1w ago', text: 'Our agency shows this to every new hire.', likes: '2,431', expected: { likes: 2431 } },
  { id: '7441300000000000008', handle: 'kaori.design', name: 'Kaori', ago: '1mo ago', text: 'とても参考になりました。', likes: '128', expected: { likes: 128 } },
  { id: '7441300000000000009', handle: 'lucia.contenidos', name: 'Lucía', ago: '1mo ago', text: 'Lo usaré en mi próximo taller.', likes: '56', more: 'Ver 3 respuestas', expected: { likes: 56, replies: 3 } },
];

export const tiktokVideoFeed: DemoFeed = {
  site: 'tiktok',
  url: `https://www.tiktok.com/@${VIDEOS[0]!.handle}/video/${VIDEOS[0]!.id}`,
  title: `${VIDEOS[0]!.handle} on TikTok`,
  // The For You feed's first video, a minute later: nine more comments.
  html: videoPage({ video: { ...VIDEOS[0]!, comments: '491' }, comments: COMMENTS }),
  expected: [
    { postId: VIDEOS[0]!.id, metrics: { ...VIDEOS[0]!.expected, replies: 491 } },
    ...COMMENTS.flatMap((c) => [c, ...(c.replies ?? [])]).map((c) => ({ postId: c.id, metrics: c.expected })),
  ],
};
