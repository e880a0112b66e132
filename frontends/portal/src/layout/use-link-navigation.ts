import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * Remotes render plain <a href="/families/…"> links (they know nothing of the
 * portal's router); clicks on links within the portal are routed here instead
 * of reloading the page. Modified clicks still open new tabs as usual.
 */
export function useLinkNavigation() {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element).closest?.('a');
      if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.hash)) return;
      event.preventDefault();
      navigate(url.pathname + url.search + url.hash);
    },
    [navigate],
  );
}
