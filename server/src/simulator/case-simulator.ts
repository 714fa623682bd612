/**
 * Urban-management cases for the demo: reports come in through the day (patrol inspectors,
 * the 12345 hotline, the public), each about an event of a common class or a city component
 * of the sample network, and move through the GB/T 30428 workflow as a command centre would
 * move them — accepted within minutes, registered, dispatched to the department for the class,
 * handled within hours (now and then late, or after an extension), verified by the patrol, a
 * few reworked, a few reports voided as duplicates. Every step goes through the case store, so
 * deadlines, indicators and the live stream see them as any case. The plan is a function of
 * the time slot and the case's own state, so a restart goes on where it left off.
 */
import type { Knex } from 'knex';
import type { CaseSource } from '@cimtwin/schemas';
import type { Logger } from '../logger.ts';
import { createCase, transitionCase } from '../cases/store/index.ts';
import { unit } from './lifeline-signal.ts';

/** Event classes the demo reports (minor codes of GB/T 30428.2 event classes), with the department they go to. */
const EVENTS: ReadonlyArray<{ code: string; department: string; what: string }> = [
  { code: '0102', department: '区绿化市容局', what: '路边暴露垃圾未清运' },
  { code: '0103', department: '区绿化市容局', what: '绿地旁积存建筑渣土' },
  { code: '0101', department: '区城管执法局', what: '沿街新增违法搭建' },
  { code: '0201', department: '区城管执法局', what: '电线杆上张贴小广告' },
  { code: '0501', department: '区城管执法局', what: '人行道上无照流动摊贩' },
  { code: '0301', department: '区建设管理委员会', what: '夜间施工噪声扰民' },
];

const COMPONENT_DEPARTMENT: Record<string, string> = { JS: '自来水浦东公司', PS: '区排水管理所', RQ: '燃气浦东公司', DL: '区电力公司', TX: '区通信管线办' };

const SLOT_MS = 20 * 60_000;

interface PlannedReport {
  key: string;
  source: CaseSource;
  role: 'patroller' | 'acceptor' | 'reporter';
  at: number;
}

export interface CaseSimulatorOptions {
  now?: () => number;
  backfillDays?: number;
  logger?: Logger;
}

/** A running case simulator. */
export interface CaseSimulator {
  /** Cases opened and steps taken so far. */
  counts: { opened: number; steps: number };
  /** Runs one round at the clock's now (also what the timer does). */
  round(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the simulator: fills in the last `backfillDays` (default 7), then goes on every minute. */
export async function startCaseSimulator(knex: Knex, options: CaseSimulatorOptions = {}): Promise<CaseSimulator> {
  const clock = options.now ?? Date.now;
  const counts = { opened: 0, steps: 0 };
  const grids = (await knex.raw('SELECT code, ST_X(ST_PointOnSurface(geom)) AS lon, ST_Y(ST_PointOnSurface(geom)) AS lat FROM unit_grids ORDER BY code')).rows as { code: string; lon: number; lat: number }[];
  const components = (await knex.raw(`SELECT code, name, ST_X(geom) AS lon, ST_Y(geom) AS lat, pipe_type FROM city_components c LEFT JOIN LATERAL (SELECT n.pipe_type FROM network_nodes n WHERE n.network_id = c.network_id AND n.node_id = c.node_id) n ON true ORDER BY code`).catch(() => ({ rows: [] }))).rows as { code: string; name: string; lon: number; lat: number; pipe_type: string | null }[];
  if (grids.length === 0) throw new Error('case simulator: no unit grids; load the sample district first');
  const known = new Set((await knex('urban_cases').whereRaw("data->'history'->0->>'actor' LIKE 'sim:%'").select(knex.raw("data->'history'->0->>'actor' AS actor"))).map((row: { actor: string }) => row.actor));
  let from = clock() - (options.backfillDays ?? 7) * 86_400_000;

  const round = async (): Promise<void> => {
    const now = clock();
    for (let slot = Math.floor(from / SLOT_MS); slot * SLOT_MS <= now; slot++) {
      for (const report of reportsOf(slot)) {
        if (report.at > now || known.has(report.key)) continue;
        known.add(report.key);
        const n = Math.floor(unit(slot, 91) * 1e6);
        const component = components.length > 0 && unit(slot, 92) < 0.3 ? components[n % components.length] : null;
        const grid = grids[n % grids.length];
        const event = EVENTS[n % EVENTS.length];
        await createCase(knex, {
          source: report.source,
          ...(component ? { componentCode: component.code } : { caseClass: { kind: 'event', code: event.code } }),
          urgency: unit(slot, 93) < 0.1 ? 'urgent' : 'ordinary',
          description: component ? `${component.name ?? '部件'}破损或缺失` : event.what,
          location: component ? { lon: component.lon, lat: component.lat } : { lon: grid.lon, lat: grid.lat },
          role: report.role,
          actor: report.key,
          at: new Date(report.at).toISOString(),
        });
        counts.opened += 1;
      }
    }
    from = now - SLOT_MS;
    // Move every open case of the demo whose next step is due.
    const open = await knex('urban_cases').whereRaw("data->'history'->0->>'actor' LIKE 'sim:%'").whereRaw("data->>'state' NOT IN ('closed', 'voided')").select('id', 'data');
    for (const row of open as { id: string; data: any }[]) {
      for (let guard = 0; guard < 12; guard++) {
        const current = guard === 0 ? row.data : (await knex('urban_cases').where({ id: row.id }).first('data')).data;
        const step = nextStep(current, components);
        if (!step || step.at > now) break;
        await transitionCase(knex, row.id, { ...step.input, at: new Date(step.at).toISOString() });
        counts.steps += 1;
      }
    }
  };
  await round();
  options.logger?.info(counts, 'case simulator started');
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(round).catch((error: unknown) => options.logger?.warn({ err: error }, 'case simulator round failed'));
  }, 60_000);
  timer.unref();
  return {
    counts,
    round: () => (running = running.then(round)),
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** Reports of a 20-minute slot: more in the day than at night. */
function reportsOf(slot: number): PlannedReport[] {
  const hour = new Date(slot * SLOT_MS + 8 * 3_600_000).getUTCHours();
  const rate = hour >= 8 && hour < 20 ? 1.2 : 0.25;
  const reports: PlannedReport[] = [];
  for (let k = 0; k < 3; k++) {
    if (unit(slot, 10 + k) >= rate / 3) continue;
    const u = unit(slot, 20 + k);
    const source: CaseSource = u < 0.6 ? 'patrol' : u < 0.85 ? 'hotline-12345' : 'public-report';
    reports.push({ key: `sim:${slot}-${k}`, source, role: source === 'patrol' ? 'patroller' : source === 'hotline-12345' ? 'acceptor' : 'reporter', at: slot * SLOT_MS + Math.floor(unit(slot, 30 + k) * SLOT_MS) });
  }
  return reports;
}

/** The next workflow step of a demo case and when it is due, from its state and last step. */
function nextStep(data: any, components: { code: string; pipe_type: string | null }[]): { at: number; input: Record<string, unknown> } | null {
  const history = data.history as { action: string; at: string }[];
  const last = Date.parse(history[history.length - 1].at);
  const h = (salt: number) => unit(hashOf(data.id), salt * 100 + history.length);
  const minutes = (low: number, high: number, salt: number) => last + Math.round((low + h(salt) * (high - low)) * 60_000);
  const reworks = history.filter((entry) => entry.action === 'rework').length;
  const department = data.department ?? departmentOf(data, components);
  switch (data.state) {
    case 'reported':
      return h(1) < 0.06
        ? { at: minutes(3, 15, 2), input: { action: 'void', role: 'acceptor', actor: '受理员 王芳', note: '重复上报，已有案件' } }
        : { at: minutes(3, 20, 2), input: { action: 'accept', role: 'acceptor', actor: '受理员 王芳' } };
    case 'accepted':
      return { at: minutes(5, 30, 3), input: { action: 'register', role: 'shift-leader', actor: '值班长 李强' } };
    case 'registered':
      return { at: minutes(5, 40, 4), input: { action: 'dispatch', role: 'dispatcher', actor: '派遣员 陈静', department } };
    case 'dispatched': {
      const hours = data.urgency === 'urgent' ? [0.5, 4] : [1, h(9) < 0.15 ? 60 : 20];
      return { at: minutes(hours[0] * 60, hours[1] * 60, 5), input: { action: 'handle', role: 'department', actor: `${department}处置人员`, actorDepartment: department, note: '已现场处置' } };
    }
    case 'handled':
      return reworks === 0 && h(6) < 0.12
        ? { at: minutes(30, 240, 7), input: { action: 'rework', role: 'patroller', actor: '监督员 赵磊', note: '现场复核未处置到位' } }
        : { at: minutes(30, 240, 7), input: { action: 'verify', role: 'patroller', actor: '监督员 赵磊' } };
    case 'verified':
      return { at: minutes(10, 90, 8), input: { action: 'close', role: 'shift-leader', actor: '值班长 李强' } };
    default:
      return null;
  }
}

function departmentOf(data: any, components: { code: string; pipe_type: string | null }[]): string {
  if (data.componentCode) {
    const pipeType = components.find((component) => component.code === data.componentCode)?.pipe_type;
    return COMPONENT_DEPARTMENT[pipeType ?? ''] ?? '区城管执法局';
  }
  return EVENTS.find((event) => event.code === data.caseClass?.code)?.department ?? '区城管执法局';
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}
