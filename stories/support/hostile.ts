/**
 * Hostile strings for the `hostile` stories: each, if it were ever rendered as HTML or evaluated, would set
 * `window.__satataXss` or create an element the browser test looks for. Rendered as text, they are harmless.
 */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__satataXss=1">',
  '"><script>window.__satataXss=2</script>',
  '\'><svg onload="window.__satataXss=3" data-xss>',
  '<iframe src="javascript:window.__satataXss=4"></iframe>',
  '{{constructor.constructor("window.__satataXss=5")()}}',
  '<b data-xss>tebal</b> & <i>miring</i>',
] as const;

/** A hostile string chosen by index (wraps around), so every field can carry a different one. */
export function hostile(i: number): string {
  return HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]!;
}
