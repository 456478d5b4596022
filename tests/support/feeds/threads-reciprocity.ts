import type { DemoFeed, ReciprocityScenario } from './types';
import { COMPOSER_DIALOG_CSS } from './composer-stand-in';
import { escapeHtml, feedPage } from './page';
import { THREADS_COMPOSER } from './threads';

/**
 * The signed-in user's side of threads.com: the activity page where two people reposted the user's thread, and the
 * user's own thread with the reply dialog open. BUILT 2026-11-28, not captured: posts in the shape of
 * tests/fixtures/threads/threads-feed-built-2026-11-28.html; sidebar, activity entries and reply dialog from the 2026-01
 * notes named in lib/sites/threads/selectors.ts (profile icon, /@handle and /post/ links, [role="dialog"] with a
 * [role="textbox"] and a "Post" button). People are invented.
 */
export const THREADS_ME = 'maya.makes';
export const THREADS_MY_POST = 'DMaYa7kQz2s';

const MY_POST_TEXT = 'We replaced our weekly metrics email with five questions to customers. Here is what happened.';

const ICONS = {
  profile: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0',
  like: 'M1.34 7.53c0-3.08 2.13-5.4 4.95-5.4 1.6 0 2.92.8 3.71 2.05.8-1.25 2.11-2.05 3.71-2.05 2.82 0 4.95 2.32 4.95 5.4 0 4.12-4.6 7.92-8.66 10.16-4.06-2.24-8.66-6.04-8.66-10.16Z',
  reply: 'M15.38 13.1A7.87 7.87 0 1 0 12.3 16.2l3.78 1.05-1.05-3.78Z',
  repost: 'M6.41 1.66 3.2 4.87h10.1v4.7M11.59 16.34l3.21-3.21H4.7V8.43',
  share: 'M15.6 2.4 1.9 7.2l6 2.6 2.6 6Z',
};

const icon = (label: string, path: string) => `<svg aria-label="${label}" role="img" viewBox="0 0 18 18"><title>${label}</title><path d="${path}"></path></svg>`;

const NAV = `<nav class="fc-nav"><a href="/" role="link">${icon('Home', ICONS.share)}</a><a href="/activity" role="link">${icon('Notifications', ICONS.like)}</a><a href="/@${THREADS_ME}" role="link">${icon('Profile', ICONS.profile)}</a></nav>`;

const avatar = (handle: string) =>
  `<a href="/@${handle}" role="link" tabindex="-1"><img alt="${handle}'s profile picture" height="36" width="36" src="data:," class="fc-avatar"></a>`;

const action = (label: string, path: string, count?: string) =>
  `<div role="button" tabindex="0" class="fc-action"><div>${icon(label, path)}${count ? `<span><div><span dir="auto">${count}</span></div></span>` : ''}</div></div>`;

/** A thread in the feed fixture's shape, with its action row; `mention` starts its text as a link to that profile. */
function thread(handle: string, code: string, text: string, counts: [string, string, string], mention?: string): string {
  const named = mention ? `<a href="/@${mention}" role="link">@${mention}</a> ` : '';
  return `<div data-pressable-container="true" class="fc-item"><div class="fc-post">${avatar(handle)}<div class="fc-main">
<div class="fc-head"><span><a href="/@${handle}" role="link"><span dir="auto">${handle}</span></a></span><span><a href="/@${handle}/post/${code}" role="link"><time datetime="2026-11-28T08:00:00.000Z">3h</time></a></span></div>
<div><span dir="auto"><span>${named}${escapeHtml(text)}</span></span></div>
<div class="fc-actions">${action('Like', ICONS.like, counts[0])}${action('Reply', ICONS.reply, counts[1])}${action('Repost', ICONS.repost, counts[2])}${action('Share', ICONS.share)}</div></div></div></div>`;
}

/** An activity entry: the person, a badge icon on the avatar (when given), what they did, and the user's thread. */
function entry(handle: string, words: string, badge?: [string, string], withThread = true): string {
  const mark = badge ? `<span class="fc-badge">${icon(badge[0], badge[1])}</span>` : '';
  const subject = withThread ? `<a href="/@${THREADS_ME}/post/${THREADS_MY_POST}" role="link" class="fc-subject"><span dir="auto">${escapeHtml(MY_POST_TEXT)}</span></a>` : '';
  return `<div data-pressable-container="true" class="fc-item"><div class="fc-post"><div class="fc-avatar-wrap">${avatar(handle)}${mark}</div><div class="fc-main">
<div class="fc-head"><span><a href="/@${handle}" role="link"><span dir="auto">${handle}</span></a></span><time datetime="2026-11-28T09:00:00.000Z">2h</time></div>
<span dir="auto" class="fc-words">${escapeHtml(words)}</span>${subject}</div></div></div>`;
}

const CSS = `
body { margin: 0; font: 15px/1.4 system-ui, sans-serif; background: Canvas; color: CanvasText; }
.fc-nav { display: flex; gap: 16px; justify-content: center; padding: 10px; } svg { width: 20px; height: 20px; fill: none; stroke: currentColor; stroke-width: 1.5; }
main { max-width: 620px; margin: 0 auto; border: 1px solid rgba(127,127,127,.3); border-radius: 24px; }
.fc-item { padding: 12px 24px; border-bottom: 1px solid rgba(127,127,127,.25); } .fc-post { display: flex; gap: 12px; } .fc-main { flex: 1; }
.fc-avatar { border-radius: 50%; background: #999; } .fc-avatar-wrap { position: relative; } .fc-badge svg { position: absolute; left: 22px; top: 22px; width: 14px; height: 14px; }
.fc-head { display: flex; gap: 8px; } a { color: inherit; text-decoration: none; } .fc-words { opacity: .7; } .fc-subject { display: block; opacity: .6; }
.fc-actions { display: flex; gap: 16px; margin-top: 6px; } .fc-action > div { display: flex; gap: 4px; align-items: center; }
[role="dialog"] { margin: 16px auto; max-width: 560px; border: 1px solid rgba(127,127,127,.5); border-radius: 16px; padding: 16px; }
[role="textbox"] { min-height: 40px; border: 1px solid rgba(127,127,127,.4); border-radius: 8px; padding: 6px; margin: 8px 0; }
.fc-post-button { display: inline-block; border: 1px solid rgba(127,127,127,.5); border-radius: 10px; padding: 4px 16px; font-weight: 600; cursor: pointer; }
`;

/** A stand-in for Threads' reply dialog: the page, not the extension, posts; sends are recorded in window.__sentPosts. */
const COMPOSER_SCRIPT = `<script>
window.__sentPosts = [];
document.addEventListener('click', (event) => {
  const button = event.target.closest('.fc-post-button');
  if (!button) return;
  const editor = button.closest('[role="dialog"]').querySelector('[role="textbox"]');
  window.__sentPosts.push(editor.textContent);
  editor.textContent = '';
});
</script>`;

export function threadsActivityPage(): DemoFeed {
  const body = `${NAV}<main><div role="region" aria-label="Column body">
${entry('ana.souza', 'Reposted your thread', ['Repost', ICONS.repost])}
${entry('ben.carter', 'reposted your thread')}
${entry('lee.park', 'Followed you', ['Follow', ICONS.profile], false)}
${entry('omar.haddad', 'Liked your thread')}
${thread('carla.cm', 'DCarla0Rep1', 'how did you pick the five questions? Would love to copy this.', ['5', '2', ''], THREADS_ME)}
</div></main>${THREADS_COMPOSER}`;
  return {
    site: 'threads',
    url: 'https://www.threads.com/activity',
    title: 'Activity • Threads',
    html: feedPage({ title: 'Activity • Threads', css: CSS + COMPOSER_DIALOG_CSS, body }),
    expected: [{ postId: 'DCarla0Rep1', metrics: { likes: 5, replies: 2 } }],
  };
}

export function threadsOwnPostPage(): DemoFeed {
  const body = `${NAV}<main><div role="region" aria-label="Column body">
${thread(THREADS_ME, THREADS_MY_POST, MY_POST_TEXT, ['48', '6', '2'])}
</div></main>
<div role="dialog" aria-label="Reply"><div class="fc-head"><span><a href="/@${THREADS_ME}" role="link"><span dir="auto">${THREADS_ME}</span></a></span><a href="/@${THREADS_ME}/post/${THREADS_MY_POST}" role="link"><span dir="auto">${escapeHtml(MY_POST_TEXT)}</span></a></div>
<div contenteditable="true" role="textbox" aria-label="Empty text field. Type to compose a new post." tabindex="0"></div>
<div role="button" tabindex="0" class="fc-post-button"><div>Post</div></div></div>${COMPOSER_SCRIPT}`;
  return {
    site: 'threads',
    url: `https://www.threads.com/@${THREADS_ME}/post/${THREADS_MY_POST}`,
    title: 'Maya on Threads',
    html: feedPage({ title: 'Maya on Threads', css: CSS, body }),
    expected: [{ postId: THREADS_MY_POST, metrics: { likes: 48, replies: 6, reposts: 2 } }],
  };
}

export const threadsReciprocity: ReciprocityScenario = {
  site: 'threads',
  notifications: threadsActivityPage(),
  ownPost: threadsOwnPostPage(),
  sharers: ['ana.souza', 'ben.carter'],
  editor: '[role="dialog"] [role="textbox"]',
  submit: '[role="dialog"] .fc-post-button',
  replier: '@carla.cm',
  replyInPage: { editor: '.composer-dialog [role="textbox"]', submit: '.composer-dialog .fc-post-button' },
};
