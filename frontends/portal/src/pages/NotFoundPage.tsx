import { usePageTitle } from '../layout/use-page-change.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-xl">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <a className="govuk-link" href="/">
          Go to the start page
        </a>
      </p>
    </>
  );
}
