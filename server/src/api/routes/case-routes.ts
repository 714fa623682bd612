import { z } from 'zod';
import { CASE_STATES, CaseClassKind, type CaseState } from '@cimtwin/schemas';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { apiBase } from '../base-url.ts';
import { HttpError } from '../problem.ts';
import type { AppDeps } from '../app-deps.ts';
import { readJsonBody } from '../read-json-body.ts';
import { isCaseTransitionError, CASE_TRANSITION_ERROR_STATUS } from '../../cases/workflow/case-transition-error.ts';
import { createCase } from '../../cases/store/create-case.ts';
import { transitionCase } from '../../cases/store/transition-case.ts';
import { editCase } from '../../cases/store/edit-case.ts';
import { countOpenCases, listCases, readCase, readCaseHistory } from '../../cases/store/read-cases.ts';
import { readCaseIndicators } from '../../cases/store/read-case-indicators.ts';
import { caseCodeLists } from '../../cases/store/case-code-lists.ts';
import { caseFeature } from '../../cases/store/case-view.ts';
import { CaseEditInput, CaseTransitionInput, NewCaseInput } from '../../cases/store/case-inputs.ts';
import { listUnitGrids, readUnitGrid } from '../../cases/grids/read-unit-grids.ts';
import { listComponents, readComponent } from '../../cases/components/read-components.ts';
import type { Bbox } from '../../cases/geojson-page.ts';

const MAX_BODY = 1024 * 1024;
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const BBOX = new RegExp(`^${NUMBER},${NUMBER},${NUMBER},${NUMBER}$`);

const BboxQuery = z
  .string()
  .regex(BBOX, 'bbox is minLon,minLat,maxLon,maxLat')
  .transform((text) => text.split(',').map(Number) as Bbox)
  .refine(([, south, , north]) => south <= north, 'bbox: the southern latitude is north of the northern one')
  .describe('minLon,minLat,maxLon,maxLat (WGS 84)');

const pageQuery = (defaultLimit: number, maxLimit: number) => ({
  bbox: BboxQuery.optional(),
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit).describe(`page size, 1 to ${maxLimit}`),
  offset: z.coerce.number().int().min(0).default(0).describe('items to skip'),
});

/** `event:0102`, `component:01`, `event`, or a bare 2- or 4-digit class code. */
const ClassQuery = z
  .string()
  .regex(/^(?:(component|event)(?::(\d{2}|\d{4}))?|\d{2}|\d{4})$/, 'class is kind, kind:code or code, e.g. event:0102, component:01, 0103')
  .transform((text) => {
    const [first, second] = text.split(':');
    return /^\d+$/.test(first) ? { classCode: first } : { classKind: CaseClassKind.parse(first), classCode: second };
  })
  .describe('case class: component or event, optionally :major or :minor code (event:0102, component:01)');

const StatesQuery = z
  .string()
  .transform((text, context) => {
    const states = text.split(',').map((state) => state.trim());
    const unknown = states.filter((state) => !(CASE_STATES as readonly string[]).includes(state));
    if (unknown.length) context.addIssue({ code: 'custom', message: `unknown state ${unknown.join(', ')}; states are ${CASE_STATES.join(', ')}` });
    return states as CaseState[];
  })
  .describe(`comma-separated states: ${CASE_STATES.join(', ')}`);

const CaseParams = z.object({ id: z.string().min(1).describe('case id, e.g. 20240506-000042') });


/** Runs a workflow step, answering a refused one as problem+json with its code and what is allowed. */
async function refusedAsProblem<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isCaseTransitionError(error)) throw error;
    throw new HttpError(CASE_TRANSITION_ERROR_STATUS[error.code], error.message, { code: error.code, state: error.details.state, action: error.details.action, role: error.details.role, allowed: error.details.allowed });
  }
}

/** Urban-management cases (GB/T 30428): the workflow, lists, indicators, unit grids and components. */
export function caseRoutes(deps: AppDeps): RouteDefinition[] {
  const caseUrl = (req: Parameters<typeof apiBase>[0], id: string) => `${apiBase(req)}/cases/${encodeURIComponent(id)}`;
  return [
    defineRoute({
      method: 'get',
      path: '/cases/classes',
      operationId: 'getCaseCodeLists',
      summary: 'Code lists for case forms: component and event classes, states, actions, roles, sources with Chinese names, transitions, deadline rules',
      tags: ['Cases'],
      responses: { 200: { description: '{component, event, states, actions, roles, sources, urgencies, transitions, reportingRoles, deadlineRules, alarmCaseClasses}' } },
      handler: ({ res }) => {
        res.json(caseCodeLists());
      },
    }),
    defineRoute({
      method: 'get',
      path: '/cases/indicators',
      operationId: 'getCaseIndicators',
      summary: '立案率, 结案率, 按期结案率, 返工率 and handling times of the cases reported in [from, to), overall and by grid, class or department',
      tags: ['Cases'],
      query: z.object({
        from: z.string().describe('start of the period, ISO 8601 with offset'),
        to: z.string().describe('end of the period (excluded)'),
        groupBy: z.enum(['grid', 'class', 'department']).optional().describe('one row per grid, class or department'),
      }),
      responses: { 200: { description: '{from, to, groupBy, overall, groups}' }, 400: { description: 'not a period' } },
      handler: async ({ query, res }) => {
        res.json(await readCaseIndicators(deps.knex, query));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/cases',
      operationId: 'getCases',
      summary: 'Cases, newest report first: filter by state, grid, class, department, overdue, box and report time; JSON or GeoJSON',
      tags: ['Cases'],
      query: z.object({
        state: StatesQuery.optional(),
        grid: z.string().regex(/^\d{15}$/, 'grid is a 15-digit unit-grid code').optional(),
        class: ClassQuery.optional(),
        department: z.string().min(1).optional(),
        overdue: z.enum(['true', 'false']).optional().describe('true: with a department past the deadline now'),
        from: z.string().optional().describe('reported at or after'),
        to: z.string().optional().describe('reported before'),
        f: z.enum(['json', 'geojson']).optional().describe('geojson: a FeatureCollection of case points'),
        ...pageQuery(50, 500),
      }),
      responses: { 200: { description: '{numberMatched, numberReturned, cases} or a GeoJSON FeatureCollection' } },
      handler: async ({ query, res }) => {
        const page = await listCases(deps.knex, {
          states: query.state,
          gridCode: query.grid,
          ...query.class,
          department: query.department,
          overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
          reportedFrom: query.from,
          reportedTo: query.to,
          bbox: query.bbox,
          limit: query.limit,
          offset: query.offset,
        });
        if (query.f !== 'geojson') return void res.json(page);
        res.type('application/geo+json').send(JSON.stringify({ type: 'FeatureCollection', numberMatched: page.numberMatched, numberReturned: page.numberReturned, features: page.cases.map(caseFeature) }));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/cases',
      operationId: 'createCase',
      summary: 'Report a case (上报): the grid is taken from the location when not given, the class from the component when not given',
      tags: ['Cases'],
      requestBody: { contentType: 'application/json', description: 'the report', schema: NewCaseInput },
      responses: { 201: { description: 'the case' }, 400: { description: 'bad report, unknown grid or component' }, 403: { description: 'the role may not report from this source' } },
      handler: async ({ req, res }) => {
        const created = await refusedAsProblem(async () => createCase(deps.knex, await readJsonBody(req, MAX_BODY)));
        res.status(201).location(caseUrl(req, created.id)).json(created);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/cases/:id',
      operationId: 'getCase',
      summary: 'One case: state, class, deadline and whether it is overdue, next actions, history',
      tags: ['Cases'],
      params: CaseParams,
      responses: { 200: { description: 'the case' }, 404: { description: 'no such case' } },
      handler: async ({ params, res }) => {
        const found = await readCase(deps.knex, params.id);
        if (!found) throw new HttpError(404, `there is no case ${params.id}`);
        res.json(found);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/cases/:id',
      operationId: 'editCase',
      summary: 'Correct the description, urgency (before dispatch) or location of an open case',
      tags: ['Cases'],
      params: CaseParams,
      requestBody: { contentType: 'application/json', description: '{actor, description?, urgency?, location?}', schema: CaseEditInput },
      responses: { 200: { description: 'the case' }, 404: { description: 'no such case' }, 409: { description: 'the case is closed or voided, or urgency after dispatch' } },
      handler: async ({ params, req, res }) => {
        res.json(await editCase(deps.knex, params.id, await readJsonBody(req, MAX_BODY)));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/cases/:id/transitions',
      operationId: 'transitionCase',
      summary: 'Take a workflow step (受理, 立案, 派遣, 处置, 核查, 返工, 结案, 退回, 作废, 延期); answers the case after it',
      tags: ['Cases'],
      params: CaseParams,
      requestBody: { contentType: 'application/json', description: '{action, role, actor, at?, note?, department?, actorDepartment?, extensionHours?}', schema: CaseTransitionInput },
      responses: {
        200: { description: 'the case after the step' },
        400: { description: 'missing reason, department or hours; a step dated before the last' },
        403: { description: 'the role may not take the step, or another department acts' },
        404: { description: 'no such case' },
        409: { description: 'the state does not allow the action (with the allowed actions)' },
      },
      handler: async ({ params, req, res }) => {
        const body = await readJsonBody(req, MAX_BODY);
        res.json(await refusedAsProblem(() => transitionCase(deps.knex, params.id, body)));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/cases/:id/history',
      operationId: 'getCaseHistory',
      summary: 'Every step of a case, numbered, with who took it, when, and the Chinese names',
      tags: ['Cases'],
      params: CaseParams,
      responses: { 200: { description: '{caseId, history}' }, 404: { description: 'no such case' } },
      handler: async ({ params, res }) => {
        const history = await readCaseHistory(deps.knex, params.id);
        if (!history) throw new HttpError(404, `there is no case ${params.id}`);
        res.json({ caseId: params.id, history });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/grids',
      operationId: 'getUnitGrids',
      summary: 'Unit grids (万米单元网格) as GeoJSON, by code; filter by box',
      tags: ['Cases'],
      query: z.object(pageQuery(1000, 10000)),
      responses: { 200: { description: 'FeatureCollection', contentType: 'application/geo+json' } },
      handler: async ({ query, res }) => {
        res.type('application/geo+json').send(JSON.stringify(await listUnitGrids(deps.knex, query)));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/grids/:code',
      operationId: 'getUnitGrid',
      summary: 'One unit grid by its 15-digit code, with the number of its open cases',
      tags: ['Cases'],
      params: z.object({ code: z.string().describe('15-digit unit-grid code') }),
      responses: { 200: { description: 'Feature', contentType: 'application/geo+json' }, 404: { description: 'no such grid' } },
      handler: async ({ params, res }) => {
        const grid = await readUnitGrid(deps.knex, params.code);
        if (!grid) throw new HttpError(404, `there is no unit grid ${params.code}`);
        res.type('application/geo+json').send(JSON.stringify({ ...grid, properties: { ...grid.properties, openCases: await countOpenCases(deps.knex, params.code) } }));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/components',
      operationId: 'getComponents',
      summary: 'City components (部件) as GeoJSON, by code; filter by box, class, grid and status',
      tags: ['Cases'],
      query: z.object({
        class: z.string().regex(/^\d{2}(\d{2})?$/, 'class is a 2-digit major or 4-digit minor component class, e.g. 01 or 0103').optional(),
        grid: z.string().regex(/^\d{15}$/, 'grid is a 15-digit unit-grid code').optional(),
        status: z.enum(['in-use', 'retired']).optional(),
        ...pageQuery(1000, 10000),
      }),
      responses: { 200: { description: 'FeatureCollection', contentType: 'application/geo+json' } },
      handler: async ({ query, res }) => {
        const page = await listComponents(deps.knex, { bbox: query.bbox, classCode: query.class, gridCode: query.grid, status: query.status, limit: query.limit, offset: query.offset });
        res.type('application/geo+json').send(JSON.stringify(page));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/components/:code',
      operationId: 'getComponent',
      summary: 'One city component by its 16-digit code, with its class, grid and the network node or feature it stands for',
      tags: ['Cases'],
      params: z.object({ code: z.string().describe('16-digit component code') }),
      responses: { 200: { description: 'Feature', contentType: 'application/geo+json' }, 404: { description: 'no such component' } },
      handler: async ({ params, res }) => {
        const component = await readComponent(deps.knex, params.code);
        if (!component) throw new HttpError(404, `there is no component ${params.code}`);
        res.type('application/geo+json').send(JSON.stringify(component));
      },
    }),
  ];
}
