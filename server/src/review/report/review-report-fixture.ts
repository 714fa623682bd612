/**
 * A review report for the tests of the report writers: failing element findings of two checks
 * (one element failing one check twice), a model-level finding, a passing and a not-applicable
 * check, and a model name that tries to inject a script.
 */
import { ReviewReport } from '@cimtwin/schemas';

/** GlobalIds of the fixture elements. */
export const WALL = '2O2Fr$t4X7Zf8NOew3FLOH';
export const DOOR = '1hqIFTRjfV6AWq_bMtnZwI';
export const SPACE = '3cUkl32yn9qRSPvBJVyWYp';

/** The fixture report, validated by the shared schema. */
export const REPORT: ReviewReport = ReviewReport.parse({
  model: { id: 'model-1', name: 'Tower <script>alert("x")</script> & \'B\'', schema: 'IFC4' },
  ruleSet: { kind: 'rule-pack', id: 'gb50016', title: 'GB 50016 建筑设计防火规范', version: '2018' },
  verdict: 'fail',
  checks: [
    { id: 'fire-compartment-area', title: '防火分区面积', description: '每个防火分区的建筑面积不应大于允许值。', clause: 'GB 50016-2014 5.3.1', severity: 'error', status: 'fail', applicable: 3, passed: 1, failed: 2 },
    { id: 'door-width', title: '疏散门净宽度', description: null, clause: 'GB 50016-2014 6.4.11', severity: 'warning', status: 'fail', applicable: 4, passed: 3, failed: 1 },
    { id: 'storey-height', title: '层高', description: null, clause: null, severity: 'error', status: 'pass', applicable: 5, passed: 5, failed: 0 },
    { id: 'fire-lift', title: '消防电梯', description: null, clause: 'GB 50016-2014 7.3.1', severity: 'error', status: 'not-applicable', applicable: 0, passed: 0, failed: 0 },
  ],
  findings: [
    { checkId: 'fire-compartment-area', globalId: SPACE, ifcClass: 'IfcSpace', name: '防火分区 FZ-1', requirement: '防火分区建筑面积', measured: 2600.5, required: '≤ 2500', unit: 'm²', clause: 'GB 50016-2014 5.3.1', severity: 'error', message: '防火分区面积 2600.5 m² 超过 2500 m²' },
    { checkId: 'fire-compartment-area', globalId: WALL, ifcClass: 'IfcWall', name: null, requirement: '防火墙耐火极限', measured: null, required: '≥ 3.00', unit: 'h', clause: 'GB 50016-2014 5.3.1', severity: 'error', message: '缺少耐火极限属性' },
    { checkId: 'fire-compartment-area', globalId: null, ifcClass: null, name: null, requirement: '模型包含 IfcSite', measured: 0, required: '≥ 1', unit: null, clause: 'GB 50016-2014 5.3.1', severity: 'error', message: '模型缺少场地' },
    { checkId: 'door-width', globalId: DOOR, ifcClass: 'IfcDoor', name: 'M1021 <b>', requirement: 'Pset_DoorCommon.FireExit', measured: false, required: 'true', unit: null, clause: 'GB 50016-2014 6.4.11', severity: 'warning', message: '不是疏散门' },
    { checkId: 'door-width', globalId: DOOR, ifcClass: 'IfcDoor', name: 'M1021 <b>', requirement: '净宽度', measured: 0.8, required: '≥ 0.9', unit: 'm', clause: 'GB 50016-2014 6.4.11', severity: 'warning', message: '疏散门净宽度不足' },
  ],
  createdAt: '2024-05-01T10:00:00Z',
});
