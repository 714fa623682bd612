/**
 * `$expand=Datastreams($select=name;$expand=Observations($top=1)),Locations` and the path
 * form `$expand=Datastreams/Observations` (= `Datastreams($expand=Observations)`; options
 * after the last segment apply to it). Entries naming the same navigation merge, so
 * `Datastreams/Sensor,Datastreams/Thing` expands both below one Datastreams; options may be
 * given for it once.
 */
import type { ExpandItem, QueryOptions } from './query-options.ts';
import { queryError } from './query-error.ts';
import { splitTopLevel } from './split-top-level.ts';

/** Parses the options of one expanded navigation (without `$expand`, which is read here). */
export type NestedOptionsParser = (raw: Record<string, string>, within: string) => QueryOptions;

interface ExpandDraft {
  navigation: string;
  /** The path to it, for messages: `Datastreams/Observations`. */
  path: string;
  raw?: Record<string, string>;
  children: ExpandDraft[];
}

const ENTRY = /^([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*)\s*(?:\(([\s\S]*)\))?$/;

/** Parses `$expand` text; `parseNested` reads the options in parentheses. */
export function parseExpand(text: string, parseNested: NestedOptionsParser, within = ''): ExpandItem[] {
  const build = (draft: ExpandDraft): ExpandItem => {
    const options = parseNested(draft.raw ?? {}, `$expand=${draft.path}`);
    return { navigation: draft.navigation, options: { ...options, expand: draft.children.map(build) } };
  };
  return readDrafts(text, within).map(build);
}

function readDrafts(text: string, parent: string): ExpandDraft[] {
  const label = `$expand${parent ? ` in $expand=${parent}` : ''}`;
  if (!text.trim()) throw queryError(`${label} is empty; name a navigation property such as Datastreams, or leave $expand out`);
  const drafts: ExpandDraft[] = [];
  for (const part of splitTopLevel(text, ',', label)) {
    const entry = part.text.trim();
    if (entry === '*') throw queryError(`${label}=* is not supported; name the navigation properties to expand`);
    const match = ENTRY.exec(entry);
    if (!match) throw queryError(`${label}: '${entry}' at ${part.start + 1} is not a navigation property with optional (options), e.g. Datastreams($top=1)`);
    const segments = match[1].split('/');
    const prefix = parent ? `${parent}/` : '';
    const path = `${prefix}${match[1]}`;
    let draft: ExpandDraft = { navigation: segments[segments.length - 1], path, children: [] };
    if (match[2] !== undefined) {
      const { raw, expand } = readNestedOptions(match[2], path);
      if (Object.keys(raw).length > 0) draft.raw = raw;
      if (expand !== undefined) draft.children = readDrafts(expand, path);
    }
    for (let index = segments.length - 2; index >= 0; index--) {
      draft = { navigation: segments[index], path: `${prefix}${segments.slice(0, index + 1).join('/')}`, children: [draft] };
    }
    mergeDraft(drafts, draft);
  }
  return drafts;
}

/** `$select=name;$top=1` into a record, `$expand` set apart. */
function readNestedOptions(text: string, path: string): { raw: Record<string, string>; expand?: string } {
  const raw: Record<string, string> = {};
  let expand: string | undefined;
  for (const part of splitTopLevel(text, ';', `$expand=${path}`)) {
    const option = part.text.trim();
    if (!option) continue;
    const equals = option.indexOf('=');
    if (equals < 0) throw queryError(`$expand=${path}: '${option}' is not an option; write name=value, e.g. $top=1, separated by ;`);
    const name = option.slice(0, equals).trim();
    const value = option.slice(equals + 1);
    if (!name.startsWith('$')) throw queryError(`$expand=${path}: '${name}' is not a query option; options in $expand start with $, e.g. $top=1`);
    if (name in raw || (name === '$expand' && expand !== undefined)) throw queryError(`$expand=${path}: ${name} is given twice; give it once`);
    if (name === '$expand') expand = value;
    else raw[name] = value;
  }
  return { raw, expand };
}

function mergeDraft(drafts: ExpandDraft[], draft: ExpandDraft): void {
  const existing = drafts.find((other) => other.navigation === draft.navigation);
  if (!existing) {
    drafts.push(draft);
    return;
  }
  if (existing.raw && draft.raw) throw queryError(`$expand: ${draft.path} is expanded twice with options; give its options once`);
  existing.raw ??= draft.raw;
  for (const child of draft.children) mergeDraft(existing.children, child);
}
