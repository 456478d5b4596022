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
  legacyActorSubDescription: '.update-components-actor__sub-description span[aria-hidden="true"], .update-components-actor__description span[aria-hidden="true"]',
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

export const LINKEDIN_PROMOTED_LABELS = ['Promoted', 'Sponsored', 'Gesponsert', 'Anzeige', 'Sponsorisé', 'Promocionado', 'Promovido', 'Sponsorizzato'];
