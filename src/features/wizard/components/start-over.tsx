import { useRef } from 'react';

/** "Start over" asks before it discards the plan. */
export function StartOver({ onConfirm }: { readonly onConfirm: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => dialog.current?.showModal()}>
        Start over
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="start-over-heading">
        <h2 id="start-over-heading">Start over with an empty plan?</h2>
        <p>
          This discards the plan in this browser. Download or share it first if you want to keep it.
        </p>
        <div className="dialog-actions">
          {/* The dialog focuses its first button on opening: the choice that keeps the plan. */}
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Keep my plan
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            Discard and start over
          </button>
        </div>
      </dialog>
    </>
  );
}
