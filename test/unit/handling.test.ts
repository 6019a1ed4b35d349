import { describe, expect, it } from 'vitest';
import { handlingFigures, summariseHandling, type HandlingGroup } from '../../src/shared/domain/handling.ts';

const g = (source: string, id: string | null, name: string | null, procedureCode: string, resolved: number, resolvedLate: number, overdue: number, apologies: number): HandlingGroup => ({
  official: { source, id, name },
  procedureCode,
  resolved,
  resolvedLate,
  overdue,
  apologies,
});

describe('handling figures', () => {
  it('counts resolved-late and overdue dossiers as late and the apology rate among them, half-up', () => {
    expect(handlingFigures({ resolved: 10, resolvedLate: 2, overdue: 1, apologies: 2 })).toEqual({ resolved: 10, resolvedLate: 2, overdue: 1, late: 3, apologies: 2, apologyRate: 66.67 });
    expect(handlingFigures({ resolved: 4, resolvedLate: 0, overdue: 0, apologies: 0 }).apologyRate).toBe(0);
  });

  it('sums per official (the source and its id), per procedure and overall; most late first, no official last', () => {
    const s = summariseHandling([
      g('hcc', 'CB01', 'Nguyễn Văn An', '1.001', 5, 1, 0, 1),
      g('hcc', 'CB01', 'Nguyễn Văn An', '2.002', 3, 0, 2, 0),
      g('hcc', 'CB02', 'Trần Thị Bình', '1.001', 7, 0, 0, 0),
      // the same id in another system is another person
      g('other', 'CB01', null, '1.001', 1, 1, 0, 1),
      g('hcc', null, null, '?', 2, 2, 1, 0),
    ]);
    expect(s.byOfficial.map((o) => [o.official.source, o.official.id, o.official.name, o.figures.late, o.figures.apologies, o.figures.apologyRate])).toEqual([
      ['hcc', 'CB01', 'Nguyễn Văn An', 3, 1, 33.33],
      ['other', 'CB01', null, 1, 1, 100],
      ['hcc', 'CB02', 'Trần Thị Bình', 0, 0, 0],
      ['hcc', null, null, 3, 0, 0],
    ]);
    expect(s.byProcedure.map((p) => [p.code, p.figures.resolved, p.figures.resolvedLate, p.figures.overdue])).toEqual([
      ['?', 2, 2, 1],
      ['1.001', 13, 2, 0],
      ['2.002', 3, 0, 2],
    ]);
    expect(s.total).toEqual({ resolved: 18, resolvedLate: 4, overdue: 3, late: 7, apologies: 2, apologyRate: 28.57 });
  });
});
