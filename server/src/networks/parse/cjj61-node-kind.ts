import type { NodeKind } from '@cimtwin/schemas';

// The node kind of a surveyed pipe point from its 附属物 (appurtenance), else its 特征 (feature
// point). Names vary by city and surveyor, so matching is by key characters rather than a closed
// list: anything with 阀 is a valve (阀门, 闸阀, 阀门井: the chamber is there for the valve), 栓 a
// hydrant, 表/计 a meter, 井 or 孔 (人孔, 手孔) a manhole. Feature points (三通, 弯头, 变径,
// 预留口, 直线点 ...) are fittings.

const RULES: [RegExp, NodeKind][] = [
  [/阀|valve/i, 'valve'],
  [/消火栓|消防栓|栓|hydrant/i, 'hydrant'],
  [/水表|表|流量计|meter/i, 'meter'],
  [/出水口|排放口|排出口|出口|outfall|outlet/i, 'outfall'],
  [/水塔|水池|tank/i, 'tank'],
  [/水源|水厂|reservoir/i, 'reservoir'],
  [/井|人孔|手孔|manhole|chamber/i, 'manhole'],
  [/三通|四通|多通|弯头|弯|变径|变材|异径|预留|盖堵|堵头|封堵|直线点|拐点|转折点|交叉点|分支|出地|进户|入户|上杆|接户|fitting|tee|bend|elbow|reducer|plug|cap/i, 'fitting'],
];

/** The kind of a point with this attachment (附属物) and feature (特征); `junction` when both are empty. */
export function nodeKindOf(attachment: string | null, feature: string | null): NodeKind {
  for (const text of [attachment, feature]) {
    if (!text) continue;
    const rule = RULES.find(([pattern]) => pattern.test(text));
    if (rule) return rule[1];
  }
  return attachment || feature ? 'other' : 'junction';
}

