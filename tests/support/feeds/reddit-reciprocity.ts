import type { DemoFeed, ReciprocityScenario } from './types';
import { escapeHtml, feedPage } from './page';

/**
 * The signed-in user's side of reddit.com: notifications where two people crossposted the user's post, and the
 * post's own page with the comment box. BUILT 2026-11-28, not captured: the post from the shreddit fixtures in
 * tests/fixtures/reddit/, the rest from the hooks in REDDIT_RECIPROCITY_SELECTORS (user drawer, notification list,
 * comment-composer-host / shreddit-composer). People are invented.
 */
export const REDDIT_ME = 'maya_makes';
export const REDDIT_MY_POST = 't3_1xmaya5';

const MY_POST_PATH = '/r/marketing/comments/1xmaya5/we_replaced_our_weekly_metrics_email_with_five/';
const MY_POST_TITLE = 'We replaced our weekly metrics email with five questions to customers';
/** Carla's comment under the post: her notification links to it without quoting it. */
export const CARLA_COMMENT = 't1_nq3carl';
export const CARLA_WORDS = 'How did you pick the five questions? We tried a survey and nobody answered.';

/** The header's user drawer, holding the signed-in user's profile link. */
const header = `<reddit-header-large><header class="header"><a href="/" aria-label="Home">reddit</a> <a href="/notifications" aria-label="Open inbox">Inbox</a>
<button id="expand-user-drawer-button" aria-label="Expand user menu">Maya</button><div id="user-drawer-content"><faceplate-tracker source="user_drawer" action="click" noun="profile"><a href="/user/${REDDIT_ME}/">View Profile<span>u/${REDDIT_ME}</span></a></faceplate-tracker></div></header></reddit-header-large>`;

function entry(path: string, message: string, excerpt: string): string {
  return `<faceplate-tracker source="notification" action="click" noun="notification"><a class="notification" href="${path}"><span class="avatar"></span><span><span class="message">${escapeHtml(message)}</span><span class="excerpt">${escapeHtml(excerpt)}</span></span></a></faceplate-tracker>`;
}

const CSS = `
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; background: Canvas; color: CanvasText; } a { color: inherit; text-decoration: none; }
.header { display: flex; gap: 12px; align-items: center; padding: 8px 16px; border-bottom: 1px solid rgba(127,127,127,.3); } #user-drawer-content { display: none; }
main { max-width: 720px; margin: 0 auto; padding: 12px; } .notification { display: flex; gap: 10px; padding: 12px; border-bottom: 1px solid rgba(127,127,127,.2); }
.avatar { width: 32px; height: 32px; border-radius: 50%; background: #ff4500; flex: none; } .message { display: block; font-weight: 600; } .excerpt { opacity: .7; }
shreddit-post { display: block; padding: 12px; border: 1px solid rgba(127,127,127,.3); border-radius: 16px; } shreddit-composer { display: block; margin-top: 12px; }
[contenteditable] { min-height: 60px; border: 1px solid rgba(127,127,127,.4); border-radius: 16px; padding: 8px 12px; }
button[slot="submit-button"] { margin-top: 8px; border: 0; border-radius: 999px; padding: 6px 14px; background: #0045ac; color: #fff; }
`;

/** A stand-in for Reddit's comment box: the page, not the extension, sends; what was sent is kept in window.__sentPosts. */
const COMPOSER_SCRIPT = `<script>
window.__sentPosts = [];
document.addEventListener('click', (event) => {
  const button = event.target.closest('shreddit-composer button[slot="submit-button"]');
  if (!button) return;
  const editor = button.closest('shreddit-composer').querySelector('[contenteditable="true"]');
  window.__sentPosts.push(editor.textContent);
  editor.textContent = '';
});
</script>`;

export function redditNotificationsPage(): DemoFeed {
  const body = `${header}<main><h1>Notifications</h1><div data-id="notification-container-element"><div class="list">
${entry('/r/growthmarketing/comments/1xana77/we_replaced_our_weekly_metrics_email_with_five/', 'u/ana_writes crossposted your post to r/growthmarketing', MY_POST_TITLE)}
${entry('/r/SaaS/comments/1xben42/we_replaced_our_weekly_metrics_email_with_five/', 'u/ben_builds crossposted your post to r/SaaS', MY_POST_TITLE)}
${entry(`${MY_POST_PATH}nq3carl/`, 'u/carla_cm replied to your post in r/marketing', 'How did you pick the five questions?')}
${entry(MY_POST_PATH, 'Your post in r/marketing hit 100 upvotes', MY_POST_TITLE)}
</div></div></main>`;
  return {
    site: 'reddit',
    url: 'https://www.reddit.com/notifications',
    title: 'Notifications : Reddit',
    html: feedPage({ title: 'Notifications : Reddit', css: CSS, body }),
    expected: [],
  };
}

export function redditOwnPostPage(): DemoFeed {
  const body = `${header}<main>
<shreddit-post permalink="${MY_POST_PATH}" view-context="CommentsPage" comment-count="14" created-timestamp="2026-11-27T09:00:00.000000+0000" domain="self.marketing" id="${REDDIT_MY_POST}" post-title="${escapeHtml(MY_POST_TITLE)}" post-language="en" post-type="text" score="128" subreddit-prefixed-name="r/marketing" author="${REDDIT_ME}" subreddit-name="marketing">
<div slot="credit-bar"><a href="/r/marketing/">r/marketing</a> • <faceplate-hovercard label="${REDDIT_ME} details"><a href="/user/${REDDIT_ME}/">u/${REDDIT_ME}</a></faceplate-hovercard> • <faceplate-timeago ts="2026-11-27T09:00:00.000Z"><time datetime="2026-11-27T09:00:00.000Z">1 day ago</time></faceplate-timeago></div>
<h1 slot="title">${escapeHtml(MY_POST_TITLE)}</h1>
<div slot="text-body"><p>Five questions, every Friday, to ten customers. Thanks to <a href="/user/lee_reads/">u/lee_reads</a> for the idea.</p></div>
</shreddit-post>
<comment-composer-host><faceplate-form action="/svc/shreddit/graphql" method="post"><shreddit-composer><div contenteditable="true" name="body" role="textbox" aria-label="Add a comment" data-lexical-editor="true"></div><button type="submit" slot="submit-button">Comment</button></shreddit-composer></faceplate-form></comment-composer-host>
<shreddit-comment-tree><shreddit-comment author="carla_cm" thingid="${CARLA_COMMENT}" depth="0" postid="${REDDIT_MY_POST}" permalink="${MY_POST_PATH}comment/nq3carl/"><div slot="commentMeta"><a href="/user/carla_cm/">carla_cm</a> · 2h ago</div><div slot="comment"><p>${escapeHtml(CARLA_WORDS)}</p></div>
<shreddit-comment author="omar_ux" thingid="t1_nq3omar" depth="1" postid="${REDDIT_MY_POST}" permalink="${MY_POST_PATH}comment/nq3omar/"><div slot="comment"><p>Same question here, Carla.</p></div></shreddit-comment></shreddit-comment></shreddit-comment-tree>
</main>${COMPOSER_SCRIPT}`;
  return {
    site: 'reddit',
    url: `https://www.reddit.com${MY_POST_PATH}`,
    title: `${MY_POST_TITLE} : r/marketing`,
    html: feedPage({ title: `${MY_POST_TITLE} : r/marketing`, css: CSS, body }),
    expected: [{ postId: REDDIT_MY_POST, metrics: { likes: 128, replies: 14 } }],
  };
}

export const redditReciprocity: ReciprocityScenario = {
  site: 'reddit',
  notifications: redditNotificationsPage(),
  ownPost: redditOwnPostPage(),
  sharers: ['ana_writes', 'ben_builds'],
  editor: 'shreddit-composer [contenteditable="true"]',
  submit: 'shreddit-composer button[slot="submit-button"]',
  replier: '@carla_cm',
};
