import { useCallback, useState } from 'react';

/**
 * Below antd's "lg" breakpoint (992 px: a 1366 px screen at 150–200% zoom, or a half-width window)
 * the navigation folds away so the working screen keeps the width; the planner opens it with
 * the toggle and it folds again once a screen is chosen.
 */
export const NAV_BREAKPOINT = 'lg';
const NARROW_QUERY = '(max-width: 991.98px)';

function startsNarrow(): boolean {
  return globalThis.matchMedia?.(NARROW_QUERY).matches ?? false;
}

export interface CollapsibleNav {
  narrow: boolean;
  collapsed: boolean;
  toggle(): void;
  /** For the Sider's onBreakpoint: crossing the breakpoint resets the fold to the width's default. */
  onBreakpoint(broken: boolean): void;
  /** After a screen is chosen: on a narrow window the navigation steps aside again. */
  afterNavigate(): void;
}

export function useCollapsibleNav(): CollapsibleNav {
  const [narrow, setNarrow] = useState(startsNarrow);
  const [collapsed, setCollapsed] = useState(startsNarrow);
  const toggle = useCallback(() => setCollapsed((c) => !c), []);
  const onBreakpoint = useCallback((broken: boolean) => {
    setNarrow(broken);
    setCollapsed(broken);
  }, []);
  const afterNavigate = useCallback(() => {
    if (narrow) setCollapsed(true);
  }, [narrow]);
  return { narrow, collapsed: narrow && collapsed, toggle, onBreakpoint, afterNavigate };
}
