/** The users feature: accounts, role grants, sessions and API tokens. */
export { createUsersService, type UsersService } from './users.service.ts';
export { createTokensService, type TokensService } from './tokens.service.ts';
export { accountsRoutes, usersRoutes, SESSION_COOKIE } from './users.routes.ts';
export { createAccountsService, type AccountsService } from './accounts.service.ts';
export { createDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD, demoActor, LAOS_DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts.ts';
