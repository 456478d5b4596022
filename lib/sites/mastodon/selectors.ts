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
  /**
   * A direct message ("private mention"): the status carries its visibility as a class (status.jsx,
   * detailed_status.tsx: status-<visibility>, detailed-status-<visibility>; checked 2026-12). Shown in timelines
   * and as a mention notification, it is a private message, never read as a post.
   */
  direct: '.status-direct, .detailed-status-direct',
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
  /**
   * An account page's header: "<strong>1.2K</strong> Followers" linking to /@acct/followers, titled with the exact
   * number ("1,262"). The account header's number fields (account_header.tsx / account_number_fields.tsx, mastodon
   * 4.x, read 2026-12); the 2026 redesign behind a flag is not handled.
   */
  accountFollowers: '.account__header__extra__links a[href$="/followers"]',
} as const;

/**
 * The user's own activity in the Mastodon web UI, from mastodon/mastodon's source, 2026-11: notifications_v2
 * (notification_group_with_status.tsx, avatar_group.tsx, notification_reblog.tsx, embedded_status.tsx; 4.3+),
 * notifications/components/notification.jsx (before 4.3), compose/components/navigation_bar.tsx / .jsx,
 * compose_form.jsx (4.2 .compose-form__publish, 4.3+ .compose-form__submit), reply_indicator.jsx,
 * status_thread_label.tsx and status_content.jsx (mention links rewritten to /@acct). Not verified against a
 * captured page: best effort.
 */
export const MASTODON_RECIPROCITY_SELECTORS = {
  /** The compose panel's navigation bar shows the signed-in account (Account minimal; before 4.3 a profile link). */
  account: '.navigation-bar a[href^="/@"], .navigation-bar__profile-account',
  /**
   * Entries that state what people did to the user's post: grouped ones since 4.3, single ones before. Mentions
   * and quotes are full statuses (notification-ungrouped, or a bare status before 4.3) and are read as posts.
   */
  notification: '.notification-group, .notification.focusable',
  /** Every list item is wrapped in an article[data-id] (ScrollableList), which also matches the post selector. */
  listItem: 'article[data-id]',
  /** Where an entry names its people: the avatar group and label (4.3+), the message line (before 4.3). */
  names: '.notification-group__main__header, .notification__message',
  /** The user's post the entry is about: embedded (4.3+) or a full status (before 4.3). */
  subjectText: '.notification-group__embedded-status__content, .status__content',
  composer: '.compose-form',
  editor: '.compose-form textarea.autosuggest-textarea__textarea',
  submit: '.compose-form__submit button[type="submit"], .compose-form__publish button[type="submit"]',
  /** Shown in the composer while it answers a status; links to the status's author, not to the status. */
  replyIndicator: '.reply-indicator',
  /** Mention links in a status's content; hashtags carry the mention class too. */
  mention: 'a.mention:not(.hashtag)',
  /** 4.3+ "Replied to <name>" line above a reply in timelines (StatusThreadLabel). */
  replyPrependIcon: '.icon-reply, .fa-reply',
  /** A quote (4.5+) nests the quoted status here. */
  quote: '.status__quote',
  /** IconButton gets .active once favourited / boosted: only the first click gives. */
  like: 'button.star-icon:not(.active)',
  /**
   * Boosting is one click on the boost button by default; a user who turned on the boost confirmation gets the
   * click counted even when they cancel. UNVERIFIED against 4.5's boost/quote menu.
   */
  boost: '.status__action-bar button:not(.active):has(.icon-retweet, .fa-retweet), .detailed-status__action-bar button:not(.active):has(.icon-retweet, .fa-retweet)',
  replyButton: 'button:has(.icon-reply, .icon-reply-all, .fa-reply, .fa-reply-all)',
} as const;

/** A notification entry's kind, by its type class (the words around it are localised). */
export const MASTODON_NOTIFICATION_CLASSES = {
  repost: ['notification-group--reblog', 'notification-reblog'],
  like: ['notification-group--favourite', 'notification-favourite'],
} as const;
