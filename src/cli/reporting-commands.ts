import type { Command } from 'commander';
import { pickName } from '../shared/locales.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import type { Cli } from './context.ts';

/** `reporting status`: who has submitted a round's reports, on time or late, and how they were reviewed. */
export function registerReportingCommands(program: Command, cli: Cli): void {
  const reporting = program.command('reporting').description('reporting rounds');
  reporting
    .command('status')
    .description("a reporting round's status: counts (asked, on time, late, missing, accepted, returned) and one line per asked unit")
    .requiredOption('--round <code>', 'the round')
    .option('--json', 'print JSON')
    .action((opts: { round: string; json?: boolean }) =>
      cli.withServices(
        async ({ reporting: service }) => {
          const s = await service.status(SYSTEM_ACTOR, opts.round);
          if (opts.json) {
            const units = s.units.map((u) => ({ unit: u.unit.code, state: u.state, late: u.late, submittedAt: u.submittedAt, firstSubmittedAt: u.firstSubmittedAt, returnReason: u.returnReason }));
            cli.print(JSON.stringify({ round: s.round.code, period: s.round.period, deadline: s.round.deadline, asOf: s.asOf, ...s.counts, units }));
            return;
          }
          const c = s.counts;
          cli.print(`${s.round.code} ${pickName(s.round.names, 'en')} — ${s.round.period.label} (${s.round.period.from}..${s.round.period.to}), deadline ${s.round.deadline}, as of ${s.asOf}`);
          cli.print(`asked ${c.asked}: on time ${c.onTime}, late ${c.late}, missing ${c.missing}; accepted ${c.accepted}, returned ${c.returned}`);
          for (const u of s.units) cli.print(`  ${u.unit.code.padEnd(12)} ${u.state.padEnd(9)} ${u.firstSubmittedAt === null ? 'missing' : u.late ? 'late' : 'on time'}${u.returnReason ? `  (${u.returnReason})` : ''}`);
        },
        { readOnly: true },
      ),
    );
}
