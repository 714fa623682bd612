/** At most `limit` warnings of one kind, then a count of the rest, so a bad file cannot flood a report. */
export class WarningCollector {
  private readonly messages: string[] = [];
  private readonly overflow = new Map<string, number>();
  private readonly perKind = new Map<string, number>();

  constructor(private readonly limit = 20) {}

  /** Adds a warning; `kind` groups warnings for the cap (defaults to the message itself). */
  add(message: string, kind: string = message): void {
    const seen = this.perKind.get(kind) ?? 0;
    this.perKind.set(kind, seen + 1);
    if (seen < this.limit) this.messages.push(message);
    else this.overflow.set(kind, (this.overflow.get(kind) ?? 0) + 1);
  }

  /** The warnings, then one line per capped kind saying how many were left out. */
  list(): string[] {
    return [...this.messages, ...[...this.overflow].map(([kind, count]) => `${kind}: ${count} more warning(s) of this kind not listed`)];
  }
}
