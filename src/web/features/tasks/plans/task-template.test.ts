import { describe, expect, it } from 'vitest';
import { taskTemplateCsv } from './task-template.ts';

describe('task import template', () => {
  it('has the importer’s header and one example row, quoting commas', () => {
    const csv = taskTemplateCsv({ planCode: 'KH-2025', taskCode: 'KH-2025-01', title: 'Rà soát, đơn giản hóa TTHC', ownerUnitCode: 'H99.02', description: 'Mô tả' });
    const [header, row, rest] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('plan_code,code,title,owner_unit_code,deadline,start_date,area,key,completed_on,description,supervisor');
    expect(row).toMatch(/^KH-2025,KH-2025-01,"Rà soát, đơn giản hóa TTHC",H99\.02,\d{4}-12-15,\d{4}-01-15,administrative_procedures,yes,,Mô tả,$/);
    expect(rest).toBe('');
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });
});
