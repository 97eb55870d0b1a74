import { Command, CommanderError } from 'commander';
import { evalCommand } from './commands/eval.ts';
import { extractCommand } from './commands/extract.ts';
import { ingestCommand } from './commands/ingest.ts';
import { eventsCommand } from './commands/events.ts';
import { serveCommand } from './commands/serve.ts';

/** Exit codes: 0 all went well, 1 some input failed, 2 wrong usage. */
export function buildProgram(): Command {
  const program = new Command('fogwatch')
    .description('Conflict news in, structured and sourced event data out.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)');
  program.addCommand(extractCommand());
  program.addCommand(ingestCommand());
  program.addCommand(eventsCommand());
  program.addCommand(serveCommand());
  program.addCommand(evalCommand());
  const strict = (c: Command) => {
    c.exitOverride();
    c.commands.forEach(strict);
  };
  strict(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`fogwatch: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
