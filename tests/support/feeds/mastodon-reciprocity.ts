import type { DemoFeed, ReciprocityScenario } from './types';
import { escapeHtml, feedPage } from './page';

/**
 * The signed-in user's side of mastodon.social: grouped notifications (4.3+) where two people boosted the user's
 * post, and the user's own status page with the compose panel answering it. BUILT 2026-11-28 from mastodon/mastodon's
 * source (notification_group_with_status.tsx, avatar_group.tsx, navigation_bar.tsx, compose_form.jsx,
 * reply_indicator.jsx, detailed_status.tsx), not captured. People are invented.
 */
export const MASTODON_ME = 'maya';
export const MASTODON_MY_POST = '113560000000000042';
/** Carla's status that mentions the user with a question. */
export const MASTODON_CARLA_POST = '113560500000000077';

const MY_NAME = 'Maya Brooks';
const MY_POST_TEXT = 'We replaced our weekly metrics email with five questions to customers. Here is what happened.';
const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -960 960 960" class="icon icon-{{id}}" aria-hidden="true"><path d="M280-80 120-240l160-160 56 58-62 62h406v-160h80v240H274l62 62-56 58Z"></path></svg>';
const icon = (id: string) => ICON.replace('{{id}}', id);

const avatar = (acct: string) =>
  `<a title="@${acct}" data-hover-card-account="1" href="/@${acct}"><div class="account__avatar" style="width: 28px; height: 28px;"><img src="/avatars/original/missing.png" alt=""></div></a>`;

/** The compose panel: the signed-in account in the navigation bar, then the form (answering `replyTo` when given). */
function composePanel(replyTo?: { acct: string; name: string; text: string }): string {
  const indicator = replyTo
    ? `<div class="reply-indicator"><div class="reply-indicator__line"></div><a class="detailed-status__display-avatar" href="/@${replyTo.acct}"><div class="account__avatar" style="width: 46px; height: 46px;"></div></a><div class="reply-indicator__main"><a class="detailed-status__display-name" href="/@${replyTo.acct}"><span class="display-name"><bdi><strong class="display-name__html">${escapeHtml(replyTo.name)}</strong></bdi> <span class="display-name__account">@${replyTo.acct}</span></span></a><div class="reply-indicator__content translate"><p>${escapeHtml(replyTo.text)}</p></div></div></div>`
    : '';
  return `<div class="drawer"><div class="navigation-bar"><div class="account account--minimal"><div class="account__wrapper"><a class="account__display-name" title="${MASTODON_ME}" href="/@${MASTODON_ME}"><div class="account__avatar-wrapper"><div class="account__avatar" style="width: 46px; height: 46px;"></div></div><span class="display-name"><bdi><strong class="display-name__html">${MY_NAME}</strong></bdi> <span class="display-name__account">@${MASTODON_ME}</span></span></a></div></div></div>
<form class="compose-form"><div class="compose-form__highlightable">${indicator}<div class="autosuggest-textarea"><label><span style="display: none;">What's on your mind?</span><textarea class="autosuggest-textarea__textarea" placeholder="What's on your mind?" lang="en"></textarea></label></div>
<div class="compose-form__footer"><div class="compose-form__actions"><div class="compose-form__buttons"></div><div class="compose-form__submit"><button type="submit" class="button">${replyTo ? 'Reply' : 'Post'}</button></div></div></div></div></form></div>`;
}

/** A 4.3+ grouped entry: icon, avatars, "{name} and N others boosted your post", the user's post embedded. */
export function notificationGroup(type: string, iconId: string, people: [string, string][], verb: string, key: string): string {
  const [first, firstName] = people[0]!;
  const others = people.length > 1 ? ` and <a href="/@${MASTODON_ME}/${MASTODON_MY_POST}/${type === 'reblog' ? 'reblogs' : 'favourites'}">${people.length - 1} other${people.length > 2 ? 's' : ''}</a>` : '';
  return `<article aria-posinset="1" aria-setsize="5" data-id="${key}" tabindex="-1"><div role="button" class="notification-group focusable notification-group--${type} notification-group--unread" tabindex="0">
<div class="notification-group__icon">${icon(iconId)}</div><div class="notification-group__main"><div class="notification-group__main__header"><div class="notification-group__main__header__wrapper"><div class="notification-group__avatar-group">${people.map(([acct]) => avatar(acct)).join('')}</div></div>
<div class="notification-group__main__header__label"><a data-hover-card-account="1" href="/@${first}"><bdi><strong class="display-name__html">${escapeHtml(firstName)}</strong></bdi></a>${others} ${verb}<span class="notification-group__main__header__label-separator">·</span><a href="/@${MASTODON_ME}/${MASTODON_MY_POST}"><time datetime="2026-11-28T07:40:00.000Z" title="Nov 28, 2026, 07:40">2h</time></a></div></div>
<div class="notification-group__main__status"><div class="notification-group__embedded-status" role="button" tabindex="-1"><div class="notification-group__embedded-status__account"><div class="account__avatar" style="width: 16px; height: 16px;"></div><span class="display-name"><bdi><strong class="display-name__html">${MY_NAME}</strong></bdi> <span class="display-name__account">@${MASTODON_ME}</span></span></div><div class="notification-group__embedded-status__content reply-indicator__content translate"><p>${escapeHtml(MY_POST_TEXT)}</p></div></div></div></div></div></article>`;
}

export function followGroup(acct: string, name: string, key: string): string {
  return `<article aria-posinset="4" aria-setsize="5" data-id="${key}" tabindex="-1"><div role="button" class="notification-group focusable notification-group--follow" tabindex="0"><div class="notification-group__icon">${icon('person-add')}</div><div class="notification-group__main"><div class="notification-group__main__header"><div class="notification-group__main__header__wrapper"><div class="notification-group__avatar-group">${avatar(acct)}</div></div><div class="notification-group__main__header__label"><a href="/@${acct}"><bdi><strong class="display-name__html">${escapeHtml(name)}</strong></bdi></a> followed you</div></div></div></div></article>`;
}

/**
 * A mention (4.3+: notification-ungrouped--mention), a full status with its action bar, as in
 * tests/fixtures/mastodon/notifications-built-2026-11-28.html: it is read as a post, and its question waits for an answer.
 */
function mentionEntry(acct: string, name: string, id: string, words: string, key: string): string {
  return `<article aria-posinset="3" aria-setsize="5" data-id="${key}" tabindex="-1"><div role="button" class="notification-ungrouped focusable notification-ungrouped--mention" tabindex="0"><h2 class="notification-ungrouped__header"><div class="notification-ungrouped__header__icon">${icon('reply')}</div><span><a href="/@${acct}"><bdi><strong class="display-name__html">${escapeHtml(name)}</strong></bdi></a> mentioned you</span></h2>
<div class="status__wrapper status__wrapper-public focusable" tabindex="0"><div class="status status-public" data-id="${id}"><div class="status__info"><a href="/@${acct}/${id}" class="status__relative-time"><time datetime="2026-11-28T08:30:00.000Z">1h</time></a><a href="/@${acct}" title="${acct}" class="status__display-name"><span class="display-name"><bdi><strong class="display-name__html">${escapeHtml(name)}</strong></bdi> <span class="display-name__account">@${acct}</span></span></a></div>
<div class="status__content status__content--with-action" tabindex="0"><div class="status__content__text status__content__text--visible translate" lang="en"><p><span class="h-card" translate="no"><a href="/@${MASTODON_ME}" class="u-url mention" title="${MASTODON_ME}">@<span>${MASTODON_ME}</span></a></span> ${escapeHtml(words)}</p></div></div>
<div class="status__action-bar"><div class="status__action-bar__button-wrapper"><button type="button" title="Reply" class="status__action-bar__button icon-button icon-button--with-counter">${icon('reply')} <span class="icon-button__counter"><span class="animated-number"><span style="position: static;">0</span></span></span></button></div><div class="status__action-bar__button-wrapper"><button type="button" title="Boost" class="status__action-bar__button icon-button">${icon('retweet')}</button></div><div class="status__action-bar__button-wrapper"><button type="button" title="Favorite" class="status__action-bar__button star-icon icon-button">${icon('star')}</button></div></div></div></div></div></article>`;
}

const CSS = `
body { margin: 0; font: 15px/1.4 system-ui, sans-serif; background: Canvas; color: CanvasText; } a { color: inherit; text-decoration: none; }
.layout { display: flex; gap: 16px; max-width: 960px; margin: 0 auto; padding: 12px; } .drawer { width: 300px; } main { flex: 1; border: 1px solid rgba(127,127,127,.3); border-radius: 8px; }
.navigation-bar { padding: 8px 0; } .account__avatar { background: #6364ff; border-radius: 8px; display: inline-block; } .display-name__account { opacity: .7; }
textarea { width: 100%; min-height: 90px; box-sizing: border-box; margin-top: 8px; } .compose-form__submit { text-align: end; } .button { background: #6364ff; color: #fff; border: 0; border-radius: 4px; padding: 6px 16px; }
.reply-indicator { border: 1px solid rgba(127,127,127,.3); border-radius: 8px; padding: 8px; display: flex; gap: 8px; }
article { display: block; border-bottom: 1px solid rgba(127,127,127,.3); } .notification-group { display: flex; gap: 12px; padding: 12px 16px; }
.notification-group__icon svg { width: 24px; fill: #6364ff; } .notification-group__avatar-group { display: flex; gap: 4px; } .notification-group__embedded-status { opacity: .75; margin-top: 6px; }
.detailed-status { padding: 16px; } .detailed-status__meta { opacity: .7; margin-top: 8px; } .detailed-status__action-bar { display: flex; gap: 24px; padding: 8px 16px; border-top: 1px solid rgba(127,127,127,.3); }
.detailed-status__action-bar button { all: unset; cursor: pointer; } .detailed-status__action-bar svg { width: 20px; fill: currentColor; }
`;

/** A stand-in for the compose form: the page, not the extension, sends; what was sent is kept in window.__sentPosts. */
const COMPOSER_SCRIPT = `<script>
window.__sentPosts = [];
document.addEventListener('submit', (event) => {
  const form = event.target.closest('.compose-form');
  if (!form) return;
  event.preventDefault();
  const editor = form.querySelector('textarea.autosuggest-textarea__textarea');
  window.__sentPosts.push(editor.value);
  editor.value = '';
});
</script>`;

export function mastodonNotificationsPage(): DemoFeed {
  const body = `<div class="layout">${composePanel()}<main><h1>Notifications</h1><div class="scrollable"><div role="feed" class="item-list">
${notificationGroup('reblog', 'retweet', [['ana_writes', 'Ana Souza'], ['ben_builds', 'Ben Carter']], 'boosted your post', 'reblog-113560000000000042-29892')}
${notificationGroup('favourite', 'star', [['lee', 'Lee Park'], ['omar@hachyderm.io', 'Omar Haddad']], 'favorited your post', 'favourite-113560000000000042-29892')}
${mentionEntry('carla', 'Carla Mendes', MASTODON_CARLA_POST, 'how did you pick the five questions? Would love to copy this.', 'ungrouped-29890')}
${followGroup('kai@fosstodon.org', 'Kai Lund', 'follow-29891')}
</div></div></main></div>`;
  return {
    site: 'mastodon',
    url: 'https://mastodon.social/notifications',
    title: 'Notifications - Mastodon',
    html: feedPage({ title: 'Notifications - Mastodon', css: CSS, body }),
    expected: [{ postId: MASTODON_CARLA_POST, metrics: { replies: 0 } }],
  };
}

export function mastodonOwnPostPage(): DemoFeed {
  const url = `https://mastodon.social/@${MASTODON_ME}/${MASTODON_MY_POST}`;
  const detailed = `<div class="scrollable"><div class="focusable detailed-status__wrapper detailed-status__wrapper-public" tabindex="0"><div class="detailed-status"><a class="detailed-status__display-name" href="/@${MASTODON_ME}"><div class="detailed-status__display-avatar"><div class="account__avatar" style="width: 46px; height: 46px;"></div></div><span class="display-name"><bdi><strong class="display-name__html">${MY_NAME}</strong></bdi> <span class="display-name__account">@${MASTODON_ME}</span></span></a>
<div class="status__content"><div class="status__content__text status__content__text--visible translate" lang="en"><p>${escapeHtml(MY_POST_TEXT)}</p></div></div>
<div class="detailed-status__meta"><a class="detailed-status__datetime" href="/@${MASTODON_ME}/${MASTODON_MY_POST}"><time datetime="2026-11-28T06:10:00.000Z">Nov 28, 2026, 06:10</time></a> · <a class="detailed-status__link" href="/@${MASTODON_ME}/${MASTODON_MY_POST}/reblogs"><span class="detailed-status__reblogs"><span class="animated-number"><span style="position: static;">2</span></span></span> boosts</a> · <a class="detailed-status__link" href="/@${MASTODON_ME}/${MASTODON_MY_POST}/favourites"><span class="detailed-status__favorites"><span class="animated-number"><span style="position: static;">2</span></span></span> favorites</a></div></div>
<div class="detailed-status__action-bar"><button type="button" title="Reply" class="icon-button">${icon('reply')}</button><button type="button" title="Boost" class="icon-button">${icon('retweet')}</button><button type="button" title="Favorite" class="star-icon icon-button">${icon('star')}</button></div></div></div>`;
  const body = `<div class="layout">${composePanel({ acct: MASTODON_ME, name: MY_NAME, text: MY_POST_TEXT })}<main><h1>Post</h1>${detailed}</main></div>${COMPOSER_SCRIPT}`;
  return {
    site: 'mastodon',
    url,
    title: `${MY_NAME} - Mastodon`,
    html: feedPage({ title: `${MY_NAME} - Mastodon`, css: CSS, body }),
    expected: [{ postId: MASTODON_MY_POST, metrics: { reposts: 2, likes: 2 } }],
  };
}

export const mastodonReciprocity: ReciprocityScenario = {
  site: 'mastodon',
  notifications: mastodonNotificationsPage(),
  ownPost: mastodonOwnPostPage(),
  sharers: ['ana_writes', 'ben_builds'],
  editor: '.compose-form textarea.autosuggest-textarea__textarea',
  submit: '.compose-form__submit button[type="submit"]',
  replier: 'Carla Mendes',
};
