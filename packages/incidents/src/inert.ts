/**
 * Text that came from the checked service (a response body in a failure reason) written so that
 * GitHub renders it literally: no @mentions, images, links or HTML from a compromised endpoint.
 */
export function inert(text: string): string {
  if (!/[@!<>[\]`*_#~\\]/.test(text)) return text;
  const longestTicks = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longestTicks + 1);
  return `${fence} ${text.replace(/\r?\n/g, ' ')} ${fence}`;
}
