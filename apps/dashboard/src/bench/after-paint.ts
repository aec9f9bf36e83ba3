/**
 * The common end point of both sides of the map benchmark: the first frame that shows the map. ECharts' SVG
 * renderer builds the map's SVG synchronously inside `setOption` (it flushes zrender there), and the browser
 * paints it in the next frame. A message posted from a `requestAnimationFrame` callback is delivered after that
 * frame's style, layout and paint, so timing until its delivery counts everything the frame had to lay out and
 * paint: the map's SVG and whatever else was put into the document with it.
 */

/**
 * One render of the map benchmark: `ms` until the first frame showing the map has been rendered ({@link afterPaint}),
 * and `work` — until the map's SVG was in the document: the script, style and layout done before that frame (the
 * rest of `ms` is the frame itself and, when the work ended early, the wait for the display's next refresh).
 */
export interface MapTiming {
  readonly ms: number;
  readonly work: number;
}

/** Resolve with `performance.now()` at the first task after the next frame has been rendered. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(null);
    });
  });
}
