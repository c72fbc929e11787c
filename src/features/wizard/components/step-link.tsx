import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '@/lib/history';
import { stepPath, type StepId } from '../step-ids';

/** Follows a same-page link with the client-side router; new-tab clicks keep the browser's way. */
export function followLink(event: MouseEvent<HTMLAnchorElement>, path: string): void {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(path);
}

/** A real link to a wizard step. */
export function StepLink({
  step,
  children,
  ...link
}: {
  readonly step: StepId;
  readonly children: ReactNode;
  readonly 'aria-current'?: 'step';
}) {
  const href = stepPath(step);
  return (
    <a href={href} onClick={(event) => followLink(event, href)} {...link}>
      {children}
    </a>
  );
}
