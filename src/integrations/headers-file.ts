// The `_headers` file static hosts read (Netlify, Cloudflare Pages, and this site's preview server):
// blocks of a path pattern on its own line followed by indented `Name: value` lines; `#` starts a
// comment line; `! Name` (Cloudflare Pages) drops a header an earlier matching rule attached.

/** One block of the file: the path pattern and its lines, in order. */
export interface HeaderRule {
  path: string;
  /** Each line: attach a header (name and value) or detach (drop) one set by an earlier rule. */
  lines: ({ kind: 'attach'; name: string; value: string } | { kind: 'detach'; name: string })[];
}

/** Parses the file; a header line before any path, or a line it cannot read, is an error naming the line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('/')) {
      rules.push({ path: line, lines: [] });
      return;
    }
    const rule = rules[rules.length - 1];
    if (!rule) throw new SyntaxError(`_headers line ${index + 1}: a header before any path`);
    if (line.startsWith('!')) {
      rule.lines.push({ kind: 'detach', name: line.slice(1).trim().toLowerCase() });
      return;
    }
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (colon < 1 || !name || !value) throw new SyntaxError(`_headers line ${index + 1}: expected "Name: value"`);
    rule.lines.push({ kind: 'attach', name: name.toLowerCase(), value });
  });
  return rules;
}

/**
 * Whether a rule's path pattern matches a URL path, as Netlify's headers parser reads patterns: a
 * `:placeholder` segment is one segment, a `*` segment the rest of the path (also none), case-insensitive,
 * a trailing slash optional. Cloudflare Pages reads the patterns this file uses the same way.
 */
export function pathMatches(pattern: string, path: string): boolean {
  const parts = pattern
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '[^/]+';
      if (part === '*') return '?.*';
      return part
        .split('*')
        .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu').test(path);
}

/**
 * The headers a path gets (names in lower case). `join` is Cloudflare Pages': every matching rule in
 * order attaches its headers, a second value of a name is joined with ", ", and `! Name` drops the
 * earlier values. `override` is Netlify's: a later matching rule's value replaces an earlier one, and
 * `!` lines mean nothing. A file written so that both give the same headers works on both hosts.
 */
export function headersFor(rules: readonly HeaderRule[], path: string, merge: 'join' | 'override' = 'join'): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    const own: Record<string, string> = {};
    for (const line of rule.lines) {
      if (line.kind === 'detach') {
        if (merge === 'join') delete headers[line.name];
      } else {
        own[line.name] = own[line.name] === undefined ? line.value : `${own[line.name]}, ${line.value}`;
      }
    }
    for (const [name, value] of Object.entries(own)) {
      headers[name] = merge === 'join' && headers[name] !== undefined ? `${headers[name]}, ${value}` : value;
    }
  }
  return headers;
}
