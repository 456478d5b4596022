import type { DemoFeed, ReciprocityScenario } from './types';
import { COMPOSER_DIALOG_CSS } from './composer-stand-in';
import { icon } from './icons';
import { escapeHtml, feedPage } from './page';
import { X_COMPOSER } from './x';

/**
 * The signed-in user's side of x.com: notifications and one of their own posts with the inline reply box.
 * BUILT 2026-11-28, not captured: notification entries from the hooks documented by
 * insin/control-panel-for-twitter v4.24.0 (article[data-testid="notification"], icon path prefixes), posts and
 * composer from the captured 2026 markup in tests/fixtures/x/ and X's composer testids. People are invented.
 */
export const X_ME = 'maya_makes';
export const X_MY_POST_ID = '2094111111111111111';

const REPOST_ICON = 'M4.75 3.79l4.603 4.3-1.706 1.82L6 8.38v7.37c0 .97.784 1.75 1.75 1.75H13V20H7.75c-2.347 0-4.25-1.9-4.25-4.25V8.38L1.853 9.91.147 8.09l4.603-4.3z';
const LIKE_ICON = 'M20.884 13.19c-1.351 2.48-4.001 5.12-8.379 7.67l-.503.3-.504-.3c-4.379-2.55-7.029-5.19-8.382-7.67z';
const MY_POST_TEXT = 'We replaced our weekly metrics email with five questions to customers. Here is what happened.';

const nav = `<header role="banner"><nav aria-label="Primary" role="navigation"><a href="/home" data-testid="AppTabBar_Home_Link">Home</a> <a href="/notifications">Notifications</a> <a href="/${X_ME}" data-testid="AppTabBar_Profile_Link" aria-label="Profile">Profile</a></nav></header>`;

function grouped(icon: string, people: [string, string][], verb: string): string {
  const avatars = people.map(([handle, name]) => `<div data-testid="UserAvatar-Container-${handle}"><a href="/${handle}" aria-hidden="true" role="link" tabindex="-1"><div class="avatar" data-initial="${escapeHtml(name.charAt(0))}"></div></a></div>`).join('');
  const names = people.map(([handle, name]) => `<a href="/${handle}" role="link"><span>${escapeHtml(name)}</span></a>`).join(' and ');
  return `<div data-testid="cellInnerDiv"><article data-testid="notification" role="article" tabindex="0"><div class="row"><div class="icon"><svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="${icon}"></path></g></svg></div>
<div class="body"><div class="avatars">${avatars}</div><div><span>${names} ${verb}</span></div><div dir="auto" lang="en" class="excerpt">${escapeHtml(MY_POST_TEXT)}</div></div></div></article></div>`;
}

function tweet(id: string, handle: string, name: string, body: string, replyingTo?: string): string {
  const replying = replyingTo ? `<div class="replying"><span>Replying to </span><a href="/${replyingTo}" role="link"><span>@${replyingTo}</span></a></div>` : '';
  return `<div data-testid="cellInnerDiv"><article role="article" tabindex="0" data-testid="tweet"><div class="row"><div data-testid="Tweet-User-Avatar"><div class="avatar" data-initial="${escapeHtml(name.charAt(0))}"></div></div><div class="body">
<div data-testid="User-Name"><a href="/${handle}" role="link"><span><span>${escapeHtml(name)}</span></span></a> <a href="/${handle}" role="link" tabindex="-1"><span>@${handle}</span></a> · <a href="/${handle}/status/${id}" role="link"><time datetime="2026-11-28T08:00:00.000Z">1h</time></a></div>
${replying}<div dir="auto" lang="en" data-testid="tweetText">${body}</div>
<div role="group" aria-label="2 replies, 5 likes" class="actions"><button data-testid="reply" aria-label="2 Replies. Reply" type="button">${icon('reply')} 2</button><button data-testid="retweet" aria-label="Repost" type="button">${icon('repost')}</button><button data-testid="like" aria-label="5 Likes. Like" type="button">${icon('heart')} 5</button></div></div></div></article></div>`;
}

/* x.com is react-native-web: every view is a flex box with min-width 0, so a column never grows past its row. */
const CSS = `
body { margin: 0; font: 15px/1.35 system-ui, sans-serif; background: Canvas; color: CanvasText; }
main { max-width: 600px; margin: 0 auto; border-inline: 1px solid rgba(127,127,127,.3); } nav { display: flex; gap: 12px; padding: 8px 16px; }
article { display: block; padding: 12px 16px; border-top: 1px solid rgba(127,127,127,.3); } .row { display: flex; gap: 12px; } .body { flex: 1; min-width: 0; }
.avatar { width: 32px; height: 32px; border-radius: 50%; background: #1d9bf0; display: grid; place-items: center; color: #fff; font-weight: 700; font-size: 14px; }
.avatar::before { content: attr(data-initial); } .avatars { display: flex; gap: 4px; } .icon svg { width: 24px; fill: #00ba7c; }
.excerpt { opacity: .7; margin-top: 4px; } a { color: inherit; text-decoration: none; } .actions { display: flex; gap: 18px; margin-top: 8px; height: 28px; align-items: center; }
.actions button { all: unset; cursor: pointer; opacity: .75; white-space: nowrap; } .composer { padding: 12px 16px; border-top: 1px solid rgba(127,127,127,.3); display: flex; gap: 8px; }
[data-testid="tweetTextarea_0"] { flex: 1; min-height: 24px; padding: 6px; border: 1px solid rgba(127,127,127,.4); border-radius: 8px; }
[data-testid="tweetButtonInline"] { border-radius: 999px; padding: 6px 16px; background: #1d9bf0; color: #fff; border: 0; }
`;

/**
 * A stand-in for X's reply box: the site, not the extension, sends. It records what was sent in
 * window.__sentPosts, so a test can tell that nothing is sent until the user clicks Reply.
 */
const COMPOSER_SCRIPT = `<script>
window.__sentPosts = [];
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-testid="tweetButtonInline"]');
  if (!button) return;
  const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
  window.__sentPosts.push(editor.textContent);
  editor.textContent = '';
});
</script>`;

export function xNotificationsPage(): DemoFeed {
  const body = `${nav}<main role="main"><div data-testid="primaryColumn"><h1>Notifications</h1><div aria-label="Timeline: Notifications">
${grouped(REPOST_ICON, [['ana_writes', 'Ana Souza'], ['ben_builds', 'Ben Carter']], 'reposted your post')}
${grouped(LIKE_ICON, [['lee_reads', 'Lee Park'], ['omar_ux', 'Omar Haddad'], ['ana_writes', 'Ana Souza']], 'liked your post')}
${tweet('2094222222222222222', 'carla_cm', 'Carla Mendes', 'How did you pick the five questions? Would love to copy this.', X_ME)}
</div></div></main>${X_COMPOSER}`;
  return {
    site: 'x',
    url: 'https://x.com/notifications',
    title: 'Notifications / X',
    html: feedPage({ title: 'Notifications / X', css: CSS + COMPOSER_DIALOG_CSS, body }),
    expected: [
      { postId: '2094222222222222222', metrics: { replies: 2, likes: 5 } },
    ],
  };
}

export function xOwnPostPage(): DemoFeed {
  const url = `https://x.com/${X_ME}/status/${X_MY_POST_ID}`;
  const body = `${nav}<main role="main"><div data-testid="primaryColumn"><h1>Post</h1><div aria-label="Timeline: Conversation">
${tweet(X_MY_POST_ID, X_ME, 'Maya Brooks', escapeHtml(MY_POST_TEXT))}
<div class="composer"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" aria-label="Post text" aria-multiline="true"></div><button data-testid="tweetButtonInline" type="button">Reply</button></div>
</div></div></main>${COMPOSER_SCRIPT}`;
  return {
    site: 'x',
    url,
    title: 'Maya Brooks on X',
    html: feedPage({ title: 'Maya Brooks on X', css: CSS, body }),
    expected: [{ postId: X_MY_POST_ID, metrics: { replies: 2, likes: 5 } }],
  };
}

export const xReciprocity: ReciprocityScenario = {
  site: 'x',
  notifications: xNotificationsPage(),
  ownPost: xOwnPostPage(),
  sharers: ['ana_writes', 'ben_builds'],
  editor: '[data-testid="tweetTextarea_0"]',
  submit: '[data-testid="tweetButtonInline"]',
};
