import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { SAMPLE_PATH } from '../../site/load-sample-file';

/** The synthetic sample, served from the site's own origin for the browser and for download. */
export const GET: APIRoute = () => new Response(readFileSync(SAMPLE_PATH, 'utf8'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
