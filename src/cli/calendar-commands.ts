import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import type { Cli } from './context.ts';
import { tableImportCommand } from './table-import.ts';

/** `import holidays`: days of the calendar of working days (issue 17). */
export function registerCalendarCommands(imports: Command, cli: Cli): void {
  tableImportCommand(imports, cli, {
    name: 'holidays',
    label: 'calendar days',
    description:
      'import days of the calendar of working days from CSV or XLSX, one row per day: country,date,name[,working,name_<locale>]; country VN or LA; name in Vietnamese for VN and Lao for LA; working true or 1 marks a Saturday or Sunday worked, otherwise the day is a day off; all rows or none; importing the same file again changes nothing',
    run: ({ holidaysImport }, table, source) => holidaysImport.importRows(SYSTEM_ACTOR, table.rows, table.header, source),
  });
}
