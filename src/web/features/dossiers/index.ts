/** The dossiers feature's public surface: the one-stop report, procedure time and cost, import, procedures, service index and handling officials pages. */
export { DossierReportPage } from './report/DossierReportPage.tsx';
export { DossierImportPage } from './import/DossierImportPage.tsx';
export { ProceduresPage } from './ProceduresPage.tsx';
export { OfficialsPage } from './officials/OfficialsPage.tsx';
export { ServiceIndexPage } from './service-index/ServiceIndexPage.tsx';
export { ProcedureTimesPage } from './times/ProcedureTimesPage.tsx';
