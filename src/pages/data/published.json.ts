import type { APIRoute } from 'astro';
import published from '../../../data/published.json';

/** Every published figure with its source section, for download. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(published, null, 2), { headers: { 'Content-Type': 'application/json' } });
