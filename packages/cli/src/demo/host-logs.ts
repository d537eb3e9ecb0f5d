import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');
/** `02/Dec/2026:15:00:00 +0000`, the access log's time. */
const clf = (t: Date): string => `${p2(t.getUTCDate())}/${MONTHS[t.getUTCMonth()]}/${t.getUTCFullYear()}:${p2(t.getUTCHours())}:${p2(t.getUTCMinutes())}:${p2(t.getUTCSeconds())} +0000`;

/**
 * An application log and an Apache access log (`%D` last) of the last hours, written for the
 * demo's host checks: 3 error lines, and 2 % of 5xx among 200 requests.
 */
export function writeDemoLogs(dir: string, now = Date.now()): { errorLog: string; accessLog: string } {
  const at = (agoMs: number) => new Date(now - agoMs);
  const errorLog = join(dir, 'app.log');
  writeFileSync(
    errorLog,
    [
      `${at(3_600_000 * 3).toISOString()} INFO estimator started`,
      `${at(3_600_000 * 2).toISOString()} ERROR OpenAI API Error: timeout after 30s`,
      `${at(3_600_000).toISOString()} ERROR OpenAI API Error: timeout after 31s`,
      `${at(1_800_000).toISOString()} ERROR Database Lock: database is locked`,
      '',
    ].join('\n'),
  );
  const accessLog = join(dir, 'access_log');
  const lines = Array.from({ length: 200 }, (_, i) => `203.0.113.7 - - [${clf(at(3_600_000 - i * 15_000))}] "POST /api/v1/estimate HTTP/1.1" ${i % 50 === 7 ? 503 : 200} 512 "-" "Mozilla/5.0" ${120_000 + (i % 10) * 40_000}`);
  writeFileSync(accessLog, `${lines.join('\n')}\n`);
  return { errorLog, accessLog };
}
