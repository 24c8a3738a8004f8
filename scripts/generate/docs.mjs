// Writes the function reference from the catalog, so it cannot go stale:
//   README.md          the table between <!-- functions:start --> and <!-- functions:end -->
//   docs/functions.md  the full reference: arguments, examples, errors
// `node scripts/generate/docs.mjs` writes both (npm run docs); with `--check` it writes
// nothing and exits 1 when either differs from what the catalog gives (a test runs that).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleServer, loadFunnelMath, repoRoot } from './serverBundle.mjs';

export const START = '<!-- functions:start -->';
export const END = '<!-- functions:end -->';
const GENERATED =
  '<!-- Generated from the catalog (src/kpi/catalog) by `npm run docs`; do not edit by hand. -->';

const kindWords = {
  money: 'money',
  count: 'count',
  rate: 'rate (fraction)',
  days: 'days',
  minutes: 'minutes',
  periods: 'periods',
  date: 'date',
  number: 'number',
};

function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** GitHub's heading anchor for a function name (CAC_PAYBACK -> cac_payback). */
function anchor(name) {
  return name.toLowerCase();
}

/** A number as a reader expects it: 10 significant digits, fractions also as a percentage. */
function shownNumber(value, resultKind) {
  const plain = String(Number(value.toPrecision(10)));
  if (resultKind === 'fraction') return `${plain} (${Number((value * 100).toPrecision(10))}%)`;
  return plain;
}

function shownResult(example, resultKind) {
  if (typeof example.result === 'number') return shownNumber(example.result, resultKind);
  return `a column: ${example.result.map((value) => shownNumber(value, resultKind)).join(', ')}`;
}

function categories(catalog) {
  const groups = new Map();
  for (const spec of catalog) {
    if (!groups.has(spec.category)) groups.set(spec.category, []);
    groups.get(spec.category).push(spec);
  }
  return groups;
}

/** The README table: one row per function, grouped by category, linking to the reference. */
export function renderReadmeTable(funnelMath) {
  const lines = [GENERATED, ''];
  for (const [category, specs] of categories(funnelMath.catalog)) {
    lines.push(
      `**${category}**`,
      '',
      '| Function | Also typed as | What it gives |',
      '|---|---|---|',
    );
    for (const spec of specs) {
      const aliases = (spec.aliases ?? []).map((alias) => `\`${alias}\``).join(', ');
      const link = `[\`${funnelMath.signature(spec)}\`](docs/functions.md#${anchor(spec.name)})`;
      lines.push(`| ${link} | ${aliases} | ${cell(spec.summary)} |`);
    }
    lines.push('');
  }
  lines.push(
    'Every argument takes a single value or a range; ranges give one result per row (see the rules in [docs/functions.md](docs/functions.md)).',
  );
  return lines.join('\n');
}

function renderFunction(funnelMath, spec) {
  const lines = [`## ${spec.name}`, '', `\`${funnelMath.signature(spec)}\``, '', spec.summary, ''];
  if (spec.aliases?.length) {
    const aliases = spec.aliases.map((alias) => `\`${alias}\``).join(', ');
    lines.push(`Also typed as ${aliases}: the same function, naming itself in its errors.`, '');
  }
  lines.push('| Argument | Kind | Description |', '|---|---|---|');
  for (const arg of spec.args) {
    const name = arg.defaultValue === undefined ? `\`${arg.name}\`` : `\`[${arg.name}]\``;
    lines.push(
      `| ${name} | ${kindWords[arg.kind]} | ${cell(funnelMath.argumentDescription(arg))} |`,
    );
  }
  lines.push(
    '',
    `**Result:** ${funnelMath.resultDescription(spec)}`,
    '',
    `**Formula:** ${spec.formula}`,
    '',
    '**Examples**',
    '',
  );
  for (const example of spec.examples) {
    lines.push(`- \`${example.formula}\` gives ${shownResult(example, spec.result)}`);
  }
  lines.push('', '**Errors**', '');
  for (const rule of funnelMath.errorRules(spec)) lines.push(`- ${rule}`);
  lines.push('');
  return lines.join('\n');
}

/** docs/functions.md: the rules once, then every function in catalog order. */
export function renderReference(funnelMath) {
  const lines = [
    '# FunnelMath function reference',
    '',
    GENERATED,
    '',
    'Type these in any cell of a Google Sheet with the FunnelMath add-on, like built-in functions.',
    '',
    '## Rules every function follows',
    '',
    '- **Scalars or ranges.** Each argument is one value or a range. Ranges of the same shape are combined element by element and a single value is repeated over them, so one formula in the top cell fills a whole column. Ranges of different shapes are an error that names both shapes.',
    '- **Blanks.** A blank element gives a blank result element.',
    '- **Rates are fractions.** Enter 25% or 0.25; a rate typed as 25 is an error that suggests the fix. Rates that come out are fractions too: format the cell as a percentage.',
    '- **Clear errors.** Text that is not a number, TRUE/FALSE, a negative amount or count, NaN or infinity is an error (`#ERROR!`, message on hover) that starts with the name you typed and names the argument, the value and, inside a range, its row and column.',
    '- **Undefined results.** A zero denominator is an error in a single call and a blank element inside a range, so one empty month never breaks a column.',
    '- **Pure.** The functions compute from their arguments only; they read nothing else from your spreadsheet or account.',
    '',
    '## Contents',
    '',
  ];
  for (const [category, specs] of categories(funnelMath.catalog)) {
    const links = specs.map((spec) => `[${spec.name}](#${anchor(spec.name)})`).join(', ');
    lines.push(`- ${category}: ${links}`);
  }
  lines.push('');
  for (const spec of funnelMath.catalog) lines.push(renderFunction(funnelMath, spec));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** README.md with the table between the markers (a minimal README when there is none). */
export function readmeWithTable(currentReadme, table) {
  const readme = currentReadme ?? `# FunnelMath\n\n## Functions\n\n${START}\n${END}\n`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`README.md needs the markers ${START} and ${END} (in that order)`);
  }
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

/** Every generated file with its expected text. */
export async function expectedDocs() {
  const funnelMath = await loadFunnelMath(await bundleServer());
  const readmePath = join(repoRoot, 'README.md');
  const current = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : undefined;
  return new Map([
    [readmePath, readmeWithTable(current, renderReadmeTable(funnelMath))],
    [join(repoRoot, 'docs', 'functions.md'), renderReference(funnelMath)],
  ]);
}

async function main(check) {
  const stale = [];
  for (const [path, text] of await expectedDocs()) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === text) continue;
    stale.push(path.slice(repoRoot.length + 1));
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  if (check && stale.length > 0) {
    console.error(`stale generated docs: ${stale.join(', ')}; run npm run docs`);
    process.exit(1);
  }
  console.log(stale.length === 0 ? 'docs: up to date' : `docs: wrote ${stale.join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.includes('--check'));
}
