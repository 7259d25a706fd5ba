import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** Props of {@link Modal}. */
export interface ModalProps {
  title: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
  /** Closing with Escape is refused while true (e.g. a decision is required). */
  required?: boolean;
}

/** A native modal <dialog>: focus stays inside, Escape closes, the title labels it. */
export function Modal({ title, testId, onClose, children, required }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // A layout effect, so the cleanup runs while the dialog is still in the
  // document: closed there, it hands the focus back to where it was when the
  // dialog opened (the draft, usually). Closed after its removal, the focus
  // fell to <body>.
  useLayoutEffect(() => {
    const d = ref.current;
    const opener = document.activeElement;
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
      if (opener instanceof HTMLElement && opener.isConnected && !isInsideOtherDialog(opener, d)) {
        if (
          document.activeElement === document.body ||
          document.activeElement === null ||
          d?.contains(document.activeElement)
        )
          opener.focus({ preventScroll: true });
      }
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dg-modal"
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
      onCancel={(e) => {
        e.preventDefault();
        if (!required) onClose();
      }}
    >
      <h2 id={`${testId}-title`}>{title}</h2>
      {children}
    </dialog>
  );
}

/** Whether `el` sits in a dialog other than `own` (whose closing must not steal the focus back). */
function isInsideOtherDialog(el: HTMLElement, own: HTMLDialogElement | null): boolean {
  const dialog = el.closest('dialog');
  return dialog !== null && dialog !== own && !dialog.open;
}
