import { icon } from './icons';
import type { DemoFeed, ReciprocityScenario } from './types';
import { escapeHtml, feedPage } from './page';

/**
 * The signed-in user's side of www.youtube.com: the notifications (two people mentioned the user: YouTube has no
 * reposts), and a watch page of the user's own video with the comment box open.
 * BUILT 2026-11-28, not captured: from the hooks in lib/sites/youtube/selectors.ts (ytd-notification-renderer,
 * ytd-commentbox, the guide's "You" section) and the comment markup of tests/fixtures/youtube/. People are invented.
 */
export const YT_ME = 'maya.makes';
export const YT_MY_VIDEO = 'Mq5Tn8Lk2Wd';
const OTHER_VIDEO = 'Xb3Rt7Yp1Qa';

const AVATAR = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40'%3E%3Ccircle cx='20' cy='20' r='20' fill='%239a9a9a'/%3E%3C/svg%3E";
const T = 'style-scope ytd-notification-renderer';

const masthead = `<ytd-masthead id="masthead"><div id="container" class="style-scope ytd-masthead"><a id="logo" href="/" title="YouTube Home">YouTube</a>
<div id="end" class="style-scope ytd-masthead"><ytd-notification-topbar-button-renderer><button aria-label="Notifications">&#128276;</button></ytd-notification-topbar-button-renderer>
<ytd-topbar-menu-button-renderer><button id="avatar-btn" aria-label="Account menu"><yt-img-shadow><img id="img" alt="Avatar image" height="32" width="32" src="${AVATAR}"></yt-img-shadow></button></ytd-topbar-menu-button-renderer></div></div></ytd-masthead>`;

const entry = (href: string, title: string) =>
  `<ytd-guide-entry-renderer class="style-scope ytd-guide-section-renderer"><a id="endpoint" class="yt-simple-endpoint style-scope ytd-guide-entry-renderer" href="${href}" title="${title}"><yt-formatted-string class="title style-scope ytd-guide-entry-renderer">${title}</yt-formatted-string></a></ytd-guide-entry-renderer>`;

/** The guide: Home, the "You" section (its channel link is the user's), then subscriptions, also /@ links. */
const guide = `<tp-yt-app-drawer id="guide"><ytd-guide-renderer id="guide-renderer"><div id="sections" class="style-scope ytd-guide-renderer">
<ytd-guide-section-renderer class="style-scope ytd-guide-renderer"><div id="items" class="style-scope ytd-guide-section-renderer">${entry('/', 'Home')}${entry('/feed/subscriptions', 'Subscriptions')}</div></ytd-guide-section-renderer>
<ytd-guide-section-renderer class="style-scope ytd-guide-renderer"><div id="items" class="style-scope ytd-guide-section-renderer"><ytd-guide-collapsible-section-entry-renderer class="style-scope ytd-guide-section-renderer">
<div id="header" class="style-scope ytd-guide-collapsible-section-entry-renderer">${entry('/feed/you', 'You')}</div>
<div id="section-items" class="style-scope ytd-guide-collapsible-section-entry-renderer">${entry(`/@${YT_ME}`, 'Your channel')}${entry('/feed/history', 'History')}${entry('/feed/playlists', 'Playlists')}</div>
</ytd-guide-collapsible-section-entry-renderer></div></ytd-guide-section-renderer>
<ytd-guide-section-renderer class="style-scope ytd-guide-renderer"><h3 id="guide-section-title">Subscriptions</h3><div id="items" class="style-scope ytd-guide-section-renderer">${entry('/@studiolumen', 'Studio Lumen')}${entry('/@ana.creates', 'Ana Creates')}</div></ytd-guide-section-renderer>
</div></ytd-guide-renderer></tp-yt-app-drawer>`;

function notification(message: string, href: string, ago: string): string {
  return `<ytd-notification-renderer class="style-scope yt-multi-page-menu-section-renderer"><a class="yt-simple-endpoint ${T}" tabindex="-1" href="${href}"><div id="item" class="${T}">
<yt-img-shadow height="48" width="48" class="${T}"><img id="img" alt="" height="48" width="48" src="${AVATAR}"></yt-img-shadow>
<div class="text ${T}"><yt-formatted-string class="message ${T}">${escapeHtml(message)}</yt-formatted-string><div class="metadata ${T}"><yt-formatted-string class="${T}">${ago}</yt-formatted-string></div></div>
<div class="thumbnail-container ${T}"><img class="thumbnail ${T}" alt="" width="86" height="48" src="${AVATAR}"></div></div></a>
<ytd-menu-renderer class="${T}"><button aria-label="Action menu">&#8942;</button></ytd-menu-renderer></ytd-notification-renderer>`;
}

const MY_COMMENT = 'UgzMaya5Qs8Kt2Lp7AaABAg';

const CSS = `
body { margin: 0; font: 14px/1.45 Roboto, Arial, sans-serif; background: Canvas; color: CanvasText; }
ytd-app, ytd-masthead, tp-yt-app-drawer, ytd-guide-renderer, ytd-guide-section-renderer, ytd-guide-entry-renderer, ytd-page-manager, ytd-browse,
ytd-multi-page-menu-renderer, yt-multi-page-menu-section-renderer, ytd-notification-renderer, ytd-watch-flexy, ytd-watch-metadata, ytd-comments,
ytd-comments-header-renderer, ytd-comment-simplebox-renderer, ytd-commentbox, ytd-item-section-renderer, ytd-comment-thread-renderer,
ytd-comment-replies-renderer, ytd-comment-engagement-bar, yt-attributed-string, ytd-button-renderer { display: block; }
#container.ytd-masthead { display: flex; justify-content: space-between; padding: 8px 16px; } #end { display: flex; gap: 8px; }
#avatar-btn, ytd-notification-topbar-button-renderer button { border: 0; background: none; } #avatar-btn img { border-radius: 50%; }
ytd-app { display: grid; grid-template-columns: 200px 1fr; } ytd-masthead { grid-column: 1 / -1; }
ytd-guide-entry-renderer a { display: block; padding: 6px 12px; color: inherit; text-decoration: none; }
ytd-page-manager { max-width: 860px; padding: 16px; }
ytd-notification-renderer { display: flex; align-items: flex-start; border-bottom: 1px solid rgba(127,127,127,.3); }
ytd-notification-renderer a { color: inherit; text-decoration: none; flex: 1; } #item { display: flex; gap: 12px; padding: 12px; }
#item img { border-radius: 50%; } .text { flex: 1; } .metadata { opacity: .7; font-size: 12px; } .thumbnail-container img { border-radius: 4px; }
ytd-menu-renderer button { border: 0; background: none; color: inherit; }
.player { aspect-ratio: 16 / 9; background: #000; border-radius: 12px; color: #fff; display: grid; place-items: center; font-size: 48px; }
#owner a { color: inherit; font-weight: 500; }
ytd-commentbox { display: flex; gap: 12px; margin: 16px 0; } ytd-commentbox #main { flex: 1; }
#contenteditable-root { min-height: 24px; border-bottom: 1px solid rgba(127,127,127,.6); padding: 4px 0; }
#buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 8px; }
#buttons button { border: 0; border-radius: 18px; padding: 8px 16px; } #submit-button button { background: #065fd4; color: #fff; }
ytd-comment-view-model { display: flex; gap: 16px; margin-bottom: 16px; } #replies { margin-left: 56px; }
#author-text, #published-time-text a { color: inherit; text-decoration: none; } #toolbar { display: flex; gap: 8px; align-items: center; }
#toolbar button { border: 0; background: none; color: inherit; }
`;

const SC = 'style-scope ytd-comment-view-model';

function comment(id: string, handle: string, text: string, votes: string, isReply: boolean): string {
  return `<ytd-comment-view-model${isReply ? '' : ' id="comment"'} class="style-scope ${isReply ? 'ytd-comment-replies-renderer' : 'ytd-comment-thread-renderer'}">
<div id="author-thumbnail" class="${SC}"><button id="author-thumbnail-button" class="${SC}" aria-label="@${handle}"><img alt="" height="40" width="40" src="${AVATAR}"></button></div>
<div id="main" class="${SC}"><div id="header" class="${SC}"><div id="pinned-comment-badge" class="${SC}"></div><div id="header-author" class="${SC}"><h3 class="${SC}"><a id="author-text" class="yt-simple-endpoint ${SC}" href="/@${handle}"><span class="${SC}">@${handle}</span></a></h3>
<span id="published-time-text" class="${SC}"><a class="yt-simple-endpoint ${SC}" href="/watch?v=${YT_MY_VIDEO}&amp;lc=${id}">1 day ago</a></span></div></div>
<div id="expander" class="${SC}"><div id="content" class="style-scope ytd-expander"><yt-attributed-string id="content-text" slot="content" class="${SC}"><span class="yt-core-attributed-string" dir="auto" role="text">${text}</span></yt-attributed-string></div></div>
<div id="action-buttons" class="${SC}"><ytd-comment-engagement-bar id="action-buttons" class="${SC}"><div id="toolbar" class="style-scope ytd-comment-engagement-bar">
<div id="like-button" class="style-scope ytd-comment-engagement-bar"><yt-button-shape><button aria-pressed="false" aria-label="Like this comment along with ${votes} other people">${icon('thumbUp')}</button></yt-button-shape></div>
<span id="vote-count-middle" class="style-scope ytd-comment-engagement-bar" aria-hidden="true">${votes}</span>
<div id="reply-button-end" class="style-scope ytd-comment-engagement-bar"><ytd-button-renderer><yt-button-shape><button aria-label="Reply">Reply</button></yt-button-shape></ytd-button-renderer></div>
</div></ytd-comment-engagement-bar></div></div></ytd-comment-view-model>`;
}

/** A stand-in for YouTube's comment box: the page, not the extension, sends; sends are recorded in window.__sentPosts. */
const COMPOSER_SCRIPT = `<script>
window.__sentPosts = [];
document.addEventListener('click', (event) => {
  if (!event.target.closest('ytd-commentbox #submit-button button')) return;
  const editor = event.target.closest('ytd-commentbox').querySelector('#contenteditable-root');
  window.__sentPosts.push(editor.textContent);
  editor.textContent = '';
});
</script>`;

export function youtubeNotificationsPage(): DemoFeed {
  const body = `<ytd-app>${masthead}${guide}<ytd-page-manager id="page-manager"><ytd-browse page-subtype="notifications"><h1>Notifications</h1>
<ytd-multi-page-menu-renderer class="style-scope ytd-browse"><div id="sections" class="style-scope ytd-multi-page-menu-renderer"><yt-multi-page-menu-section-renderer class="style-scope ytd-multi-page-menu-renderer"><div id="items" class="style-scope yt-multi-page-menu-section-renderer">
${notification('@ana.creates mentioned you: “Learned this storyboard trick from @maya.makes, go watch her video”', `/watch?v=${OTHER_VIDEO}&amp;lc=UgxAna7Kp2Wq9Rt4AaABAg`, '2 hours ago')}
${notification('@ben.builds mentioned you: “@maya.makes explains hooks better than anyone”', `/watch?v=${OTHER_VIDEO}&amp;lc=UgwBen3Lm8Zx1Cv6AaABAg`, '5 hours ago')}
${notification('@carla.cm replied to your comment: “How did you pick the five questions?”', `/watch?v=${YT_MY_VIDEO}&amp;lc=${MY_COMMENT}.AbCdEfGh123`, '1 day ago')}
${notification('@lee.reads liked your comment: “Thanks everyone for watching!”', `/watch?v=${YT_MY_VIDEO}&amp;lc=${MY_COMMENT}`, '1 day ago')}
${notification('Studio Lumen uploaded: Brand storytelling in 60 seconds', `/watch?v=${OTHER_VIDEO}`, '2 days ago')}
</div></yt-multi-page-menu-section-renderer></div></ytd-multi-page-menu-renderer></ytd-browse></ytd-page-manager></ytd-app>`;
  return { site: 'youtube', url: 'https://www.youtube.com/feed/notifications', title: 'Notifications - YouTube', html: feedPage({ title: 'Notifications - YouTube', css: CSS, body }), expected: [] };
}

export function youtubeOwnVideoPage(): DemoFeed {
  const threads = [
    `<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer">${comment(MY_COMMENT, YT_ME, 'Thanks everyone for watching!', '12', false)}
<div id="replies" class="style-scope ytd-comment-thread-renderer"><ytd-comment-replies-renderer class="style-scope ytd-comment-thread-renderer"><div id="contents" class="style-scope ytd-comment-replies-renderer">${comment(`${MY_COMMENT}.AbCdEfGh123`, 'carla.cm', 'How did you pick the five questions?', '3', true)}</div></ytd-comment-replies-renderer></div></ytd-comment-thread-renderer>`,
    `<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer">${comment('UgyOmar4Tz9Ks1Xp3AaABAg', 'omar.ux', 'Sending this to <span class="yt-core-attributed-string--link-inherit-color"><a class="yt-core-attributed-string__link" href="/@lee.reads">@lee.reads</a></span>, we need this for Monday.', '7', false)}</ytd-comment-thread-renderer>`,
  ].join('\n');
  const body = `<ytd-app>${masthead}${guide}<ytd-page-manager id="page-manager"><ytd-watch-flexy video-id="${YT_MY_VIDEO}">
<div class="player" aria-label="Video player">&#9654;</div>
<ytd-watch-metadata><h1>Five questions that replaced our dashboards</h1><div id="owner"><ytd-video-owner-renderer><a class="yt-simple-endpoint" href="/@${YT_ME}">Maya Makes</a> · 3.1K subscribers</ytd-video-owner-renderer></div></ytd-watch-metadata>
<ytd-comments id="comments"><ytd-item-section-renderer id="sections" section-identifier="comment-item-section"><div id="header"><ytd-comments-header-renderer><h2>2 Comments</h2>
<div id="simple-box"><ytd-comment-simplebox-renderer><ytd-commentbox class="style-scope ytd-comment-simplebox-renderer"><div id="author-thumbnail"><img alt="" height="40" width="40" src="${AVATAR}"></div>
<div id="main"><tp-yt-paper-input-container><yt-formatted-string id="contenteditable-textarea"><div id="contenteditable-root" contenteditable="true" role="textbox" aria-label="Add a comment…" aria-multiline="true"></div></yt-formatted-string></tp-yt-paper-input-container>
<div id="footer"><div id="buttons"><ytd-button-renderer id="cancel-button"><yt-button-shape><button aria-label="Cancel">Cancel</button></yt-button-shape></ytd-button-renderer><ytd-button-renderer id="submit-button"><yt-button-shape><button aria-label="Comment">Comment</button></yt-button-shape></ytd-button-renderer></div></div></div>
</ytd-commentbox></ytd-comment-simplebox-renderer></div></ytd-comments-header-renderer></div>
<div id="contents">${threads}</div></ytd-item-section-renderer></ytd-comments></ytd-watch-flexy></ytd-page-manager></ytd-app>${COMPOSER_SCRIPT}`;
  return {
    site: 'youtube',
    url: `https://www.youtube.com/watch?v=${YT_MY_VIDEO}`,
    title: 'Five questions that replaced our dashboards - YouTube',
    html: feedPage({ title: 'Five questions that replaced our dashboards - YouTube', css: CSS, body }),
    expected: [
      { postId: MY_COMMENT, metrics: { likes: 12 } },
      { postId: `${MY_COMMENT}.AbCdEfGh123`, metrics: { likes: 3 } },
      { postId: 'UgyOmar4Tz9Ks1Xp3AaABAg', metrics: { likes: 7 } },
    ],
  };
}

export const youtubeReciprocity: ReciprocityScenario = {
  site: 'youtube',
  notifications: youtubeNotificationsPage(),
  ownPost: youtubeOwnVideoPage(),
  sharers: ['ana.creates', 'ben.builds'],
  editor: 'ytd-commentbox #contenteditable-root',
  submit: 'ytd-commentbox #submit-button button',
  replier: '@carla.cm',
  othersOnOwnPost: 1, // Omar's comment under the video
};
