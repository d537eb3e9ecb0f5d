import { z } from 'zod';

// Every report issue carries its numbers as JSON in a fenced block, so the next period's report
// can say what changed without recomputing anything.

export const ReportData = z.object({
  v: z.literal(1),
  key: z.string(),
  from: z.string(),
  to: z.string(),
  services: z.record(z.string(), z.object({ percent: z.number().nullable(), downMs: z.number(), unmonitoredMs: z.number() })),
  incidents: z.number(),
  mttrMs: z.number().nullable(),
});
export type ReportData = z.infer<typeof ReportData>;

const FENCE = '```json runbook-report';

/** The block; backticks inside strings are escaped, so nothing in it can end the fence. */
export const renderDataBlock = (data: ReportData): string => `${FENCE}\n${JSON.stringify(data).replace(/`/g, '\\u0060')}\n\`\`\``;

/** The data of a report issue's body, undefined when it has none or it does not parse. */
export function parseDataBlock(body: string): ReportData | undefined {
  const start = body.indexOf(`${FENCE}\n`);
  if (start < 0) return undefined;
  const from = start + FENCE.length + 1;
  const end = body.indexOf('\n```', from);
  if (end < 0) return undefined;
  try {
    const parsed = ReportData.safeParse(JSON.parse(body.slice(from, end)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
