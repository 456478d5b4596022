import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSpaces, linkedHandles, queryFirst, queryOutside, readText, textReadWhenAsked } from '../../../lib/sites/dom';

describe('queryFirst and queryOutside with alternatives', () => {
  it('prefer an earlier alternative over document order, and skip excluded subtrees', () => {
    document.body.innerHTML = '<div id="root"><section id="quote"><b id="early"></b></section><i id="old"></i><b id="late"></b></div>';
    const root = document.getElementById('root')!;
    expect(queryFirst(root, ['b', 'i'])?.id).toBe('early');
    expect(queryFirst(root, ['i', 'b'])?.id).toBe('old');
    expect(queryFirst(root, ['u', 'em'])).toBeNull();
    const quote = document.getElementById('quote')!;
    expect(queryOutside(root, ['b', 'i'], [quote])?.id).toBe('late');
    expect(queryOutside(root, ['u', 'i'], [quote])?.id).toBe('old');
  });
});

describe('readText on hostile posts', () => {
  const timeOf = (work: () => unknown) => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };

  it('reads a 10 MB post as fast as one at the cap, and gives the same text as folding the whole', () => {
    const post = document.createElement('div');
    const paragraph = `word  \n\t${'x'.repeat(490)} `;
    for (let i = 0; i < 20_000; i += 1) post.append(Object.assign(document.createElement('p'), { textContent: paragraph }));
    document.body.replaceChildren(post);
    const expected = foldSpaces(paragraph.repeat(10), 2000);
    let text = '';
    const elapsed = timeOf(() => (text = readText(post)));
    expect(text).toBe(expected);
    expect(text.length).toBe(2000);
    // Folding the whole 10 MB first took 0.25-1.1 s in Chromium and more here; the cut read walks ~5 paragraphs.
    expect(elapsed).toBeLessThan(20);
  });

  /** A page's text is one flat string; a built one is flattened first, as a browser's DOM would hold it. */
  const flat = (text: string) => (text.indexOf('\0'), text);

  it('a single 10 MB text node, or megabytes of whitespace, are cut before they are folded', () => {
    const post = document.createElement('div');
    post.textContent = flat(`  Hello\n\n  world ${'y'.repeat(10_000_000)}`);
    expect(timeOf(() => expect(readText(post, 20)).toBe(`Hello world ${'y'.repeat(8)}`))).toBeLessThan(20);
    post.textContent = flat(`${' \n'.repeat(5_000_000)}late text`);
    expect(timeOf(() => expect(readText(post)).toBe(''))).toBeLessThan(20);
  });

  it('folds whitespace across elements and reads emoji images by their alt text', () => {
    const post = document.createElement('div');
    post.innerHTML = '<span>Launch </span> <b> day</b><img alt="🚀"><i>\n  is here</i>';
    expect(readText(post)).toBe('Launch day🚀 is here');
    expect(readText(post, 6)).toBe('Launch');
  });
});

describe('readText, whichever way it reads a node', () => {
  /** Small trees of the shapes counts and names come in: wrappers, texts with spaces, emoji images, comments. */
  const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('1,234', '  12.3K  views\n', ' ', 'a b', 'Ana'),
      fc.constantFrom('<img alt="🚀">', '<img>', '<!-- note -->', '<br>'),
      fc.record({ tag: fc.constantFrom('span', 'b', 'div'), children: fc.array(tie('node'), { maxLength: 3 }) }).map(({ tag, children }) => `<${tag}>${children.join('')}</${tag}>`),
    ),
  })).node;

  it('reads the folded text, emoji images by their alt, cut with no space at its end, however it is split into nodes', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom(1, 2, 3, 5, 2000), (html, maxLength) => {
        const node = document.createElement('div');
        node.innerHTML = html;
        // What a reader sees, in one piece: images by their alt, no markup.
        const flat = document.createElement('div');
        flat.innerHTML = html;
        for (const image of flat.querySelectorAll('img')) image.replaceWith(image.getAttribute('alt') ?? '');
        expect(readText(node, maxLength)).toBe(foldSpaces(flat.textContent ?? '', maxLength).trimEnd());
      }),
      { numRuns: 1000 },
    );
  });

  it('reads an emoji image below a wrapper by its alt text, and nothing from an image itself', () => {
    const node = document.createElement('span');
    node.innerHTML = '<b><img alt="🚀"></b>';
    expect(readText(node)).toBe('🚀');
    expect(readText(node.querySelector('img'))).toBe('');
    node.innerHTML = '<b>  1,234\n likes </b>';
    expect(readText(node.firstElementChild)).toBe('1,234 likes');
    expect(readText(node.firstElementChild, 6)).toBe('1,234');
  });
});

describe('linkedHandles', () => {
  it("names each linked person once, in the text's order, leaving out links that name nobody", () => {
    document.body.innerHTML = '<p id="text"><a href="/ben">@ben</a> <a href="/explore">#tag</a> <a href="/ana">@ana</a> <a href="/ben">@ben</a> <b href="/cy">not a link</b></p>';
    const handleOf = (href: string | null) => (href && href !== '/explore' ? href.slice(1) : undefined);
    expect(linkedHandles(document.getElementById('text'), 'a[href]', handleOf)).toEqual(['ben', 'ana']);
    expect(linkedHandles(undefined, 'a[href]', handleOf)).toEqual([]);
  });
});

describe('a reading’s text, read when first asked for', () => {
  it('is the post’s words as they are when first asked for, and stays those words', () => {
    document.body.innerHTML = '<article><div data-testid="tweetText"><span>First words</span></div></article>';
    const words = document.querySelector('[data-testid="tweetText"] span')!;
    const reading = textReadWhenAsked(
      { site: 'x', postId: '1', permalink: 'https://x.com/ana/status/1', author: { handle: 'ana' }, metrics: {}, lowerBounds: [], context: {} },
      document.querySelector('[data-testid="tweetText"]'),
    );
    words.textContent = 'Edited before anyone asked';
    expect(reading.text).toBe('Edited before anyone asked');
    words.textContent = 'Edited again';
    expect(reading.text).toBe('Edited before anyone asked');
    expect({ ...reading }.text).toBe('Edited before anyone asked');
    document.body.replaceChildren();
  });
});
