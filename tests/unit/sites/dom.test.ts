import { describe, expect, it } from 'vitest';
import { queryFirst, queryOutside } from '../../../lib/sites/dom';

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
