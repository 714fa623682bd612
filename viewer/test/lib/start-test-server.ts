/** A running cimtwin server for browser tests. */
export interface TestServer {
  /** Origin the server listens on, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** What the server package's testing entry point provides. */
interface SampleServerModule {
  startSampleServer(): Promise<TestServer>;
}

/** The server package's testing entry point; a variable so the viewer builds without it. */
const SERVER_TESTING_MODULE = '@cimtwin/server/testing';

/**
 * Starts the real server with the sample district imported and tiled (fresh data directory,
 * free port). `CIMTWIN_VIEWER_TEST_URL` points the tests at a server that is already running
 * instead, e.g. a deployment or a fixture.
 */
export async function startTestServer(): Promise<TestServer> {
  const external = process.env.CIMTWIN_VIEWER_TEST_URL;
  if (external) return { url: external.replace(/\/+$/, ''), close: async () => {} };
  const { startSampleServer } = (await import(SERVER_TESTING_MODULE)) as SampleServerModule;
  const server = await startSampleServer();
  return { url: server.url.replace(/\/+$/, ''), close: () => server.close() };
}
