import type { z } from 'zod';

/** The first problems of a zod error as one line: `Datastreams.0.unitOfMeasurement: Required; …`. */
export function zodProblem(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
}
