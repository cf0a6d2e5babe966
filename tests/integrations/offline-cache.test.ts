import { describe, expect, it } from 'vitest';
import { precachedFiles, serviceWorkerSource, urlOfFile } from '../../src/integrations/offline-cache';

describe('offline cache', () => {
  it('precaches every built file but the worker, the host-only _headers (a 404 there fails the install) and the link preview cards', () => {
    expect(precachedFiles(['sv/index.html', '_headers', 'sw.js', 'forhandsvisning/sv/effekten.png', '_astro/a.js'])).toEqual(['_astro/a.js', 'sv/index.html']);
  });

  it('precaches pages at their directory URLs and other files as they are', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('sv/workshop/index.html')).toBe('/sv/workshop/');
    expect(urlOfFile('_astro/a.B1.js')).toBe('/_astro/a.B1.js');
    expect(urlOfFile('data/sample.csv')).toBe('/data/sample.csv');
  });

  it('writes a worker that names its cache after the version, handles only same-origin GETs and drops old caches', () => {
    const source = serviceWorkerSource('abc123', ['/', '/sv/']);
    expect(source).toContain("const CACHE = 'bip-explorer-abc123';");
    expect(source).toContain('const PRECACHE = ["/","/sv/"];');
    expect(source).toContain("if (request.method !== 'GET') return;");
    expect(source).toContain('if (url.origin !== self.location.origin) return;');
    expect(source).toMatch(/key\.startsWith\('bip-explorer-'\) && key !== CACHE/);
    // The generated worker is valid JavaScript.
    expect(() => new Function(source)).not.toThrow();
  });
});
