import type { ReactNode } from 'react';

/**
 * A link that opens in a new tab, so following a documentation link never loses what the user
 * typed; says so in words for screen readers and with an arrow for everyone else.
 */
export function ExternalLink({
  href,
  children,
}: {
  readonly href: string;
  readonly children: ReactNode;
}) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
