import type { DemoFeed, ReciprocityScenario } from './types';
import { escapeHtml, feedPage } from './page';

/**
 * The signed-in user's side of linkedin.com: notifications where two people reposted the user's post, and the
 * user's own post page with its comment box. BUILT 2026-11-28, not captured: notification cards in the shape of the
 * cards captured on 2026-07-26 (nella-labs/noelle-social, apps/linkedin-actuator/tests/fixtures/notifications-page.html),
 * the post in the Ember markup of tests/fixtures/linkedin/legacy-feed-2025-08.html, the comment box as on the captured
 * Ember post page of 2026-07-27 (same source). People are invented.
 */
export const LINKEDIN_ME = 'maya-brooks';
export const LINKEDIN_MY_POST_ID = '7398111111111111111';
/** Lee's comment under the post: the notification of it quotes none of its words. */
export const LEE_COMMENT = '7398111111111119001';
export const LEE_WORDS = 'Which of the five questions gave you the most surprising answers?';

const MY_POST_TEXT = 'We replaced our weekly metrics email with five questions to customers. Here is what happened.';

/** The global nav's "Me" menu holds the link to the user's profile (its dropdown is in the page, hidden). */
const NAV = `<header class="global-nav" id="global-nav"><nav class="global-nav__nav" aria-label="Primary Navigation"><ul class="global-nav__primary-items">
<li class="global-nav__primary-item"><a class="global-nav__primary-link" href="/feed/">Home</a></li>
<li class="global-nav__primary-item"><a class="global-nav__primary-link global-nav__primary-link--active" href="/notifications/">Notifications</a></li>
<li class="global-nav__primary-item global-nav__me"><button class="global-nav__primary-link global-nav__primary-link-me-menu-trigger artdeco-dropdown__trigger" aria-expanded="false" type="button">Me ▾</button>
<div class="global-nav__me-content artdeco-dropdown__content" aria-hidden="true"><a class="ember-view" href="/in/${LINKEDIN_ME}/"><span class="t-16 t-black t-bold">Maya Brooks</span> View Profile</a></div></li>
</ul></nav></header>`;

interface Card {
  slug: string;
  name: string;
  /** The headline after the name. */
  words: string;
  href: string;
  body?: string;
}

function card(entry: Card, index: number): string {
  const body = entry.body
    ? `<button aria-hidden="true" tabindex="-1" class="artdeco-card overflow-hidden mt2" role="link" type="button"><div class="nt-card-content__body--secondary display-flex"><div class="full-width display-flex flex-column p2"><div class="nt-card-content__body-text nt-card__text--word-wrap nt-card__text--2-line-large t-14 t-black--light">${escapeHtml(entry.body)}</div></div></div></button>`
    : '';
  return `<article class="nt-card nt-card--with-hover-states" aria-label="Notification" data-nt-card-index="${index}" data-view-name="notification-card-container"><div class="nt-card__container">
<div class="nt-card__left-rail"><a href="/in/${entry.slug}" aria-label="View ${escapeHtml(entry.name)}’s profile." data-view-name="notification-card-image"><span class="avatar"></span></a></div>
<div class="display-flex flex-column flex-grow-1 mr2"><a class="nt-card__headline nt-card__text--word-wrap t-black t-normal text-body-small" href="${escapeHtml(entry.href)}" tabindex="0"><span class="nt-card__text--3-line"><strong>${escapeHtml(entry.name)}</strong><span class="white-space-pre"> </span>${escapeHtml(entry.words)}</span></a>${body}</div>
<p class="nt-card__time-ago t-12 t-black--light t-normal">${index + 1}h</p></div></article>`;
}

const highlighted = (activity: string, type: string) =>
  `/feed/?highlightedUpdateUrn=urn%3Ali%3Aactivity%3A${activity}&highlightedUpdateType=${type}&origin=INAPP`;

const LINKEDIN_NOTIFICATION_CARDS: Card[] = [
  { slug: 'ana-souza-writes', name: 'Ana Souza', words: 'reposted your post.', href: `/feed/update/urn%3Ali%3Aactivity%3A7398222222222222222/`, body: MY_POST_TEXT },
  { slug: 'ben-carter-b2', name: 'Ben Carter', words: 'reposted your post.', href: `/feed/update/urn%3Ali%3Aactivity%3A7398333333333333333/`, body: MY_POST_TEXT },
  { slug: 'lee-park', name: 'Lee Park', words: 'commented on your post.', href: `/feed/update/urn%3Ali%3Aactivity%3A${LINKEDIN_MY_POST_ID}/`, body: MY_POST_TEXT },
  { slug: 'omar-haddad', name: 'Omar Haddad', words: 'liked your comment.', href: highlighted('7398444444444444444', 'REACTED_TO_YOUR_COMMENT'), body: 'Thanks for asking, the third question surprised us most.' },
];

const CSS = `
body { margin: 0; font: 14px/1.45 system-ui, sans-serif; background: Canvas; color: CanvasText; }
.global-nav { padding: 8px 24px; border-bottom: 1px solid rgba(127,127,127,.3); } .global-nav ul { display: flex; gap: 16px; list-style: none; margin: 0; padding: 0; }
.global-nav__me { position: relative; } .global-nav__me-content { display: none; } a { color: inherit; text-decoration: none; } button { font: inherit; color: inherit; background: none; border: 0; }
main { max-width: 600px; margin: 16px auto; } .nt-card { display: block; padding: 12px 16px; border-bottom: 1px solid rgba(127,127,127,.25); }
.nt-card__container { display: flex; gap: 12px; } .avatar { display: block; width: 48px; height: 48px; border-radius: 50%; background: #0a66c2; }
.flex-grow-1 { flex: 1; } .nt-card-content__body-text { opacity: .7; text-align: start; margin-top: 6px; }
.feed-shared-update-v2 { border: 1px solid rgba(127,127,127,.3); border-radius: 8px; padding: 12px 16px; }
.social-details-social-counts ul { display: flex; gap: 12px; list-style: none; padding: 0; font-size: 12px; opacity: .75; }
.feed-shared-social-action-bar { display: flex; gap: 16px; border-top: 1px solid rgba(127,127,127,.25); padding-top: 6px; }
.comments-comment-box__form { display: flex; gap: 8px; margin-top: 12px; } .ql-editor { flex: 1; min-height: 24px; padding: 6px 10px; border: 1px solid rgba(127,127,127,.5); border-radius: 18px; }
.comments-comment-box__submit-button { border-radius: 999px; padding: 4px 14px; background: #0a66c2; color: #fff; }
`;

/** A stand-in for LinkedIn's comment box: the page, not the extension, posts; sends are recorded in window.__sentPosts. */
const COMPOSER_SCRIPT = `<script>
window.__sentPosts = [];
document.addEventListener('click', (event) => {
  const button = event.target.closest('.comments-comment-box__submit-button');
  if (!button) return;
  const editor = button.closest('.comments-comment-box').querySelector('.ql-editor');
  window.__sentPosts.push(editor.textContent);
  editor.innerHTML = '<p><br></p>';
});
</script>`;

export function linkedinNotificationsPage(): DemoFeed {
  const body = `${NAV}<main class="scaffold-layout__main" role="main"><h1>Notifications</h1><div class="nt-card-list">
${LINKEDIN_NOTIFICATION_CARDS.map(card).join('\n')}
<article class="nt-card nt-card--with-hover-states" aria-label="Notification" data-nt-card-index="4" data-view-name="notification-card-container"><div class="nt-card__container"><div class="nt-card__left-rail"><svg role="none" aria-hidden="true" width="48" height="48" data-test-icon="ui-chart"></svg></div>
<div class="display-flex flex-column flex-grow-1 mr2"><a class="nt-card__headline nt-card__text--word-wrap t-black t-normal text-body-small" href="${highlighted('7398555555555555555', 'COMMENT_VIEWS')}" tabindex="0"><span class="nt-card__text--3-line"><span>Your comment has gained<span class="white-space-pre"> </span><strong>1,162 impressions</strong>.</span></span></a></div></div></article>
</div></main>`;
  return {
    site: 'linkedin',
    url: 'https://www.linkedin.com/notifications/',
    title: 'Notifications | LinkedIn',
    html: feedPage({ title: 'Notifications | LinkedIn', css: CSS, body }),
    expected: [],
  };
}

export function linkedinOwnPostPage(): DemoFeed {
  const urn = `urn:li:activity:${LINKEDIN_MY_POST_ID}`;
  const profile = `https://www.linkedin.com/in/${LINKEDIN_ME}/`;
  const body = `${NAV}<main class="scaffold-layout__main" role="main"><div class="update-outlet"><div data-id="${urn}" class="relative">
<div class="feed-shared-update-v2 full-height relative artdeco-card" role="article" data-urn="${urn}"><h2 class="visually-hidden">Feed post</h2>
<div class="update-components-actor__container display-flex"><div class="update-components-actor__meta"><a class="update-components-actor__meta-link" href="${profile}"><span class="update-components-actor__title"><span aria-hidden="true">Maya Brooks</span><span class="visually-hidden">Maya Brooks</span></span></a></div></div>
<div class="update-components-text relative update-components-update-v2__commentary" dir="ltr"><span class="break-words"><span dir="ltr">${escapeHtml(MY_POST_TEXT)}</span></span></div>
<div class="update-v2-social-activity"><div class="social-details-social-counts"><ul>
<li class="social-details-social-counts__item social-details-social-counts__reactions"><button data-reaction-details="" aria-label="48 reactions" type="button"><span aria-hidden="true" class="social-details-social-counts__reactions-count">48</span></button></li>
<li data-non-reaction-details=""><ul><li class="social-details-social-counts__item social-details-social-counts__comments"><button aria-label="6 comments on Maya Brooks’s post" type="button"><span aria-hidden="true">6 comments</span></button></li>
<li class="social-details-social-counts__item"><button aria-label="2 reposts of Maya Brooks’s post" type="button"><span aria-hidden="true">2 reposts</span></button></li></ul></li></ul></div>
<div class="feed-shared-social-action-bar"><button aria-pressed="false" aria-label="React Like" class="artdeco-button social-actions-button react-button__trigger">Like</button><button aria-label="Comment" class="artdeco-button social-actions-button comment-button">Comment</button><button aria-expanded="false" class="artdeco-dropdown__trigger social-reshare-button" type="button">Repost</button></div></div>
<div class="feed-shared-update-v2__comments-container display-flex flex-column"><div class="comments-comment-box comments-comment-box--cr"><form class="comments-comment-box__form"><div class="comments-comment-texteditor"><div class="editor-container relative"><div class="editor-content ql-container">
<div class="ql-editor ql-blank" contenteditable="true" data-placeholder="Add a comment…" aria-label="Text editor for creating content" role="textbox" aria-multiline="true"><p><br></p></div></div></div></div>
<button class="comments-comment-box__submit-button artdeco-button artdeco-button--1 artdeco-button--primary" type="button"><span class="artdeco-button__text">Post</span></button></form></div>
<article class="comments-comment-entity" data-id="urn:li:comment:(activity:${LINKEDIN_MY_POST_ID},${LEE_COMMENT})"><div class="comments-comment-meta__actor"><a class="comments-comment-meta__description-container" href="https://www.linkedin.com/in/lee-park"><span class="comments-comment-meta__description-title">Lee Park</span></a></div>
<span class="comments-comment-item__main-content" dir="ltr">${escapeHtml(LEE_WORDS)}</span></article></div>
</div></div></div></main>${COMPOSER_SCRIPT}`;
  return {
    site: 'linkedin',
    url: `https://www.linkedin.com/feed/update/${urn}/`,
    title: 'Maya Brooks on LinkedIn',
    html: feedPage({ title: 'Maya Brooks on LinkedIn', css: CSS, body }),
    expected: [{ postId: LINKEDIN_MY_POST_ID, metrics: { likes: 48, replies: 6, reposts: 2 } }],
  };
}

export const linkedinReciprocity: ReciprocityScenario = {
  site: 'linkedin',
  notifications: linkedinNotificationsPage(),
  ownPost: linkedinOwnPostPage(),
  sharers: ['ana-souza-writes', 'ben-carter-b2'],
  editor: '.comments-comment-box .ql-editor',
  submit: '.comments-comment-box__submit-button',
  replier: 'Lee Park',
};
