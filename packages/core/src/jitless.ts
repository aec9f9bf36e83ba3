/**
 * Zod in jitless mode: no `new Function` probe, so a page with a strict Content-Security-Policy (no
 * `unsafe-eval`) sees no violation. Imported first by the core entry for Node and tests; a bundler may drop a
 * side-effect-only import, so a page's entry calls {@link zodWithoutEval} itself before anything parses.
 */
import { z } from 'zod';

/** Switch zod to jitless mode (idempotent). Call it first in a page's entry. */
export function zodWithoutEval(): void {
  z.config({ jitless: true });
}

zodWithoutEval();
