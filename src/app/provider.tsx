import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorBoundary } from '@/components/ui/error-boundary';

function CrashMessage({ error }: { readonly error: Error }) {
  return (
    <main className="page crash" role="alert">
      <h1>Something went wrong</h1>
      <p>
        XKS Planner hit an unexpected problem and cannot show this page. Nothing you entered was
        sent anywhere. Reload the page to start again.
      </p>
      <p>
        Details: <code>{error.message}</code>
      </p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </main>
  );
}

/** Everything the app needs around it: the query cache and a last-resort error message. */
export function AppProvider({ children }: { readonly children: ReactNode }) {
  // One cache for the lifetime of the page, created once even under StrictMode re-renders.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <ErrorBoundary fallback={(error) => <CrashMessage error={error} />}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ErrorBoundary>
  );
}
