type Child = Node | string | number | null | undefined | false;

/**
 * Builds an element from a tag, attributes and children. Strings always become text nodes,
 * so page text (names, post bodies) can never turn into markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Record<string, string | undefined>, ...children: Child[]): HTMLElementTagNameMap[K];
/** Our own custom elements (the badges' `feedcoach-*` tags). */
export function h(tag: `${string}-${string}`, attributes?: Record<string, string | undefined>, ...children: Child[]): HTMLElement;
export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : String(child));
  }
  return element;
}

/** One stylesheet object shared by every shadow root that adopts it: the CSS is parsed once, not per root. */
export function sharedStyles(css: string): (root: ShadowRoot) => void {
  let sheet: CSSStyleSheet | undefined;
  return (root) => {
    try {
      if (!sheet) {
        const built = new CSSStyleSheet();
        built.replaceSync(css);
        sheet = built;
      }
      root.adoptedStyleSheets = [sheet];
    } catch {
      // Some engines refuse constructed sheets from an isolated world: fall back to a <style> element.
      root.append(h('style', {}, css));
    }
  };
}
