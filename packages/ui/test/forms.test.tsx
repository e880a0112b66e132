import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../src/components/ErrorSummary.tsx';
import { toIsoDate } from '../src/forms/DateInput.tsx';
import { Select } from '../src/forms/Select.tsx';
import { TextInput } from '../src/forms/TextInput.tsx';
import { stylesForShadowRoot } from '../src/shadow.ts';

describe('toIsoDate', () => {
  it('accepts a real calendar date and pads it', () => {
    expect(toIsoDate({ day: '7', month: '3', year: '1985' })).toBe('1985-03-07');
    expect(toIsoDate({ day: '29', month: '2', year: '2024' })).toBe('2024-02-29');
  });

  it('refuses dates that do not exist and partial answers', () => {
    expect(toIsoDate({ day: '29', month: '2', year: '2023' })).toBeNull();
    expect(toIsoDate({ day: '31', month: '4', year: '1990' })).toBeNull();
    expect(toIsoDate({ day: '1', month: '1', year: '85' })).toBeNull();
    expect(toIsoDate({ day: '', month: '1', year: '1985' })).toBeNull();
  });
});

describe('form fields', () => {
  it('tie their hint and error to the input for screen readers', () => {
    render(<TextInput id="postcode" label="Postcode" hint="For example, S60 1AE" error="Enter a real postcode" />);
    const input = screen.getByLabelText('Postcode');
    expect(input).toHaveAccessibleDescription('For example, S60 1AE Error: Enter a real postcode');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('an error summary takes focus and links each message to its field', () => {
    render(<ErrorSummary errors={[{ fieldId: 'postcode', text: 'Enter a real postcode' }]} />);
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Enter a real postcode' })).toHaveAttribute('href', '#postcode');
  });

  it('a select can put its choices under headings, after the placeholder', () => {
    render(
      <Select
        id="indicator"
        label="Indicator"
        placeholder="Choose an indicator"
        groups={[
          { label: 'Domestic abuse', options: [{ value: 'DA_MARAC_REFERRAL', label: 'Referred to MARAC' }] },
          { label: 'Health', options: [{ value: 'HEALTH_MENTAL_HEALTH', label: 'Mental health' }] },
        ]}
      />,
    );
    const select = screen.getByLabelText('Indicator');
    expect([...select.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['Choose an indicator', 'Referred to MARAC', 'Mental health']);
    expect(screen.getByRole('group', { name: 'Domestic abuse' })).toContainElement(screen.getByRole('option', { name: 'Referred to MARAC' }));
  });
});

describe('stylesForShadowRoot', () => {
  it('moves custom properties from :root to :host, where a shadow tree can see them', () => {
    expect(stylesForShadowRoot(':root{--govuk-brand-colour:#1d70b8}.govuk-link{color:var(--govuk-link-colour)}')).toBe(
      ':host{--govuk-brand-colour:#1d70b8}.govuk-link{color:var(--govuk-link-colour)}',
    );
  });
});

describe('formatDate', () => {
  it('writes dates the GOV.UK way and leaves a bare year alone', async () => {
    const { formatDate } = await import('../src/format.ts');
    expect(formatDate('1974-10-29')).toBe('29 October 1974');
    expect(formatDate('2026-01-18T09:30:00.000Z')).toBe('18 January 2026');
    expect(formatDate('1974')).toBe('1974');
  });
});
