import type { InteractionKind } from '../../reciprocity/types';

/**
 * Every www.instagram.com hook the adapter relies on, in one place, noted 2026-12-07.
 * No captured markup exists (tests/fixtures/instagram/SOURCE.txt): these are the hooks of the projects named there
 * (a selector reference "last updated 2026-01-30", a like-count hider, feed readers of 2025) and
 * /work/shared/fixtures/instagram/SOURCE.txt. Classes are hashed (x1lliihq, _aacl ...), so only elements, roles,
 * aria-labels and link shapes are used. Two like counts are handled: the bare number beside the heart (2025-26
 * builds) and the older "1,234 likes" link to /liked_by/.
 */
export const INSTAGRAM_SELECTORS = {
  /** Each post, in the home feed, in a post's modal and on its own page. */
  post: 'article',
  /** The post's own timestamp sits inside its permalink (/p/<code>/, /reel/<code>/, or /<user>/p/<code>/). */
  permalinkTime: 'a[href*="/p/"] time[datetime], a[href*="/reel/"] time[datetime]',
  permalink: 'a[href*="/p/"], a[href*="/reel/"]',
  /** Profile links are "/<username>/"; the author's is the first one outside the caption's mentions. */
  profileLink: 'a[href^="/"]',
  /** Action icons carry their name as aria-label ("Like", "Comment", "Share", "Save"; localised). */
  actionIcon: 'svg[aria-label]',
  actionButton: 'button, [role="button"]',
  /** Older builds: "1,234 likes" (or "Liked by ana and others", no number) linking to the likers. */
  likedBy: 'a[href$="/liked_by/"]',
  /** "View all 56 comments" (unverified in 2026 feeds; kept as the notes give it). */
  allComments: 'a[href$="/comments/"]',
  /** Short texts near the actions: "12.3K views" / "12,345 plays" on a reel (inferred). */
  shortText: 'section span, section a',
  /** What holds the short texts: its text tells whether any of them can be a view count. */
  shortTextScope: 'section',
  /**
   * Caption: the post page's h1, else a span[dir=auto] outside links and buttons (the author's name is a link).
   * Unverified: the notes name span[dir="auto"] as the caption, without saying which.
   */
  caption: ['h1', 'span[dir="auto"]'],
} as const;

/** The action icons' aria-labels, lower-cased, per locale. "Unlike" is the label of a post the user liked. */
export const INSTAGRAM_ACTION_LABELS = {
  like: ['like', 'unlike', 'me gusta', 'ya no me gusta', 'curtir', 'descurtir', "j'aime", "je n'aime plus", 'gefällt mir', 'gefällt mir nicht mehr', 'mi piace', 'non mi piace più', 'いいね！', '「いいね！」を取り消す'],
  comment: ['comment', 'comentar', 'commenter', 'kommentieren', 'commenta', 'コメント'],
  share: ['share', 'share post', 'compartir', 'compartilhar', 'partager', 'teilen', 'condividi', 'シェア'],
} as const;

export type InstagramAction = keyof typeof INSTAGRAM_ACTION_LABELS;

/** The like icon's label before the user pressed it ("Like", not "Unlike"), per locale. */
export const INSTAGRAM_UNPRESSED_LIKE = ['Like', 'Me gusta', 'Curtir', "J'aime", 'Gefällt mir', 'Mi piace', 'いいね！'] as const;

/** Words of a view count, per locale ("12.3K views", "1,2 Mio. Aufrufe"). */
export const INSTAGRAM_VIEW_WORDS = /\b(?:views|plays|visualizaciones|reproducciones|visualizações|reproduções|vues|lectures|aufrufe|wiedergaben|visualizzazioni|riproduzioni)\b|回再生|再生/i;
/** Words of a like count in the older "1,234 likes" form (a bare number needs none). */
export const INSTAGRAM_LIKE_WORDS = /likes?\b|me gusta|curtidas?|j[’']aime|gefällt|mi piace|いいね/i;

/**
 * The user's own side of www.instagram.com (noted 2026-12-07, from the same references; all unverified):
 * the sidebar's profile link, whose avatar's alt is "<username>'s profile picture" or whose icon says "Profile";
 * activity entries as div[role="listitem"] naming people by "/<username>/" links, the user's post by its /p/ link;
 * the comment box, a textarea labelled "Add a comment…" in a form whose text-only button is "Post".
 */
export const INSTAGRAM_RECIPROCITY_SELECTORS = {
  navProfile: 'nav a[href^="/"], [role="navigation"] a[href^="/"]',
  profilePicture: 'img[alt]',
  notification: 'div[role="listitem"]',
  editor: 'form textarea',
  /** The form's only button without an icon is "Post" (a localised word, so the shape is used). */
  submit: 'form [role="button"]:not(:has(svg, img)), form button[type="submit"]',
  form: 'form',
  dialog: '[role="dialog"]',
} as const;

/** The sidebar profile icon's label and the avatar's alt suffix, per locale. */
export const INSTAGRAM_PROFILE_LABELS = ['profile', 'perfil', 'profil', 'profilo', 'プロフィール'];
export const INSTAGRAM_PROFILE_PICTURE = /^(.+?)(?:'s profile picture| profile picture)$|^(?:foto del perfil de|foto do perfil de|photo de profil de|profilbild von|immagine del profilo di) (.+)$/i;

/** Paths that look like a profile but are the site's own pages. */
export const INSTAGRAM_RESERVED_PATHS = new Set(['explore', 'reels', 'reel', 'p', 'stories', 'accounts', 'direct', 'notifications', 'about', 'legal', 'developer', 'web', 'challenge', 'emails', 'tv', 'create']);

/**
 * What an activity entry says happened, matched in its words outside its links (so a name or a quoted comment
 * cannot pose as one); the earliest match wins. null marks a follow, which asks for nothing.
 */
export const INSTAGRAM_ACTIVITY_WORDS: readonly [InteractionKind | null, RegExp][] = [
  ['repost', /shared your (?:post|reel|photo|video)|reposted your|compartió tu publicación|compartilhou sua publicação|a partagé votre publication|hat deinen beitrag geteilt|ha condiviso il tuo post/i],
  ['mention', /mentioned you|tagged you|te mencionó|mencionou você|vous a mentionné|hat dich erwähnt|ti ha menzionato/i],
  ['reply', /commented|replied to your comment|comentó|comentou|a commenté|hat kommentiert|ha commentato/i],
  [null, /started following you|comenzó a seguirte|começou a seguir você|a commencé à vous suivre|folgt dir jetzt|ha iniziato a seguirti/i],
  ['like', /liked your|le gustó tu|curtiu sua|a aimé votre|gefällt dein|ha messo mi piace/i],
];
