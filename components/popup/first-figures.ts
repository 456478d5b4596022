import { formatNumber } from '@/lib/model/format';
import { HEADLINE_FIGURES, type Summary } from '@/lib/popup/summary';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string | undefined, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
};

/**
 * The popup's headline figures in plain DOM, drawn before React has loaded (React and the rest of the popup take
 * most of the popup's first 100 ms to load). Same classes and test ids as the React popup, which replaces this
 * with the same figures once it starts.
 */
export function showFirstFigures(root: HTMLElement, summary: Summary): void {
  const figures = element('dl', 'figures');
  for (const figure of HEADLINE_FIGURES) {
    const value = element('dd', undefined, formatNumber(summary[figure.id]));
    value.dataset.testid = figure.testId;
    const box = element('div', 'figure', element('dt', undefined, figure.label), value);
    box.title = figure.hint;
    figures.append(box);
  }
  root.replaceChildren(element('main', 'popup', element('header', undefined, element('h1', undefined, 'FeedCoach')), figures));
}
