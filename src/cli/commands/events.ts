import { Command, Option } from 'commander';
import { DIPLOMACY_MODES, EXPORT_FORMATS, exportEvents, type DiplomacyMode, type ExportFormat, type ExportSummary } from '../../export/index.ts';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../../record/taxonomy.ts';
import { DEFAULT_DB, open, type EventFilters, type EventSort, type Store, type TotalsRule } from '../../store/index.ts';
import { quietOption } from '../input-options.ts';
import { parseDay, parseSeconds, wholeNumber } from '../option-parsers.ts';
import { Output } from '../output.ts';
import { Progress } from '../progress.ts';

/** The filter flags carry the store's filter names (since, until, country, type, subType, text). */
interface Flags extends Pick<EventFilters, 'since' | 'until' | 'country' | 'type' | 'subType' | 'text'> {
  db: string;
  wait: number;
  article?: string;
  current?: boolean;
  background?: boolean;
  diplomacy: DiplomacyMode;
  sort: EventSort;
  limit?: number;
  format: ExportFormat;
  rule: TotalsRule;
  quiet?: boolean;
}

export function eventsCommand(): Command {
  const cmd = new Command('events')
    .description('Print the stored events, each with its articles, claims and reconciled totals, or export them (ACLED CSV, UCDP GED CSV, GeoJSON).')
    .option('--db <dir|url>', 'data folder of the embedded database, or a postgres:// URL', DEFAULT_DB)
    .option('--wait <seconds>', 'wait this long for another process using the data folder', parseSeconds, 0)
    .option('--since <date>', 'events on or after this day (YYYY-MM-DD)', parseDay)
    .option('--until <date>', 'events on or before this day (YYYY-MM-DD)', parseDay)
    .option('--country <name>', 'country name or ISO3 code')
    .addOption(new Option('--type <type>', 'ACLED event type').choices(EVENT_TYPES))
    .addOption(new Option('--sub-type <type>', 'ACLED sub-event type').choices(SUB_EVENT_TYPES))
    .option('--text <words>', 'words that must all occur in the place, actors, notes or titles')
    .option('--article <id>', 'only events that this article reports')
    .option('--current', 'leave out background events (past events recalled as context) in every format')
    .option('--background', 'keep background events in acled-csv, ucdp-csv and geojson, which leave them out by default')
    .addOption(new Option('--diplomacy <mode>', 'Diplomacy events in acled-csv (not an ACLED type): left out, kept and tagged, or alone').choices([...DIPLOMACY_MODES]).default('exclude'))
    .addOption(new Option('--sort <order>', 'order').choices(['date_desc', 'date_asc', 'updated_desc', 'articles_desc', 'fatalities_desc']).default('date_asc'))
    .option('--limit <n>', 'print at most this many events', wholeNumber(1, 999_999_999))
    .addOption(new Option('--format <format>', 'output format (docs/export.md)').choices([...EXPORT_FORMATS]).default('jsonl'))
    .addOption(new Option('--rule <rule>', 'how totals are reconciled: conservative (ACLED) or best (UCDP best estimate)').choices(['conservative', 'best']).default('conservative'));
  quietOption(cmd);
  cmd.action(async (flags: Flags) => {
    const store = await open(flags.db, { waitSeconds: flags.wait, create: false });
    const filters: EventFilters = {
      since: flags.since, until: flags.until, country: flags.country, type: flags.type, subType: flags.subType,
      text: flags.text, articleId: flags.article, includeBackground: flags.current ? false : undefined,
      sort: flags.sort, rule: flags.rule,
    };
    const out = new Output();
    let read = 0;
    const progress = new Progress(process.stderr, () => `events: ${read} read`, { total: () => countOf(store, filters, flags.limit), quiet: flags.quiet });
    async function* counted<T>(it: AsyncIterable<T>): AsyncGenerator<T> {
      for await (const x of it) {
        read++;
        progress.tick();
        yield x;
      }
    }
    try {
      const summary = await exportEvents(counted(limited(store.iterateEvents(filters), flags.limit)), flags.format, (s) => out.write(s),
        { rule: flags.rule, background: flags.background, diplomacy: flags.diplomacy });
      await out.flush();
      progress.done();
      if (!flags.quiet) for (const line of leftOut(summary, flags.format, flags.diplomacy)) process.stderr.write(`fogwatch: ${line}\n`);
    } finally {
      progress.done();
      await store.close();
    }
  });
  return cmd;
}

/** How many events the export will read, when the store can count them with these filters. */
async function countOf(store: Store, f: EventFilters, limit: number | undefined): Promise<number | null> {
  if (f.subType || f.text || f.articleId || f.includeBackground === false) return limit ?? null;
  const n = (await store.stats({ since: f.since, until: f.until, country: f.country, type: f.type })).events;
  return limit ? Math.min(limit, n) : n;
}

/** What the export left out, and how to have it. */
export function leftOut(s: ExportSummary, format: ExportFormat, diplomacy: DiplomacyMode): string[] {
  const lines: string[] = [];
  if (s.background) lines.push(`${s.background} background events (past events recalled as context) left out; --background keeps them`);
  if (s.diplomacy) {
    lines.push(diplomacy === 'only'
      ? `${s.diplomacy} events other than Diplomacy left out (--diplomacy only)`
      : `${s.diplomacy} Diplomacy events left out (not an ACLED event type); --diplomacy flag keeps them tagged, --diplomacy only writes them alone`);
  }
  if (s.notGed) lines.push(`${s.notGed} events are not organised violence with a reported death and are not in the UCDP GED CSV`);
  if (s.withoutPoint && format === 'geojson') lines.push(`${s.withoutPoint} of ${s.events} events have no coordinates and are not in the GeoJSON`);
  return lines;
}

async function* limited<T>(it: AsyncGenerator<T>, limit: number | undefined): AsyncGenerator<T> {
  if (!limit) return yield* it;
  let n = 0;
  for await (const x of it) {
    yield x;
    if (++n >= limit) { await it.return(undefined); return; }
  }
}
