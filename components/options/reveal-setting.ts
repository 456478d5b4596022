import { useEffect } from 'react';

/**
 * Scrolls to and focuses the setting the page's address names ("options.html#weight-followersPerSharer", the
 * panel's "Change it in Settings"). The browser's own jump to the anchor happens when the page loads, before the
 * settings are read and their form rendered, so it finds nothing: this runs once the form is there, and again when
 * the address's anchor changes.
 */
export function useRevealSettingFromAddress(formRendered: boolean): void {
  useEffect(() => {
    if (!formRendered) return;
    const reveal = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (!target) return;
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    };
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, [formRendered]);
}
