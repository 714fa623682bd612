// Cases in every state for the workflow and indicator tests, opened on Monday 6 May 2024.
import type { CaseState, UrbanCase } from '../case-schemas.ts';
import { applyTransition } from './apply-transition.ts';
import { openCase, type CaseReport } from './open-case.ts';

/** The department the fixtures dispatch to. */
export const FIXTURE_DEPARTMENT = 'district-sanitation';

/** A patrol report of exposed rubbish (事件 0102) at 09:00. */
export function fixtureReport(overrides: Partial<CaseReport> = {}): CaseReport {
  return {
    id: 'C-1',
    source: 'patrol',
    caseClass: { kind: 'event', code: '0102' },
    description: '路边暴露垃圾',
    location: { lon: 116.45, lat: 39.92 },
    gridCode: '110105001002003',
    role: 'patroller',
    actor: 'patroller-7',
    at: '2024-05-06T09:00:00+08:00',
    ...overrides,
  };
}

const PATH: Array<[Exclude<CaseState, 'reported' | 'voided'>, Parameters<typeof applyTransition>[1], Parameters<typeof applyTransition>[2]]> = [
  ['accepted', 'accept', { role: 'acceptor', actor: 'acceptor-1', at: '2024-05-06T09:05:00+08:00' }],
  ['registered', 'register', { role: 'shift-leader', actor: 'leader-1', at: '2024-05-06T09:10:00+08:00' }],
  ['dispatched', 'dispatch', { role: 'dispatcher', actor: 'dispatcher-1', at: '2024-05-06T09:15:00+08:00', department: FIXTURE_DEPARTMENT }],
  ['handled', 'handle', { role: 'department', actor: 'crew-3', actorDepartment: FIXTURE_DEPARTMENT, at: '2024-05-06T10:00:00+08:00' }],
  ['verified', 'verify', { role: 'patroller', actor: 'patroller-7', at: '2024-05-06T11:00:00+08:00' }],
  ['closed', 'close', { role: 'shift-leader', actor: 'leader-1', at: '2024-05-06T11:10:00+08:00' }],
];

/** A case walked along the main path to `state` (voided: voided right after the report). */
export function fixtureCase(state: CaseState, report: Partial<CaseReport> = {}): UrbanCase {
  let current = openCase(fixtureReport(report));
  if (state === 'reported') return current;
  if (state === 'voided') return applyTransition(current, 'void', { role: 'acceptor', actor: 'acceptor-1', at: '2024-05-06T09:05:00+08:00', note: '重复上报' });
  for (const [reached, action, context] of PATH) {
    current = applyTransition(current, action, context);
    if (reached === state) return current;
  }
  throw new Error(`no fixture for ${state}`);
}
