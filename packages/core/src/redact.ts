const MASK = '***';
/** Parts shorter than this are not masked on their own: they would shred the log. */
const MIN_PART = 4;

/**
 * Collects secret values and removes them from any text before it is printed, written to an
 * output, a summary or an issue: each value, each meaningful part of it (a line, the token of
 * `Bearer <token>`, the password of `user:password` or of a URL) and their encoded forms.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers a secret; returns the values (not their encodings) now masked, for the runner's own masking. */
  add(secret: string | undefined): string[] {
    if (!secret || secret.trim().length < 3) return [];
    const parts = [...new Set([secret, ...secretParts(secret).filter((p) => p.length >= MIN_PART)])];
    for (const part of parts) for (const form of encodedForms(part)) this.secrets.add(form);
    return parts;
  }

  get values(): readonly string[] {
    return [...this.secrets];
  }

  redact(text: string): string {
    // A URL's user:password is secret even when nobody registered it: from here on its parts and
    // encodings (the Basic header a client derives from it, echoed back) are masked too.
    for (const [credentials] of text.matchAll(URL_CREDENTIALS)) if (/\/\/[^@]*:/.test(credentials)) this.add(credentials);
    let out = stripUrlCredentials(text);
    // Longest first, so a secret that contains another is masked whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join(MASK);
    }
    return out;
  }

  /** A copy of a JSON value with each string in it redacted before it is escaped (into JSON, a table cell), where its masks no longer match. */
  redactStrings<T>(value: T): T {
    return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? this.redact(v) : v))) as T;
  }
}

/** A value as it may appear once it has been through a URL, a header, a form or a JSON string. */
function encodedForms(value: string): string[] {
  const uri = encodeURIComponent(value);
  return [value, uri, uri.replace(/%20/g, '+'), Buffer.from(value).toString('base64'), JSON.stringify(value).slice(1, -1)];
}

const SCHEME_TOKEN = /^([A-Za-z][\w-]*)\s+(\S+)$/;
const HEADER = /^[A-Za-z][\w-]*:\s*(.+)$/;

/** The parts of a secret that are secret on their own. */
export function secretParts(secret: string): string[] {
  const parts: string[] = [];
  const visit = (value: string, depth = 0): void => {
    const text = value.trim();
    if (!text || depth > 3) return;
    parts.push(text);
    const lines = text.split(/\r?\n/);
    if (lines.length > 1) return lines.forEach((line) => visit(line, depth + 1));
    const url = credentialsOf(text);
    if (url) return url.forEach((part) => visit(part, depth + 1));
    const header = HEADER.exec(text);
    if (header && !text.includes('://')) visit(header[1] ?? '', depth + 1);
    const scheme = SCHEME_TOKEN.exec(text);
    if (scheme) {
      const token = scheme[2] ?? '';
      visit(token, depth + 1);
      if (/^basic$/i.test(scheme[1] ?? '')) visit(decodeBase64(token), depth + 1);
      return;
    }
    const colon = text.indexOf(':');
    if (colon > 0 && !/\s/.test(text)) visit(text.slice(colon + 1), depth + 1);
  };
  visit(secret);
  return parts;
}

/** The user and password of a URL with credentials, raw and decoded, and the Basic value a client sends for them. */
function credentialsOf(text: string): string[] | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^\s/:@]+)(?::([^\s@]*))?@/i.exec(text);
  if (!match) return undefined;
  const [, user = '', password = ''] = match;
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return [user, decode(user), password, decode(password), `${decode(user)}:${decode(password)}`];
}

function decodeBase64(token: string): string {
  const text = Buffer.from(token, 'base64').toString('utf8');
  return text.includes(':') && !text.includes('\ufffd') ? text : '';
}

/** `https://user:pass@host/` → `https://***@host/`, anywhere in the text (a password may hold `/`). */
export function stripUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, `$1${MASK}@`);
}

const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/:@]+(?::[^\s@]*)?@/gi;

// GitHub's runner trims leading whitespace (as .NET does: U+0085 included) before it looks for
// `::`, and acts on the legacy `##[` form anywhere in a line. A zero-width space breaks both.
const ZWSP = '\u200b';
const COMMAND_START = /^([\s\u0085]*):(?=:)/gm;

/** Text that, printed as it is, can never be read by the runner as a workflow command. */
export function neutraliseCommands(text: string): string {
  return text.replace(COMMAND_START, `$1:${ZWSP}`).replaceAll('##[', `##${ZWSP}[`);
}
