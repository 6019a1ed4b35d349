/** The inspections feature's public surface: its pages. */
export { InspectionsPage } from './InspectionsPage.tsx';
export { InspectionPage } from './InspectionPage.tsx';
