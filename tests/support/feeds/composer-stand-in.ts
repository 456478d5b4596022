/**
 * A stand-in for a site's reply box, as a script in the demo page: the post's reply button opens a dialog with
 * a rich-text editor and a send button, as the real sites do. The page, not the extension, sends: what was sent
 * is recorded in window.__sentPosts, so tests can tell that nothing is sent until the user clicks.
 */
export interface ComposerStandIn {
  postSelector: string;
  replyButton: string;
  /** The dialog's HTML; {{href}} is replaced by the post's own link. */
  dialogHtml: string;
  editor: string;
  submit: string;
  /** The reply box opens inside the post, under it (LinkedIn's and Facebook's comment boxes), not as a dialog. */
  inline?: boolean;
}

export function composerStandInScript(stand: ComposerStandIn): string {
  return `<script>
window.__sentPosts = [];
document.addEventListener('click', (event) => {
  const reply = event.target.closest(${JSON.stringify(stand.replyButton)});
  const post = reply && reply.closest(${JSON.stringify(stand.postSelector)});
  if (post) {
    const link = post.querySelector('a[href*="/status/"], a[href*="/post/"]');
    const holder = document.createElement('div');
    holder.className = ${JSON.stringify(stand.inline ? 'composer-inline' : 'composer-dialog')};
    if (${!stand.inline}) {
      holder.setAttribute('role', 'dialog');
      holder.setAttribute('aria-label', 'Reply');
    }
    holder.innerHTML = ${JSON.stringify(stand.dialogHtml)}.replaceAll('{{href}}', link ? link.getAttribute('href') : '');
    (${!!stand.inline} ? post : document.body).append(holder);
    holder.querySelector(${JSON.stringify(stand.editor)}).focus();
    return;
  }
  const submit = event.target.closest(${JSON.stringify(stand.submit)});
  const dialog = submit && submit.closest('.composer-dialog, .composer-inline');
  if (dialog) {
    window.__sentPosts.push(dialog.querySelector(${JSON.stringify(stand.editor)}).textContent);
    dialog.remove();
  }
});
</script>`;
}

export const COMPOSER_DIALOG_CSS = `
.composer-dialog { position: fixed; inset: 20% auto auto 50%; transform: translateX(-50%); width: 480px; background: Canvas; color: CanvasText;
  border: 1px solid rgba(127,127,127,.5); border-radius: 16px; padding: 16px; box-shadow: 0 8px 40px rgba(0,0,0,.3); z-index: 10; }
.composer-inline { margin: 8px 0; }
.composer-dialog [contenteditable], .composer-inline [contenteditable] { min-height: 60px; border: 1px solid rgba(127,127,127,.4); border-radius: 8px; padding: 8px; margin: 8px 0; }
`;
