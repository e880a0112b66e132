import { useEffect, useRef } from 'react';
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

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Hearth`;
  }, [title]);
}
