import type { LocalizedNames } from '../../../../shared/locales.ts';

/**
 * A shipped organisation tree is a script of dated operations, replayed through the units
 * service in order — the same code path (validation, lineage, audit) as an administrator
 * using the UI. Dates are ISO `YYYY-MM-DD`; `date` is the first day the change holds.
 */
export interface SeedUnitSpec {
  code: string;
  /** a kind code from the kinds list (see kinds.ts) */
  kind: string;
  names: LocalizedNames;
  parent: string | null;
  groups?: string[];
}

export type SeedOp =
  | ({ op: 'create'; date: string } & SeedUnitSpec)
  | { op: 'rename'; code: string; date: string; names: LocalizedNames; note?: string }
  | { op: 'reclassify'; code: string; date: string; kind: string; note?: string }
  | { op: 'move'; code: string; date: string; parent: string | null; note?: string }
  | { op: 'regroup'; code: string; date: string; groups: string[]; note?: string }
  /** `from` merge into `into`; `into` is an existing unit (optionally renamed/reclassified) or `create`d by the merge. */
  | {
      op: 'merge';
      date: string;
      from: string[];
      into: string;
      names?: LocalizedNames;
      kind?: string;
      create?: Omit<SeedUnitSpec, 'code'>;
      note?: string;
    }
  | {
      op: 'split';
      date: string;
      from: string;
      into: (SeedUnitSpec & { share?: number })[];
      sourceContinues?: boolean;
      note?: string;
    }
  | { op: 'close'; code: string; date: string; note?: string };
