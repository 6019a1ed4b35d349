/** The tokens feature's public surface: the API tokens page. */
export { TokensPage } from './TokensPage.tsx';
