import { reactionBadge } from './icons';
import type { Metrics } from '../../../lib/sites/types';
import type { DemoFeed } from './types';
import { COMPOSER_DIALOG_CSS, composerStandInScript } from './composer-stand-in';

/** LinkedIn's comment box under a post (the markup of tests/support/feeds/linkedin-reciprocity.ts), opened by "Comment". */
const LINKEDIN_COMPOSER = composerStandInScript({
  postSelector: 'div.feed-shared-update-v2',
  replyButton: 'button.comment-button',
  dialogHtml:
    '<div class="comments-comment-box comments-comment-box--cr"><form class="comments-comment-box__form"><div class="editor-content ql-container"><div class="ql-editor ql-blank" contenteditable="true" data-placeholder="Add a comment…" aria-label="Text editor for creating content" role="textbox" aria-multiline="true"></div></div><button class="comments-comment-box__submit-button" type="button">Post</button></form></div>',
  editor: '.comments-comment-box .ql-editor',
  submit: '.comments-comment-box__submit-button',
  inline: true,
});


/**
 * The LinkedIn home feed in its Ember markup, built from the dated fixture tests/fixtures/linkedin/
 * legacy-feed-2025-08.html (the real post of 2025-08-28, trimmed of images and tracking JSON; names and texts are
 * invented). The Ember markup is used because only it names each post's activity id; the SDUI feed has none.
 */

interface LegacyPostSpec {
  /** Activity id (digits of urn:li:activity:<id>). */
  id: string;
  name: string;
  /** Profile path: "in/<slug>" or "company/<slug>". */
  profile: string;
  headline: string;
  age: string;
  ageLong: string;
  text: string;
  reactions?: number;
  /** Reactions shown as "<name> and N others" instead of a number. */
  reactedBy?: string;
  comments?: number;
  reposts?: number;
  repostedBy?: { name: string; slug: string };
  promoted?: boolean;
  /** Only the wrapper carries the urn (the update element has no data-urn). */
  urnOnWrapperOnly?: boolean;
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const grouped = (value: number): string => value.toLocaleString('en-US');
const plural = (value: number, word: string): string => `${grouped(value)} ${word}${value === 1 ? '' : 's'}`;

function countsHtml(post: LegacyPostSpec): string {
  const owner = `${escape(post.name)}’s post`;
  const items: string[] = [];
  if (post.reactions !== undefined) {
    const others = post.reactedBy ? `${escape(post.reactedBy)} and ${grouped(post.reactions - 1)} other${post.reactions === 2 ? '' : 's'}` : undefined;
    const label = others ?? plural(post.reactions, 'reaction');
    const visible = others
      ? `<span aria-hidden="true" class="social-details-social-counts__social-proof-text">${others}</span>`
      : `<span aria-hidden="true" class="social-details-social-counts__reactions-count">${grouped(post.reactions)}</span>`;
    items.push(`<li class="social-details-social-counts__item social-details-social-counts__reactions social-details-social-counts__item--height-two-x social-details-social-counts__reactions--left-aligned"><button data-reaction-details="" aria-label="${label}" class="t-black--light display-flex align-items-center social-details-social-counts__count-value social-details-social-counts__count-value-hover text-body-small hoverable-link-text" type="button"><span class="reactions-icon" aria-hidden="true">${reactionBadge('thumbUp', '#378fe9')}</span><span class="reactions-icon reactions-icon--stacked" aria-hidden="true">${reactionBadge('bulb', '#f5bb5c')}</span>${visible}</button></li>`);
  }
  const others: string[] = [];
  if (post.comments !== undefined) {
    others.push(`<li class="social-details-social-counts__item social-details-social-counts__comments social-details-social-counts__item--height-two-x social-details-social-counts__item--right-aligned"><button aria-label="${plural(post.comments, 'comment')} on ${owner}" class="t-black--light social-details-social-counts__count-value social-details-social-counts__count-value-hover text-body-small hoverable-link-text social-details-social-counts__btn" type="button"><span aria-hidden="true">${plural(post.comments, 'comment')}</span></button></li>`);
  }
  if (post.reposts !== undefined) {
    others.push(`<li class="social-details-social-counts__item social-details-social-counts__item--height-two-x social-details-social-counts__item--right-aligned"><button aria-label="${plural(post.reposts, 'repost')} of ${owner}" class="t-black--light social-details-social-counts__count-value social-details-social-counts__count-value-hover text-body-small hoverable-link-text social-details-social-counts__btn" type="button"><span aria-hidden="true">${plural(post.reposts, 'repost')}</span></button></li>`);
  }
  if (others.length > 0) items.push(`<li data-non-reaction-details="" class="display-flex flex-grow-1 max-full-width"><ul class="display-flex flex-grow-1 max-full-width">${others.join('')}</ul></li>`);
  if (items.length === 0) return '';
  return `<div class="social-details-social-counts social-details-social-counts--no-vertical-padding"><div class="display-flex flex-grow-1 full-width"><div class="relative full-width"><ul class="display-flex flex-wrap">${items.join('')}</ul></div></div></div>`;
}

const ACTION_BAR = `<div class="feed-shared-social-action-bar feed-shared-social-action-bar--full-width feed-shared-social-action-bar--has-social-counts"><span class="reactions-react-button feed-shared-social-action-bar__action-button feed-shared-social-action-bar--new-padding"><button aria-pressed="false" aria-label="React Like" class="artdeco-button artdeco-button--muted artdeco-button--3 artdeco-button--tertiary social-actions-button react-button__trigger"><span class="artdeco-button__text"><span aria-hidden="true" class="artdeco-button__text react-button__text social-action-button__text">Like</span></span></button><button aria-label="Open reactions menu" aria-expanded="false" tabindex="0" class="artdeco-button artdeco-button--muted artdeco-button--2 artdeco-button--tertiary reactions-menu__trigger"><span class="artdeco-button__text">▾</span></button></span><span class="feed-shared-social-action-bar__action-button feed-shared-social-action-bar--new-padding"><button role="button" aria-label="Comment" tabindex="0" class="artdeco-button artdeco-button--muted artdeco-button--3 artdeco-button--tertiary social-actions-button comment-button flex-wrap"><span class="artdeco-button__text">Comment</span></button></span><div class="artdeco-dropdown feed-shared-social-action-bar__action-button feed-shared-social-action-bar--new-padding"><button aria-expanded="false" aria-label="" tabindex="0" class="artdeco-dropdown__trigger artdeco-button social-actions-button social-reshare-button flex-wrap artdeco-button--muted artdeco-button--3 artdeco-button--tertiary" type="button"><span class="artdeco-button__text social-action-button__text">Repost</span></button></div><div class="feed-shared-social-action-bar__action-button feed-shared-social-action-bar--new-padding"><button aria-label="Send in a private message" class="artdeco-button artdeco-button--muted artdeco-button--3 artdeco-button--tertiary social-actions-button send-privately-button flex-wrap" type="button"><span class="artdeco-button__text"><span class="artdeco-button__text social-action-button__text">Send</span></span></button></div></div>`;

/** One Ember feed post in the shape of the 2025-08-28 capture. */
function legacyPostHtml(post: LegacyPostSpec, index: number): string {
  const href = `https://www.linkedin.com/${post.profile}/`;
  const name = escape(post.name);
  const initials = post.name.split(/\s+/).map((word) => word[0]).join('').slice(0, 2);
  const subDescription = post.promoted ? 'Promoted' : `${escape(post.age)} • `;
  const subDescriptionLong = post.promoted ? 'Promoted' : `${escape(post.ageLong)} • Visible to anyone on or off LinkedIn`;
  const header = post.repostedBy
    ? `<div class="update-components-header update-components-header--with-control-menu"><div class="update-components-header__text-wrapper"><span class="update-components-header__text-view"><a class="update-components-text-view__mention" href="https://www.linkedin.com/in/${escape(post.repostedBy.slug)}/">${escape(post.repostedBy.name)}</a> reposted this</span></div></div>`
    : '';
  const urn = `urn:li:activity:${post.id}`;
  return `<div data-id="${urn}" class="relative" data-finite-scroll-hotkey-item="${index}">
<div class="ember-view  occludable-update "><div class="full-height" data-view-name="feed-full-update"><div class="full-height">
<div class="feed-shared-update-v2 feed-shared-update-v2--minimal-padding full-height relative artdeco-card" role="article"${post.urnOnWrapperOnly ? '' : ` data-urn="${urn}"`}><div>
<div class="feed-shared-update-v2__control-menu-container display-flex flex-column flex-grow-1 full-height">
<h2 class="visually-hidden">Feed post number ${index + 1}</h2>
${header}<div class="fie-impression-container"><div class="relative"><div class="display-flex align-items-flex-start update-components-actor--with-control-menu-and-hide-post">
<div class="update-components-actor__container pr4 display-flex flex-grow-1">
<a class="update-components-actor__image relative" aria-label="View ${name}’s  graphic link" target="_self" href="${href}"><span class="js-update-components-actor__avatar"><div class="ivm-image-view-model update-components-actor__avatar"><div class="avatar" aria-hidden="true">${escape(initials)}</div></div></span></a>
<div class="update-components-actor__meta"><a class="update-components-actor__meta-link" aria-label="View: ${name} • 2nd ${escape(post.headline)}" target="_self" href="${href}">
<span class="update-components-actor__title"><span class="hoverable-link-text t-14 t-bold text-body-medium-bold white-space-nowrap t-black update-components-actor__single-line-truncate"><span dir="ltr"><span aria-hidden="true"><!---->${name}<!----></span><span class="visually-hidden"><!---->${name}<!----></span></span></span></span>
<span class="update-components-actor__description text-body-xsmall t-black--light"><span aria-hidden="true"><!---->${escape(post.headline)}<!----></span><span class="visually-hidden"><!---->${escape(post.headline)}<!----></span></span></a>
<span class="update-components-actor__sub-description text-body-xsmall t-black--light"><span aria-hidden="true"><!---->${subDescription}<!----></span><span class="visually-hidden"><!---->${subDescriptionLong}<!----></span></span>
</div></div></div>
<div class="feed-shared-control-menu display-flex feed-shared-update-v2__control-menu absolute text-align-right"><button aria-expanded="false" aria-label="Open control menu for post by ${name}" tabindex="0" class="feed-shared-control-menu__trigger artdeco-button artdeco-button--tertiary artdeco-button--muted artdeco-button--1 artdeco-button--circle" type="button">···</button></div>
</div>
<div class="feed-shared-inline-show-more-text feed-shared-update-v2__description feed-shared-inline-show-more-text--minimal-padding" tabindex="-1"><div class="update-components-text relative update-components-update-v2__commentary" dir="ltr"><span class="break-words tvm-parent-container"><span dir="ltr">${escape(post.text)}</span></span></div></div>
<div class="update-v2-social-activity">${countsHtml(post)}
${ACTION_BAR}
</div></div></div></div></div></div></div></div></div>`;
}

function expectedMetrics(post: LegacyPostSpec): Metrics {
  const followers = /^([\d,]+) followers$/.exec(post.headline)?.[1];
  return {
    ...(followers !== undefined && { followers: Number(followers.replaceAll(',', '')) }),
    ...(post.reactions !== undefined && { likes: post.reactions }),
    ...(post.comments !== undefined && { replies: post.comments }),
    ...(post.reposts !== undefined && { reposts: post.reposts }),
  };
}

const POSTS: LegacyPostSpec[] = [
  { id: '7383012345678901248', name: 'Maya Okafor', profile: 'in/maya-okafor', headline: 'Head of Content at Brightloop | B2B storytelling', age: '2h', ageLong: '2 hours ago', text: 'We stopped publishing "thought leadership" and started answering the five questions sales hears every week. Pipeline from content is up 3x. The boring posts win.', reactions: 1284, comments: 212, reposts: 47 },
  { id: '7383009876543217664', name: 'Lars Eriksen', profile: 'in/lars-eriksen', headline: 'Community Manager | I answer every comment', age: '3h', ageLong: '3 hours ago', text: 'Reminder: if someone reposted you this week, thank them by name. It takes one minute and they remember it for a year.', reactions: 47, reactedBy: 'Priya Nair', comments: 18 },
  { id: '7383001122334455872', name: 'Northwind Analytics', profile: 'company/northwind-analytics', headline: '12,408 followers', age: '', ageLong: '', text: 'See which of your posts start conversations, not just applause. Free for 30 days.', reactions: 2481, comments: 36, promoted: true },
  { id: '7382998877665544320', name: 'Sofia Marquez', profile: 'in/sofia-marquez', headline: 'Freelance copywriter', age: '4h', ageLong: '4 hours ago', text: 'Just published my first case study. Be gentle.' },
  { id: '7382991234987654144', name: 'Daniel Cho', profile: 'in/daniel-cho', headline: 'Growth @ Fieldnote', age: '5h', ageLong: '5 hours ago', text: 'Hot take: your engagement rate is a vanity metric unless you know who is engaging. Ten real replies from buyers beat a thousand likes from peers.', reactions: 356, comments: 94, reposts: 12, repostedBy: { name: 'Amara Diallo', slug: 'amara-diallo' } },
  { id: '7382987766554433536', name: 'Hannah Weiss', profile: 'in/hannah-weiss', headline: 'Brand strategist | Speaker', age: '6h', ageLong: '6 hours ago', text: 'Three questions I ask before any campaign: Who is it for? What should they do? Why would they care on a Tuesday?', reactions: 9, comments: 1 },
  { id: '7382980011223344640', name: 'Omar Haddad', profile: 'in/omar-haddad', headline: 'Founder, Loop Studio', age: '8h', ageLong: '8 hours ago', text: 'We hit 10,000 newsletter subscribers today. Every single one came from replying to people, not from ads. Thank you.', reactions: 15730, comments: 1021, reposts: 388 },
  { id: '7382975544332211712', name: 'Chloé Martin', profile: 'in/chloe-martin', headline: 'Social media lead | Paris', age: '9h', ageLong: '9 hours ago', text: 'What is the one metric you would keep if you could only report one to your CEO?', reactions: 64, comments: 143 },
  { id: '7382970099887766528', name: 'Ben Adeyemi', profile: 'in/ben-adeyemi', headline: 'Demand gen | SaaS', age: '11h', ageLong: '11 hours ago', text: 'Our webinar had 400 sign-ups and 31 live attendees. The replay got 2,000 views. Stop optimising for live.', reactions: 2, reactedBy: 'Tomás Silva', reposts: 1 },
  { id: '7382961234512345600', name: 'Grace Liu', profile: 'in/grace-liu', headline: 'Content designer', age: '13h', ageLong: '13 hours ago', text: 'A good post ends with a question you actually want answered.', reactions: 731 },
  { id: '7382950000111122432', name: 'Ravi Menon', profile: 'in/ravi-menon', headline: 'Partnerships | Creator economy', age: '16h', ageLong: '16 hours ago', text: 'Creators: stop posting and leaving. The first hour of replies is where the post is made.', reactions: 188, comments: 57, reposts: 9 },
  { id: '7382940123456789504', name: 'Elena Popescu', profile: 'in/elena-popescu', headline: 'PR & communications', age: '18h', ageLong: '18 hours ago', text: 'A complaint answered in public, politely and fast, did more for our brand than the launch campaign.', reactions: 4102, comments: 356, reposts: 120 },
  { id: '7382930000999988736', name: 'Jonas Becker', profile: 'in/jonas-becker', headline: 'Marketing ops', age: '20h', ageLong: '20 hours ago', text: 'Our UTM naming convention, as a one-page cheat sheet. Steal it.', reactions: 95, reposts: 22 },
  { id: '7382921111222233088', name: 'Aisha Khan', profile: 'in/aisha-khan', headline: 'Employer brand | Hiring', age: '1d', ageLong: '1 day ago', text: 'We are hiring a community manager who likes talking to people more than talking at them.', comments: 5 },
];

const STYLE = `<style>
body { margin: 0; font: 14px/1.45 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; background: #f4f2ee; color: rgba(0,0,0,.9); }
@media (prefers-color-scheme: dark) { body { background: #000; color: rgba(255,255,255,.9); } .artdeco-card { background: #1b1f23 !important; } }
.global-nav { position: sticky; top: 0; z-index: 2; height: 52px; display: flex; align-items: center; padding: 0 24px; background: Canvas; border-bottom: 1px solid rgba(127,127,127,.25); font-weight: 700; color: #0a66c2; }
.scaffold-finite-scroll { max-width: 555px; margin: 16px auto; }
.artdeco-card { background: #fff; border-radius: 8px; box-shadow: 0 0 0 1px rgba(127,127,127,.2); margin-bottom: 8px; position: relative; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.update-components-header { padding: 8px 16px; font-size: 12px; border-bottom: 1px solid rgba(127,127,127,.2); }
.update-components-header a { font-weight: 600; color: inherit; text-decoration: none; }
.update-components-actor__container { display: flex; gap: 8px; padding: 12px 16px 0; }
.update-components-actor__image { text-decoration: none; }
.avatar { width: 48px; height: 48px; border-radius: 50%; background: #4a78b0; color: #fff; display: grid; place-items: center; font-weight: 700; }
.update-components-actor__meta { display: flex; flex-direction: column; }
.update-components-actor__meta-link { color: inherit; text-decoration: none; display: flex; flex-direction: column; }
.update-components-actor__title { font-weight: 600; }
.update-components-actor__description, .update-components-actor__sub-description { font-size: 12px; opacity: .65; }
.feed-shared-control-menu { position: absolute; top: 8px; right: 8px; }
button { font: inherit; color: inherit; background: none; border: 0; cursor: pointer; }
.feed-shared-update-v2__description { padding: 8px 16px; }
.social-details-social-counts { padding: 0 16px; font-size: 12px; opacity: .75; }
.social-details-social-counts ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 8px; }
.social-details-social-counts__reactions { flex: 1; }
.feed-shared-social-action-bar { display: flex; align-items: center; justify-content: space-between; padding: 4px 8px; border-top: 1px solid rgba(127,127,127,.2); margin-top: 6px; }
.social-actions-button { padding: 10px 8px; font-weight: 600; opacity: .7; }
</style>`;

export const linkedinFeed: DemoFeed = {
  site: 'linkedin',
  url: 'https://www.linkedin.com/feed/',
  title: 'Feed | LinkedIn',
  html: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Feed | LinkedIn</title>${STYLE}</head>
<body class="render-mode-BIGPIPE"><header class="global-nav">in</header>
<div class="application-outlet"><main class="scaffold-layout__main" aria-label="Main Feed" role="main"><div class="scaffold-finite-scroll scaffold-finite-scroll--infinite"><div class="scaffold-finite-scroll__content" data-finite-scroll-hotkey-context="FEED">
<h2 class="visually-hidden">Feed updates</h2>
${POSTS.map(legacyPostHtml).join('\n')}
</div></div></main></div>${LINKEDIN_COMPOSER}<style>${COMPOSER_DIALOG_CSS}</style></body></html>`,
  expected: POSTS.map((post) => ({ postId: post.id, metrics: expectedMetrics(post) })),
};
