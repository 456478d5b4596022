import { icon } from './icons';
import type { DemoFeed, ReciprocityScenario } from './types';
import { escapeHtml, feedPage } from './page';

/**
 * The signed-in user's side of www.facebook.com: the notifications page, where two people shared the user's post,
 * and that post's own page with its comment box. BUILT 2026-11-28, not captured: from the hooks in
 * lib/sites/facebook/selectors.ts (a[href*="notif_id="] entries with notif_t, the left column's profile shortcut,
 * form[role=presentation] with #focused-state-composer-submit) and the post markup of tests/fixtures/facebook/.
 * People are invented.
 */
export const FB_ME = 'maya.brooks';
export const FB_MY_POST = 'pfbid0MaYa5qUeStIoNs1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6l';

const B = 'https://www.facebook.com';
const AVATAR = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40'%3E%3Ccircle cx='20' cy='20' r='20' fill='%23b0b3b8'/%3E%3C/svg%3E";
const MY_POST_TEXT = 'Five questions we now ask every customer instead of reading dashboards.';

/** Top bar (links only to reserved paths), then the left column, whose first entry is the user's profile. */
const layout = (main: string) => `<div role="banner" class="fc-banner"><a href="${B}/" aria-label="Facebook">f</a><div role="navigation" class="fc-top"><a href="${B}/" role="link" aria-label="Home">&#8962;</a><a href="${B}/friends/" role="link" aria-label="Friends">&#128101;</a><a href="${B}/watch/" role="link" aria-label="Video">&#9654;</a><a href="${B}/marketplace/" role="link" aria-label="Marketplace">&#127978;</a><a href="${B}/groups/feed/" role="link" aria-label="Groups">&#128101;</a></div><div aria-label="Your profile" role="button" tabindex="0"><img alt="" class="fc-avatar" height="32" width="32" src="${AVATAR}"></div></div>
<div class="fc-layout"><div role="navigation" aria-label="Shortcuts" class="fc-left"><ul><li><a href="${B}/${FB_ME}" role="link"><img alt="" class="fc-avatar" height="28" width="28" src="${AVATAR}"><span>Maya Brooks</span></a></li><li><a href="${B}/friends/" role="link"><span>Friends</span></a></li><li><a href="${B}/onthisday/" role="link"><span>Memories</span></a></li><li><a href="${B}/saved/" role="link"><span>Saved</span></a></li></ul></div>
<div role="main">${main}</div></div>`;

function notification(href: string, names: string[], rest: string, ago: string): string {
  const sentence = names.map((name) => `<strong>${escapeHtml(name)}</strong>`).join(' and ');
  return `<div role="row" class="fc-row"><div role="gridcell" class="fc-cell"><a href="${href}" role="link" tabindex="0" class="x1i10hfl fc-notif"><svg aria-hidden="true" class="fc-avatar" height="56" width="56"><image height="56" width="56" href="${AVATAR}"></image></svg>
<div class="fc-words"><span class="x193iq5w" dir="auto"><span>${sentence} ${escapeHtml(rest)}</span></span><span class="fc-ago">${ago}</span></div></a></div>
<div role="gridcell"><div aria-label="Manage notification" role="button" tabindex="0">&#8943;</div></div></div>`;
}

const notif = (path: string, id: string, type: string) => `${B}${path}${path.includes('?') ? '&amp;' : '?'}notif_id=${id}&amp;notif_t=${type}&amp;ref=notif`;

const CSS = `
body { margin: 0; font: 15px/1.35 system-ui, sans-serif; background: Canvas; color: CanvasText; } a { color: inherit; text-decoration: none; }
.fc-banner { display: flex; justify-content: space-between; align-items: center; padding: 8px 16px; border-bottom: 1px solid rgba(127,127,127,.3); }
.fc-top { display: flex; gap: 24px; } .fc-avatar { border-radius: 50%; } .fc-layout { display: grid; grid-template-columns: 240px 1fr; }
.fc-left ul { list-style: none; padding: 8px; } .fc-left a { display: flex; gap: 8px; align-items: center; padding: 6px; }
[role="main"] { max-width: 680px; padding: 16px; } .fc-row { display: flex; align-items: center; } .fc-cell { flex: 1; }
.fc-notif { display: flex; gap: 12px; padding: 8px; border-radius: 8px; } .fc-words { display: flex; flex-direction: column; } .fc-ago { color: #1877f2; font-size: 13px; }
.fc-card { border: 1px solid rgba(127,127,127,.3); border-radius: 8px; padding: 12px 16px; } .fc-actions { display: flex; justify-content: space-around; border-block: 1px solid rgba(127,127,127,.3); margin: 8px 0; padding: 4px; }
.fc-summary { display: flex; justify-content: space-between; opacity: .75; } form[role="presentation"] { display: flex; gap: 8px; align-items: center; margin-top: 8px; }
[role="textbox"] { flex: 1; min-height: 20px; background: rgba(127,127,127,.15); border-radius: 18px; padding: 8px 12px; }
#focused-state-composer-submit [role="button"] { padding: 6px 10px; cursor: pointer; color: #1877f2; }
`;

export function facebookNotificationsPage(): DemoFeed {
  const mine = `/${FB_ME}/posts/${FB_MY_POST}`;
  const body = layout(`<h1>Notifications</h1><div role="grid" aria-label="Notifications">
${notification(notif('/ana.souza/posts/pfbid0AnAsHaRe1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8l', '1711000000000001', 'story_reshare'), ['Ana Souza'], `shared your post: “${MY_POST_TEXT}”`, '2h')}
${notification(notif('/ben.carter/posts/pfbid0BeNsHaRe1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8l', '1711000000000002', 'story_reshare'), ['Ben Carter'], 'shared your post.', '3h')}
${notification(notif(`${mine}?comment_id=1029384756102938`, '1711000000000003', 'feed_comment'), ['Carla Mendes'], 'commented on your post: “How did you pick the five questions?”', '5h')}
${notification(notif(mine, '1711000000000004', 'feedback_reaction_generic'), ['Lee Park', 'Omar Haddad'], 'reacted to your post.', '6h')}
${notification(notif('/kai.lund', '1711000000000005', 'friend_confirmed'), ['Kai Lund'], 'accepted your friend request.', '1d')}
</div>`);
  return { site: 'facebook', url: `${B}/notifications`, title: 'Notifications | Facebook', html: feedPage({ title: 'Notifications | Facebook', css: CSS, body }), expected: [] };
}

/** A stand-in for Facebook's comment box: the page, not the extension, sends; sends are recorded in window.__sentPosts. */
const COMPOSER_SCRIPT = `<script>
window.__sentPosts = [];
document.addEventListener('click', (event) => {
  const submit = event.target.closest('#focused-state-composer-submit [role="button"]');
  if (!submit) return;
  const editor = submit.closest('form').querySelector('[contenteditable="true"][role="textbox"]');
  window.__sentPosts.push(editor.textContent);
  editor.textContent = '';
});
</script>`;

export function facebookOwnPostPage(): DemoFeed {
  const url = `${B}/${FB_ME}/posts/${FB_MY_POST}`;
  const post = `<div aria-posinset="1" aria-setsize="1" aria-labelledby=":r1:" class="x1a2a7pz"><div class="fc-card">
<div class="x78zum5"><a aria-hidden="true" href="${B}/${FB_ME}" role="link" tabindex="-1"><img alt="" class="fc-avatar" height="40" width="40" src="${AVATAR}"></a>
<div><div data-ad-rendering-role="profile_name"><h2 id=":r1:"><span><a href="${B}/${FB_ME}" role="link"><strong><span>Maya Brooks</span></strong></a></span></h2></div>
<span><a aria-label="1d" href="${url}" role="link"><span>1d</span></a></span></div></div>
<div data-ad-rendering-role="story_message"><div data-ad-preview="message"><div dir="auto">${escapeHtml(MY_POST_TEXT)}</div></div></div>
<div class="fc-summary"><div role="button" tabindex="0"><span class="fc-hidden" style="position:absolute;clip:rect(0 0 0 0)">All reactions:</span><span aria-hidden="true"><span>24</span></span></div><div><div role="button" tabindex="0"><span>3 comments</span></div><div role="button" tabindex="0"><span>2 shares</span></div></div></div>
<div class="fc-actions"><div aria-label="Like" role="button" tabindex="0"><span data-ad-rendering-role="like_button">${icon('thumbUp')} Like</span></div><div aria-label="Leave a comment" role="button" tabindex="0"><span data-ad-rendering-role="comment_button">${icon('reply')} Comment</span></div><div aria-label="Send this to friends or post it on your profile." role="button" tabindex="0"><span data-ad-rendering-role="share_button">${icon('share')} Share</span></div></div>
<div aria-label="Comment by Carla Mendes 5 hours ago" role="article" tabindex="-1"><a href="${B}/carla.mendes" role="link"><span>Carla Mendes</span></a><div dir="auto">How did you pick the five questions?</div></div>
<form role="presentation"><img alt="" class="fc-avatar" height="32" width="32" src="${AVATAR}"><div aria-label="Write a comment…" contenteditable="true" role="textbox" spellcheck="true" tabindex="0" data-lexical-editor="true"></div>
<div id="focused-state-composer-submit"><span><div aria-label="Comment" role="button" tabindex="0">&#10148;</div></span></div></form>
</div></div>`;
  const body = `${layout(post)}${COMPOSER_SCRIPT}`;
  return {
    site: 'facebook',
    url,
    title: 'Maya Brooks | Facebook',
    html: feedPage({ title: 'Maya Brooks | Facebook', css: CSS, body }),
    expected: [{ postId: FB_MY_POST, metrics: { likes: 24, replies: 3, reposts: 2 } }],
  };
}

export const facebookReciprocity: ReciprocityScenario = {
  site: 'facebook',
  notifications: facebookNotificationsPage(),
  ownPost: facebookOwnPostPage(),
  sharers: ['ana.souza', 'ben.carter'],
  editor: 'form[role="presentation"] [contenteditable="true"][role="textbox"]',
  submit: '#focused-state-composer-submit [role="button"]',
  replier: 'Carla Mendes',
};
