/** The publication feature's public surface: the secretariat's page of what is public. */
export { PublicationPage } from './PublicationPage.tsx';
