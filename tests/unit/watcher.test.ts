import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedWatcher } from '../../lib/feed/watcher';

const OWN_TAG = 'feedcoach-overlay';

/** Lets pending mutation records be delivered (they arrive as a microtask after the change). */
const mutationsDelivered = () => new Promise<void>((done) => queueMicrotask(done));
const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

describe('FeedWatcher', () => {
  let feed: HTMLElement;
  let handed: Element[][];
  let watcher: FeedWatcher | undefined;

  const post = (id: string) => {
    const article = document.createElement('article');
    article.id = id;
    article.append(Object.assign(document.createElement('button'), { ariaLabel: '1 like' }));
    return article;
  };

  function watch(maxPostsPerFrame?: number): FeedWatcher {
    watcher = new FeedWatcher(document.body, {
      postSelector: 'article',
      isOwnNode: (node) => node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === OWN_TAG,
      onPosts: (posts) => handed.push(posts),
      ...(maxPostsPerFrame !== undefined && { maxPostsPerFrame }),
    });
    watcher.start();
    return watcher;
  }

  beforeEach(() => {
    document.body.innerHTML = '';
    feed = document.createElement('main');
    document.body.append(feed);
    handed = [];
  });
  afterEach(() => watcher?.stop());

  it('hands over the posts already on the page when it starts', () => {
    feed.append(post('a'), post('b'));
    watch();
    expect(handed.flat().map((element) => element.id)).toEqual(['a', 'b']);
  });

  it('hands over a new post in the task that added it, before the next frame, so its badge is laid out with it', async () => {
    watch();
    feed.append(post('new'));
    await mutationsDelivered();
    expect(handed.flat().map((element) => element.id)).toEqual(['new']);
  });

  it('hands over at most the per-frame number of posts at once and the rest on the next frame', async () => {
    watch(3);
    feed.append(...['1', '2', '3', '4', '5'].map(post));
    await mutationsDelivered();
    expect(handed.flat()).toHaveLength(3);
    await nextFrame();
    expect(handed.flat().map((element) => element.id)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('hands a post over again when a watched attribute inside it changes, but not for our own overlays', async () => {
    const article = post('p');
    feed.append(article);
    watch();
    handed = [];
    article.append(document.createElement(OWN_TAG));
    await mutationsDelivered();
    expect(handed).toEqual([]);
    article.querySelector('button')!.setAttribute('aria-label', '2 likes');
    await mutationsDelivered();
    expect(handed.flat().map((element) => element.id)).toEqual(['p']);
  });

  it('looks for the post of a changed element once however many of its texts and attributes changed, and of a container once for all the items it dropped', async () => {
    const article = post('p');
    const counts = Array.from({ length: 6 }, (_, index) => Object.assign(document.createElement('span'), { textContent: String(index) }));
    article.append(...counts);
    const dropped = Array.from({ length: 8 }, () => document.createElement('div'));
    feed.append(article, ...dropped);
    watch();
    handed = [];
    const looked: Element[] = [];
    const closest = Element.prototype.closest;
    Element.prototype.closest = function (this: Element, selector: string) {
      looked.push(this);
      return closest.call(this, selector);
    } as typeof closest;
    try {
      for (const [index, count] of counts.entries()) {
        count.firstChild!.textContent = `${index + 10}`;
        count.append('!');
        article.querySelector('button')!.setAttribute('aria-label', `${index} likes`);
      }
      for (const item of dropped) item.remove();
      await mutationsDelivered();
    } finally {
      Element.prototype.closest = closest;
    }
    expect(handed.flat().map((element) => element.id)).toEqual(['p']);
    // Each span (its text rewritten, a text added), the button and the feed: one look each, not one per record.
    expect(looked).toHaveLength(counts.length + 2);
    expect(new Set(looked).size).toBe(looked.length);
  });

  it('takes the records of what was placed in the posts it handed over, without a callback of their own; a change of the page made meanwhile still comes', async () => {
    const RealObserver = globalThis.MutationObserver;
    let callbacks = 0;
    globalThis.MutationObserver = class extends RealObserver {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          callbacks += 1;
          callback(records, observer);
        });
      }
    };
    try {
      watcher = new FeedWatcher(document.body, {
        postSelector: 'article',
        isOwnNode: (node) => node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === OWN_TAG,
        onPosts: (posts) => {
          handed.push(posts);
          for (const each of posts) if (each.id === 'new') each.append(document.createElement(OWN_TAG));
          // Page code that ran while the posts were annotated (a custom element's reaction to the badge).
          if (posts.some((each) => each.id === 'new')) feed.append(post('meanwhile'));
        },
      });
      watcher.start();
      feed.append(post('new'));
      await mutationsDelivered();
      await mutationsDelivered();
      expect(callbacks).toBe(1);
      await nextFrame();
      expect(handed.flat().map((element) => element.id)).toEqual(['new', 'meanwhile']);
    } finally {
      globalThis.MutationObserver = RealObserver;
    }
  });

  it('hands over nothing after it stops', async () => {
    watch().stop();
    feed.append(post('late'));
    await mutationsDelivered();
    await nextFrame();
    expect(handed).toEqual([]);
  });
});
