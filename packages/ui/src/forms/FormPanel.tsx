import { Button } from '../components/Button.tsx';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A form that opens in place from a button ("Add case note"): focus moves to
 * its heading when it opens, and back to the button when it is cancelled, so
 * a keyboard user is never left stranded.
 */
export function useFormPanel() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const show = useCallback(() => setOpen(true), []);
  const cancel = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  }, []);
  /** After a successful submit: the success banner takes focus instead. */
  const close = useCallback(() => setOpen(false), []);
  return { open, opener, show, cancel, close };
}

export function OpenFormButton({ panel, controls, children }: { panel: ReturnType<typeof useFormPanel>; controls: string; children: ReactNode }) {
  if (panel.open) return null;
  return (
    <Button variant="secondary" ref={panel.opener} aria-controls={controls} aria-expanded={false} onClick={panel.show}>
      {children}
    </Button>
  );
}

export function FormPanel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div id={id} className="hearth-form-panel">
      <h3 className="govuk-heading-m" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {children}
    </div>
  );
}

export function SubmitButtons({ submitting, label, busyLabel, onCancel }: { submitting: boolean; label: string; busyLabel: string; onCancel: () => void }) {
  return (
    <div className="govuk-button-group">
      <Button type="submit" disabled={submitting}>
        {submitting ? busyLabel : label}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

export interface FormInPlaceActions<T> {
  /** The form did its work: the panel closes and the section hears the outcome (its success banner takes focus). */
  done: (outcome: T) => void;
  /** The worker changed their mind: the panel closes and focus goes back to the button. */
  cancel: () => void;
}

export interface FormInPlaceProps<T> {
  /** The id of the panel the button controls. */
  id: string;
  /** The button's words, and the panel's heading unless `title` says otherwise. */
  label: string;
  title?: string;
  onDone: (outcome: T) => void;
  children: (actions: FormInPlaceActions<T>) => ReactNode;
}

/** The GOV.UK-style "button, then the form in place" that every section uses to record something. */
export function FormInPlace<T = string>({ id, label, title = label, onDone, children }: FormInPlaceProps<T>) {
  const panel = useFormPanel();
  const done = (outcome: T) => {
    panel.close();
    onDone(outcome);
  };
  return (
    <>
      <OpenFormButton panel={panel} controls={id}>
        {label}
      </OpenFormButton>
      {panel.open && (
        <FormPanel id={id} title={title}>
          {children({ done, cancel: panel.cancel })}
        </FormPanel>
      )}
    </>
  );
}
