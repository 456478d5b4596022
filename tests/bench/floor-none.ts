/**
 * The `none` floor's content script (tests/bench/floor.ts): empty. What is left is the extension being there: its
 * injected stylesheet, its isolated world, its background.
 */
export function startFloor(): void {}
