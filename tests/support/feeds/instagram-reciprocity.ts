import { escapeHtml, feedPage } from './page';
import { IG_AVATAR, IG_CSS, igArticle, igIcon, igNav } from './instagram';
import type { DemoFeed, ReciprocityScenario } from './types';

/**
 * The signed-in user's side of www.instagram.com: the activity page, where one person shared the user's post to
 * their story and another mentioned the user in a comment, and that post's own page with its comment box.
 * BUILT 2026-12-07, not captured: from the hooks in lib/sites/instagram/selectors.ts (activity entries as
 * div[role=listitem] naming people by "/<user>/" links and the post by its /p/ thumbnail link; the sidebar's profile
 * link; form textarea "Add a comment…" with a text-only "Post" button) and the post markup of
 * tests/fixtures/instagram/. People are invented.
 */
export const IG_ME = 'maya.makes';
export const IG_MY_POST = 'DF4mYpOsT01';
const OTHER_POST = 'DF4bEnPoSt2';

function entry(people: string[], words: string, ago: string, thumbnail?: string): string {
  const names = people.map((handle) => `<a class="notranslate _a6hd fc-handle" href="/${handle}/" role="link">${handle}</a>`).join(' and ');
  return `<div role="listitem" class="x9f619 fc-entry"><a href="/${people[0]}/" role="link" tabindex="-1"><img alt="${people[0]}'s profile picture" class="fc-avatar" src="${IG_AVATAR}" height="44" width="44"></a>
<div class="fc-words"><span class="x193iq5w" dir="auto">${names} <span>${escapeHtml(words)}</span> <span class="fc-time">${ago}</span></span></div>${
    thumbnail ? `<a href="${thumbnail}" role="link"><img alt="" class="fc-thumb" src="${IG_AVATAR}" height="44" width="44"></a>` : '<div role="button" tabindex="0" class="fc-follow">Follow</div>'
  }</div>`;
}

const ACTIVITY_CSS = `${IG_CSS}
.fc-entry { display: flex; align-items: center; gap: 12px; padding: 8px 0; } .fc-words { flex: 1; } .fc-thumb { border-radius: 4px; }
.fc-follow { background: #0095f6; color: #fff; border-radius: 8px; padding: 6px 14px; font-weight: 600; }
.fc-comments { list-style: none; padding: 0; } .fc-comments li { padding: 6px 0; }
form { display: flex; gap: 8px; align-items: center; border-top: 1px solid var(--line); padding-top: 8px; }
form textarea { flex: 1; border: 0; resize: none; background: transparent; color: inherit; font: inherit; height: 18px; }
form [role="button"] { color: #0095f6; font-weight: 600; }
`;

export function instagramActivityPage(): DemoFeed {
  const mine = `/p/${IG_MY_POST}/`;
  const body = `<div class="fc-layout">${igNav(IG_ME)}<main role="main"><div class="fc-column"><h1>Notifications</h1><div class="fc-list">
${entry(['ana.souza'], 'shared your post to their story.', '2h', mine)}
${entry(['ben.carter'], `mentioned you in a comment: @${IG_ME} this is the storyboard trick I told you about.`, '3h', `/p/${OTHER_POST}/c/18012345678901234/`)}
${entry(['carla.cm'], 'commented: How did you pick the five questions?', '5h', `${mine}c/18098765432109876/`)}
${entry(['lee.reads', 'omar.ux'], 'liked your post.', '6h', mine)}
${entry(['kai.lund'], 'started following you.', '1d')}
</div></div></main></div>`;
  return { site: 'instagram', url: 'https://www.instagram.com/notifications/', title: 'Notifications • Instagram', html: feedPage({ title: 'Notifications • Instagram', css: ACTIVITY_CSS, body }), expected: [] };
}

/** A stand-in for Instagram's comment box: the page, not the extension, sends; sends are recorded in window.__sentPosts. */
const COMPOSER_SCRIPT = `<script>
window.__sentPosts = [];
document.addEventListener('click', (event) => {
  if (event.target.closest('article [role="button"]:has(svg[aria-label="Comment"])')) {
    event.target.closest('article').querySelector('form textarea').focus();
    return;
  }
  const submit = event.target.closest('form [role="button"]');
  if (!submit || submit.querySelector('svg')) return;
  const editor = submit.closest('form').querySelector('textarea');
  window.__sentPosts.push(editor.value);
  editor.value = '';
});
</script>`;

export function instagramOwnPostPage(): DemoFeed {
  const post = igArticle(
    { handle: IG_ME, code: IG_MY_POST, ago: '1d', datetime: '2026-12-06T10:00:00.000Z', caption: 'Five questions we now ask every customer instead of reading dashboards.', likes: '318', comments: '2', expected: {} },
    0,
  ).replace(
    '</article>',
    `<ul class="fc-comments"><li><a class="fc-handle" href="/carla.cm/" role="link">carla.cm</a> <span dir="auto">How did you pick the five questions?</span></li>
<li><a class="fc-handle" href="/omar.ux/" role="link">omar.ux</a> <span dir="auto">Sending this to my team.</span></li></ul>
<form method="POST"><div role="button" tabindex="0" aria-label="Emoji">${igIcon('Emoji', 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Z')}</div><textarea aria-label="Add a comment…" placeholder="Add a comment…" autocomplete="off" autocorrect="off"></textarea><div role="button" tabindex="0">Post</div></form>
</article>`,
  );
  const body = `<div class="fc-layout">${igNav(IG_ME)}<main role="main"><div class="fc-column">${post}</div></main></div>${COMPOSER_SCRIPT}`;
  return {
    site: 'instagram',
    url: `https://www.instagram.com/p/${IG_MY_POST}/`,
    title: 'Maya Makes on Instagram',
    html: feedPage({ title: 'Maya Makes on Instagram', css: ACTIVITY_CSS, body }),
    expected: [{ postId: IG_MY_POST, metrics: { likes: 318, replies: 2 } }],
  };
}

export const instagramReciprocity: ReciprocityScenario = {
  site: 'instagram',
  notifications: instagramActivityPage(),
  ownPost: instagramOwnPostPage(),
  sharers: ['ana.souza', 'ben.carter'],
  editor: 'article form textarea',
  submit: 'article form [role="button"]:not(:has(svg))',
  replier: '@carla.cm',
};
