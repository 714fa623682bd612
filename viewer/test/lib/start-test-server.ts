/** A running cimtwin server for browser tests. */
export interface TestServer {
  /** Origin the server listens on, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** What the server package's testing entry point provides. */
interface SampleServerModule {
  startSampleServer(options?: SampleServerOptions): Promise<TestServer>;
}

/** Options passed through to the server's `startSampleServer`, e.g. IFC models to import. */
export interface SampleServerOptions {
  ifcModels?: {
    file: string;
    name?: string;
    placement?: { origin: [number, number, number]; rotationDeg: number };
    overrideGeoreference?: boolean;
  }[];
}

/** The server package's testing entry point; a variable so the viewer builds without it. */
const SERVER_TESTING_MODULE = '@cimtwin/server/testing';

/**
 * Starts the real server with the sample district imported and tiled (fresh data directory,
 * free port). `CIMTWIN_VIEWER_TEST_URL` points the tests at a server that is already running
 * instead, e.g. a deployment or a fixture.
 */
export async function startTestServer(options: SampleServerOptions = {}): Promise<TestServer> {
  const external = process.env.CIMTWIN_VIEWER_TEST_URL;
  if (external) return { url: external.replace(/\/+$/, ''), close: async () => {} };
  const { startSampleServer } = (await import(SERVER_TESTING_MODULE)) as SampleServerModule;
  const server = await startSampleServer(options);
  return { url: server.url.replace(/\/+$/, ''), close: () => server.close() };
}
