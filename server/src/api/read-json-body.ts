import type { Request } from 'express';
import { HttpError } from './problem.ts';

/** Reads a JSON request body of at most `maxBytes`: 413 when larger, 400 when not JSON. */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, `the request body is larger than ${Math.round(maxBytes / 1048576)} MB`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new HttpError(400, `the request body is not valid JSON (${(error as Error).message})`);
  }
}
