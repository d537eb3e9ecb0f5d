import { IssuesApi, type PlainIssue } from './issues-api.ts';
import { BODY_LIMIT, capBody, capTitle } from './render.ts';

/** Every report issue carries this label, and its period's (`daily`, `weekly`, …). */
export const REPORT_LABEL = 'report';

const PREFIX = '<!-- runbook:report key=';

/** The hidden line that names the period a report issue is about (`daily:2025-10-21`). */
export const reportMarker = (key: string): string => `${PREFIX}${encodeURIComponent(key).replace(/-/g, '%2D')} -->`;

export function reportKeyOf(body: string): string | undefined {
  const start = body.indexOf(PREFIX);
  const end = start < 0 ? -1 : body.indexOf(' -->', start);
  if (end < 0) return undefined;
  try {
    return decodeURIComponent(body.slice(start + PREFIX.length, end));
  } catch {
    return undefined;
  }
}

export interface ReportIssue extends PlainIssue {
  key: string;
}

export interface ReportIssueRequest {
  /** `daily`, `weekly`, `monthly`: the second label. */
  period: string;
  /** This report's period (`daily:2025-10-21`); keys of one period sort in time order. */
  key: string;
  title: string;
  /** Without the marker, which is added first; cut to GitHub's limit when too long. */
  body: string;
  /** Kept whole after the body (the report's data block). */
  footer?: string;
}

export interface PublishedReportIssue {
  number: number;
  url: string;
  created: boolean;
  /** Older report issues of the period that were still open and are now closed. */
  closed: number[];
}

/** Report issues of one period in the repository, for the same period or earlier ones. */
export class ReportIssues {
  constructor(private readonly api: IssuesApi) {}

  /** Report issues of the period updated since `since`: one paginated list call. */
  async list(period: string, since: Date): Promise<ReportIssue[]> {
    const { issues } = await this.api.listLabelled({ labels: [REPORT_LABEL, period], state: 'all', since });
    return issues.flatMap((issue) => {
      const key = reportKeyOf(issue.body);
      return key === undefined ? [] : [{ ...issue, key }];
    });
  }

  /**
   * Updates the issue of this period if one exists (never a second one), else opens it; then closes
   * the open report issues of earlier periods, so reports do not pile up open.
   */
  async publish(request: ReportIssueRequest, known: ReadonlyArray<Pick<ReportIssue, 'number' | 'url' | 'state' | 'key'>>): Promise<PublishedReportIssue> {
    const footer = request.footer ? `\n\n${request.footer}\n` : '';
    const body = `${capBody(`${reportMarker(request.key)}\n\n${request.body}`, BODY_LIMIT - footer.length)}${footer}`;
    const title = capTitle(request.title);
    const same = known.filter((i) => i.key === request.key).sort((a, b) => a.number - b.number)[0];
    let issue: { number: number; url: string };
    if (same) {
      await this.api.updateIssue(same.number, { title, body });
      issue = same;
    } else {
      issue = await this.api.createIssue({ title, body, labels: [REPORT_LABEL, request.period] });
    }
    const older = known.filter((i) => i.state === 'open' && i.key < request.key && i.number !== issue.number);
    for (const old of older) await this.api.updateIssue(old.number, { state: 'closed', stateReason: 'completed' });
    return { number: issue.number, url: issue.url, created: !same, closed: older.map((i) => i.number) };
  }
}
