import type { Command } from 'commander';
import { PERMISSIONS, type Permission } from '../shared/contracts/auth.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { verifyAudit } from '../server/platform/audit/audit-log.ts';
import { withServices } from './context.ts';

export function registerAdminCommands(program: Command): void {
  program
    .command('users')
    .description('user accounts')
    .command('create-admin')
    .description('create an administrator of the whole system')
    .requiredOption('--username <name>', 'sign-in name')
    .option('--display-name <name>', 'name shown in the interface')
    .option('--password <password>', 'the password (prefer --password-stdin: command lines are visible to other users)')
    .option('--password-stdin', 'read the password from standard input')
    .action((opts: { username: string; displayName?: string; password?: string; passwordStdin?: boolean }) =>
      withServices(async ({ users }) => {
        const password = opts.passwordStdin ? (await readStdin()).trim() : opts.password;
        if (!password || password.length < 10) throw new Error('the password must have at least 10 characters (--password or --password-stdin)');
        await users.createUser(SYSTEM_ACTOR, { username: opts.username, displayName: opts.displayName ?? opts.username, password, grants: [{ role: 'administrator', unitCode: null }] });
        console.log(`administrator "${opts.username}" created`);
      }),
    );

  program
    .command('tokens')
    .description('API tokens for other systems')
    .command('create')
    .description('create a token scoped to a unit subtree; the secret is printed once')
    .requiredOption('--name <name>', 'what the token is for, e.g. "one-stop system"')
    .option('--unit <code>', 'the subtree the token may act on (default: the whole system)')
    .requiredOption('--permissions <list>', `comma-separated: ${PERMISSIONS.join(', ')}`)
    .action((opts: { name: string; unit?: string; permissions: string }) =>
      withServices(async ({ tokens }) => {
        const permissions = opts.permissions.split(',').map((p) => p.trim());
        const unknown = permissions.filter((p) => !(PERMISSIONS as readonly string[]).includes(p));
        if (unknown.length) throw new Error(`unknown permission(s): ${unknown.join(', ')}`);
        const { token, secret } = await tokens.create(SYSTEM_ACTOR, { name: opts.name, unitCode: opts.unit ?? null, permissions: permissions as Permission[] });
        console.error(`token ${token.id} "${token.name}" created; keep this secret now, it will not be shown again:`);
        console.log(secret);
      }),
    );

  program
    .command('audit')
    .description('the append-only audit log')
    .command('verify')
    .description('check the hash chain; exits non-zero at the first broken link')
    .action(() =>
      withServices(async ({ database }) => {
        const result = await verifyAudit(database.db);
        if (result.ok) {
          console.log(`audit log intact: ${result.checked} rows verified`);
          return;
        }
        console.error(`audit log BROKEN at row ${result.brokenAt}: ${result.reason} (${result.checked} rows before it verified)`);
        process.exitCode = 2;
      }),
    );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
