import { PlanCheckPage } from '@/features/plan-check/plan-check-page';

export function App() {
  return (
    <>
      <header className="site-header">
        <div className="page">
          <h1>XKS Planner</h1>
          <p className="tagline">
            Plan an AWS KMS external key store (XKS) and check it against every documented AWS
            requirement before you create anything in AWS.
          </p>
        </div>
      </header>
      <main className="page">
        <PlanCheckPage />
      </main>
      <footer className="site-footer">
        <div className="page">
          <p>
            Checks run in your browser: nothing you type or paste is sent anywhere. XKS Planner is
            not an AWS service; the AWS documentation linked from each finding is the authority.
          </p>
        </div>
      </footer>
    </>
  );
}
