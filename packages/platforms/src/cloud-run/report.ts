import type { PlatformWords } from '../driver.ts';
import type { CallLog } from '../calls.ts';
import type { CloudRunServiceTarget } from './plan.ts';

export function cloudRunTarget(t: CloudRunServiceTarget): string {
  return `cloud-run:${t.project}/${t.region}/${t.service}`;
}

/** Where a service may be when a traffic change could not be verified, and how to finish it by hand. */
export function unverifiedAdvice(t: CloudRunServiceTarget, to: string, from: string | undefined): string {
  return `${t.service} may serve ${from ?? 'the new revision'} or ${to}: check its traffic (gcloud run services describe ${t.service} --project ${t.project} --region ${t.region}) and run the rollback workflow with to: ${to}`;
}

/** How Cloud Run things read in results and summaries, for deploy and rollback alike. */
export const cloudRunWords: Omit<PlatformWords<CloudRunServiceTarget>, 'defaultRunbook'> = {
  label: (revision) => revision ?? '–',
  unverifiedAdvice,
  targetId: cloudRunTarget,
  where: { heading: 'Cloud Run service', cell: (t) => `${t.project}/${t.region}/${t.service}` },
};

export function apiCallsSection(log: CallLog): { heading: string; body: string } {
  return { heading: 'API calls', body: `${log.total} Cloud Run Admin API calls: ${log.describe()}` };
}

/** What a pinned split means, said whenever traffic ends on explicit revisions. */
export const PINNED_NOTE = 'traffic is pinned to these revisions: a new revision gets no traffic until a deploy routes to latest again (the next successful deploy does)';
