import { describe, expect, it } from 'vitest';
import { findingFixed, inspectionFigures, remedyOverdue, type FindingOnDay } from '../../src/shared/domain/inspections.ts';

const resolved = { status: 'resolved', deadline: '2024-03-31' };
const assigned = (deadline: string | null) => ({ status: 'assigned', deadline });

describe('inspection figures', () => {
  it('fixes a finding only when it has remedies and every one is resolved', () => {
    expect(findingFixed([])).toBe(false);
    expect(findingFixed([resolved, assigned('2024-06-30')])).toBe(false);
    expect(findingFixed([resolved, resolved])).toBe(true);
    // A remedy not raised yet on the day (null) leaves the finding open.
    expect(findingFixed([resolved, null])).toBe(false);
    expect(findingFixed([{ status: 'declined', deadline: null }])).toBe(false);
  });

  it('calls a remedy overdue on the day after its deadline while it is open, never once closed or without a deadline', () => {
    expect(remedyOverdue(assigned('2024-03-31'), '2024-03-31')).toBe(false);
    expect(remedyOverdue(assigned('2024-03-31'), '2024-04-01')).toBe(true);
    expect(remedyOverdue(assigned(null), '2030-01-01')).toBe(false);
    expect(remedyOverdue({ status: 'resolved', deadline: '2024-03-31' }, '2024-04-01')).toBe(false);
    expect(remedyOverdue({ status: 'declined', deadline: '2024-03-31' }, '2024-04-01')).toBe(false);
    expect(remedyOverdue(null, '2024-04-01')).toBe(false);
  });

  it('counts findings made by the day, fixed, open and overdue, by topic', () => {
    const findings: FindingOnDay[] = [
      { topic: 'recruitment', madeOn: '2023-12-01', remedies: [resolved] },
      { topic: 'recruitment', madeOn: '2023-12-01', remedies: [assigned('2024-03-31')] },
      { topic: 'rank_promotion', madeOn: '2023-12-01', remedies: [assigned('2024-06-30'), resolved] },
      { topic: 'rank_promotion', madeOn: '2023-12-01', remedies: [] },
      { topic: 'par', madeOn: '2024-05-01', remedies: [resolved] },
    ];
    expect(inspectionFigures(findings, '2024-04-15')).toEqual({
      findings: 4,
      fixed: 1,
      open: 3,
      overdue: 1,
      byTopic: { recruitment: { findings: 2, fixed: 1 }, rank_promotion: { findings: 2, fixed: 0 } },
    });
    expect(inspectionFigures(findings, '2024-07-01')).toMatchObject({ findings: 5, fixed: 2, open: 3, overdue: 2 });
  });
});
