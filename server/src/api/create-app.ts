import fs from 'node:fs';
import express, { type Express } from 'express';
import compression from 'compression';
import swaggerUiDist from 'swagger-ui-dist';
import type { AppDeps } from './app-deps.ts';
import { mountRoutes, type RouteDefinition } from './define-route.ts';
import { apiBase } from './base-url.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { docsPageHtml } from './docs-page.ts';
import { createErrorHandler, notFoundHandler } from './problem.ts';
import { landingRoutes } from './routes/landing-routes.ts';
import { collectionRoutes } from './routes/collection-routes.ts';
import { itemRoutes } from './routes/item-routes.ts';
import { tilesetRoutes } from './routes/tileset-routes.ts';
import { bimRoutes } from './routes/bim-routes.ts';
import { networkRoutes } from './routes/network-routes.ts';
import { addressRoutes } from './routes/address-routes.ts';
import { sensorThingsRouter } from '../sensors/sensorthings/sensorthings-router.ts';
import { reviewRoutes } from './routes/review-routes.ts';
import { jobRoutes } from './routes/job-routes.ts';
import { caseRoutes } from './routes/case-routes.ts';
import { alarmRoutes } from './routes/alarm-routes.ts';
import { liveRoutes } from './routes/live-routes.ts';

/** Compress what compression's defaults take, plus glb, GeoJSON and problem details. */
function shouldCompress(req: express.Request, res: express.Response): boolean {
  const type = String(res.getHeader('Content-Type') ?? '');
  return /model\/gltf-binary|geo\+json|problem\+json|schema\+json|openapi\+json/.test(type) || compression.filter(req, res);
}

/** Every documented API route, in the order of the OpenAPI document. */
export function apiRoutes(deps: AppDeps): RouteDefinition[] {
  return [...landingRoutes(deps), ...collectionRoutes(deps), ...itemRoutes(deps), ...tilesetRoutes(deps), ...bimRoutes(deps), ...reviewRoutes(deps), ...networkRoutes(deps), ...addressRoutes(deps), ...caseRoutes(deps), ...alarmRoutes(deps), ...liveRoutes(deps), ...jobRoutes(deps)];
}

/**
 * Builds the Express app without listening: the API under /api, the viewer at /.
 * Stateless: everything it answers comes from the database and tile storage it is given.
 */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('query parser', 'simple');
  app.use(compression({ filter: shouldCompress }));

  const api = express.Router();
  const routes = apiRoutes(deps);
  api.get('/openapi.json', (req, res) => {
    res.type('application/vnd.oai.openapi+json;version=3.1').send(JSON.stringify(buildOpenApiDocument(routes, apiBase(req))));
  });
  api.use('/docs/assets', express.static(swaggerUiDist.getAbsoluteFSPath(), { index: false }));
  api.get('/docs', (req, res) => {
    res.type('html').send(docsPageHtml(`${req.baseUrl}/docs/assets`, `${req.baseUrl}/openapi.json`));
  });
  mountRoutes(api, routes);
  api.use('/sensorthings/v1.1', sensorThingsRouter(deps.knex));
  api.use(notFoundHandler);
  app.use('/api', api);

  if (deps.viewerDir && fs.existsSync(deps.viewerDir)) {
    app.use(express.static(deps.viewerDir, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get('/', (_req, res) => {
      res.redirect('/api/');
    });
  }
  app.use(notFoundHandler);
  app.use(createErrorHandler(deps.logger));
  return app;
}
