import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/benchmarks.md');

/** One measured result as a Markdown table. */
export interface BenchmarkTable {
  title: string;
  header: string[];
  rows: string[][];
  notes?: string[];
}

/** The machine the figures come from. */
function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

/** Writes (or replaces) the section of `id` in docs/benchmarks.md. */
export async function recordBenchmark(id: string, table: BenchmarkTable): Promise<void> {
  const begin = `<!-- bench:${id} -->`;
  const end = `<!-- /bench:${id} -->`;
  const lines = [
    begin,
    `### ${table.title}`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}.`,
    '',
    `| ${table.header.join(' | ')} |`,
    `|${table.header.map(() => '---').join('|')}|`,
    ...table.rows.map((row) => `| ${row.join(' | ')} |`),
    ...(table.notes ?? []).flatMap((note) => ['', note]),
    end,
  ];
  let text = await fs.readFile(FILE, 'utf8').catch(() => '# Benchmarks\n\n`npm run bench -- <name>` writes its section here.\n');
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  const section = lines.join('\n');
  text = start >= 0 && stop > start ? text.slice(0, start) + section + text.slice(stop + end.length) : `${text.trimEnd()}\n\n${section}\n`;
  await fs.writeFile(FILE, text);
}
