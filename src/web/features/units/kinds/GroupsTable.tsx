import type { UnitGroup } from '../../../../shared/contracts/units.ts';
import { CodeNameTable } from './CodeNameTable.tsx';

/** Groups by code; one row each: `group-row-<code>`. */
export function GroupsTable({ groups, onEdit }: { groups: UnitGroup[]; onEdit: (group: UnitGroup) => void }) {
  const sorted = [...groups].sort((a, b) => a.code.localeCompare(b.code));
  return <CodeNameTable what="group" entries={sorted} minWidth={420} emptyId="kinds.noGroups" onEdit={onEdit} />;
}
