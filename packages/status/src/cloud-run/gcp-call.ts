import { errorMessage, systemClock } from '@runbook/core';
import { codeOf, googleCall, GRPC_CODE, isMissingCredentials, isTransientRead, missingCredentials, type GoogleCall } from '@runbook/platforms/google-api';
import { undecided, type Verdict } from '../verdict.ts';

export interface GcpCall<T> extends Omit<GoogleCall<T>, 'transient' | 'describe'> {
  /** On systemClock's scale. */
  deadline: number;
  notify?: ((m: string) => void) | undefined;
}

/** One Google API read: see googleCall. */
export async function gcpCall<T>(spec: GcpCall<T>): Promise<T> {
  const { deadline, notify, ...rest } = spec;
  const { value } = await googleCall({ ...rest, transient: isTransientRead }, { clock: systemClock, deadline, ...(notify ? { notify } : {}) });
  return value;
}

/** Why a Google API call could not be had, as a verdict; a refused permission is named; `endpointInput` points the calls at an emulator instead. */
export function gcpFailure(name: string, permission: string, error: unknown, endpointInput: string): Verdict {
  const code = codeOf(error);
  if (code === GRPC_CODE.PERMISSION_DENIED) return undecided(`the job's service account lacks the permission ${permission} (${errorMessage(error)})`, { permission });
  if (code === GRPC_CODE.UNAUTHENTICATED) return undecided(`${name}: no valid Google credentials (${errorMessage(error)}): set up workload identity federation (google-github-actions/auth)`);
  if (isMissingCredentials(error)) return undecided(`${name}: ${missingCredentials(endpointInput)} (${errorMessage(error)})`);
  return undecided(`${name}: ${errorMessage(error)}`);
}
