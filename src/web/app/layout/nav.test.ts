import { describe, expect, it } from 'vitest';
import { headerEntries, NAV_ITEMS } from './nav.ts';

describe('headerEntries', () => {
  it('lists pages in order and each menu once, where its first page is', () => {
    const entries = headerEntries(NAV_ITEMS).map((e) => (e.kind === 'link' ? e.item.id : `${e.menu}: ${e.items.map((i) => i.id).join(', ')}`));
    expect(entries).toEqual([
      'nav.dashboard',
      'nav.plans',
      'nav.tasks',
      'oneStop: nav.dossiers, nav.procedureTimes, nav.targets, nav.serviceIndex, nav.procedures, nav.dossierImport, nav.dossierOfficials',
      'assessments: nav.assessmentRounds, nav.frameworks, nav.standings, nav.surveys',
      'steering: nav.followed, nav.committees, nav.followUps, nav.followUpStatistics, nav.meetings, nav.inspections',
      'reports: nav.reporting, nav.consolidated, nav.apparatus, nav.positions, nav.publication',
      'nav.units',
      'admin: nav.kinds, nav.users, nav.audit, nav.tokens, nav.jobs',
    ]);
  });

  it('leaves out a menu whose pages the reader may not open', () => {
    const unitsOnly = NAV_ITEMS.filter((i) => !i.permission);
    expect(headerEntries(unitsOnly)).toEqual([{ kind: 'link', item: NAV_ITEMS.find((i) => i.id === 'nav.units') }]);
  });
});
