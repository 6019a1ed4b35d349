/** The consolidated report's public surface: its page. */
export { ConsolidatedPage } from './ConsolidatedPage.tsx';
