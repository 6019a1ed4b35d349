import { date, index, integer, jsonb, numeric, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { TargetKind, TargetMeasure } from '../../../shared/domain/time-targets.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * The targets of procedure time and cost the secretariat sets (issue 17): on a unit and its
 * subtree, for one procedure, one field or every procedure, against a baseline period. Only
 * the target is stored: its baseline, current value and status are measured from the dossiers
 * whenever they are read, so late dossiers and calendar changes are always followed.
 */
export const timeTargets = pgTable(
  'time_targets',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    procedureCode: text('procedure_code'),
    field: text('field'),
    measure: text('measure').$type<TargetMeasure>().notNull(),
    kind: text('kind').$type<TargetKind>().notNull(),
    /** exact decimals (a percentage, a number of days, an amount): numeric, read back as a number */
    value: numeric('value', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    baselineFrom: date('baseline_from', { mode: 'string' }),
    baselineTo: date('baseline_to', { mode: 'string' }),
    from: date('from', { mode: 'string' }).notNull(),
    to: date('to', { mode: 'string' }).notNull(),
    names: jsonb('names').$type<LocalizedNames>().notNull(),
    description: jsonb('description').$type<LocalizedNames>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('time_targets_unit').on(t.unitId)],
);
