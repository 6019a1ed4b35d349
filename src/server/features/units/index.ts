/** The units feature's public surface: other features import only this file. */
export { createUnitsService, type UnitsService, type UnitsDeps } from './units.service.ts';
export { createUnitsFiles, type UnitsFiles } from './units-files.service.ts';
export { unitsRoutes } from './units.routes.ts';
export { createApparatusService, type ApparatusService } from './apparatus.service.ts';
export { apparatusRoutes } from './apparatus.routes.ts';
export { createDocumentSettings, type DocumentSettingsService } from './document-settings.service.ts';
export { documentSettingsRoutes } from './document-settings.routes.ts';
export { ensureReferenceData as ensureUnitReferenceData, findUnit } from './units.repository.ts';
export { loadSeed } from './seeds/load-seed.ts';
export { VIETNAM_SEED, VIETNAM_UNVERIFIED } from './seeds/vietnam.data.ts';
export { LAOS_SEED, LAOS_UNVERIFIED, LAOS_PROVINCE_CODES } from './seeds/laos.data.ts';
export { DEMO_DOCUMENT_SETTINGS } from './seeds/demo-document-settings.ts';
export { DEMO_SEED, DEMO_PROVINCE_CODE, DEMO_ACCOUNT_UNITS } from './seeds/demo.data.ts';
export { LAOS_DEMO_ACCOUNT_UNITS, LAOS_DEMO_DEPARTMENTS, laosDemoDepartmentOps } from './seeds/demo-laos.data.ts';
