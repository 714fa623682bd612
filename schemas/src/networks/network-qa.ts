import { z } from 'zod';

// The quality report (质量检查) of a pipe network, in the spirit of the checks a CJJ 61-2017
// survey goes through before delivery: topology (dangles, duplicates, isolated points), vertical
// consistency at shared points, gravity slopes, plausible depths, required attributes and pipe
// types that do not belong together. Each code has a Chinese and an English name so a report can
// be shown to a surveyor and read by an engineer.

/** `error`: the data is wrong and must be fixed; `warning`: doubtful, worth a look. */
export const NetworkQaSeverity = z.enum(['error', 'warning']);
export type NetworkQaSeverity = z.infer<typeof NetworkQaSeverity>;

/** Every check of the network quality report, by code. */
export const NETWORK_QA_CODES = [
  'unknown-node',
  'dangling-end',
  'isolated-node',
  'duplicate-link',
  'reversed-duplicate-link',
  'overlapping-link',
  'zero-length-link',
  'self-loop',
  'depth-mismatch',
  'invert-mismatch',
  'invert-below-node',
  'depth-invert-inconsistent',
  'adverse-slope',
  'negative-depth',
  'excessive-depth',
  'shallow-cover',
  'missing-size',
  'missing-material',
  'missing-depth',
  'missing-pipe-type',
  'valve-without-status',
  'cross-type-connection',
  'cross-subtype-connection',
] as const;
export const NetworkQaCode = z.enum(NETWORK_QA_CODES);
export type NetworkQaCode = z.infer<typeof NetworkQaCode>;

/** Names and default severity of one check. */
export const NetworkQaCheck = z.object({
  code: NetworkQaCode,
  nameZh: z.string(),
  nameEn: z.string(),
  severity: NetworkQaSeverity,
});
export type NetworkQaCheck = z.infer<typeof NetworkQaCheck>;

const check = (code: NetworkQaCode, nameZh: string, nameEn: string, severity: NetworkQaSeverity): NetworkQaCheck => ({ code, nameZh, nameEn, severity });

/** The checks in report order, with their names in Chinese and English and their severity. */
export const NETWORK_QA_CHECKS: readonly NetworkQaCheck[] = z.array(NetworkQaCheck).parse([
  check('unknown-node', '管段端点不存在', 'link end refers to a missing node', 'error'),
  check('dangling-end', '悬挂点', 'dangling segment end', 'warning'),
  check('isolated-node', '孤立点', 'isolated point', 'warning'),
  check('duplicate-link', '重复管段', 'duplicate segment', 'error'),
  check('reversed-duplicate-link', '反向重复管段', 'reversed duplicate segment', 'error'),
  check('overlapping-link', '重叠管段', 'overlapping segment geometry', 'warning'),
  check('zero-length-link', '零长度管段', 'zero-length segment', 'error'),
  check('self-loop', '自环管段', 'self-loop', 'error'),
  check('depth-mismatch', '同点埋深不一致', 'depths differ at a shared point', 'error'),
  check('invert-mismatch', '同点管底高程不一致', 'inverts differ at a shared point', 'error'),
  check('invert-below-node', '管底低于井底', 'pipe invert below the structure floor', 'error'),
  check('depth-invert-inconsistent', '地面高程减埋深不等于管底高程', 'ground elevation minus depth is not the invert', 'error'),
  check('adverse-slope', '倒坡', 'adverse slope of a gravity pipe', 'warning'),
  check('negative-depth', '埋深为负', 'negative depth', 'error'),
  check('excessive-depth', '埋深过大', 'implausibly deep', 'warning'),
  check('shallow-cover', '覆土过浅', 'cover too shallow', 'warning'),
  check('missing-size', '缺少管径或断面', 'missing diameter or section size', 'warning'),
  check('missing-material', '缺少材质', 'missing material', 'warning'),
  check('missing-depth', '缺少埋深', 'missing depth', 'warning'),
  check('missing-pipe-type', '缺少管线类型', 'missing pipe type', 'warning'),
  check('valve-without-status', '阀门缺少开关状态', 'valve without open/closed status', 'warning'),
  check('cross-type-connection', '不同类型管线相连', 'pipes of different types connected', 'error'),
  check('cross-subtype-connection', '小类不同的管线相连（如雨污混接）', 'pipes of different subtypes connected (e.g. storm into foul sewer)', 'warning'),
]);

/** A point in the network's CRS where an issue is, for a map. */
export const NetworkQaLocation = z.object({ x: z.number(), y: z.number() });
export type NetworkQaLocation = z.infer<typeof NetworkQaLocation>;

/** One finding of the quality check. */
export const NetworkQaIssue = z.object({
  code: NetworkQaCode,
  severity: NetworkQaSeverity,
  message: z.string().describe('English with the Chinese term first, e.g. "倒坡 adverse slope: ..."'),
  nodeIds: z.array(z.string()),
  linkIds: z.array(z.string()),
  pointNumbers: z.array(z.string()).describe('物探点号 of the nodes involved, where surveyed'),
  location: NetworkQaLocation.nullable(),
  value: z.number().nullable().describe('the measured value, e.g. the depth difference or the rise'),
  limit: z.number().nullable().describe('the threshold the value was compared with'),
  unit: z.string().nullable().describe('unit of value and limit, e.g. m or m/m'),
});
export type NetworkQaIssue = z.infer<typeof NetworkQaIssue>;

/** Counts over all issues found, including those left out of `issues` by the per-code cap. */
export const NetworkQaSummary = z.object({
  total: z.number().int().min(0),
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  byCode: z.record(NetworkQaCode, z.number().int().min(0)).describe('every code, 0 when not found'),
});
export type NetworkQaSummary = z.infer<typeof NetworkQaSummary>;

/** Thresholds the check ran with, in metres. */
export const NetworkQaParameters = z.object({
  toleranceMetres: z.number(),
  zeroLengthMetres: z.number(),
  maxDepthMetres: z.number(),
  maxTrunkDepthMetres: z.number(),
  trunkSizeMetres: z.number(),
  minCoverMetres: z.number(),
  danglingSearchMetres: z.number(),
  requiredAttributes: z.array(z.enum(['size', 'material', 'depth', 'pipeType', 'valveStatus'])),
});
export type NetworkQaParameters = z.infer<typeof NetworkQaParameters>;

/** The quality report of one network. */
export const NetworkQaReport = z.object({
  network: z.string().describe('Network.name'),
  nodeCount: z.number().int().min(0),
  linkCount: z.number().int().min(0),
  parameters: NetworkQaParameters,
  summary: NetworkQaSummary,
  issues: z.array(NetworkQaIssue),
  omitted: z.number().int().min(0).describe('issues counted in the summary but left out of `issues` by the per-code cap'),
});
export type NetworkQaReport = z.infer<typeof NetworkQaReport>;
