/**
 * The latest of a stream of requests, as a search box sends them while one types: a request
 * waits for a pause in the input, and a newer one cancels both the wait and the request before
 * it (through its AbortSignal), so an older, slower answer never replaces a newer one.
 */
export class DebouncedRequest<Input, Output> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: ((value: undefined) => void) | undefined;
  private controller: AbortController | undefined;

  /**
   * @param run sends one request; it should give up when the signal aborts
   * @param delayMs the pause to wait for, in milliseconds
   */
  constructor(
    private readonly run: (input: Input, signal: AbortSignal) => Promise<Output>,
    private readonly delayMs: number,
  ) {}

  /** Sends after the pause; resolves with the answer, or undefined if a newer request replaced it. */
  schedule(input: Input): Promise<Output | undefined> {
    this.cancel();
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.waiting = undefined;
        this.now(input).then(resolve, reject);
      }, this.delayMs);
    });
  }

  /** Sends at once; resolves with the answer, or undefined if a newer request replaced it. */
  async now(input: Input): Promise<Output | undefined> {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const output = await this.run(input, controller.signal);
      return controller.signal.aborted ? undefined : output;
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      throw error;
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /** Drops the waiting request (it resolves undefined) and aborts the running one. */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting?.(undefined);
    this.waiting = undefined;
    this.controller?.abort();
    this.controller = undefined;
  }
}
