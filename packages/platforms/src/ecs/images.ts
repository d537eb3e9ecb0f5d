import { quote, type Parsed } from '@runbook/core';

/** What a deploy changes in the containers' images. */
export type ImageChange =
  | { kind: 'image'; image: string }
  | { kind: 'images'; images: Record<string, string> }
  | { kind: 'tag'; tag: string }
  | { kind: 'none' };

export interface ImageRef {
  /** `123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/keiba-backend`, `registry:5000/app`, `nginx` */
  repository: string;
  tag?: string;
  digest?: string;
}

// Docker's rules, loosely: no spaces or control characters, a tag of at most 128 word characters,
// dots and dashes, a digest `algorithm:hex`.
const REFERENCE = /^[a-z0-9][a-z0-9._\-/:]*(@[a-z0-9]+:[a-f0-9]{32,})?$/i;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Splits `repo:tag@sha256:…`; the colon of a registry port (`host:5000/app`) is not a tag. */
export function parseImageRef(image: string): ImageRef {
  const at = image.indexOf('@');
  const name = at === -1 ? image : image.slice(0, at);
  const digest = at === -1 ? undefined : image.slice(at + 1);
  const colon = name.lastIndexOf(':');
  const hasTag = colon > name.lastIndexOf('/');
  return {
    repository: hasTag ? name.slice(0, colon) : name,
    ...(hasTag ? { tag: name.slice(colon + 1) } : {}),
    ...(digest ? { digest } : {}),
  };
}

/** The same repository with another tag; a digest pin is dropped, since the tag now decides. */
export function withTag(image: string, tag: string): string {
  return `${parseImageRef(image).repository}:${tag}`;
}

export function imageValue(text: string): Parsed<string> {
  const image = text.trim();
  const ref = parseImageRef(image);
  if (!REFERENCE.test(image) || ref.repository === '' || (ref.tag !== undefined && !TAG.test(ref.tag))) {
    return { ok: false, expected: `expected an image like 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:main-abc1234, got ${quote(text)}` };
  }
  return { ok: true, value: image };
}

export function imageTagValue(text: string): Parsed<string> {
  const tag = text.trim();
  if (!TAG.test(tag)) return { ok: false, expected: `expected an image tag like main-abc1234 (letters, digits, _ . -, at most 128), got ${quote(text)}` };
  return { ok: true, value: tag };
}

/** `container=image` lines, each container once. */
export function imagesValue(lines: readonly string[]): Parsed<Record<string, string>> {
  const images: Record<string, string> = {};
  for (const [i, line] of lines.entries()) {
    const eq = line.indexOf('=');
    const container = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!/^[A-Za-z0-9_-]{1,255}$/.test(container)) return { ok: false, expected: `line ${i + 1} is not "container=image"` };
    if (container in images) return { ok: false, expected: `container "${container}" is given twice` };
    const image = imageValue(line.slice(eq + 1));
    if (!image.ok) return { ok: false, expected: `line ${i + 1}: ${image.expected}` };
    images[container] = image.value;
  }
  return { ok: true, value: images };
}
