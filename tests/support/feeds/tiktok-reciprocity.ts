import { escapeHtml, feedPage } from './page';
import { TT_AVATAR, TT_CSS, ttNav, videoPage } from './tiktok';
import type { DemoFeed, ReciprocityScenario } from './types';

/**
 * The signed-in user's side of www.tiktok.com: the inbox's activity, where one person reposted the user's video and
 * another mentioned the user in a comment, and that video's page with its comment box. BUILT 2026-12-07, not
 * captured: from the hooks in lib/sites/tiktok/selectors.ts ([data-e2e=inbox-list-item] with inbox-title and
 * inbox-content, a[data-e2e=nav-profile], the [data-e2e=comment-input] editor and [data-e2e=comment-post]) and the
 * markup of tests/fixtures/tiktok/. People are invented.
 */
export const TT_ME = 'maya.makes';
export const TT_MY_VIDEO = '7441555512345678999';
const OTHER_VIDEO = '7441444412345678998';

function entry(handle: string, name: string, words: string, ago: string, video?: string): string {
  return `<li class="css-LiInboxItemWrapper"><div data-e2e="inbox-list-item" class="css-DivItemContainer fc-entry">
<a href="/@${handle}" class="fc-entry-avatar"><img src="${TT_AVATAR}" alt="" width="48" height="48"></a>
<div class="fc-words"><a href="/@${handle}" data-e2e="inbox-title" class="fc-handle">${escapeHtml(name)}</a>
<p data-e2e="inbox-content" class="fc-content"><span class="css-1qwdeqs">${escapeHtml(words)}</span> ${ago}</p></div>${
    video ? `<a href="${video}" class="fc-thumb"><img src="${TT_AVATAR}" alt="" width="44" height="58"></a>` : '<button data-e2e="follow-back" class="fc-follow">Follow back</button>'
  }</div></li>`;
}

const INBOX_CSS = `${TT_CSS}
[data-e2e="inbox-notifications"] { max-width: 480px; margin: 16px auto; border: 1px solid var(--line); border-radius: 8px; padding: 16px; }
[data-e2e="inbox-bar"] { display: flex; gap: 8px; flex-wrap: wrap; } [data-e2e="inbox-bar"] button { border: 1px solid var(--line); background: none; color: inherit; border-radius: 16px; padding: 4px 12px; }
[data-e2e="inbox-list"] ul { list-style: none; padding: 0; } .fc-entry { display: flex; gap: 12px; align-items: center; padding: 8px 0; }
.fc-entry-avatar img { border-radius: 50%; } .fc-words { flex: 1; } .fc-handle { font-weight: 700; } .fc-content { margin: 2px 0; color: var(--muted); }
.fc-follow { background: #fe2c55; color: #fff; border: 0; border-radius: 4px; padding: 6px 12px; font-weight: 600; }
`;

export function tiktokInboxPage(): DemoFeed {
  const mine = `/@${TT_ME}/video/${TT_MY_VIDEO}`;
  const body = `<div id="app" class="fc-layout">${ttNav(TT_ME)}<div data-e2e="inbox-notifications" class="css-DivInboxContainer"><h2>Notifications</h2>
<div data-e2e="inbox-bar" role="tablist"><button data-e2e="all" role="tab" aria-selected="true">All activity</button><button data-e2e="likes" role="tab" aria-selected="false">Likes</button><button data-e2e="comments" role="tab" aria-selected="false">Comments</button><button data-e2e="mentions" role="tab" aria-selected="false">Mentions and tags</button><button data-e2e="followers" role="tab" aria-selected="false">Followers</button></div>
<div data-e2e="inbox-list" role="tabpanel"><ul>
${entry('ana.souza', 'Ana Souza', 'reposted your video.', '2h ago', mine)}
${entry('ben.carter', 'Ben Carter', `mentioned you in a comment: @${TT_ME} this is the storyboard trick I told you about`, '3h ago', `/@ben.carter/video/${OTHER_VIDEO}`)}
${entry('carla.cm', 'Carla', ' commented: How did you pick the five questions?', '5h ago', mine)}
${entry('lee.reads', 'Lee', 'liked your video.', '6h ago', mine)}
${entry('kai.lund', 'Kai', 'started following you.', '1d ago')}
</ul></div></div></div>`;
  return { site: 'tiktok', url: 'https://www.tiktok.com/', title: 'TikTok - Make Your Day', html: feedPage({ title: 'TikTok - Make Your Day', css: INBOX_CSS, body }), expected: [] };
}

/**
 * A stand-in for TikTok's comment box: a comment's "Reply" opens a reply box under it, the comment icon focuses the
 * video's box; the page, not the extension, sends; sends are recorded in window.__sentPosts.
 */
const COMPOSER_SCRIPT = `<script>
window.__sentPosts = [];
document.addEventListener('click', (event) => {
  const reply = event.target.closest('[data-e2e^="comment-reply-"]');
  if (reply) {
    const box = document.createElement('div');
    box.className = 'fc-inline-reply css-1l9dl1q-DivCommentFooter';
    const input = document.createElement('div');
    input.setAttribute('data-e2e', 'comment-input');
    input.className = 'fc-input';
    input.innerHTML = '<div class="public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Reply"></div>';
    const post = document.createElement('div');
    post.setAttribute('data-e2e', 'comment-post');
    post.setAttribute('role', 'button');
    post.className = 'fc-post';
    post.textContent = 'Post';
    box.append(input, post);
    reply.closest('[class*="DivCommentObjectWrapper"]').append(box);
    input.firstChild.focus();
    return;
  }
  if (event.target.closest('button:has([data-e2e="browse-comment-icon"])')) {
    document.querySelector('[data-e2e="comment-input"] [contenteditable="true"]').focus();
    return;
  }
  const submit = event.target.closest('[data-e2e="comment-post"]');
  if (!submit) return;
  const editor = submit.parentElement.querySelector('[data-e2e="comment-input"] [contenteditable="true"]');
  window.__sentPosts.push(editor.textContent);
  editor.textContent = '';
});
</script>`;

export function tiktokOwnVideoPage(): DemoFeed {
  const video = { handle: TT_ME, id: TT_MY_VIDEO, caption: 'Five questions we now ask every customer instead of reading dashboards.', likes: '3,118', comments: '2', saves: '204', shares: '57', expected: {} };
  const comments = [
    { id: '7441555500000000001', handle: 'carla.cm', name: 'Carla', ago: '5h ago', text: 'How did you pick the five questions?', likes: '3', expected: { likes: 3 } },
    { id: '7441555500000000002', handle: 'omar.ux', name: 'Omar', ago: '1d ago', text: 'Sending this to my team.', likes: '7', expected: { likes: 7 } },
  ];
  return {
    site: 'tiktok',
    url: `https://www.tiktok.com/@${TT_ME}/video/${TT_MY_VIDEO}`,
    title: `${TT_ME} on TikTok`,
    html: videoPage({ video, comments, me: TT_ME, script: COMPOSER_SCRIPT }),
    expected: [{ postId: TT_MY_VIDEO, metrics: { likes: 3118, replies: 2, bookmarks: 204, reposts: 57 } }, ...comments.map((c) => ({ postId: c.id, metrics: c.expected }))],
  };
}

export const tiktokReciprocity: ReciprocityScenario = {
  site: 'tiktok',
  notifications: tiktokInboxPage(),
  ownPost: tiktokOwnVideoPage(),
  sharers: ['ana.souza', 'ben.carter'],
  editor: '.css-1l9dl1q-DivCommentFooter:not(.fc-inline-reply) [data-e2e="comment-input"] [contenteditable="true"]',
  submit: '.css-1l9dl1q-DivCommentFooter:not(.fc-inline-reply) [data-e2e="comment-post"]',
  replier: 'Carla',
  othersOnOwnPost: 1, // Omar's comment under the video
};
