/** Escapes text for the demo pages' HTML (the demo pages are ours; page text in the extension is never parsed as HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A whole demo page around a site's feed markup. */
export function feedPage({ title, css, body, lang = 'en' }: { title: string; css: string; body: string; lang?: string }): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>${escapeHtml(title)}</title><style>${css}</style></head>
<body>${body}</body></html>`;
}
