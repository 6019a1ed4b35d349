import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { auditCheckpoint, type AuditCheckpoint, type AuditVerifyResult } from '../shared/contracts/audit.ts';
import { PERMISSIONS, type Permission } from '../shared/contracts/auth.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { latestCheckpoint, verifyAudit } from '../server/platform/audit/audit-log.ts';
import type { Cli } from './context.ts';

export function registerAdminCommands(program: Command, cli: Cli): void {
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
      cli.withServices(async ({ users }) => {
        const password = opts.passwordStdin ? (await readAll(cli.terminal.stdin)).trim() : opts.password;
        if (!password || password.length < 10) throw new Error('the password must have at least 10 characters (--password or --password-stdin)');
        await users.createUser(SYSTEM_ACTOR, { username: opts.username, displayName: opts.displayName ?? opts.username, password, grants: [{ role: 'administrator', unitCode: null }] });
        cli.print(`administrator "${opts.username}" created`);
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
      cli.withServices(async ({ tokens }) => {
        const permissions = opts.permissions.split(',').map((p) => p.trim());
        const unknown = permissions.filter((p) => !(PERMISSIONS as readonly string[]).includes(p));
        if (unknown.length) throw new Error(`unknown permission(s): ${unknown.join(', ')}`);
        const { token, secret } = await tokens.create(SYSTEM_ACTOR, { name: opts.name, unitCode: opts.unit ?? null, permissions: permissions as Permission[] });
        cli.warn(`token ${token.id} "${token.name}" created; keep this secret now, it will not be shown again:`);
        cli.print(secret);
      }),
    );

  const audit = program.command('audit').description('the append-only, keyed audit log (docs/security.md)');
  audit
    .command('verify')
    .description('check the keyed chains (one per stream): exits 2 at the first broken link, on rows missing, or if a stream no longer reaches its checkpointed row')
    .option('--checkpoint <file>', 'a checkpoint written earlier by `parmon audit checkpoint`: detects a truncated or rebuilt tail')
    .option('--json', 'the result as JSON')
    .action((opts: { checkpoint?: string; json?: boolean }) =>
      cli.withServices(async ({ database }) => {
        const checkpoint = opts.checkpoint ? readCheckpoint(opts.checkpoint) : undefined;
        const result = await verifyAudit(database.db, { checkpoint });
        if (opts.json) cli.print(JSON.stringify(result));
        if (result.gaps.length && !opts.json) {
          for (const g of result.gaps) cli.warn(`audit log: rows missing${g.stream === undefined ? '' : ` in stream ${g.stream}`} between row ${g.after} and row ${g.next} (rows removed)`);
        }
        if (result.ok) {
          if (!opts.json) {
            const heads = checkpoint?.streams ? ` and the last rows of its ${checkpoint.streams.length} streams` : '';
            cli.print(`audit log intact: ${result.checked} rows verified in ${result.streams ?? 1} streams${checkpoint ? `, checkpoint row ${checkpoint.id}${heads} unchanged` : ''}`);
          }
          return;
        }
        if (!opts.json && result.brokenAt !== null) cli.warn(`audit log BROKEN at row ${result.brokenAt}: ${BREAK_TEXT[result.reason!]} (${result.checked} rows before it verified)`);
        cli.exitCode = 2;
      }),
    );
  audit
    .command('checkpoint')
    .description("print the latest row (id, seal, time) and each stream's last row as JSON; keep it outside the database and give it to `audit verify --checkpoint`")
    .option('--out <file>', 'also write it to this file')
    .action((opts: { out?: string }) =>
      cli.withServices(async ({ database }) => {
        const checkpoint = await latestCheckpoint(database.db);
        if (!checkpoint) throw new Error('the audit log is empty: nothing to checkpoint yet');
        const text = `${JSON.stringify(checkpoint)}\n`;
        if (opts.out) writeFileSync(opts.out, text, { mode: 0o600 });
        cli.terminal.stdout.write(text);
      }),
    );
}

const BREAK_TEXT: Record<AuditVerifyResult['reason'] & string, string> = {
  link_broken: 'its link to the previous row does not match (a row before it was removed or changed)',
  content_changed: 'its content does not match its seal (changed after it was written)',
  not_sealed: 'the row was never sealed with the audit key (written before keying, on a chain already broken then)',
  ids_missing: 'rows are missing from a stream (rows removed)',
  checkpoint_mismatch: 'the checkpoint row has another seal (the chain was rebuilt)',
  checkpoint_missing: 'the chain no longer reaches the checkpoint row (rows removed from the end of its stream)',
};

function readCheckpoint(file: string): AuditCheckpoint {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file}: not a checkpoint file (JSON written by \`parmon audit checkpoint\`)`);
  }
  const parsed = auditCheckpoint.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: not a checkpoint (${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')})`);
  return parsed.data;
}

async function readAll(input: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
