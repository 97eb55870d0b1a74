import { Command, Option } from 'commander';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../../export/index.ts';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../../record/taxonomy.ts';
import { DEFAULT_DB, open, type EventFilters, type EventSort, type TotalsRule } from '../../store/index.ts';
import { parseDay, parseSeconds, wholeNumber } from '../option-parsers.ts';
import { Output } from '../output.ts';

/** The filter flags carry the store's filter names (since, until, country, type, subType, text). */
interface Flags extends Pick<EventFilters, 'since' | 'until' | 'country' | 'type' | 'subType' | 'text'> {
  db: string;
  wait: number;
  article?: string;
  current?: boolean;
  sort: EventSort;
  limit?: number;
  format: ExportFormat;
  rule: TotalsRule;
}

export function eventsCommand(): Command {
  const cmd = new Command('events')
    .description('Print the stored events, each with its articles, claims and reconciled totals.')
    .option('--db <dir|url>', 'data folder of the embedded database, or a postgres:// URL', DEFAULT_DB)
    .option('--wait <seconds>', 'wait this long for another process using the data folder', parseSeconds, 0)
    .option('--since <date>', 'events on or after this day (YYYY-MM-DD)', parseDay)
    .option('--until <date>', 'events on or before this day (YYYY-MM-DD)', parseDay)
    .option('--country <name>', 'country name or ISO3 code')
    .addOption(new Option('--type <type>', 'ACLED event type').choices(EVENT_TYPES))
    .addOption(new Option('--sub-type <type>', 'ACLED sub-event type').choices(SUB_EVENT_TYPES))
    .option('--text <words>', 'words that must all occur in the place, actors, notes or titles')
    .option('--article <id>', 'only events that this article reports')
    .option('--current', 'leave out background events (past events recalled as context)')
    .addOption(new Option('--sort <order>', 'order').choices(['date_desc', 'date_asc', 'updated_desc', 'articles_desc', 'fatalities_desc']).default('date_asc'))
    .option('--limit <n>', 'print at most this many events', wholeNumber(1, 999_999_999))
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).default('jsonl'))
    .addOption(new Option('--rule <rule>', 'how totals are reconciled: conservative (ACLED) or best (UCDP best estimate)').choices(['conservative', 'best']).default('conservative'));
  cmd.action(async (flags: Flags) => {
    const store = await open(flags.db, { waitSeconds: flags.wait, create: false });
    const filters: EventFilters = {
      since: flags.since, until: flags.until, country: flags.country, type: flags.type, subType: flags.subType,
      text: flags.text, articleId: flags.article, includeBackground: flags.current ? false : undefined,
      sort: flags.sort, rule: flags.rule,
    };
    const out = new Output();
    try {
      const summary = await exportEvents(limited(store.iterateEvents(filters), flags.limit), flags.format, (s) => out.write(s), flags.rule);
      await out.flush();
      if (summary.withoutPoint) process.stderr.write(`fogwatch: ${summary.withoutPoint} of ${summary.events} events have no coordinates and are not in the GeoJSON\n`);
    } finally {
      await store.close();
    }
  });
  return cmd;
}

async function* limited<T>(it: AsyncGenerator<T>, limit: number | undefined): AsyncGenerator<T> {
  if (!limit) return yield* it;
  let n = 0;
  for await (const x of it) {
    yield x;
    if (++n >= limit) { await it.return(undefined); return; }
  }
}
