/**
 * README's tables of the `cdk8s-istio` commands and options against the real `--help` output: every command form
 * and every option the help lists has its row, no row names one the help lacks, and an option the help scopes to one
 * command ("graph: ...") is shown for that command.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli } from './helpers';
import { REPO_ROOT } from '../support/source-files';

/** The rows of the Markdown table whose header row starts with `| <firstHeader> |` (cells unescaped, backticks off). */
function tableRows(markdown: string, section: string, firstHeader: string): string[][] {
  const start = markdown.indexOf(section);
  if (start < 0) throw new Error(`README has no section "${section}"`);
  const lines = markdown.slice(start).split('\n');
  const head = lines.findIndex((l) => l.startsWith(`| ${firstHeader} |`));
  if (head < 0) throw new Error(`section "${section}" has no table starting with "| ${firstHeader} |"`);
  const rows: string[][] = [];
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|').replace(/`/g, '')));
  }
  return rows;
}

interface HelpOption {
  readonly spec: string;
  /** The command the help scopes the option to ("graph: where mesh.md ..."), if any. */
  readonly command?: string;
}

interface Help {
  readonly commands: string[];
  /** Each way to call a command, without its bracketed options: `graph --diff <before> <after>`. */
  readonly forms: string[];
  readonly options: HelpOption[];
}

function parseHelp(text: string): Help {
  const lines = text.split('\n');
  const section = (title: string) => {
    const from = lines.indexOf(title) + 1;
    const to = lines.findIndex((l, i) => i >= from && l === '');
    return lines.slice(from, to);
  };
  const commands = section('Commands:').filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
  const synopses = lines.slice(0, lines.indexOf('')).map((l) => l.replace(/^(Usage:)?\s*cdk8s-istio\s+/, '')
    .replace(/\[[^\]]*\]/g, '').replace(/\s+/g, ' ').trim());
  const generic = synopses.find((s) => s.startsWith('<command>'));
  const forms = [
    ...commands.filter((c) => !synopses.some((s) => s.split(' ')[0] === c)).map((c) => generic!.replace('<command>', c)),
    ...synopses.filter((s) => !s.startsWith('<command>')),
  ];
  const options = section('Options:').flatMap((l) => {
    // `  --name <value> text` (the text may follow after one space only) or `  -h, --help  text`.
    const m = /^ {2}(-\w, --[\w-]+|--[\w-]+)( <[^>]+>)?\s+(.*)$/.exec(l);
    if (!m) return [];
    const scope = /^(\S+): /.exec(m[3]);
    return [{ spec: `${m[1]}${m[2] ?? ''}`, ...(scope && commands.includes(scope[1]) ? { command: scope[1] } : {}) }];
  });
  return { commands, forms, options };
}

const SECTION = '### The `cdk8s-istio` command';

describe('README: the cdk8s-istio command tables match --help', () => {
  let help: Help;
  let readme: string;
  beforeAll(async () => {
    const r = await cli(['--help']);
    expect(r.status).toBe(0);
    help = parseHelp(r.stdout);
    readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  });

  test('the help is read as it is written (commands, forms, options)', () => {
    expect(help.commands).toEqual(['validate', 'analyze', 'check-transition', 'graph']);
    expect(help.forms).toContain('graph --diff <before> <after>');
    expect(help.options.find((o) => o.spec === '--out <dir>')).toEqual({ spec: '--out <dir>', command: 'graph' });
    expect(help.options.map((o) => o.spec)).toEqual(expect.arrayContaining(['--max-input-size <size>', '-h, --help']));
  });

  test('one row per way to call a command, and no other', () => {
    const rows = tableRows(readme, SECTION, 'command').map((r) => r[0]);
    expect([...rows].sort()).toEqual([...help.forms].sort());
  });

  test('one row per option, and an option the help scopes to a command is shown for that command only', () => {
    const rows = tableRows(readme, SECTION, 'option');
    expect(rows.map((r) => r[0]).sort()).toEqual(help.options.map((o) => o.spec).sort());
    for (const option of help.options) {
      const shownFor = rows.find((r) => r[0] === option.spec)![1];
      if (option.command !== undefined) expect([option.spec, shownFor]).toEqual([option.spec, option.command]);
      else expect([option.spec, help.commands.includes(shownFor)]).toEqual([option.spec, false]);
    }
  });
});
