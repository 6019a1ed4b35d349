/** The background jobs' page for administrators. */
export { JobsPage } from './JobsPage.tsx';
