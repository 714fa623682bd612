import type { RuleParameterInfo, RulePackInfo } from '../api/review-types.ts';

/** One parameter of a pack as the form shows it, with the key the API takes it by. */
export interface RuleParameterField {
  /** `name` for a pack parameter, `ruleId.name` for a rule's own. */
  key: string;
  name: string;
  /** The rule the parameter belongs to; null for a pack parameter. */
  ruleId: string | null;
  definition: RuleParameterInfo;
}

/** The parameters of a pack (ruleId null, title null) or of one of its rules (with the rule title). */
export interface RuleParameterGroup {
  ruleId: string | null;
  title: string | null;
  fields: RuleParameterField[];
}

/** A pack's parameters grouped as the form shows them: the pack's own first, then each rule's; empty groups left out. */
export function parameterGroupsOf(pack: RulePackInfo): RuleParameterGroup[] {
  const fieldsOf = (parameters: Record<string, RuleParameterInfo> | undefined, ruleId: string | null) =>
    Object.entries(parameters ?? {}).map(([name, definition]) => ({ key: ruleId === null ? name : `${ruleId}.${name}`, name, ruleId, definition }));
  const groups: RuleParameterGroup[] = [
    { ruleId: null, title: null, fields: fieldsOf(pack.parameters, null) },
    ...(pack.rules ?? []).map((rule) => ({ ruleId: rule.id, title: rule.title, fields: fieldsOf(rule.parameters, rule.id) })),
  ];
  return groups.filter((group) => group.fields.length > 0);
}

/** Every parameter of a pack, the pack's own first. */
export function parameterFieldsOf(pack: RulePackInfo): RuleParameterField[] {
  return parameterGroupsOf(pack).flatMap((group) => group.fields);
}
