/** Announced politely to screen readers, so waiting is not silent. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="govuk-body govuk-hint" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}
