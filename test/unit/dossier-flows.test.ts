import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/domain/dates.ts';
import { CHANNELS, contributions, localDateOf, reportFromFlows, resolution, type DossierDates } from '../../src/shared/domain/dossier-flows.ts';

/** The report computed the plain way, dossier by dossier: the oracle for the flows. */
function direct(dossiers: DossierDates[], from: string, to: string) {
  let carriedOver = 0, online = 0, direct = 0, postal = 0, early = 0, onTime = 0, late = 0, withdrawn = 0, pending = 0, overdue = 0;
  for (const d of dossiers) {
    const closed = d.closed === null ? null : d.closed < d.received ? d.received : d.closed;
    if (d.received < from && (closed === null || closed >= from)) carriedOver++;
    if (d.received >= from && d.received <= to) {
      if (d.channel === 'online') online++;
      else if (d.channel === 'direct') direct++;
      else postal++;
    }
    if (closed !== null && closed >= from && closed <= to) {
      const r = resolution({ ...d, closed });
      if (r === 'early') early++;
      else if (r === 'onTime') onTime++;
      else if (r === 'late') late++;
      else withdrawn++;
    }
    if (d.received <= to && (closed === null || closed > to)) {
      pending++;
      if (to > d.due) overdue++;
    }
  }
  return { carriedOver, online, direct, postal, early, onTime, late, withdrawn, pending, overdue };
}

const day = fc.integer({ min: 0, max: 120 }).map((n) => addDays('2024-01-01', n));
const dossier: fc.Arbitrary<DossierDates> = fc
  .record({ channel: fc.constantFrom(...CHANNELS), received: day, dueIn: fc.integer({ min: -3, max: 30 }), closeIn: fc.option(fc.integer({ min: -2, max: 60 }), { nil: null }), withdrawn: fc.boolean() })
  .map((r) => ({
    channel: r.channel,
    received: r.received,
    due: addDays(r.received, r.dueIn),
    closed: r.closeIn === null ? null : addDays(r.received, r.closeIn),
    outcome: r.closeIn === null ? null : r.withdrawn ? 'withdrawn' : 'resolved',
  }));
const period = fc.tuple(day, fc.integer({ min: 0, max: 60 })).map(([from, len]) => [from, addDays(from, len)] as const);

describe('dossier statistics from daily flows', () => {
  it('equal the dossier-by-dossier count for any dossiers and any period', () => {
    fc.assert(
      fc.property(fc.array(dossier, { maxLength: 60 }), period, (dossiers, [from, to]) => {
        const r = reportFromFlows(dossiers.flatMap(contributions), from, to);
        const d = direct(dossiers, from, to);
        expect(r.received).toEqual({ total: d.carriedOver + d.online + d.direct + d.postal, carriedOver: d.carriedOver, online: d.online, direct: d.direct, postal: d.postal });
        expect(r.resolved).toEqual({ total: d.early + d.onTime + d.late, early: d.early, onTime: d.onTime, late: d.late });
        expect(r.pending).toEqual({ total: d.pending, inTime: d.pending - d.overdue, overdue: d.overdue });
        expect(r.withdrawn).toBe(d.withdrawn);
      }),
      { numRuns: 400 },
    );
  });

  it('keep the identity received = resolved + pending + withdrawn, and next period carries over this one’s pending', () => {
    fc.assert(
      fc.property(fc.array(dossier, { maxLength: 60 }), period, (dossiers, [from, to]) => {
        const flows = dossiers.flatMap(contributions);
        const r = reportFromFlows(flows, from, to);
        expect(r.received.total).toBe(r.resolved.total + r.pending.total + r.withdrawn);
        expect(reportFromFlows(flows, addDays(to, 1), addDays(to, 30)).received.carriedOver).toBe(r.pending.total);
        expect(r.pending.overdue).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  it('splits early, on time and late at the promised day', () => {
    const base = { channel: 'online' as const, received: '2024-03-01', due: '2024-03-10', outcome: 'resolved' as const };
    expect(resolution({ ...base, closed: '2024-03-09' })).toBe('early');
    expect(resolution({ ...base, closed: '2024-03-10' })).toBe('onTime');
    expect(resolution({ ...base, closed: '2024-03-11' })).toBe('late');
    const open = reportFromFlows(contributions({ ...base, closed: null, outcome: null }), '2024-03-01', '2024-03-10');
    expect(open.pending).toEqual({ total: 1, inTime: 1, overdue: 0 });
    expect(reportFromFlows(contributions({ ...base, closed: null, outcome: null }), '2024-03-01', '2024-03-11').pending.overdue).toBe(1);
  });

  it('reads timestamps as local days in the configured zone', () => {
    expect(localDateOf('2024-03-01T17:30:00Z', 'Asia/Ho_Chi_Minh')).toBe('2024-03-02'); // 00:30 the next day in Vietnam
    expect(localDateOf('2024-03-01T23:30:00', 'Asia/Ho_Chi_Minh')).toBe('2024-03-01'); // no offset: already local
    expect(localDateOf('2024-03-01', 'Asia/Vientiane')).toBe('2024-03-01');
    expect(localDateOf('2024-03-01T10:00:00+07:00', 'UTC')).toBe('2024-03-01');
    expect(localDateOf('01/03/2024', 'UTC')).toBeNull();
  });
});
