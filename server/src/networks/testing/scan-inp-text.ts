// A deliberately naive reading of .inp text for tests, written apart from the parsers so their
// counts can be checked against something that does not share their code.

/** Data lines (not blank, not starting with `;`) per upper-case section name. */
export function scanInpSections(text: string): Map<string, string[][]> {
  const sections = new Map<string, string[][]>();
  let current: string[][] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      const name = header[1].toUpperCase();
      if (!sections.has(name)) sections.set(name, []);
      current = sections.get(name);
    } else if (current && line !== '' && line[0] !== ';') {
      current.push(line.split(';')[0].trim().split(/\s+/));
    }
  }
  return sections;
}

/** How many data lines a section has (0 when absent). */
export function countLines(sections: Map<string, string[][]>, name: string): number {
  return sections.get(name)?.length ?? 0;
}
