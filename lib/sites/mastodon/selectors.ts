/**
 * Every Mastodon web UI hook the adapter relies on, in one place.
 * No saved Mastodon page was available: these come from mastodon/mastodon's own source, checked on 2026-11 against
 * components/status.jsx @ 7ebcbc4e / 02ac18da, components/status_action_bar/index.jsx @ dfdaf400 / 36130db4,
 * components/icon_button.tsx @ 0234935d, components/icon.tsx @ 06eebe6b, components/animated_number.tsx @ 04bed55f,
 * scrollable_list/intersection_observer_article.jsx @ 1d686657, features/status/index.jsx @ 000b8358 and
 * features/status/components/detailed_status.tsx @ 03a53387. Icons are SVGs with class icon-<name> since 4.2;
 * before that they were Font Awesome <i class="fa fa-<name>">, so both are listed.
 */
export const MASTODON_SELECTORS = {
  /**
   * Timeline items are articles carrying the timeline entry's id. Off screen Mastodon empties them (the
   * article keeps its data-id, the .status inside is gone); on a status page the thread's other statuses
   * are not in articles, and the focused status is a detailed-status wrapper.
   */
  post: 'article[data-id], .detailed-status__wrapper, .scrollable > div > .status__wrapper',
  /** The status itself; inside a boost it is the boosted status, with the boosted status's id. */
  status: '.status[data-id]',
  anyStatus: '.status',
  relativeTime: 'a.status__relative-time',
  time: 'time[datetime]',
  displayNameLink: 'a.status__display-name',
  displayNameText: '.display-name__html',
  content: '.status__content',
  /** "… boosted": the booster's profile link. */
  prepend: '.status__prepend',
  actionBar: '.status__action-bar',
  /** <span class="icon-button__counter"> inside a button, present only where the column shows that counter. */
  counter: '.icon-button__counter',
  /** While a number changes, AnimatedNumber holds the old one in an absolutely positioned sibling. */
  animatedPart: '.animated-number > span',
  /** The action bar's buttons are told apart by their icons (titles are localised). */
  replyIcon: '.icon-reply, .icon-reply-all, .fa-reply, .fa-reply-all',
  boostIcon: '.icon-retweet, .fa-retweet',
  favourite: 'button.star-icon',
  detailedWrapper: '.detailed-status__wrapper',
  /** The focused status of a status page: boosts and favourites counted under it, no reply count. */
  detailed: '.detailed-status',
  detailedDisplayName: 'a.detailed-status__display-name',
  detailedDatetime: 'a.detailed-status__datetime',
  /** "12 boosts · 40 favorites": links to /@acct/<id>/reblogs and /@acct/<id>/favourites. */
  detailedLink: 'a.detailed-status__link',
  detailedReblogs: '.detailed-status__reblogs',
  detailedFavourites: '.detailed-status__favorites',
  detailedActionBar: '.detailed-status__action-bar',
} as const;
