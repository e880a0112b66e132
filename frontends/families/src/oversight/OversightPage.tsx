import { Button, Select } from '@hearth/ui';
import { useState, type FormEvent } from 'react';
import { STALE_AFTER_WEEKS } from '../caseload/contact-words.ts';
import type { Viewer } from '../viewer.ts';
import { OversightArea } from './OversightArea.tsx';

const WEEK_CHOICES = [2, 4, 6, 8, 12, 26];

/** Choose one of the co-ordinator's areas, and how long without contact counts as too long. */
export function OversightPage({ viewer, familyHref }: { viewer: Viewer; familyHref: (id: string) => string }) {
  const [chosen, setChosen] = useState({ area: viewer.areas[0] ?? '', weeks: STALE_AFTER_WEEKS });
  const [shown, setShown] = useState(chosen);
  if (viewer.areas.length === 0) return <p className="govuk-body">You oversee no areas, so there are no caseloads to show. Ask a manager to add your areas.</p>;
  const show = (event: FormEvent) => {
    event.preventDefault();
    setShown(chosen);
  };
  return (
    <>
      <form noValidate onSubmit={show} className="govuk-!-margin-bottom-6" aria-label="Choose the area">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Select id="oversight-area" label="Area" options={viewer.areas.map((area) => ({ value: area, label: area }))} value={chosen.area} onChange={(event) => setChosen({ ...chosen, area: event.target.value })} />
          </div>
          <div className="govuk-grid-column-one-half">
            <Select
              id="oversight-weeks"
              label="No contact counts as stale after"
              options={WEEK_CHOICES.map((weeks) => ({ value: String(weeks), label: `${weeks} weeks` }))}
              value={String(chosen.weeks)}
              onChange={(event) => setChosen({ ...chosen, weeks: Number(event.target.value) })}
            />
          </div>
        </div>
        <Button type="submit" variant="secondary">
          Show caseloads
        </Button>
      </form>
      <OversightArea key={`${shown.area}|${shown.weeks}`} area={shown.area} weeks={shown.weeks} familyHref={familyHref} />
    </>
  );
}
