import type { SavedPlan } from '../plan-storage';

/** Another tab saved a different plan: this tab stopped saving until the user chooses. */
export function ConflictBanner({
  conflict,
  onLoadTheirs,
  onKeepMine,
}: {
  readonly conflict: SavedPlan;
  readonly onLoadTheirs: () => void;
  readonly onKeepMine: () => void;
}) {
  const when = new Date(conflict.savedAt).toLocaleTimeString();
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        <strong>This plan was changed in another tab</strong> (saved at {when}). This tab has
        stopped saving so that neither version is lost.
      </p>
      <div className="banner-actions">
        <button type="button" className="button" onClick={onLoadTheirs}>
          Load the other tab’s plan
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          Keep this tab’s plan (replaces the other)
        </button>
      </div>
    </div>
  );
}
