/**
 * Benchmark feeds: for each supported site, a page of that site's real markup (the demo feed's) that grows
 * to N posts as it is scrolled, like the site's infinite feed, and drops posts far above the viewport, like
 * the sites' virtualized lists. The posts are the demo feed's own posts, repeated with unique ids.
 *
 * The page's own script (the "site's" JavaScript, the same with and without the extension) also records,
 * for the benchmark, when each post first enters the viewport and when its FeedCoach overlay appears.
 */
import { SITE_ADAPTERS } from '../../lib/sites/registry';
import type { SiteId } from '../../lib/sites/types';
import { DEMO_FEEDS } from '../support/feeds';
import type { DemoFeed } from '../support/feeds/types';

export interface BenchFeed {
  site: SiteId;
  url: string;
  /** Posts the page produces in all, as it is scrolled to its end. */
  posts: number;
  html: string;
  /** The site adapter's post selector: what the page counts as a post. */
  postSelector: string;
}

export interface FeedPageConfig {
  site: SiteId;
  postSelector: string;
  /** The demo feed's post ids: each is replaced by a unique id of the same shape in every copy. */
  ids: string[];
  posts: number;
  /** Feed items appended at a time when the end of the feed comes within `ahead` viewports. */
  chunk: number;
  ahead: number;
  /** Items more than this many viewports above the viewport leave the DOM (virtualized list). */
  behind: number;
}

/** One post of the page, as the page saw it (ms, performance.now()). */
export interface PostTiming {
  createdAt: number;
  /** When it first intersected the viewport. */
  visibleAt?: number;
  /** When its overlay host (data-feedcoach-post) was first seen in the DOM, and the key it carries. */
  badgeAt?: number;
  key?: string;
}

/** What the page records; read back by the benchmark through `window.__bench`. */
export interface FeedPageRecord {
  /** Posts created so far. */
  created: number;
  posts: PostTiming[];
}

/**
 * Runs in the page, in the main world. No imports; inner helpers are arrows (the script is serialized,
 * and tsx may wrap named functions in a helper the page lacks: `__name` is shimmed anyway).
 */
function feedPageMain(cfg: FeedPageConfig): void {
  const selector = cfg.postSelector;
  const found = [...document.querySelectorAll(selector)];
  if (found.length === 0) throw new Error('bench feed: no posts in the template page');
  // The feed container: the lowest common ancestor of all posts; its children holding posts are the items.
  let container = found[0]!.parentElement!;
  while (!found.every((post) => container.contains(post))) container = container.parentElement!;
  const items = [...container.children].filter((child) => child.matches(selector) || child.querySelector(selector));
  const postsIn = (item: Element) => (item.matches(selector) ? 1 : 0) + item.querySelectorAll(selector).length;
  // Declarative shadow roots (Reddit's action row) are part of the markup: serialize them too.
  const outerWithShadows = (element: Element): string => {
    const shadowRoots = [element, ...element.querySelectorAll('*')].flatMap((each) => (each.shadowRoot ? [each.shadowRoot] : []));
    if (shadowRoots.length === 0) return element.outerHTML;
    const shallow = element.cloneNode(false) as Element;
    const close = `</${shallow.localName}>`;
    return `${shallow.outerHTML.slice(0, -close.length)}${element.getHTML({ shadowRoots })}${close}`;
  };
  const templates = items
    .map((item) => {
      const html = outerWithShadows(item);
      const ids = cfg.ids.filter((id) => html.includes(id)).sort((a, b) => b.length - a.length);
      return { html, ids, posts: postsIn(item) };
    })
    .filter((template) => template.ids.length > 0);
  // Items that leave the top of the list give their height to a spacer, as virtualized lists do.
  const spacer = document.createElement('div');
  spacer.setAttribute('aria-hidden', 'true');
  container.insertBefore(spacer, items[0]!);
  const anchor = items[items.length - 1]!.nextSibling;
  for (const item of items) item.remove();

  const digits = '0123456789';
  const lower = '0123456789abcdefghijklmnopqrstuvwxyz';
  const upper = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const mixed = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let serial = 0;
  /** The same id with its last five alphanumerics replaced by a serial number in the same alphabet. */
  const variant = (id: string): string => {
    serial += 1;
    const chars = [...id];
    const positions: number[] = [];
    for (let index = chars.length - 1; index >= 0 && positions.length < 5; index -= 1) if (/[0-9a-z]/i.test(chars[index]!)) positions.push(index);
    const taken = positions.map((index) => chars[index]!).join('');
    const alphabet = /^\d+$/.test(taken) ? digits : !/[A-Z]/.test(taken) ? lower : !/[a-z]/.test(taken) ? upper : mixed;
    let rest = serial;
    for (const index of positions) {
      chars[index] = alphabet[rest % alphabet.length]!;
      rest = Math.floor(rest / alphabet.length);
    }
    return chars.join('');
  };

  const itemHtml: string[] = [];
  let posts = 0;
  for (let index = 0; posts < cfg.posts; index += 1) {
    const template = templates[index % templates.length]!;
    let html = template.html;
    const fresh = template.ids.map((id) => variant(id));
    template.ids.forEach((id, slot) => {
      html = html.split(id).join(`\u0000${slot}\u0000`);
    });
    fresh.forEach((id, slot) => {
      html = html.split(`\u0000${slot}\u0000`).join(id);
    });
    itemHtml.push(html);
    posts += template.posts;
  }

  const record: FeedPageRecord = { created: 0, posts: [] };
  const timingOf = new WeakMap<Element, PostTiming>();
  const visibility = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const timing = timingOf.get(entry.target);
      if (timing && timing.visibleAt === undefined) timing.visibleAt = entry.time;
      visibility.unobserve(entry.target);
    }
  });
  // The badge stamps run only with the extension, so they must cost the page next to nothing: no selector
  // matching, just a walk up to the nearest ancestor the page knows as a post.
  const stamp = (host: Element, at: number) => {
    let post = host.parentElement;
    while (post && !timingOf.has(post)) post = post.parentElement;
    const timing = post && timingOf.get(post);
    if (!timing || timing.badgeAt !== undefined) return;
    timing.badgeAt = at;
    timing.key = host.getAttribute('data-feedcoach-post') ?? undefined;
  };
  new MutationObserver((mutations) => {
    const now = performance.now();
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') stamp(mutation.target as Element, now);
      else for (const node of mutation.addedNodes) if (node.nodeType === 1 && (node as Element).hasAttribute('data-feedcoach-post')) stamp(node as Element, now);
    }
  }).observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-feedcoach-post'] });

  const parser = document.createElement('div');
  let next = 0;
  let removedHeight = 0;
  const shown: Element[] = [];
  const append = () => {
    const end = Math.min(next + cfg.chunk, itemHtml.length);
    // setHTMLUnsafe, unlike innerHTML, builds declarative shadow roots.
    parser.setHTMLUnsafe(itemHtml.slice(next, end).join(''));
    const fresh = [...parser.children];
    const now = performance.now();
    for (const item of fresh) {
      for (const post of [...(item.matches(selector) ? [item] : []), ...item.querySelectorAll(selector)]) {
        const timing: PostTiming = { createdAt: now };
        timingOf.set(post, timing);
        record.posts.push(timing);
        visibility.observe(post);
      }
    }
    record.created = record.posts.length;
    const fragment = document.createDocumentFragment();
    fragment.append(...fresh);
    container.insertBefore(fragment, anchor && anchor.parentNode === container ? anchor : null);
    shown.push(...fresh);
    next = end;
  };
  // The site's own scroll handling: load more near the end, drop items far above (keeping the scroll position).
  const update = () => {
    const viewport = window.innerHeight;
    while (next < itemHtml.length) {
      const last = shown[shown.length - 1];
      if (last && last.getBoundingClientRect().bottom > viewport * (1 + cfg.ahead)) break;
      append();
    }
    // Measure first, then remove: removing shifts everything below up until the padding takes its place.
    let count = 0;
    while (count + 2 < shown.length && shown[count + 1]!.getBoundingClientRect().top < -viewport * cfg.behind) count += 1;
    if (count > 0) {
      const dropped = shown[count]!.getBoundingClientRect().top - shown[0]!.getBoundingClientRect().top;
      for (const item of shown.splice(0, count)) item.remove();
      removedHeight += dropped;
      spacer.style.height = `${removedHeight}px`;
    }
  };
  let pending = false;
  addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        update();
      });
    },
    { passive: true },
  );
  update();

  const bench = {
    /** What the page saw. */
    record: () => record,
    /** True when every post was created and the page is scrolled to its end. */
    done: () => next >= itemHtml.length && window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    /** Takes every post off the page (as when the user leaves the feed for another view). */
    clear: () => {
      for (const item of shown) item.remove();
      shown.length = 0;
      spacer.style.height = '0px';
      window.scrollTo(0, 0);
    },
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
}

/** One feed per supported site: the first demo feed of each. */
export function benchSites(): DemoFeed[] {
  const seen = new Set<SiteId>();
  return DEMO_FEEDS.filter((feed) => !seen.has(feed.site) && seen.add(feed.site));
}

/** A page of the site's real markup that grows to `posts` posts as it is scrolled. */
export function buildBenchFeed(feed: DemoFeed, posts: number, { chunk = 5, ahead = 2, behind = 3 } = {}): BenchFeed {
  const adapter = SITE_ADAPTERS.find((candidate) => candidate.site === feed.site);
  if (!adapter) throw new Error(`no adapter for ${feed.site}`);
  const config: FeedPageConfig = {
    site: feed.site,
    postSelector: adapter.postSelector,
    ids: feed.expected.map((post) => post.postId),
    posts,
    chunk,
    ahead,
    behind,
  };
  const script = `<script>(() => { const __name = (f) => f; (${feedPageMain.toString()})(${JSON.stringify(config).replace(/</g, '\\u003c')}); })();</script>`;
  const at = feed.html.lastIndexOf('</body>');
  if (at < 0) throw new Error(`${feed.site}: demo page has no </body>`);
  return { site: feed.site, url: feed.url, posts, postSelector: adapter.postSelector, html: `${feed.html.slice(0, at)}${script}${feed.html.slice(at)}` };
}
