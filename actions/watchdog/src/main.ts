import { inputNames, WATCHDOG } from '@runbook/action-inputs';
import { runCheckAction } from '@runbook/action-runtime';
import { planWatchdog, runWatchdog } from '@runbook/watchdog';

export async function run(): Promise<void> {
  await runCheckAction('watchdog', async ({ inputs, emitter }) => {
    const request = await planWatchdog(inputs, process.env);
    const token = inputs.text('github-token') || (process.env.GITHUB_TOKEN ?? '').trim();
    if (!token) inputs.fail('github-token', 'expected a token that can read the workflows (`actions: read`), e.g. ${{ github.token }}');
    const { githubTarget, workflowStatusReader } = await import('@runbook/incidents');
    const read = workflowStatusReader({ apiUrl: githubTarget(process.env).apiUrl, token, repository: request.repository, onRetry: (m) => emitter.progress(`github: ${m}`) });
    return runWatchdog(request, read, emitter);
  }, inputNames(WATCHDOG));
}
