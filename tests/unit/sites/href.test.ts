import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hrefPath } from '../../../lib/sites/dom';
import { parseLink } from '../../../lib/sites/href';

const BASE = 'https://www.youtube.com/watch?v=page';

/** What URL itself says, for comparison. */
function viaUrl(href: string, base: string, names: string[]) {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  return { pathname: url.pathname, hostname: url.hostname, origin: url.origin, protocol: url.protocol, params: names.map((name) => url.searchParams.get(name)) };
}

function viaParseLink(href: string, base: string, names: string[]) {
  const link = parseLink(href, base);
  return link && { pathname: link.pathname, hostname: link.hostname, origin: link.origin, protocol: link.protocol, params: names.map((name) => link.param(name)) };
}

describe('parseLink', () => {
  it('reads site-relative links as URL does', () => {
    for (const href of [
      '/watch?v=abc&lc=Ugx1.Ugy2',
      '/watch?lc=a%20b&lc=second&v=x+y',
      '/ana/status/1?s=20#reply',
      '/@ana@other.social/1234',
      '/groups/1/user/2/',
      '/profile.php?id=100&story_fbid=pfbid0x',
      '/a/./b/../c?x=1',
      '/%2e%2e/secret',
      '/path with space?q=1',
      '/caf%C3%A9?name=%E2%9C%93',
      '/bad%zz?q=%zz&r=1',
      '/?=&&=x&v',
      '/x?v',
    ]) {
      expect(viaParseLink(href, BASE, ['v', 'lc', 'q', 'r', 'id', 'story_fbid', 'name', '']), href).toEqual(viaUrl(href, BASE, ['v', 'lc', 'q', 'r', 'id', 'story_fbid', 'name', '']));
    }
  });

  it('leaves absolute, scheme-relative and odd links to URL', () => {
    for (const href of [
      'https://www.youtube.com/watch?v=a&lc=b#top',
      'https://www.youtube.com/a/../watch?v=c',
      'https://www.youtube.com',
      'https://www.youtube.com:443/watch?v=d',
      'https://www.youtube.comevil.example/watch?v=e',
      'HTTPS://WWW.YOUTUBE.COM/Watch?v=f',
      'https://m.facebook.com/story.php?story_fbid=1&id=2', '//evil.example/watch?v=1', 'http://[::1]/x', '\\\\host\\share', 'watch?v=relative', 'javascript:alert(1)']) {
      expect(viaParseLink(href, BASE, ['v', 'story_fbid', 'id']), href).toEqual(viaUrl(href, BASE, ['v', 'story_fbid', 'id']));
    }
  });

  it('agrees with URL on any link', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '/', '.', '?', '#', '&', '=', '%', '2', 'e', '+', ' ', '\\', '@', ':', 'é', '"', '{') , maxLength: 24 });
    fc.assert(
      fc.property(fc.oneof(piece.map((rest) => `/${rest}`), piece.map((rest) => `https://www.youtube.com${rest}`), piece.filter(Boolean)), (href) => {
        const expected = viaUrl(href, BASE, ['a', 'Z', 'e', '', 'a=', '2']);
        expect(viaParseLink(href, BASE, ['a', 'Z', 'e', '', 'a=', '2'])).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('says nothing of no link, or of a base that is not a URL', () => {
    expect(parseLink(null, BASE)).toBeUndefined();
    expect(parseLink('', BASE)).toBeUndefined();
    expect(parseLink('/x', 'not a url')).toBeUndefined();
  });

  it('keeps hrefPath reading paths, decoded on request', () => {
    expect(hrefPath('/ana/status/1?s=20', 'https://x.com')).toBe('/ana/status/1');
    expect(hrefPath('https://bsky.app/profile/caf%C3%A9', 'https://bsky.app', { decode: true })).toBe('/profile/café');
    expect(hrefPath('/profile/%E0%A4%A', 'https://bsky.app', { decode: true })).toBe('');
  });
});
