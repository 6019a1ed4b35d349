/**
 * The units feature's public surface: the organisation tree's pages, and what other features
 * use to read it — the unit list and history, names in the reader's language, the unit
 * pickers, today's date and the unit a report opens on. Other features import only this file.
 */
export { UnitsPage } from './UnitsPage.tsx';
export { UnitPage } from './UnitPage.tsx';
export { ApparatusPage } from './ApparatusPage.tsx';
export { KindsPage } from './kinds/KindsPage.tsx';
export { unitKeys, useMayReadUnit, useUnitGroups, useUnitHistory, useUnitKinds, useUnitList } from './api.ts';
export { todayLocal, useAsOfParam } from './dates.ts';
export { defaultUnit, useReportUnit } from './default-unit.ts';
export { useGroupName, useNameOf } from './names.ts';
export { UnitMultiPicker, UnitPicker } from './UnitPicker.tsx';
