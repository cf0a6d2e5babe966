import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, pathMatches } from '../../src/integrations/headers-file';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

/** The meta CSP of every page, read from the array PageHead.astro joins (one "directive" string per line). */
function metaCsp(): string {
  const source = readFileSync('src/components/PageHead.astro', 'utf8');
  const block = /const csp = \[([\s\S]*?)\]\.join\('; '\)/.exec(source)?.[1] ?? '';
  return [...block.matchAll(/^\s*"([^"]+)",?\s*$/gm)].map((m) => m[1]).join('; ');
}

const PAGES = ['/', '/sv/', '/da/jobbfokusering/', '/en/workshop/presentera/', '/sv/figur/job-orientation/', '/offline/'];
const EMBEDS = ['/sv/inbaddning/steg/', '/en/inbaddning/figur/job-orientation/'];
const FILES = ['/_astro/bip-figure.B1a2C3.js', '/_astro/lab-worker-x.js', '/sw.js', '/data/sample.csv', '/favicon.svg'];

describe('parseHeadersFile', () => {
  it('reads path blocks, attach and detach lines, and skips comments', () => {
    expect(parseHeadersFile('# note\n/a/*\n  X-One: 1\n  ! X-Two\n\n/b\n  X-Two: a: b\n')).toEqual([
      { path: '/a/*', lines: [{ kind: 'attach', name: 'x-one', value: '1' }, { kind: 'detach', name: 'x-two' }] },
      { path: '/b', lines: [{ kind: 'attach', name: 'x-two', value: 'a: b' }] },
    ]);
  });

  it('refuses a header before any path and a line without a value, naming the line', () => {
    expect(() => parseHeadersFile('X-One: 1')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/a\n  X-One:')).toThrow(/line 2/);
  });
});

describe('pathMatches', () => {
  it('reads placeholders as one segment and a * segment as the rest, also none', () => {
    expect(pathMatches('/:lang/inbaddning/*', '/sv/inbaddning/figur/x/')).toBe(true);
    expect(pathMatches('/:lang/inbaddning/*', '/sv/inbaddning/')).toBe(true);
    expect(pathMatches('/:lang/inbaddning/*', '/sv/jobbfokusering/')).toBe(false);
    expect(pathMatches('/:lang/inbaddning/*', '/inbaddning/x/')).toBe(false);
    expect(pathMatches('/*', '/')).toBe(true);
    expect(pathMatches('/_astro/*', '/_astro/a.js')).toBe(true);
    expect(pathMatches('/_astro/*', '/sv/_astro/a.js')).toBe(false);
  });
});

describe('headersFor', () => {
  it('joins a repeated header and drops one a later rule detaches (Cloudflare Pages), or lets the later rule win (Netlify)', () => {
    const two = parseHeadersFile('/*\n  X-A: 1\n  X-B: 1\n/x/*\n  X-A: 2\n  ! X-B\n  X-B: 2\n');
    expect(headersFor(two, '/x/y')).toEqual({ 'x-a': '1, 2', 'x-b': '2' });
    expect(headersFor(two, '/x/y', 'override')).toEqual({ 'x-a': '2', 'x-b': '2' });
    expect(headersFor(two, '/z')).toEqual({ 'x-a': '1', 'x-b': '1' });
  });
});

describe('public/_headers', () => {
  it('gives every path the same headers on Netlify and on Cloudflare Pages', () => {
    for (const path of [...PAGES, ...EMBEDS, ...FILES]) expect(headersFor(rules, path), path).toEqual(headersFor(rules, path, 'override'));
  });

  it("sends the pages' meta CSP plus frame-ancestors: 'none' on every page, any site on the embed pages", () => {
    const csp = metaCsp();
    expect(csp).toMatch(/^default-src 'self'; script-src /);
    for (const path of PAGES) expect(headersFor(rules, path)['content-security-policy'], path).toBe(`${csp}; frame-ancestors 'none'`);
    for (const path of EMBEDS) expect(headersFor(rules, path)['content-security-policy'], path).toBe(`${csp}; frame-ancestors *`);
  });

  it('forbids sniffing and referrers everywhere, and allows only the camera (workshop QR scanning) and fullscreen (presenter) to the site itself', () => {
    for (const path of [...PAGES, ...EMBEDS, ...FILES]) {
      const headers = headersFor(rules, path);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      const features = Object.fromEntries(headers['permissions-policy']!.split(/,\s*/).map((f) => f.split('=') as [string, string]));
      expect(Object.entries(features).filter(([, allow]) => allow !== '()'), path).toEqual([['camera', '(self)'], ['fullscreen', '(self)']]);
    }
  });

  it('caches hashed build files for a year and makes pages, data and the service worker revalidate', () => {
    expect(headersFor(rules, '/_astro/bip-figure.B1a2C3.js')['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of [...PAGES, ...EMBEDS, '/sw.js', '/data/sample.csv']) expect(headersFor(rules, path)['cache-control'], path).toBe('no-cache');
  });
});
