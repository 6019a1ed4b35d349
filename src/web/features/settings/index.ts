/** The settings feature's public surface: the user's own settings page. */
export { SettingsPage } from './SettingsPage.tsx';
