import { describe, expect, it } from 'vitest';
import { parseConfig } from '@runbook/core/config';
import { reasonClass } from './classify.ts';
import { durationJa } from './i18n/ja.ts';
import { formatTime, messagesFor, tlsEndpoint } from './i18n/index.ts';
import { capBody, capTitle, shortTarget } from './render.ts';
import { resolveSettings } from './settings.ts';

const config = parseConfig(
  `version: 1
locale: ja
incidents:
  assignees: { P1: ['@oncall'], P2: [oncall] }
  escalate:
    P1: { after: 30m, mention: [cto] }
    P2: { after: 2h, mention: [infra-lead] }
  labels: [ops]
environments:
  production:
    incidents:
      assignees: { P1: [prod-oncall] }
      escalate: { P1: { after: 10m, mention: ['@acme/sre'], assignees: [lead] } }
      warn-min-severity: P2
  staging: {}
`,
  'runbook.yml',
);

describe('resolveSettings', () => {
  it('lets each key the environment sets replace the top-level one', () => {
    const s = resolveSettings(config, 'production', undefined);
    expect(s.locale).toBe('ja');
    expect(s.assignees).toEqual({ P1: ['prod-oncall'] });
    expect(s.escalate).toEqual({ P1: { afterMs: 600_000, mention: ['acme/sre'], assignees: ['lead'] } });
    expect(s.warnMinSeverity).toBe('P2');
    expect(s.reopenWithinMs).toBe(86_400_000);
    expect(s.labels).toEqual(['ops']);
  });

  it('uses the top level alone for an environment without incidents, and the locale input first', () => {
    const s = resolveSettings(config, 'staging', 'en');
    expect(s.locale).toBe('en');
    expect(s.assignees).toEqual({ P1: ['oncall'], P2: ['oncall'] });
    expect(s.escalate.P2).toEqual({ afterMs: 7_200_000, mention: ['infra-lead'], assignees: [] });
    expect(s.warnMinSeverity).toBe('P3');
  });

  it('has defaults without a config', () => {
    expect(resolveSettings(undefined, '', undefined)).toMatchObject({ locale: 'en', warnMinSeverity: 'P3', reopenWithinMs: 86_400_000, escalate: {} });
  });

  it('rejects a mention that is not a GitHub user or team, naming the path', () => {
    expect(() => parseConfig('version: 1\nincidents:\n  escalate: { P1: { after: 30m, mention: ["the cto"] } }\nenvironments: {}\n', 'runbook.yml')).toThrow(
      'runbook.yml: incidents.escalate.P1.mention[0]: expected a GitHub user like cto or a team like acme/infra',
    );
  });
});

describe('reasonClass', () => {
  it('ignores figures but not the kind of failure', () => {
    expect(reasonClass('fail', 'timed out after 10s')).toBe(reasonClass('fail', 'timed out after 12.5s'));
    expect(reasonClass('fail', 'expected status 200, got 502')).toBe(reasonClass('fail', 'expected status 200, got 503'));
    expect(reasonClass('fail', 'expected status 200, got 502')).not.toBe(reasonClass('fail', 'expected status 200, got 404'));
    expect(reasonClass('fail', 'p95 812ms is over the 250ms limit')).toBe(reasonClass('fail', 'p95 1204ms is over the 250ms limit'));
    expect(reasonClass('fail', 'expected {"status":"healthy"}, got {"status":"degraded"}')).toBe(reasonClass('fail', 'expected {"status":"healthy"}, got {"status":"down"}'));
    expect(reasonClass('fail', 'timed out after 10s')).not.toBe(reasonClass('fail', 'connection refused'));
    expect(reasonClass('fail', 'x')).not.toBe(reasonClass('warn', 'x'));
  });
});

describe('formatting', () => {
  it('shows times in UTC for en and JST for ja', () => {
    expect(formatTime('2025-10-21T16:05:00Z', messagesFor('en'))).toBe('2025-10-21 16:05 UTC');
    expect(formatTime('2025-10-21T16:05:00Z', messagesFor('ja'))).toBe('2025-10-22 01:05 JST');
  });

  it('writes durations in Japanese', () => {
    expect(durationJa(3_600_000 + 5 * 60_000)).toBe('1時間5分');
    expect(durationJa(86_400_000 * 2 + 3_600_000)).toBe('2日1時間');
    expect(durationJa(1_500)).toBe('1.5秒');
  });

  it('caps bodies under GitHub\'s 65,536 characters', () => {
    const capped = capBody(`<!-- marker -->${'x'.repeat(100_000)}`);
    expect(capped.length).toBeLessThanOrEqual(65_000);
    expect(capped.startsWith('<!-- marker -->')).toBe(true);
    const cut = Number(/…\(([\d,]+) more characters cut here to fit GitHub's limit of 65,536 per issue or comment\)$/.exec(capped)?.[1]?.replace(/,/g, ''));
    expect(15 + 100_000 - cut).toBe(capped.lastIndexOf('\n\n…('));
  });

  it('cuts a line-broken body at a line, and never inside a surrogate pair', () => {
    const text = `<!-- marker -->\n${'line of text\n'.repeat(10_000)}`;
    const capped = capBody(text);
    expect(capped.slice(0, capped.lastIndexOf('\n\n…('))).toMatch(/line of text$/);
    const emoji = capBody('🔥'.repeat(40_000));
    expect(emoji.length).toBeLessThanOrEqual(65_000);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('caps titles at GitHub\'s 256 characters with an ellipsis, at a word when one is near', () => {
    expect(capTitle('[P1] api: health check failing')).toBe('[P1] api: health check failing');
    const words = capTitle(`[P1] ${'service '.repeat(60)}: health check failing`);
    expect(words.length).toBeLessThanOrEqual(256);
    expect(words).toMatch(/^\[P1\] (service )+service…$/);
    const long = capTitle(`[P1] ${'x'.repeat(400)}`);
    expect(long).toHaveLength(256);
    expect(long.endsWith('x…')).toBe(true);
  });

  it('shortens targets for titles and finds the TLS endpoint of a cert target', () => {
    expect(shortTarget('https://api.example/api/health?deep=1')).toBe('/api/health?deep=1');
    expect(shortTarget('https://api.example/')).toBe('api.example');
    expect(shortTarget('your-domain.com:443')).toBe('your-domain.com:443');
    expect(tlsEndpoint('your-domain.com')).toEqual({ host: 'your-domain.com', connect: 'your-domain.com:443' });
    expect(tlsEndpoint('mail.example:8443')).toEqual({ host: 'mail.example', connect: 'mail.example:8443' });
  });
});
