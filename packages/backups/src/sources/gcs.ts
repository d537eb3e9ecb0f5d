import { retry } from '@runbook/core';
import { Storage, type File } from '@google-cloud/storage';
import type { EntryPattern } from '../pattern.ts';
import { listBucket } from './bucket-listing.ts';
import { callFinding, callLimitMs, cloudCall, idleLimitMs, retryAfterHeader, transportTransient, type ErrorShape } from './calls.ts';
import { bodyError, downloadToScratch } from './download.ts';
import { SourceError, type BackupSource, type CallBudget } from './source.ts';

interface ApiErrorLike {
  code?: number | string;
  errors?: { reason?: string }[];
  response?: { headers?: Record<string, string>; data?: { error?: { errors?: { reason?: string }[] } } };
}

/** Google API errors (gaxios, @google-cloud/common): the HTTP status in `code`, the reason in `errors`. */
export const GOOGLE_ERRORS: ErrorShape = {
  status: (e) => {
    const code = (e as ApiErrorLike).code ?? (e as { status?: number }).status;
    return typeof code === 'number' ? code : undefined;
  },
  // @google-cloud/storage lifts the reason onto the error; gaxios (the generated clients) leaves it in the body.
  code: (e) => (e as ApiErrorLike).errors?.[0]?.reason ?? (e as ApiErrorLike).response?.data?.error?.errors?.[0]?.reason,
  retryAfterMs: (e) => retryAfterHeader((e as ApiErrorLike).response?.headers),
  transient: (e) => {
    const status = GOOGLE_ERRORS.status(e) ?? 0;
    return status === 429 || status === 408 || status >= 500;
  },
};

/** Rejects when the call's attempt is aborted, for clients that take no AbortSignal. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const digestOf = (md5Hash: unknown): string | undefined => (typeof md5Hash === 'string' && md5Hash ? `md5:${Buffer.from(md5Hash, 'base64').toString('hex')}` : undefined);

/**
 * `gs://bucket/prefix/`: the objects directly under the prefix (objects.list, every page), each
 * downloaded (`alt=media`) as a stream when a check needs its bytes. STORAGE_EMULATOR_HOST points
 * the client at an emulator, as the library documents.
 */
export function gcsSource(bucketName: string, prefix: string, pattern: EntryPattern, budget: CallBudget): BackupSource {
  const storage = new Storage({ retryOptions: { autoRetry: false }, timeout: idleLimitMs(budget) });
  const bucket = storage.bucket(bucketName);
  const where = `gs://${bucketName}/${prefix}`;
  return {
    hashable: false,
    async list() {
      const entries = await listBucket({
        where,
        call: 'objects.list',
        prefix,
        pattern,
        pathOf: (key) => `gs://${bucketName}/${key}`,
        async page(pageToken) {
          const [files, next] = await cloudCall(
            {
              name: 'GCS objects.list',
              permission: `storage.objects.list on bucket ${bucketName}`,
              on: where,
              attempt: (signal) => abortable(bucket.getFiles({ prefix, delimiter: '/', autoPaginate: false, maxResults: 1000, ...(pageToken ? { pageToken } : {}) }), signal),
            },
            GOOGLE_ERRORS,
            budget,
          );
          const objects = files.map((file) => {
            const updated = file.metadata.updated ? new Date(file.metadata.updated) : undefined;
            return { key: file.name, size: Number(file.metadata.size ?? 0), time: updated && !Number.isNaN(updated.getTime()) ? updated : undefined, digest: digestOf(file.metadata.md5Hash) };
          });
          return { objects, next: (next as { pageToken?: string } | null)?.pageToken };
        },
      });
      return { entries, findings: [] };
    },
    async open(entry) {
      const key = entry.path.slice(`gs://${bucketName}/`.length);
      const file: File = bucket.file(key);
      const spec = { name: 'GCS objects.get (alt=media)', permission: `storage.objects.get on bucket ${bucketName}`, on: entry.path };
      const limitMs = callLimitMs(budget);
      try {
        // The request starts when the stream is read: a refusal or a 5xx arrives as its error, and a retry downloads again.
        return await retry(() => downloadToScratch(file.createReadStream({ validation: false }), key, idleLimitMs(budget)), {
          retries: 3,
          baseMs: 250,
          maxMs: 5_000,
          clock: budget.clock,
          deadline: budget.clock.now() + limitMs,
          retryable: (e) => (e as Error).name !== 'IdleTimeout' && (GOOGLE_ERRORS.transient(e) || transportTransient(e)),
          retryAfterMs: (e) => GOOGLE_ERRORS.retryAfterMs(e),
        });
      } catch (error) {
        if (GOOGLE_ERRORS.status(error) !== undefined) throw new SourceError(callFinding(spec, error, GOOGLE_ERRORS, limitMs));
        throw bodyError(entry.path, error);
      }
    },
  };
}
