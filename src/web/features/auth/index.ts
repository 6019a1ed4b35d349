/** The auth feature's public surface: the sign-in page and signing out (the app's user menu). */
export { SignInPage } from './SignInPage.tsx';
export { useSignOut } from './api.ts';
