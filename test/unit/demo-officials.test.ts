import { describe, expect, it } from 'vitest';
import { demoOfficialsOf } from '../../src/server/features/dossiers/seeds/demo-officials.ts';

describe('the demo handling officials', () => {
  it('gives each unit three to five distinct officials, the same on every run, numbered as a one-stop system does', () => {
    const x05 = demoOfficialsOf('H99.X05');
    expect(demoOfficialsOf('H99.X05')).toEqual(x05);
    for (const code of ['H99', 'H99.02', 'H99.13', 'H99.X05', 'H99.X08']) {
      const officials = demoOfficialsOf(code);
      expect(officials.length).toBeGreaterThanOrEqual(3);
      expect(officials.length).toBeLessThanOrEqual(5);
      expect(new Set(officials.map((o) => o.name)).size).toBe(officials.length);
      expect(officials.map((o) => o.id)).toEqual(officials.map((_, i) => `CB-${code}-0${i + 1}`));
      // family name, middle name, given name, in Vietnamese letters
      for (const o of officials) expect(o.name).toMatch(/^\p{Lu}\p{Ll}* \p{Lu}\p{Ll}* \p{Lu}\p{Ll}*$/u);
    }
    expect(demoOfficialsOf('H99.02')).not.toEqual(demoOfficialsOf('H99.13'));
  });
});
