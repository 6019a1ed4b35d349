import type { RemedyOnDay } from '../../../shared/domain/inspections.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';

/**
 * What the inspections register needs from the followups feature: raise a finding's remedies
 * and change them in the register's own transaction, and read them back with their state on
 * any day. app.ts adapts the followups service to it (the model: `measuresFrom`), so this
 * feature never reaches into the items' tables.
 */
export interface RaiseRemedy {
  source: { kind: 'inspection'; id: number; ref: string };
  kind: 'remedy';
  raisedOn: string;
  raisedByUnitId: null;
  raiserTitle: null;
  field: string;
  addressedToUnitId: number;
  text: LocalizedNames;
  assignment: { responsibleUnitId: number; deadline: string | null; on: string };
}

/** A remedy as the register shows it: now, and on any day (replayed from its history). */
export interface SourceItem {
  id: number;
  code: string;
  sourceId: number;
  text: LocalizedNames;
  status: string;
  deadline: string | null;
  resolvedOn: string | null;
  stateOn(day: string): RemedyOnDay | null;
}

export interface RegisterFollowUps {
  raise(tx: Db, actor: Actor, input: RaiseRemedy): Promise<{ id: number; code: string }>;
  assign(tx: Db, actor: Actor, itemId: number, a: { responsibleUnitId: number; deadline: string | null; on: string }): Promise<void>;
  resolve(tx: Db, actor: Actor, itemId: number, r: { on: string }): Promise<void>;
  itemsOfSources(kind: 'inspection', sourceIds: number[]): Promise<SourceItem[]>;
}
