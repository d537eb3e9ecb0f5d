import { inputNames, REPORT } from '@runbook/action-inputs';
import { actionInputs, runAction, setFailed, setOutput, type GitHubEmitter } from '@runbook/action-runtime';
import { fitSummary, SUMMARY_LIMIT } from '@runbook/core';
import type { ReportPorts, ReportRequest } from '@runbook/report';
import { planReport } from '@runbook/report/plan';

/** GitHub and Slack behind the report's ports; every text that leaves is masked first. */
async function ports(request: ReportRequest, token: string, emitter: GitHubEmitter): Promise<ReportPorts> {
  const { postToSlack } = await import('@runbook/report');
  const redact = (text: string): string => emitter.redactor.redact(text);
  const base: ReportPorts = {
    summary: (markdown) => emitter.appendSummary(fitSummary(redact(markdown), SUMMARY_LIMIT - 4096, 'The report issue is complete.')),
    log: (message) => emitter.progress(message),
    ...(request.slackWebhook ? { slack: (text: string) => postToSlack(request.slackWebhook as URL, redact(text), { onRetry: (m) => emitter.progress(`slack: ${m}`) }) } : {}),
  };
  if (!token) return base;
  const { githubTarget, reportApi } = await import('@runbook/incidents');
  const api = reportApi({ ...githubTarget(process.env), token, onRetry: (m) => emitter.progress(`github: ${m}`) });
  return {
    ...base,
    incidents: { read: (period) => api.readIncidents(period) },
    runs: { read: (workflows, period) => api.readWorkflowRuns(workflows, period) },
    issues: {
      list: (period, since) => api.reports.list(period, since),
      publish: (issue, known) => api.reports.publish({ ...issue, title: redact(issue.title), body: redact(issue.body), footer: redact(issue.footer) }, known),
    },
  };
}

export async function run(): Promise<void> {
  await runAction('report', async (emitter) => {
    const inputs = actionInputs(inputNames(REPORT));
    const token = inputs.text('github-token') || (process.env.GITHUB_TOKEN ?? '').trim();
    emitter.secret(token);
    emitter.secret(inputs.text('slack-webhook'));
    const request = await planReport(inputs);
    // The report engine (and zod, which validates the result files) is loaded once the inputs are good.
    const [{ runLinkFrom }, { runReport }] = await Promise.all([import('@runbook/incidents'), import('@runbook/report')]);
    const outcome = await runReport(request, await ports(request, token, emitter), new Date(), process.cwd(), runLinkFrom(process.env)?.url);
    emitter.status(outcome.status);
    setOutput('availability', JSON.stringify(outcome.rendered.availability));
    setOutput('issue-url', outcome.issueUrl ?? '');
    for (const warning of outcome.warnings) emitter.warning(`report: ${warning}`);
    // One error line each; the last one also fails the step.
    const errors = outcome.errors.map((error) => emitter.redactor.redact(`report: ${error}`));
    errors.slice(0, -1).forEach((line) => emitter.error(line));
    if (errors.length) setFailed(errors.at(-1) as string);
  });
}
