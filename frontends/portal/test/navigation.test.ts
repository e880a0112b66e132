import { describe, expect, it } from 'vitest';
import { familiesHomeFor, navigationFor } from '../src/layout/navigation.ts';

const texts = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role, '/').map((item) => item.text);

describe('navigationFor', () => {
  it('puts a lead worker’s caseload first, then the families, search and the programme’s catalogues, marking where they are', () => {
    const items = navigationFor('LEAD_WORKER', '/families/family-1');
    expect(items.map((item) => item.text)).toEqual(['My caseload', 'Families', 'Search', 'Headline problems', 'Intervention models', 'Outcomes Plan']);
    expect(items.find((item) => item.current)?.href).toBe('/families');
  });

  it('offers co-ordinators and managers the oversight of caseloads, and lead workers do not get it', () => {
    expect(texts('COORDINATOR')[0]).toBe('Oversight');
    expect(texts('MANAGER')[0]).toBe('Oversight');
    expect(texts('LEAD_WORKER')).not.toContain('Oversight');
    expect(texts('COORDINATOR')).not.toContain('My caseload');
  });

  it('offers a partner agency worker its own families and the search instead of the council’s list', () => {
    expect(texts('PARTNER')).toContain('Your agency’s families');
    expect(texts('PARTNER')).toContain('Search');
    expect(texts('PARTNER')).not.toContain('Families');
    expect(familiesHomeFor('PARTNER').href).toBe('/search');
  });

  it('offers analysts, managers and co-ordinators the programme figures, and lead workers and partners do not get them', () => {
    expect(texts('ANALYST')).toEqual(['Families', 'Programme figures', 'Search', 'Headline problems', 'Intervention models', 'Outcomes Plan']);
    for (const role of ['MANAGER', 'COORDINATOR'] as const) expect(texts(role), role).toContain('Programme figures');
    for (const role of ['LEAD_WORKER', 'PARTNER'] as const) expect(texts(role), role).not.toContain('Programme figures');
    const items = navigationFor('ANALYST', '/figures');
    expect(items.find((item) => item.text === 'Programme figures')).toEqual({ href: '/figures', text: 'Programme figures', current: true });
    expect(items.filter((item) => item.current)).toHaveLength(1);
  });

  it('offers everyone the search', () => {
    for (const role of ['LEAD_WORKER', 'COORDINATOR', 'MANAGER', 'PARTNER', 'ANALYST'] as const) expect(texts(role)).toContain('Search');
  });

  it('offers nothing before sign-in', () => {
    expect(navigationFor(undefined, '/sign-in')).toEqual([]);
  });
});
