import type { Request } from 'express';

/** The API root as the client reached it (honours the Host header, and X-Forwarded-* when trusted). */
export function apiBase(req: Request): string {
  return `${req.protocol}://${req.get('host')}${req.baseUrl}`;
}
