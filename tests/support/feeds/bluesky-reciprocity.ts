import type { DemoFeed, ReciprocityScenario } from './types';
import { BLUESKY_COMPOSER, skeetHtml } from './bluesky';
import { COMPOSER_DIALOG_CSS } from './composer-stand-in';
import { escapeHtml, feedPage } from './page';

/**
 * The signed-in user's side of bsky.app: notifications with two people reposting and one asking the user a question
 * in a post that mentions them, and the user's own post with
 * the reply composer open. BUILT 2026-11-28 from social-app's source (NotificationFeedItem.tsx, ComposePost.tsx
 * testids), not captured. People are invented.
 */
export const BSKY_ME = 'maya.bsky.social';
export const BSKY_MY_POST = '3lmayapost22';
/** Carla's reply, which names the user and asks: a reply owed. */
export const BSKY_CARLA_POST = '3lcarlaask01';

const MY_POST_TEXT = 'Five questions we now ask every customer instead of reading dashboards.';

const nav = `<nav role="navigation"><a href="/" aria-label="Home">Home</a> <a href="/notifications" aria-label="Notifications">Notifications</a> <a href="/profile/${BSKY_ME}" aria-label="Profile">Profile</a></nav>`;

function notification(people: [string, string][], verb: string): string {
  const [first] = people[0]!;
  const avatars = people.map(([handle, name]) => `<a href="/profile/${handle}" aria-label="${escapeHtml(name)}'s avatar" class="avatar"></a>`).join('');
  const names = people.map(([handle, name]) => `<a href="/profile/${handle}">${escapeHtml(name)}</a>`).join(' and ');
  return `<div data-testid="feedItem-by-${first}" role="link" tabindex="0" class="item"><div class="avatars">${avatars}</div>
<div dir="auto">${names} ${verb} · 2h</div><a href="/profile/${BSKY_ME}/post/${BSKY_MY_POST}" class="subject"><div dir="auto">${escapeHtml(MY_POST_TEXT)}</div></a></div>`;
}

const CSS = `
body { margin: 0; font: 15px/1.35 system-ui, sans-serif; background: Canvas; color: CanvasText; } main { max-width: 600px; margin: 0 auto; }
nav { display: flex; gap: 12px; padding: 8px 16px; } .item { display: block; padding: 12px 16px; border-top: 1px solid rgba(127,127,127,.3); }
.avatars { display: flex; gap: 4px; } .avatar { display: inline-block; width: 28px; height: 28px; border-radius: 50%; background: #1185fe; }
.subject { color: inherit; opacity: .7; text-decoration: none; } a { color: inherit; }
[data-testid="composePostView"] { border: 1px solid rgba(127,127,127,.4); border-radius: 12px; padding: 12px; margin: 12px 16px; }
[contenteditable] { min-height: 48px; border: 1px solid rgba(127,127,127,.3); border-radius: 8px; padding: 6px; margin: 8px 0; }
`;

const COMPOSER_SCRIPT = `<script>
window.__sentPosts = [];
document.addEventListener('click', (event) => {
  if (!event.target.closest('[data-testid="composerPublishBtn"]')) return;
  const editor = document.querySelector('[data-testid="composerTextInput"] [contenteditable]');
  window.__sentPosts.push(editor.textContent);
  editor.textContent = '';
});
</script>`;

export function blueskyNotificationsPage(): DemoFeed {
  const body = `${nav}<main><h1>Notifications</h1>
${notification([['ana.bsky.social', 'Ana Souza']], 'reposted your post')}
${notification([['ben.builds.dev', 'Ben Carter']], 'reposted your post')}
${notification([['lee.bsky.social', 'Lee Park'], ['omar.bsky.social', 'Omar Haddad']], 'liked your post')}
${notification([['kai.bsky.social', 'Kai Lund']], 'followed you')}
${skeetHtml({ rkey: BSKY_CARLA_POST, handle: 'carla.bsky.social', name: 'Carla Mendes', mention: BSKY_ME, text: 'how did you pick the five questions? Would love to copy this.', ago: '1h', replies: 0, reposts: 0, likes: 1 })}
</main>${BLUESKY_COMPOSER}`;
  return {
    site: 'bluesky',
    url: 'https://bsky.app/notifications',
    title: 'Notifications — Bluesky',
    html: feedPage({ title: 'Notifications — Bluesky', css: CSS + COMPOSER_DIALOG_CSS, body }),
    expected: [{ postId: BSKY_CARLA_POST, metrics: { replies: 0, likes: 1 } }],
  };
}

export function blueskyOwnPostPage(): DemoFeed {
  const url = `https://bsky.app/profile/${BSKY_ME}/post/${BSKY_MY_POST}`;
  const body = `${nav}<main><h1>Post</h1>
<div data-testid="composePostView" role="dialog" aria-label="Reply"><div class="reply-to"><a href="/profile/${BSKY_ME}/post/${BSKY_MY_POST}">Maya Brooks</a>: ${escapeHtml(MY_POST_TEXT)}</div>
<div data-testid="composerTextInput"><div contenteditable="true" role="textbox" aria-label="Rich-Text Editor"></div></div>
<button data-testid="composerPublishBtn" type="button">Reply</button></div></main>${COMPOSER_SCRIPT}`;
  return { site: 'bluesky', url, title: 'Maya Brooks on Bluesky', html: feedPage({ title: 'Maya Brooks on Bluesky', css: CSS, body }), expected: [] };
}

export const blueskyReciprocity: ReciprocityScenario = {
  site: 'bluesky',
  notifications: blueskyNotificationsPage(),
  ownPost: blueskyOwnPostPage(),
  sharers: ['ana.bsky.social', 'ben.builds.dev'],
  editor: '[data-testid="composerTextInput"] [contenteditable]',
  submit: '[data-testid="composerPublishBtn"]',
  replier: 'Carla Mendes',
  replyInPage: { editor: '.composer-dialog [data-testid="composerTextInput"] [contenteditable]', submit: '.composer-dialog [data-testid="composerPublishBtn"]' },
};
