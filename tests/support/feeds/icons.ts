/**
 * Icons of the demo's stand-in pages, drawn as outlines in the text's own colour: they read in light and dark
 * alike, and need no emoji font (Debian's Chromium without one drew the emoji the stand-ins used as empty boxes).
 * Drawn for the demo, not copied from any site.
 */
const PATHS = {
  reply: 'M4 5h16v11H9l-5 4z',
  repost: 'M7 7h10v5M14 9l3 3 3-3M17 17H7v-5M10 15l-3-3-3 3',
  heart: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  bookmark: 'M6 4h12v16l-6-4-6 4z',
  share: 'M12 3v12M7 8l5-5 5 5M5 15v5h14v-5',
  thumbUp: 'M7 11v9H4v-9zM7 11l4-7c1.5 0 2.5 1 2.2 2.6L12.6 10H19a2 2 0 0 1 2 2.3l-1.2 6A2 2 0 0 1 17.8 20H7',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18M3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18',
  replyArrow: 'M10 7l-5 5 5 5M5 12h9a5 5 0 0 1 5 5v2',
  star: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  bulb: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z',
} as const;

export type IconName = keyof typeof PATHS;

/**
 * An outline icon, `size` px square; `flipped` turns it upside down (a thumb down); `className` is the class a
 * site's own icon carries where an adapter tells buttons apart by it (Mastodon's "icon icon-retweet").
 */
export function icon(name: IconName, { size = 18, flipped = false, className = '' } = {}): string {
  const turn = flipped ? ' transform="rotate(180 12 12)"' : '';
  const classes = className ? ` class="${className}"` : '';
  return `<svg${classes} viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round" style="vertical-align: middle"><g${turn}><path d="${PATHS[name]}"></path></g></svg>`;
}

/** A reaction badge as LinkedIn stacks them: a white icon in a coloured disc. */
export function reactionBadge(name: IconName, color: string): string {
  return `<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" style="vertical-align: middle"><circle cx="12" cy="12" r="12" fill="${color}"></circle><g transform="translate(5 5) scale(0.58)" fill="none" stroke="#fff" stroke-width="2.6" stroke-linejoin="round" stroke-linecap="round"><path d="${PATHS[name]}"></path></g></svg>`;
}
