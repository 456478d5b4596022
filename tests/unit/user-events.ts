/**
 * What the user does, as the browser reports it: marked trusted. FeedCoach acts only on trusted events, and
 * happy-dom marks none, so a test that plays the user marks its events here (a page cannot: in a browser
 * `isTrusted` is an unforgeable own property).
 */
export const byUser = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });

export const userClick = (target: Element): boolean => target.dispatchEvent(byUser(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));

export const userKey = (key: string, init: KeyboardEventInit = {}): KeyboardEvent => byUser(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
