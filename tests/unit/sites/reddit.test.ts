import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readRedditPost, redditAdapter } from '../../../lib/sites/reddit/adapter';
import type { PostReading, ReadResult } from '../../../lib/sites/types';
import { oldRedditFeed, redditFeed } from '../../support/feeds/reddit';

function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
}

function loadFixture(name: string): void {
  load(readFileSync(resolve(__dirname, '../../fixtures/reddit', name), 'utf8'));
}

function posts(): Element[] {
  return Array.from(document.querySelectorAll(redditAdapter.postSelector));
}

function readOk(result: ReadResult): PostReading {
  if (!result.ok) throw new Error(`unreadable: ${result.missing.join(', ')}`);
  return result.post;
}

function byId(id: string): Element {
  const element = document.getElementById(id) ?? document.querySelector(`[data-fullname="${id}"]`);
  if (!element) throw new Error(`no ${id}`);
  return element;
}

describe('reddit adapter: new UI feed (shreddit)', () => {
  beforeEach(() => loadFixture('shreddit-feed-2026-09.html'));

  it('selects every post and ad, and nothing else', () => {
    expect(posts().map((post) => post.getAttribute('id'))).toEqual([
      't3_1vbp0vm', 't3_aaa111', 't3_1xk2a7q', 't3_1xk2b01', 't3_1xk2b02', 't3_1xk2b03', 't3_1adzz99', 't3_1xk2b04', null,
    ]);
  });

  it('reads the real 2026-07-31 feed card from its attributes', () => {
    const post = readOk(readRedditPost(byId('t3_1vbp0vm')));
    expect(post).toMatchObject({
      site: 'reddit',
      postId: 't3_1vbp0vm',
      permalink: 'https://www.reddit.com/r/programming/comments/1vbp0vm/on_type_inference/',
      author: { handle: 'radekmie' },
      publishedAt: '2026-07-31T12:03:50.281Z',
      text: 'On Type Inference',
      context: {},
    });
    expect(post.metrics).toEqual({ likes: 29, replies: 13 });
    expect(post.lowerBounds).toEqual([]);
  });

  it('reports the real 2026-09-21 light-DOM capture (no counts captured) as unreadable, then reads its shadow counters', () => {
    const element = byId('t3_aaa111');
    expect(readRedditPost(element)).toEqual({ ok: false, missing: ['metrics'] });
    const shadow = element.attachShadow({ mode: 'open' });
    const row = document.createElement('div');
    row.setAttribute('data-testid', 'action-row');
    for (const [location, number, pretty] of [['vote', '1234', '1.2K'], ['comments-button', '56', '56']] as const) {
      const holder = document.createElement('span');
      holder.setAttribute('data-post-click-location', location);
      const counter = document.createElement('faceplate-number');
      counter.setAttribute('number', number);
      counter.setAttribute('pretty', pretty);
      counter.textContent = pretty;
      holder.append(counter);
      row.append(holder);
    }
    shadow.append(row);
    const post = readOk(readRedditPost(element));
    expect(post).toMatchObject({
      postId: 't3_aaa111',
      permalink: 'https://www.reddit.com/r/x/comments/aaa111/t/',
      author: { handle: 'Fake_Poster_42' },
      publishedAt: '2026-09-21T20:58:32.673Z',
      text: 'Mentions u/Another_Person and Viewer_Name_X in the text.',
    });
    expect(post.metrics).toEqual({ likes: 1234, replies: 56 });
    expect(post.lowerBounds).toEqual([]);
  });

  it('reads every built post', () => {
    const cases: [string, Record<string, number>, string[], string, string][] = [
      ['t3_1xk2a7q', { likes: 15873, replies: 1204 }, [], 'open_rate_olga', '/r/marketing/comments/1xk2a7q/what_finally_fixed_our_newsletter_open_rates/'],
      ['t3_1xk2b01', { likes: 842, replies: 97 }, [], 'brand_voice_ben', '/r/marketing/comments/1xk2b01/brand_voice_docs/'],
      ['t3_1xk2b02', { likes: 12000, replies: 3 }, ['likes'], 'cpc_carla', '/r/marketing/comments/1xk2b02/cpc_doubled/'],
      ['t3_1xk2b03', { replies: 0 }, [], 'seo_sam', '/r/marketing/comments/1xk2b03/new_here/'],
      ['t3_1adzz99', { likes: 1530 }, [], 'GrowthSuiteHQ', '/r/marketing/comments/1adzz99/growthsuite/'],
      ['t3_1xk2b04', { replies: 58 }, [], 'hot_take_hal', '/r/marketing/comments/1xk2b04/marketing_is_dead/'],
    ];
    for (const [id, metrics, lowerBounds, handle, path] of cases) {
      const post = readOk(readRedditPost(byId(id)));
      expect(post.postId, id).toBe(id);
      expect(post.metrics, id).toEqual(metrics);
      expect(post.lowerBounds, id).toEqual(lowerBounds);
      expect(post.author.handle, id).toBe(handle);
      expect(post.permalink, id).toBe(`https://www.reddit.com${path}`);
    }
    expect(readOk(readRedditPost(byId('t3_1adzz99'))).context).toEqual({ promoted: true });
    expect(readOk(readRedditPost(byId('t3_1xk2a7q'))).text).toBe(
      "What finally fixed our newsletter open rates\nStopped sending on Tuesdays. That's it. That's the post.",
    );
  });

  it('gives ok:false without throwing on broken markup', () => {
    const broken = posts().at(-1)!;
    expect(readRedditPost(broken)).toEqual({ ok: false, missing: ['postId', 'author'] });
    const empty = document.createElement('shreddit-post');
    expect(readRedditPost(empty)).toEqual({ ok: false, missing: ['postId', 'author', 'metrics'] });
    const hostile = document.createElement('shreddit-post');
    hostile.setAttribute('id', 't3_<img src=x>');
    hostile.setAttribute('author', '<b>x</b>');
    hostile.setAttribute('score', '1e9');
    expect(readRedditPost(hostile)).toEqual({ ok: false, missing: ['postId', 'author', 'metrics'] });
  });

  it('anchors the overlay in the slotted credit bar, else on the post', () => {
    expect(redditAdapter.overlayAnchor(byId('t3_1xk2a7q')).parent.getAttribute('slot')).toBe('credit-bar');
    expect(redditAdapter.overlayAnchor(byId('t3_1vbp0vm')).parent).toBe(byId('t3_1vbp0vm'));
  });
});

describe('reddit adapter: new UI post page (real 2026-10-09 open tag)', () => {
  it('reads it', () => {
    loadFixture('shreddit-post-page-2026-10-09.html');
    const [element] = posts();
    const post = readOk(readRedditPost(element!));
    expect(post).toMatchObject({
      postId: 't3_1wybtdf',
      permalink: 'https://www.reddit.com/r/sports/comments/1wybtdf/after_a_couple_hours_of_highquality_tennis_daniil/',
      author: { handle: 'Large_banana_hammock' },
      publishedAt: '2026-10-05T15:41:09.265Z',
      text: 'After a couple hours of high-quality tennis, Daniil Medvedev hits a ball in anger & is defaulted',
    });
    expect(post.metrics).toEqual({ likes: 9989, replies: 1097 });
  });
});

describe('reddit adapter: old.reddit listing', () => {
  beforeEach(() => loadFixture('old-reddit-listing-2023-02.html'));

  it('selects every link row, and not a row without a fullname', () => {
    expect(posts().map((post) => post.getAttribute('data-fullname'))).toEqual([
      't3_114rpif', 't3_112t0uo', 't3_1xkold1', 't3_1xkold2', 't3_1adold9',
    ]);
  });

  it('reads the real 2023-02 rows', () => {
    const first = readOk(readRedditPost(byId('t3_114rpif')));
    expect(first).toMatchObject({
      postId: 't3_114rpif',
      permalink: 'https://www.reddit.com/r/programming/comments/114rpif/john_carmack_on_functional_programming_in_c/',
      author: { handle: 'Alexander_Selkirk' },
      publishedAt: '2023-02-17T16:58:27.000Z',
      text: 'John Carmack on Functional Programming in C++',
      context: {},
    });
    expect(first.metrics).toEqual({ likes: 2319, replies: 365 });
    const second = readOk(readRedditPost(byId('t3_112t0uo')));
    expect(second).toMatchObject({
      postId: 't3_112t0uo',
      permalink: 'https://www.reddit.com/r/emacs/comments/112t0uo/weekly_tips_tricks_c_thread/',
      author: { handle: 'AutoModerator' },
      context: { pinned: true },
    });
    expect(second.metrics).toEqual({ likes: 14, replies: 12 });
  });

  it('reads every built row', () => {
    const cases: [string, Record<string, number>, string[], string][] = [
      ['t3_1xkold1', { likes: 12500, replies: 431 }, ['likes'], 'funnel_fiona'],
      ['t3_1xkold2', { replies: 0 }, [], 'new_poster_nia'],
      ['t3_1adold9', { likes: 88, replies: 12 }, [], 'GrowthSuiteHQ'],
    ];
    for (const [id, metrics, lowerBounds, handle] of cases) {
      const post = readOk(readRedditPost(byId(id)));
      expect(post.postId, id).toBe(id);
      expect(post.metrics, id).toEqual(metrics);
      expect(post.lowerBounds, id).toEqual(lowerBounds);
      expect(post.author.handle, id).toBe(handle);
    }
    expect(readOk(readRedditPost(byId('t3_1adold9'))).context).toEqual({ promoted: true });
  });

  it('gives ok:false without throwing on a row without a fullname', () => {
    const broken = document.querySelector('div.thing[data-fullname=""]')!;
    expect(readRedditPost(broken)).toEqual({ ok: false, missing: ['postId'] });
  });

  it('anchors the overlay in the buttons row', () => {
    expect(redditAdapter.overlayAnchor(byId('t3_114rpif')).parent.matches('ul.flat-list.buttons')).toBe(true);
  });
});

describe('reddit demo feeds', () => {
  for (const feed of [redditFeed, oldRedditFeed]) {
    it(`${feed.url}: every post reads to exactly its expected metrics`, () => {
      load(feed.html);
      const readings = posts().map((post) => readOk(redditAdapter.readPost(post)));
      expect(readings.map((post) => ({ postId: post.postId, metrics: post.metrics }))).toEqual(feed.expected);
      expect(feed.expected.length).toBeGreaterThanOrEqual(12);
      expect(feed.expected.length).toBeLessThanOrEqual(30);
      expect(redditAdapter.matches.some((pattern) => feed.url.startsWith(pattern.slice(0, -1)))).toBe(true);
    });
  }
});

describe('reddit pages: post roots never nest (a nested root would take the counts of another post)', () => {
  it('holds for every fixture and demo feed', () => {
    const pages = [...['shreddit-feed-2026-09.html', 'shreddit-post-page-2026-10-09.html', 'old-reddit-listing-2023-02.html'].map((name) => readFileSync(resolve(__dirname, '../../fixtures/reddit', name), 'utf8')), redditFeed.html, oldRedditFeed.html];
    for (const html of pages) {
      load(html);
      const roots = posts();
      expect(roots.some((outer) => roots.some((inner) => inner !== outer && outer.contains(inner)))).toBe(false);
    }
  });
});
