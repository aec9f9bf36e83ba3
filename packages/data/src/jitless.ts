/**
 * Side-effect module, imported first by the package entry: switches zod to its jitless mode before anything
 * parses, so pages with a strict Content-Security-Policy (no `unsafe-eval`) see no `new Function` probe.
 */
import { z } from 'zod';

z.config({ jitless: true });
