/** The users feature's public surface: the users page. */
export { UsersPage } from './UsersPage.tsx';
