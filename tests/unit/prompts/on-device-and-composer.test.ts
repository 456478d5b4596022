import { describe, expect, it, vi } from 'vitest';
import { insertIntoEditor } from '../../../lib/prompts/composer';
import { onDeviceRewriter } from '../../../lib/prompts/on-device';

describe('onDeviceRewriter', () => {
  it('is absent without the browser’s on-device model, or while the model is not ready', async () => {
    expect(await onDeviceRewriter({})).toBeUndefined();
    const downloadable = { LanguageModel: { availability: async () => 'downloadable', create: vi.fn() } };
    expect(await onDeviceRewriter(downloadable)).toBeUndefined();
    expect(downloadable.LanguageModel.create).not.toHaveBeenCalled();
  });

  it('rewrites with a fresh session, destroys it, and keeps the draft when the model answers nothing usable', async () => {
    const destroy = vi.fn();
    const answers = ['  Thanks so much, Ana, for sharing it!  ', ''];
    const scope = {
      LanguageModel: {
        availability: async () => 'available',
        create: vi.fn(async () => ({ prompt: async () => answers.shift()!, destroy })),
      },
    };
    const rewrite = (await onDeviceRewriter(scope))!;
    expect(await rewrite('Thanks @ana for sharing!')).toBe('Thanks so much, Ana, for sharing it!');
    expect(await rewrite('Thanks @ana for sharing!')).toBe('Thanks @ana for sharing!');
    expect(destroy).toHaveBeenCalledTimes(2);
  });
});

describe('insertIntoEditor', () => {
  it('fills a plain text field through its native setter and tells the page with an input event', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    const seen: string[] = [];
    field.addEventListener('input', () => seen.push(field.value));
    expect(insertIntoEditor(field, 'Why do you say that?')).toBe(true);
    expect(seen).toEqual(['Why do you say that?']);
  });

  it('adds to a rich editor as typed text, never as markup', () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    document.body.append(editor);
    expect(insertIntoEditor(editor, '<b>hi</b> @ana')).toBe(true);
    expect(editor.textContent).toContain('<b>hi</b> @ana');
    expect(editor.querySelector('b')).toBeNull();
  });
});
