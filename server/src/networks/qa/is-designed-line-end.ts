import type { NetworkNode } from '@cimtwin/schemas';

// Where a surveyed line ends by design, so its end is not a dangle: a plug (盖堵, 堵头), a
// reserved stub (预留口), a service entry (进户, 入户, 接户), a rise onto a pole (上杆), a pipe
// leaving the ground (出地), or the edge of the surveyed area (出测区, 出图, 非探测区).

const LINE_END = /预留|盖堵|堵头|封堵|出地|进户|入户|接户|上杆|出测区|出图|非探测区|\bplug\b|\bcap\b|\bstub\b/i;
const END_KINDS = new Set<NetworkNode['kind']>(['reservoir', 'tank', 'outfall', 'storage', 'hydrant', 'meter']);

/** True for sources, outfalls, hydrants, meters, and points whose 特征 or 附属物 says the line ends there. */
export function isDesignedLineEnd(node: NetworkNode): boolean {
  return END_KINDS.has(node.kind) || LINE_END.test(node.feature ?? '') || LINE_END.test(node.attachment ?? '');
}
