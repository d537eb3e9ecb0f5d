import { actionCanRun } from '@runbook/node-check';

// main.ts is imported only after the check: it loads code that needs Node 24.
if (actionCanRun('watchdog')) {
  const { run } = await import('./main.ts');
  await run();
}
