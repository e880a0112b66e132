/** The first thing a keyboard user reaches: straight past the header to the page's content. */
export function SkipLink({ targetId = 'main-content' }: { targetId?: string }) {
  return (
    <a href={`#${targetId}`} className="govuk-skip-link">
      Skip to main content
    </a>
  );
}
