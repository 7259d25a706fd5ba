import { useEffect, useRef, type ReactNode } from 'react';

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
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
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
