import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedinAdapter, readLinkedinPost } from '../../../lib/sites/linkedin/adapter';
import type { PostReading, ReadResult } from '../../../lib/sites/types';
import { linkedinFeed } from '../../support/feeds/linkedin';

function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
}

function loadFixture(name: string): void {
  load(readFileSync(resolve(__dirname, '../../fixtures/linkedin', name), 'utf8'));
}

function posts(): Element[] {
  return Array.from(document.querySelectorAll(linkedinAdapter.postSelector));
}

function readOk(result: ReadResult): PostReading {
  if (!result.ok) throw new Error(`unreadable: ${result.missing.join(', ')}`);
  return result.post;
}

describe('linkedin adapter: Ember feed', () => {
  beforeEach(() => loadFixture('legacy-feed-2025-08.html'));

  it('selects one root per post', () => {
    expect(posts()).toHaveLength(7);
  });

  it('reads the real 2025-08-28 post', () => {
    const post = readOk(readLinkedinPost(posts()[0]!));
    expect(post).toMatchObject({
      site: 'linkedin',
      postId: '7366738224129470464',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7366738224129470464/',
      author: { handle: 'arjunvpaul', name: 'Arjun V Paul .' },
      publishedAt: '2025-08-28T07:47:40.010Z',
      context: {},
    });
    expect(post.text).toMatch(/^I got schooled again by our CTO during our 'quick sync' 🤦‍♂️ Me: "Can we make/);
    expect(post.metrics).toEqual({ likes: 150, replies: 13 });
    expect(post.lowerBounds).toEqual([]);
  });

  it('reads every built post', () => {
    const cases: [number, string, string, Record<string, number>][] = [
      [1, '7366740011122233344', 'daniel-cho', { likes: 356, replies: 94, reposts: 12 }],
      [2, '7366741234567890176', 'lars-eriksen', { likes: 47, replies: 18 }],
      [3, '7366742000000000000', 'sofia-marquez', {}],
      [4, '7366743210987654144', 'northwind-analytics', { followers: 12408, likes: 2481, replies: 1024 }],
      [5, '7366744444444444444', 'ben-adeyemi', { likes: 2, reposts: 1 }],
    ];
    for (const [index, postId, handle, metrics] of cases) {
      const post = readOk(readLinkedinPost(posts()[index]!));
      expect(post.postId, postId).toBe(postId);
      expect(post.author.handle, postId).toBe(handle);
      expect(post.permalink, postId).toBe(`https://www.linkedin.com/feed/update/urn:li:activity:${postId}/`);
      expect(post.metrics, postId).toEqual(metrics);
      expect(post.lowerBounds, postId).toEqual([]);
    }
    expect(readOk(readLinkedinPost(posts()[1]!)).context).toEqual({ repostedBy: 'amara-diallo' });
    expect(readOk(readLinkedinPost(posts()[4]!)).context).toEqual({ promoted: true });
    expect(readOk(readLinkedinPost(posts()[2]!)).author.name).toBe('Lars Eriksen');
  });

  it('reads a post as promoted by its label, not by a name or headline that holds the word', () => {
    const post = posts()[2]!;
    const description = post.querySelector('.update-components-actor__description span[aria-hidden="true"]')!;
    description.textContent = 'Head of Promoted Content | Sponsored Stories';
    expect(readOk(readLinkedinPost(post)).context).toEqual({});
    description.textContent = 'Sponsored';
    expect(readOk(readLinkedinPost(post)).context).toEqual({ promoted: true });
  });

  it('gives ok:false without throwing on broken markup', () => {
    expect(readLinkedinPost(posts()[6]!)).toEqual({ ok: false, missing: ['postId'] });
    const empty = document.createElement('div');
    empty.className = 'feed-shared-update-v2';
    expect(readLinkedinPost(empty)).toEqual({ ok: false, missing: ['postId', 'author', 'metrics'] });
    empty.setAttribute('data-urn', 'urn:li:activity:<script>');
    expect(readLinkedinPost(empty)).toEqual({ ok: false, missing: ['postId', 'author', 'metrics'] });
  });

  it('anchors the overlay in the action bar', () => {
    expect(linkedinAdapter.overlayAnchor(posts()[0]!).parent.classList.contains('feed-shared-social-action-bar')).toBe(true);
  });
});

describe('linkedin adapter: SDUI feed', () => {
  beforeEach(() => loadFixture('sdui-feed-2026-09.html'));

  it('selects the listitem cards only', () => {
    expect(posts()).toHaveLength(5);
    expect(posts().every((post) => post.getAttribute('role') === 'listitem')).toBe(true);
  });

  it('reads every post that links to its activity, counting screen-reader copies once', () => {
    const cases: [number, string, string, string, Record<string, number>, string[]][] = [
      [0, '7381100000000000001', 'avery-lindqvist', 'Avery Lindqvist', { likes: 252, replies: 50, reposts: 12 }, []],
      [1, '7381100000000000002', 'priya-raghunathan', 'Priya Raghunathan', { likes: 47, replies: 3 }, []],
      [2, '7381100000000000003', 'mira-tanaka', 'Mira Tanaka', { followers: 180000, likes: 1200, replies: 87 }, ['followers', 'likes']],
      [3, '7381100000000000004', 'northwind-robotics', 'Northwind Robotics', { followers: 4112, likes: 18 }, []],
    ];
    for (const [index, postId, handle, name, metrics, lowerBounds] of cases) {
      const post = readOk(readLinkedinPost(posts()[index]!));
      expect(post.postId, postId).toBe(postId);
      expect(post.author, postId).toEqual({ handle, name });
      expect(post.permalink, postId).toBe(`https://www.linkedin.com/feed/update/urn:li:activity:${postId}/`);
      expect(post.metrics, postId).toEqual(metrics);
      expect(post.lowerBounds, postId).toEqual(lowerBounds);
    }
    expect(readOk(readLinkedinPost(posts()[0]!)).text).toBe(
      'Our launch post got 252 reactions and 50 comments, and the comments were the part that mattered.',
    );
    expect(readOk(readLinkedinPost(posts()[3]!)).context).toEqual({ promoted: true });
    expect(readOk(readLinkedinPost(posts()[0]!)).context).toEqual({});
  });

  it('gives ok:false for a card without an activity link, and for the transcribed cards', () => {
    expect(readLinkedinPost(posts()[4]!)).toEqual({ ok: false, missing: ['postId'] });
    const transcribed = Array.from(document.querySelectorAll('[data-testid="mainFeed"] > [componentkey]:not([componentkey^="expanded"])'));
    expect(transcribed).toHaveLength(3);
    for (const card of transcribed) expect(readLinkedinPost(card)).toEqual({ ok: false, missing: ['postId', 'metrics'] });
  });

  it('anchors the overlay beside the like button', () => {
    const anchor = linkedinAdapter.overlayAnchor(posts()[0]!);
    expect(anchor.parent.querySelector('button[aria-label^="Reaction button state"]')).not.toBeNull();
  });
});

describe('linkedin demo feed', () => {
  it('every post reads to exactly its expected metrics', () => {
    load(linkedinFeed.html);
    const readings = posts().map((post) => readOk(linkedinAdapter.readPost(post)));
    expect(readings.map((post) => ({ postId: post.postId, metrics: post.metrics }))).toEqual(linkedinFeed.expected);
    expect(linkedinFeed.expected.length).toBeGreaterThanOrEqual(12);
    expect(linkedinFeed.url).toBe('https://www.linkedin.com/feed/');
  });
});

describe('linkedin pages: post roots never nest (a nested root would take the counts of another post)', () => {
  it('holds for every fixture and demo feed', () => {
    const pages = [...['legacy-feed-2025-08.html', 'sdui-feed-2026-09.html'].map((name) => readFileSync(resolve(__dirname, '../../fixtures/linkedin', name), 'utf8')), linkedinFeed.html];
    for (const html of pages) {
      load(html);
      const roots = posts();
      expect(roots.some((outer) => roots.some((inner) => inner !== outer && outer.contains(inner)))).toBe(false);
    }
  });
});
