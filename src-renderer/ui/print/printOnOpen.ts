import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { usePrint, type PrintRequest } from './usePrint';

/**
 * Navigation options for a button that says 打印 and opens a printable view: the view prints itself once
 * its sheet is on screen. `navigate(path, PRINT_ON_OPEN)` or `<Link to={path} state={PRINT_ON_OPEN.state}>`.
 */
export const PRINT_ON_OPEN = { state: { printOnOpen: true } } as const;

function asksToPrint(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { printOnOpen?: unknown }).printOnOpen === true;
}

/**
 * Prints once when the view was opened with PRINT_ON_OPEN and `ready` (the sheet is rendered with its
 * data). The request is taken off the history entry first, so going back to this view or reloading it
 * shows the sheet without printing it again.
 */
export function usePrintOnOpen(ready: boolean, request: PrintRequest): void {
  const location = useLocation();
  const navigate = useNavigate();
  const { print } = usePrint();
  const printedFor = useRef<string | null>(null);
  const wanted = asksToPrint(location.state);
  const { suggestedName, landscape } = request;

  useEffect(() => {
    if (!wanted || !ready || printedFor.current === location.key) return;
    printedFor.current = location.key;
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    // Fonts first: a dialog opened before the CJK font has loaded would lay the sheet out in a fallback.
    void document.fonts.ready.then(() => print({ suggestedName, ...(landscape === undefined ? {} : { landscape }) }));
  }, [wanted, ready, location, navigate, print, suggestedName, landscape]);
}
