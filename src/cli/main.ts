import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { examplesText } from './help-examples.ts';

/** The version of package.json (the same two folders up from src/cli and from dist/cli). */
export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Each command's module, loaded only when needed: `extract` must not pay for PGlite, pg and Hono
 * (about 95 MB and half a second at start-up), and `serve` must not pay for the extractor's workers.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./commands/extract.ts')).extractCommand(),
  ingest: async () => (await import('./commands/ingest.ts')).ingestCommand(),
  events: async () => (await import('./commands/events.ts')).eventsCommand(),
  serve: async () => (await import('./commands/serve.ts')).serveCommand(),
  watch: async () => (await import('./commands/watch.ts')).watchCommand(),
  eval: async () => (await import('./commands/eval.ts')).evalCommand(),
};

/**
 * The program with the command named in argv loaded, or with every command when none is named
 * (for `--help`, `help` and unknown commands, which must list them all).
 * Exit codes: 0 all went well, 1 some input failed, 2 wrong usage.
 */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command('fogwatch')
    .description('Conflict news in, structured and sourced event data out.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', examplesText(''));
  const named = argv[0] && Object.hasOwn(COMMANDS, argv[0]) ? [argv[0]] : Object.keys(COMMANDS);
  for (const name of named) program.addCommand((await COMMANDS[name]()).addHelpText('after', examplesText(name)));
  const strict = (c: Command) => {
    c.exitOverride();
    c.commands.forEach(strict);
  };
  strict(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    const program = await buildProgram(argv);
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
