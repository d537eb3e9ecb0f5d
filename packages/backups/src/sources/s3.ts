import { GetObjectCommand, ListObjectsV2Command, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { isThrottlingError, isTransientError } from '@smithy/core/retry';
import type { Readable } from 'node:stream';
import { finding } from '../findings.ts';
import type { EntryPattern } from '../pattern.ts';
import { listBucket } from './bucket-listing.ts';
import { cloudCall, idleLimitMs, retryAfterHeader, type ErrorShape } from './calls.ts';
import { bodyError, downloadToScratch } from './download.ts';
import { SourceError, type BackupSource, type CallBudget } from './source.ts';

type SdkError = Parameters<typeof isTransientError>[0];
const metadata = (e: unknown) => (e as { $metadata?: { httpStatusCode?: number } }).$metadata;
const headers = (e: unknown) => (e as { $response?: { headers?: Record<string, string> } }).$response?.headers;

export const AWS_ERRORS: ErrorShape = {
  status: (e) => metadata(e)?.httpStatusCode,
  code: (e) => (e instanceof Error ? e.name : undefined),
  retryAfterMs: (e) => retryAfterHeader(headers(e)),
  transient: (e) => e instanceof Error && ((metadata(e)?.httpStatusCode ?? 0) >= 500 || isThrottlingError(e as SdkError) || isTransientError(e as SdkError)),
};

/** The SDK's own retries are off: cloudCall retries, so that the set's timeout bounds time. */
export const AWS_CLIENT = { maxAttempts: 1, requestHandler: { connectionTimeout: 5_000 } } as const;
export const awsRegion = (): string | undefined => process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined;

export interface S3Options {
  /** For S3-compatible stores reached by host name; the endpoint itself comes from AWS_ENDPOINT_URL_S3. */
  forcePathStyle: boolean;
}

const s3Finding = (e: unknown): never => {
  throw e instanceof S3ServiceException && e.name === 'NoSuchBucket' ? new SourceError(finding('NO_BACKUPS', `the bucket does not exist (${e.message})`)) : e;
};

/**
 * `s3://bucket/prefix/`: the objects directly under the prefix (ListObjectsV2, every page, at most
 * MAX_ENTRIES keys), each fetched with GetObject as a stream when a check needs its bytes.
 */
export function s3Source(bucket: string, prefix: string, pattern: EntryPattern, budget: CallBudget, options: S3Options): BackupSource {
  const client = new S3Client({
    ...AWS_CLIENT,
    region: awsRegion() ?? 'us-east-1',
    forcePathStyle: options.forcePathStyle,
    // Many S3-compatible stores reject the CRC32 checksums the SDK sends by default.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const where = `s3://${bucket}/${prefix}`;
  return {
    hashable: false,
    async list() {
      const entries = await listBucket({
        where,
        call: 'ListObjectsV2',
        prefix,
        pattern,
        pathOf: (key) => `s3://${bucket}/${key}`,
        async page(token) {
          const out = await cloudCall(
            {
              name: 'S3 ListObjectsV2',
              permission: `s3:ListBucket on arn:aws:s3:::${bucket}`,
              on: where,
              attempt: (abortSignal) => client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, Delimiter: '/', ...(token ? { ContinuationToken: token } : {}) }), { abortSignal }).catch(s3Finding),
            },
            AWS_ERRORS,
            budget,
          );
          const objects = (out.Contents ?? []).map((object) => {
            const etag = object.ETag?.replace(/"/g, '');
            // A multipart ETag (`…-N`) is no digest of the bytes.
            return { key: object.Key ?? '', size: object.Size ?? 0, time: object.LastModified, digest: etag && !etag.includes('-') ? `md5:${etag}` : undefined };
          });
          return { objects, next: out.IsTruncated ? out.NextContinuationToken : undefined };
        },
      });
      return { entries, findings: [] };
    },
    async open(entry) {
      const key = entry.path.slice(`s3://${bucket}/`.length);
      const out = await cloudCall(
        { name: 'S3 GetObject', permission: `s3:GetObject on arn:aws:s3:::${bucket}/${key}`, on: entry.path, attempt: (abortSignal) => client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), { abortSignal }) },
        AWS_ERRORS,
        budget,
      );
      return downloadToScratch(out.Body as Readable, key, idleLimitMs(budget)).catch((error: unknown) => {
        throw bodyError(entry.path, error);
      });
    },
  };
}
