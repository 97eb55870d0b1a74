/** The examples each `--help` ends with (main.ts adds them), by command. */
export const HELP_EXAMPLES: Record<string, string[]> = {
  '': [
    'fogwatch extract story.html                 # events of one article, as JSON lines',
    'fogwatch ingest examples/                   # store the demo reports in ./fogwatch-data',
    'fogwatch events --format acled-csv > acled.csv',
    'fogwatch serve                              # the dashboard and the HTTP API on http://127.0.0.1:8080/',
  ],
  extract: [
    'fogwatch extract story.html',
    'fogwatch extract --published 2021-11-17 --outlet "Armenpress" report.txt',
    'fogwatch extract --format json reports/ > events.json',
    'fogwatch extract --input-format feed - < feed.xml',
    'fogwatch extract --jobs 4 --quiet big.jsonl > events.jsonl',
  ],
  ingest: [
    'fogwatch ingest examples/',
    'fogwatch ingest --db ./conflict-data reports/ feeds/*.xml',
    'fogwatch ingest --db postgres://fogwatch@localhost/fogwatch articles.jsonl',
    'fogwatch ingest --wait 30 --quiet new-reports.jsonl',
  ],
  events: [
    'fogwatch events --since 2021-11-01 --country ARM',
    'fogwatch events --format acled-csv > acled.csv',
    'fogwatch events --format acled-csv --diplomacy only > diplomacy.csv',
    'fogwatch events --format ucdp-csv --rule best > ged.csv',
    'fogwatch events --format geojson --type Battles --background > battles.geojson',
  ],
  serve: [
    'fogwatch serve',
    'fogwatch serve --db ./conflict-data --port 9000',
    'FOGWATCH_TOKEN=a-long-secret fogwatch serve --host 0.0.0.0',
    'fogwatch serve --watch --feeds feeds.yaml  # follow feeds, the dashboard updates live',
  ],
  watch: [
    'fogwatch watch --feed https://example.org/news/rss.xml',
    'fogwatch watch --feeds feeds.yaml --interval 600 > alerts.jsonl',
    "fogwatch watch --feeds feeds.yaml --alert 'type=Battles,killed>=5' --alert contradiction",
    'FOGWATCH_WEBHOOK_SECRET=a-long-secret fogwatch watch --feeds feeds.yaml --webhook https://hooks.example.org/fw',
  ],
  eval: [
    'fogwatch eval --gold acled-export.csv',
    'fogwatch eval --gold acled-export.csv --limit 500 --format json',
  ],
};

/** The text after a command's help: its examples, one a line. */
export function examplesText(name: string): string {
  const lines = HELP_EXAMPLES[name];
  return lines ? `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n` : '';
}
