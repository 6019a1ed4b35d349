import { seededRandom } from '../../../../shared/domain/random.ts';

/** Common Vietnamese family names, middle names and given names, by the custom of middle names. */
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MEN = { middle: ['Văn', 'Hữu', 'Đức', 'Quốc', 'Minh', 'Công'], given: ['An', 'Bình', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Quân', 'Sơn', 'Tuấn', 'Thắng', 'Phúc', 'Trung'] };
const WOMEN = { middle: ['Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh', 'Bích'], given: ['Chi', 'Giang', 'Hà', 'Hạnh', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Phương', 'Thảo', 'Trang', 'Vân', 'Yến'] };

export interface DemoOfficial {
  id: string;
  name: string;
}

/**
 * Three to five invented one-stop officials per demo unit, the same on every run for the same
 * unit (seeded by its code, not by the order units are met), with ids as a one-stop system
 * numbers its staff: `CB-<unit code>-01`.
 */
export function demoOfficialsOf(unitCode: string): DemoOfficial[] {
  let seed = 61;
  for (const ch of unitCode) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) >>> 0;
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const count = 3 + Math.floor(next() * 3);
  const names = new Set<string>();
  while (names.size < count) {
    const sex = next() < 0.55 ? WOMEN : MEN;
    names.add(`${pick(FAMILY)} ${pick(sex.middle)} ${pick(sex.given)}`);
  }
  return [...names].map((name, i) => ({ id: `CB-${unitCode}-${String(i + 1).padStart(2, '0')}`, name }));
}
