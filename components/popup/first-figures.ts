import { t } from '@/lib/i18n/messages';
import { formatNumber } from '@/lib/model/format';
import { h } from '@/lib/overlay/h';
import { HEADLINE_FIGURES, type Summary } from '@/lib/popup/summary';

/**
 * The popup's headline figures in plain DOM, drawn before React has loaded (React and the rest of the popup take
 * most of the popup's first 100 ms to load). Same classes and test ids as the React popup, which replaces this
 * with the same figures once it starts.
 */
export function showFirstFigures(root: HTMLElement, summary: Summary): void {
  const figures = HEADLINE_FIGURES.map((figure) =>
    h('div', { class: 'figure', title: t(figure.hint) }, h('dt', {}, t(figure.label)), h('dd', { 'data-testid': figure.testId }, formatNumber(summary[figure.id]))),
  );
  root.replaceChildren(h('main', { class: 'popup' }, h('header', {}, h('h1', {}, t('extName'))), h('dl', { class: 'figures' }, ...figures)));
}
