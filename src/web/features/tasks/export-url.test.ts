import { describe, expect, it } from 'vitest';
import { exportUrl } from './api.ts';
import { newestFirst } from './notifications/api.ts';

describe('exportUrl', () => {
  it('asks for XLSX with the page’s filters, flags only when set, in the page’s language', () => {
    expect(exportUrl('/api/tasks/export', { plan: 'KH-2025', unit: 'H99.02', descendants: true, area: 'institutions', keyOnly: true }, 'vi')).toBe(
      '/api/tasks/export?plan=KH-2025&unit=H99.02&descendants=true&area=institutions&keyOnly=true&format=xlsx&locale=vi',
    );
    expect(exportUrl('/api/task-statistics/export', { keyOnly: false, asOf: '2025-06-30' }, 'lo')).toBe('/api/task-statistics/export?asOf=2025-06-30&format=xlsx&locale=lo');
    expect(exportUrl('/api/tasks/export', {}, 'th')).toBe('/api/tasks/export?format=xlsx&locale=th');
  });
});

describe('newestFirst', () => {
  it('orders reminders by when they were given, newest first', () => {
    const at = (id: number, createdAt: string) => ({ id, kind: 'overdue' as const, deadline: '2025-01-01', createdAt, readAt: null, task: { id, planCode: 'P', code: `T${id}`, title: {}, ownerUnitCode: 'U' }, report: null });
    expect(newestFirst([at(1, '2025-01-01T00:00:00.000Z'), at(3, '2025-01-02T00:00:00.000Z'), at(2, '2025-01-02T00:00:00.000Z')]).map((n) => n.id)).toEqual([3, 2, 1]);
  });
});
