import type { ReportModel, ServiceReport } from './model.ts';

/** Charts per report: more lines in one xychart have no legend to tell them apart. */
const MAX_CHARTS = 3;

/** Text inside a quoted Mermaid string: no quote, no line break, no fence. */
const quoted = (text: string): string => `"${text.replace(/["`\r\n]/g, ' ').slice(0, 80)}"`;

/**
 * Mermaid `xychart-beta` line charts (GitHub renders them in issues and summaries) of the daily
 * availability of the services with the lowest availability, for weekly and monthly reports. A
 * day nobody monitored is drawn at the bottom of the axis: xychart has no gaps.
 */
export function availabilityCharts(model: ReportModel, title: (service: string) => string): string[] {
  if (model.days.length === 0) return [];
  const worst = [...model.services]
    .filter((s) => s.daily.some((d) => d !== undefined))
    .sort((a, b) => (a.availability?.percent ?? 101) - (b.availability?.percent ?? 101))
    .slice(0, MAX_CHARTS);
  return worst.map((s) => chart(s, model.days, model.slo, title(s.service)));
}

function chart(service: ServiceReport, days: readonly string[], slo: number, title: string): string {
  const known = service.daily.filter((d): d is number => d !== undefined);
  const bottom = Math.max(0, Math.floor(Math.min(slo, ...known)) - 1);
  const values = service.daily.map((d) => (d === undefined ? bottom : Math.round(d * 100) / 100));
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${quoted(title)}`,
    `  x-axis [${days.map((d) => quoted(d.slice(5))).join(', ')}]`,
    `  y-axis "%" ${bottom} --> 100`,
    `  line [${values.join(', ')}]`,
    `  line [${days.map(() => slo).join(', ')}]`,
    '```',
  ].join('\n');
}
