import { postWithRetry, type PostOptions } from '@runbook/core';

/** Posts the report's text to a Slack incoming webhook, retried; errors never contain the URL. */
export const postToSlack = (url: URL, text: string, options: PostOptions = {}): Promise<void> =>
  postWithRetry('the Slack webhook', url, { text: JSON.stringify({ text }), contentType: 'application/json' }, options);
