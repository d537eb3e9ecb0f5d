import { UNDECIDED_PREFIX } from '@runbook/core';
import { finding } from '../findings.ts';
import { MAX_ENTRIES, newestFirst, type BackupEntry } from '../list-local.ts';
import type { EntryPattern } from '../pattern.ts';
import { MAX_PAGES } from './calls.ts';
import { SourceError } from './source.ts';

/** One object of a listing page, as S3 and GCS both describe it; `time` undefined when unknown. */
export interface ListedObject {
  key: string;
  size: number;
  time: Date | undefined;
  digest?: string | undefined;
}

export interface BucketListing {
  /** `s3://bucket/prefix/`, for messages. */
  where: string;
  /** `ListObjectsV2`, `objects.list`: the call, for messages. */
  call: string;
  prefix: string;
  pattern: EntryPattern;
  /** An entry's path from an object's key. */
  pathOf(key: string): string;
  /** One page after `token` (the first page without one), and the next page's token. */
  page(token: string | undefined): Promise<{ objects: ListedObject[]; next: string | undefined }>;
}

/**
 * Every page of a bucket listing, bounded by MAX_PAGES and MAX_ENTRIES (past either, the set is
 * undecided): the objects the pattern matches, as entries newest first.
 */
export async function listBucket(listing: BucketListing): Promise<BackupEntry[]> {
  const { where, prefix, pattern } = listing;
  const entries: BackupEntry[] = [];
  let token: string | undefined;
  let seen = 0;
  for (let page = 1; ; page++) {
    const { objects, next } = await listing.page(token);
    for (const object of objects) {
      if (++seen > MAX_ENTRIES) throw new SourceError(finding('CHECK_ERROR', `${UNDECIDED_PREFIX}more than ${MAX_ENTRIES} objects under ${where}: narrow the prefix`));
      const name = object.key.slice(prefix.length);
      const dated = name ? pattern.match(name) : undefined;
      if (dated === undefined || object.time === undefined) continue;
      entries.push({ name, path: listing.pathOf(object.key), directory: false, size: object.size, time: dated ?? object.time, ...(object.digest ? { digest: object.digest } : {}) });
    }
    token = next;
    if (!token) break;
    if (page >= MAX_PAGES) throw new SourceError(finding('CHECK_ERROR', `${UNDECIDED_PREFIX}${listing.call} on ${where} still had more pages after ${MAX_PAGES}: stopped at the bound`));
  }
  return newestFirst(entries);
}
