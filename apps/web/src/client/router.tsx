import { type MouseEvent, type ReactNode, useEffect, useState } from 'react';

/** Goes to a client route; `state` travels with it (an imported draft, for example). */
export function navigate(to: string, state?: unknown): void {
  window.history.pushState(state ?? null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate', { state: state ?? null }));
}

/** The current path and history state, re-rendering on navigation. */
const read = () => ({ path: window.location.pathname, state: window.history.state as unknown });

export function useLocation(): { path: string; state: unknown } {
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const on = () => setLoc(read());
    window.addEventListener('popstate', on);
    return () => window.removeEventListener('popstate', on);
  }, []);
  return loc;
}

export function Link({
  to,
  children,
  className,
  testId,
}: {
  to: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className} data-testid={testId}>
      {children}
    </a>
  );
}
