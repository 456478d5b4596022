/**
 * The element of the expanded panel, and of the notice that stands in for it while its code loads: its own module,
 * so the content script can take FeedCoach's UI off a page without bundling the panel (lib/panel-kit/).
 */
export const PANEL_TAG = 'feedcoach-panel';
