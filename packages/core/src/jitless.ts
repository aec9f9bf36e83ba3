/**
 * Side-effect module, imported first by the core entry: switches zod to its jitless mode before anything parses,
 * so a page with a strict Content-Security-Policy (no `unsafe-eval`) sees no `new Function` probe — whichever
 * Satata package it imports first (the data client does the same for itself).
 */
import { z } from 'zod';

z.config({ jitless: true });
