import type { InteractionKind } from '../../reciprocity/types';

/**
 * Every linkedin.com hook the adapter relies on, in one place. Two DOM generations coexist (2025-2026).
 *
 * Ember ("legacy"), checked against a home-feed post of 2025-08-28 (still the post-detail page's markup as of
 * 2026-08): div.feed-shared-update-v2[role=article][data-urn="urn:li:activity:<id>"], its wrapper
 * [data-id="urn:li:activity:<id>"], counts as buttons whose aria-label states the exact number ("150 reactions",
 * "13 comments on …'s post").
 *
 * Server-driven UI ("SDUI"), checked against selector notes verified on the live site 2026-08-09 and a shape
 * transcription of 2026-09-15: hashed classes, [role=listitem] posts under [data-testid=mainFeed] with a
 * componentkey "expanded<token>FeedType_MAIN_FEED_RELEVANCE" (the token is not the activity id), counts as plain
 * text duplicated for screen readers ("252 reactions", "50 comments", "12 reposts", "X and 46 others"). This markup
 * carries no activity urn of its own: a post is identified only by a link to its activity inside it.
 */
export const LINKEDIN_SELECTORS = {
  legacyPost: 'div.feed-shared-update-v2',
  legacyActivityWrapper: '[data-id^="urn:li:activity:"]',
  legacyActorLink: 'a.update-components-actor__meta-link, .update-components-actor__container a[href]',
  /** The name is printed twice: once for sight (aria-hidden), once for screen readers (visually-hidden). */
  legacyActorName: '.update-components-actor__title span[aria-hidden="true"]',
  /** Holds the actor's name, description and sub-description ("12,408 followers | Promoted"). */
  legacyActorContainer: '.update-components-actor__container',
  legacyActorSubDescription: '.update-components-actor__sub-description span[aria-hidden="true"], .update-components-actor__description span[aria-hidden="true"]',
  /** The actor's description line: a person's headline, or a company's "12,408 followers". */
  legacyActorDescription: '.update-components-actor__description span[aria-hidden="true"]',
  legacyText: '.update-components-text',
  /** "<name> reposted this" above the post. */
  legacyHeaderLink: '.update-components-header a[href]',
  /** A reshared post shown inside this one: its counts and author are not this post's. */
  legacyNested: '.update-components-mini-update-v2',
  legacyCounts: '.social-details-social-counts',
  legacyReactions: '.social-details-social-counts__reactions button, button[data-reaction-details]',
  legacyReactionsText: '.social-details-social-counts__reactions-count, .social-details-social-counts__social-proof-text',
  legacyComments: '.social-details-social-counts__comments button',
  /** The remaining count beside comments is the reposts count; it has no class of its own. */
  legacyOtherCounts: '[data-non-reaction-details] .social-details-social-counts__item:not(.social-details-social-counts__comments) button',
  legacyActionBar: '.feed-shared-social-action-bar',

  sduiPost: '[data-testid="mainFeed"] [role="listitem"], [role="listitem"][componentkey*="FeedType_"]',
  /** A link to the post's own activity (its timestamp or a "view post" link), encoded or not. */
  sduiActivityLink: 'a[href*="urn:li:activity:"], a[href*="urn%3Ali%3Aactivity%3A"]',
  sduiActorLink: 'a[href*="/in/"], a[href*="/company/"]',
  sduiControlMenu: 'button[aria-label^="Open control menu"]',
  sduiText: '[data-testid="expandable-text-box"]',
  sduiLikeButton: 'button[aria-label^="Reaction button state"]',
} as const;

export const LINKEDIN_POST_SELECTOR = `${LINKEDIN_SELECTORS.legacyPost}, ${LINKEDIN_SELECTORS.sduiPost}`;

/**
 * Words of SDUI's text counts, per locale (the markup gives no other hook). Lowercase, matched as substrings.
 * Checked: English 2026-09; the others follow LinkedIn's published UI strings for the same labels.
 */
export const LINKEDIN_COUNT_WORDS = {
  likes: ['reaction', 'reaktion', 'réaction', 'reacci', 'reaç', 'reazion'],
  replies: ['comment', 'kommentar', 'comentario', 'comentário'],
  reposts: ['repost', 'republication', 'reposteo', 'compartilhamento', 'diffusion'],
} as const;

/** "Grace Hopper and 46 others": the named person plus the others reacted. */
export const LINKEDIN_OTHERS_PATTERN = /(\d[\d.,\u00a0\u202f]*)\s*(?:others?|weitere|autres|otras personas|outras pessoas|altri)\b/iu;

/**
 * A company page's actor line states its audience: "12,408 followers" (Ember's actor description, seen on promoted
 * and company posts in the 2025-08-28 capture; SDUI prints the same words as a text leaf). A person's headline is
 * free text, so only a line that ends in a count and the word counts, alone or as its last part ("Creator | 180K
 * followers", SDUI 2026-09).
 */
export const LINKEDIN_FOLLOWERS_PATTERN = /(?:^|[|•·]\s*)(\d[\d.,\u00a0\u202f]*\s*[KkMm]?)\s+(?:followers?|Follower|abonnés|seguidores|follower)\s*$/u;

export const LINKEDIN_PROMOTED_LABELS = ['Promoted', 'Sponsored', 'Gesponsert', 'Anzeige', 'Sponsorisé', 'Promocionado', 'Promovido', 'Sponsorizzato'];

/**
 * The user's own side of linkedin.com (Ember markup; the notifications page is still Ember in 2026).
 * - account: the global nav's "Me" menu and the feed's identity module link to /in/<slug>/ (selectors used by several
 *   2024-26 automation projects; not in a capture here, so unverified).
 * - notifications: article.nt-card[data-view-name="notification-card-container"], the actor's avatar link
 *   a[data-view-name="notification-card-image"] (href /in/<slug>, percent-encoded), a.nt-card__headline holding
 *   .nt-card__text--3-line ("<strong>Name</strong> replied to your comment.") and, for the user's post,
 *   .nt-card-content__body-text: checked against captured cards of 2026-07-26 (nella-labs/noelle-social,
 *   apps/linkedin-actuator/tests/fixtures/notifications-page.html) and notes measured live on 2026-09-09.
 * - composer: Ember comment box (.comments-comment-box, or --cr in 2026) with a Quill .ql-editor and the
 *   comments-comment-box__submit-button (captured post page of 2026-07-27, same source); SDUI comment box
 *   [componentkey^="commentBox"] with a TipTap contenteditable and its submit inside commentButtonSection (captured
 *   2026-07). A reply box inside a comment (article.comments-comment-entity) answers that comment: unverified.
 * - like: Ember button.react-button__trigger[aria-pressed="false"] (tests/fixtures/linkedin, 2025-08); SDUI
 *   "Reaction button state: no reaction" (captured 2026-07).
 * - repost: the Ember repost menu's "Repost" item .social-reshare-button__sharing-as-is-dropdown-item (named by several
 *   2023-25 projects, unverified); SDUI's repost menu is not known, so SDUI reposts are not seen.
 */
export const LINKEDIN_RECIPROCITY_SELECTORS = {
  account: '.global-nav__me-content a[href*="/in/"], .feed-identity-module__actor-meta a[href*="/in/"], .feed-identity-module a[href*="/in/"]',
  notification: 'article.nt-card',
  notificationActor: 'a[data-view-name="notification-card-image"]',
  notificationHeadline: 'a.nt-card__headline',
  notificationText: '.nt-card__text--3-line',
  notificationExcerpt: '.nt-card-content__body-text',
  editor: '[class*="comments-comment-box"] .ql-editor[contenteditable="true"], [componentkey^="commentBox"] [contenteditable="true"]',
  submit: '[class*="comments-comment-box__submit-button"], button[componentkey^="commentButtonSection"]',
  comment: 'article.comments-comment-entity',
  commentActor: '.comments-comment-meta__actor a[href], a.comments-comment-meta__description-container',
  /** UNVERIFIED (named by 2024-25 scrapers): a comment's words; its replies follow them inside the comment. */
  commentText: '.comments-comment-item__main-content',
  replyButton: 'button.comment-button, button:has(> svg#comment-small)',
  like: 'button.react-button__trigger[aria-pressed="false"], button[aria-label^="Reaction button state: no reaction"]',
  repost: '.social-reshare-button__sharing-as-is-dropdown-item',
} as const;

/**
 * LinkedIn's own notification type, named in the headline link (?highlightedUpdateType=...), captured 2026-07-26.
 * null: a notification with nothing the person did for the user (impressions, trends, a like of someone else's comment).
 */
export const LINKEDIN_NOTIFICATION_TYPES: Readonly<Record<string, InteractionKind | null>> = {
  MENTIONED_YOU_IN_THIS: 'mention',
  REPLIED_TO_YOUR_COMMENT: 'reply',
  REACTED_TO_YOUR_COMMENT: 'like',
  REACTED_TO_COMMENT_MENTIONING_YOU: null,
  COMMENT_VIEWS: null,
  TOPIC_TRENDING_CONVERSATION_IN_YOUR_NETWORK: null,
};

/**
 * Headline words for cards without a known type (reposts among them), tried in this order: "liked Tam's comment that
 * mentioned you" is a like. The actor's name (<strong>) is left out before matching. English follows the captured
 * cards' phrasing; the other languages follow LinkedIn's published UI strings, unverified.
 */
export const LINKEDIN_NOTIFICATION_WORDS: readonly [InteractionKind, RegExp][] = [
  ['repost', /reposted your|hat Ihren Beitrag geteilt|reposteó|compartió tu publicación|a republié|a partagé votre post|compartilhou sua publicação|ha ricondiviso/i],
  ['like', /\b(?:liked|reacted to|loves|celebrates|supports|likes) your|gefällt|reagiert auf|le gusta|reaccionó|a aimé|a réagi|curtiu|reagiu|ha reagito|piace/i],
  ['reply', /commented on your|replied to your|kommentiert|geantwortet|comentó|respondió|a commenté|a répondu|comentou|respondeu|ha commentato|ha risposto/i],
  ['mention', /mentioned you|erwähnt|te mencionó|vous a mentionné|mencionou você|ti ha menzionato/i],
];
