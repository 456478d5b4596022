import { describe, expect, it } from 'vitest';
import { showFirstFigures } from '../../components/popup/first-figures';

describe('showFirstFigures', () => {
  it('draws the five headline figures under the test ids the React popup uses, replacing what the root held', () => {
    const root = document.createElement('div');
    root.append(document.createElement('p'));
    showFirstFigures(root, { thanksOwed: 3, repliesOwed: 2, thanksSent: 12, repliesGiven: 1204, postsSeen: 0 });
    const figure = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;
    expect([figure('thanks-owed'), figure('replies-owed'), figure('thanks-sent'), figure('replies-given'), figure('posts-seen')]).toEqual(['3', '2', '12', '1,204', '0']);
    expect(root.querySelector('p')).toBeNull();
    expect(root.querySelectorAll('.figure dt')).toHaveLength(5);
  });
});
