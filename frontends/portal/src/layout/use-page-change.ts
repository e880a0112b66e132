import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A single-page app must do what a page load does for free: after moving to
 * another page, focus goes to the main content so a screen reader starts
 * reading the new page, not the old link.
 */
export function usePageChangeFocus(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main-content')?.focus();
  }, [pathname]);
}

/** Set with the page's content (a layout effect), so the title never lags behind the heading a user or test sees. */
export function usePageTitle(title: string): void {
  useLayoutEffect(() => {
    document.title = `${title} – Hearth`;
  }, [title]);
}
