import { icon } from './icons';
import type { Metrics } from '../../../lib/sites/types';
import type { DemoFeed } from './types';

/**
 * A YouTube watch page with its comments, in the 2024+ ytd-comment-view-model markup of
 * tests/fixtures/youtube/youtube-watch-comments-built-2026-11-28.html (built from the 2025-26 selector notes,
 * not captured). Names and texts are invented. The channel's line under the video is YouTube's ytd-video-owner-renderer
 * with its #owner-sub-count ("48K subscribers"; hooks from public scripts that read it, 2024-26): the channel's own
 * comments carry its subscribers as followers.
 */

const VIDEO = 'Fc7mK2pLq9A';

interface FeedComment {
  id: string;
  handle: string;
  ago: string;
  text: string;
  /** #vote-count-middle as YouTube prints it ("" when there are no likes). */
  votes: string;
  /** The exact number in the like button's aria-label, when the page gives one. */
  likeLabelCount?: string;
  /** The replies button text ("12 replies"), top-level comments only. */
  repliesText?: string;
  replies?: FeedComment[];
  pinned?: boolean;
  expected: Metrics;
}

const SC = 'style-scope ytd-comment-view-model';

function comment(c: FeedComment, isReply: boolean): string {
  const likeLabel = c.likeLabelCount ? `Like this comment along with ${c.likeLabelCount} other people` : 'Like this comment';
  const pinned = c.pinned
    ? `<ytd-pinned-comment-badge-renderer class="${SC}"><span class="fc-pin">Pinned by @studiolumen</span></ytd-pinned-comment-badge-renderer>`
    : '';
  return `<ytd-comment-view-model${isReply ? '' : ' id="comment"'} class="style-scope ${isReply ? 'ytd-comment-replies-renderer' : 'ytd-comment-thread-renderer'}">
 <div id="author-thumbnail" class="${SC}"><button id="author-thumbnail-button" class="${SC}" aria-label="@${c.handle}"><yt-img-shadow class="${SC}"><img id="img" alt="" height="${isReply ? 24 : 40}" width="${isReply ? 24 : 40}" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40'%3E%3Ccircle cx='20' cy='20' r='20' fill='%239a9a9a'/%3E%3C/svg%3E"></yt-img-shadow></button></div>
 <div id="main" class="${SC}">
  <div id="header" class="${SC}"><div id="pinned-comment-badge" class="${SC}">${pinned}</div>
   <div id="header-author" class="${SC}"><h3 class="${SC}"><a id="author-text" class="yt-simple-endpoint ${SC}" href="/@${c.handle}"><span class="${SC}">@${c.handle}</span></a></h3><span id="published-time-text" class="${SC}"><a class="yt-simple-endpoint ${SC}" href="/watch?v=${VIDEO}&amp;lc=${c.id}">${c.ago}</a></span></div></div>
  <div id="expander" class="${SC}"><div id="content" class="style-scope ytd-expander"><yt-attributed-string id="content-text" slot="content" class="${SC}"><span class="yt-core-attributed-string" dir="auto" role="text">${c.text}</span></yt-attributed-string></div></div>
  <div id="action-buttons" class="${SC}"><ytd-comment-engagement-bar id="action-buttons" class="${SC}"><div id="toolbar" class="style-scope ytd-comment-engagement-bar">
   <div id="like-button" class="style-scope ytd-comment-engagement-bar"><yt-button-shape><button class="yt-spec-button-shape-next" aria-pressed="false" aria-label="${likeLabel}">${icon('thumbUp')}</button></yt-button-shape></div>
   <span id="vote-count-middle" class="style-scope ytd-comment-engagement-bar" aria-hidden="true">${c.votes}</span>
   <div id="dislike-button" class="style-scope ytd-comment-engagement-bar"><yt-button-shape><button class="yt-spec-button-shape-next" aria-pressed="false" aria-label="Dislike this comment">${icon('thumbUp', { flipped: true })}</button></yt-button-shape></div>
   <span id="creator-heart" class="style-scope ytd-comment-engagement-bar"></span>
   <div id="reply-button-end" class="style-scope ytd-comment-engagement-bar"><ytd-button-renderer><yt-button-shape><button class="yt-spec-button-shape-next fc-reply" aria-label="Reply"><span class="yt-core-attributed-string" role="text">Reply</span></button></yt-button-shape></ytd-button-renderer></div>
  </div></ytd-comment-engagement-bar></div>
 </div>
</ytd-comment-view-model>`;
}

function thread(c: FeedComment): string {
  const replies = c.repliesText
    ? `<div id="replies" class="style-scope ytd-comment-thread-renderer"><ytd-comment-replies-renderer class="style-scope ytd-comment-thread-renderer"><div id="expander" class="style-scope ytd-comment-replies-renderer">
 <div id="expander-header" class="style-scope ytd-comment-replies-renderer"><div id="more-replies" class="style-scope ytd-comment-replies-renderer"><ytd-button-renderer><yt-button-shape><button class="yt-spec-button-shape-next fc-more-replies" aria-label="${c.repliesText}"><span class="yt-core-attributed-string" role="text">&#8964; ${c.repliesText}</span></button></yt-button-shape></ytd-button-renderer></div></div>
 <div id="expander-contents" class="style-scope ytd-comment-replies-renderer"><div id="contents" class="style-scope ytd-comment-replies-renderer">${(c.replies ?? []).map((r) => comment(r, true)).join('\n')}</div></div>
</div></ytd-comment-replies-renderer></div>`
    : '';
  return `<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer">\n${comment(c, false)}\n${replies}\n</ytd-comment-thread-renderer>`;
}

const ID = (tail: string) => `Ugz${tail}AaABAg`;

const COMMENTS: FeedComment[] = [
  {
    id: ID('Lm4Np7Qr0St3Uv6Wx'), handle: 'studiolumen', ago: '2 days ago', pinned: true,
    text: 'Thanks for watching! The storyboard template from 4:20 is linked in the description.',
    votes: '1.2K', likeLabelCount: '1,234', repliesText: '12 replies', expected: { likes: 1234, replies: 12, followers: 48000 },
    replies: [
      { id: `${ID('Lm4Np7Qr0St3Uv6Wx')}.A1bC2dE3fG4`, handle: 'nora.writes', ago: '1 day ago', text: 'Downloaded it, the shot list is gold.', votes: '31', likeLabelCount: '31', expected: { likes: 31 } },
      { id: `${ID('Lm4Np7Qr0St3Uv6Wx')}.A1bC2dE3fG5`, handle: 'growthloop', ago: '20 hours ago', text: 'Is there a version for vertical video?', votes: '', expected: {} },
    ],
  },
  { id: ID('Ab1Cd2Ef3Gh4Ij5Kl'), handle: 'brightlanestudio', ago: '2 days ago', text: 'The part about hooks at 3:12 changed how we script our intros.', votes: '5.6K', repliesText: '48 replies', expected: { likes: 5600, replies: 48 } },
  { id: ID('Pq8Rs9Tu0Vw1Xy2Za'), handle: 'maya.builds.brands', ago: '3 days ago', text: 'Saving this for our next client workshop.', votes: '87', likeLabelCount: '87', repliesText: '1 reply', expected: { likes: 87, replies: 1 } },
  { id: ID('Ef5Gh6Ij7Kl8Mn9Op'), handle: 'quietfounder', ago: '5 hours ago', text: 'Watching this before my first brand video shoot tomorrow.', votes: '', expected: {} },
  { id: ID('Tu2Vw3Xy4Za5Bc6De'), handle: 'theocopy', ago: '1 week ago', text: 'Story first, logo last. Wish every client knew this.', votes: '942', likeLabelCount: '942', repliesText: '23 replies', expected: { likes: 942, replies: 23 } },
  { id: ID('Ij9Kl0Mn1Op2Qr3St'), handle: 'ana.creates', ago: '4 days ago', text: 'We tried the 3-act structure on a 30-second ad. Retention went up noticeably.', votes: '12K', repliesText: '1.1K replies', expected: { likes: 12000, replies: 1100 } },
  {
    id: ID('Xy6Za7Bc8De9Fg0Hi'), handle: 'lena.ugc', ago: '6 days ago', text: 'Could you do one on testimonials next?',
    votes: '64', likeLabelCount: '64', repliesText: '2 replies', expected: { likes: 64, replies: 2 },
    replies: [
      { id: `${ID('Xy6Za7Bc8De9Fg0Hi')}.B2cD3eF4gH5`, handle: 'studiolumen', ago: '5 days ago', text: 'Yes! Filming it next week.', votes: '18', likeLabelCount: '18', expected: { likes: 18, followers: 48000 } },
      { id: `${ID('Xy6Za7Bc8De9Fg0Hi')}.B2cD3eF4gH6`, handle: 'lena.ugc', ago: '5 days ago', text: 'Thank you, can not wait.', votes: '2', expected: { likes: 2 } },
    ],
  },
  { id: ID('Mn3Op4Qr5St6Uv7Wx'), handle: 'pixelandpress', ago: '1 week ago', text: 'Our agency shows this video to every new hire.', votes: '2,431', likeLabelCount: '2,431', expected: { likes: 2431 } },
  { id: ID('Bc0De1Fg2Hi3Jk4Lm'), handle: 'jonpodcasts', ago: '2 weeks ago', text: 'The sound design tip alone was worth it.', votes: '356', repliesText: '7 replies', expected: { likes: 356, replies: 7 } },
  { id: ID('Qr7St8Uv9Wx0Yz1Ab'), handle: 'sundaysocials', ago: '2 weeks ago', text: 'Who else is here from the newsletter?', votes: '9', likeLabelCount: '9', expected: { likes: 9 } },
  { id: ID('Fg4Hi5Jk6Lm7No8Pq'), handle: 'brandvoicelab', ago: '3 weeks ago', text: 'Tone of voice is a promise. This video nails why.', votes: '1.8K', repliesText: '64 replies', expected: { likes: 1800, replies: 64 } },
  { id: ID('Uv1Wx2Yz3Ab4Cd5Ef'), handle: 'milamarketing', ago: '3 weeks ago', text: 'Shared with my whole team, thank you.', votes: '45', likeLabelCount: '45', repliesText: '3 replies', expected: { likes: 45, replies: 3 } },
  { id: ID('Jk8Lm9No0Pq1Rs2Tu'), handle: 'kaoridesign', ago: '1 month ago', text: '字幕ありがとうございます！とても参考になりました。', votes: '128', expected: { likes: 128 } },
  { id: ID('Yz5Ab6Cd7Ef8Gh9Ij'), handle: 'luciacontenidos', ago: '1 month ago', text: 'Lo usaré en mi próximo taller de marca personal.', votes: '', expected: {} },
];

const CSS = `
:root { color-scheme: light dark; --bg: #fff; --fg: #0f0f0f; --muted: #606060; --chip: #f2f2f2; --link: #065fd4; }
@media (prefers-color-scheme: dark) { :root { --bg: #0f0f0f; --fg: #f1f1f1; --muted: #aaa; --chip: #272727; --link: #3ea6ff; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.45 Roboto, Arial, sans-serif; }
ytd-app, ytd-page-manager, ytd-watch-flexy, ytd-comments, ytd-item-section-renderer, ytd-comment-thread-renderer,
ytd-comment-replies-renderer, ytd-comment-engagement-bar, yt-attributed-string, #content, #contents { display: block; }
ytd-watch-flexy { max-width: 860px; margin: 0 auto; padding: 24px; }
.fc-player { aspect-ratio: 16 / 9; background: #000; border-radius: 12px; display: grid; place-items: center; color: #fff; font-size: 48px; }
.fc-title { font-size: 20px; font-weight: 700; margin: 12px 0 4px; }
ytd-video-owner-renderer { display: flex; gap: 12px; align-items: center; margin-bottom: 24px; }
.fc-owner-avatar { display: grid; place-items: center; width: 40px; height: 40px; border-radius: 50%; background: var(--chip); color: var(--fg); font-weight: 700; text-decoration: none; }
ytd-video-owner-renderer a { color: inherit; text-decoration: none; }
#channel-name { display: block; font-weight: 600; }
#owner-sub-count { display: block; color: var(--muted); font-size: 12px; }
.fc-count { font-size: 20px; font-weight: 700; margin-bottom: 16px; }
ytd-comment-thread-renderer { margin-bottom: 16px; }
ytd-comment-view-model { display: flex; gap: 16px; }
#replies { margin-left: 56px; }
#author-thumbnail-button { border: 0; padding: 0; background: none; }
#author-thumbnail img { border-radius: 50%; }
#header-author { display: flex; gap: 6px; align-items: baseline; }
#header-author h3 { margin: 0; font-size: 13px; }
#author-text, #published-time-text a { color: inherit; text-decoration: none; }
#published-time-text a { color: var(--muted); font-size: 12px; }
#pinned-comment-badge { color: var(--muted); font-size: 12px; }
#toolbar { display: flex; gap: 8px; align-items: center; margin-top: 4px; color: var(--muted); font-size: 12px; }
#toolbar button { border: 0; background: none; color: inherit; border-radius: 16px; padding: 4px 8px; }
.fc-reply { font-weight: 500; }
.fc-more-replies { border: 0; background: none; color: var(--link); font-weight: 500; padding: 6px 0; }
`;

export const youtubeFeed: DemoFeed = {
  site: 'youtube',
  url: `https://www.youtube.com/watch?v=${VIDEO}`,
  title: 'Brand storytelling in 60 seconds - YouTube',
  html: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Brand storytelling in 60 seconds - YouTube</title><style>${CSS}</style></head>
<body><ytd-app><div id="content" class="style-scope ytd-app"><ytd-page-manager id="page-manager" class="style-scope ytd-app"><ytd-watch-flexy class="style-scope ytd-page-manager" video-id="${VIDEO}">
<div class="fc-player" aria-label="Video player">&#9654;</div>
<h1 class="fc-title">Brand storytelling in 60 seconds</h1>
<ytd-watch-metadata class="style-scope ytd-watch-flexy"><div id="owner" class="style-scope ytd-watch-metadata"><ytd-video-owner-renderer class="style-scope ytd-watch-metadata">
 <a class="yt-simple-endpoint style-scope ytd-video-owner-renderer" href="/@studiolumen" aria-hidden="true" tabindex="-1"><span class="fc-owner-avatar">SL</span></a>
 <div id="upload-info" class="style-scope ytd-video-owner-renderer"><ytd-channel-name id="channel-name" class="style-scope ytd-video-owner-renderer"><yt-formatted-string id="text" class="style-scope ytd-channel-name"><a class="yt-simple-endpoint style-scope yt-formatted-string" href="/@studiolumen">Studio Lumen</a></yt-formatted-string></ytd-channel-name>
 <yt-formatted-string id="owner-sub-count" class="style-scope ytd-video-owner-renderer" aria-label="48 thousand subscribers">48K subscribers</yt-formatted-string></div>
</ytd-video-owner-renderer></div></ytd-watch-metadata>
<div id="below" class="style-scope ytd-watch-flexy"><ytd-comments id="comments" class="style-scope ytd-watch-flexy">
<div class="fc-count">1,284 Comments</div>
<ytd-item-section-renderer id="sections" class="style-scope ytd-comments" section-identifier="comment-item-section"><div id="contents" class="style-scope ytd-item-section-renderer">
${COMMENTS.map(thread).join('\n')}
</div></ytd-item-section-renderer></ytd-comments></div>
</ytd-watch-flexy></ytd-page-manager></div></ytd-app></body></html>`,
  expected: COMMENTS.flatMap((c) => [c, ...(c.replies ?? [])]).map((c) => ({ postId: c.id, metrics: c.expected })),
};
