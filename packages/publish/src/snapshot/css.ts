/**
 * The one stylesheet of the no-JavaScript snapshots: class selectors only, all under `.satata-snap`, so it can sit
 * in a host page's own stylesheet without touching the page around it. Category tones follow the components'
 * palette (tone 0 best … 4 worst).
 */
const TONES = [
  ['#e6f4ea', '#1e7b34'],
  ['#eef6e0', '#5b8a1a'],
  ['#fff6d6', '#9a6b00'],
  ['#fdebd9', '#b3541e'],
  ['#fbe3e3', '#b42318'],
] as const;

/** The snapshot CSS. */
export const SNAPSHOT_CSS = `.satata-snap{box-sizing:border-box;max-width:100%;border:1px solid #d0d5dd;border-radius:10px;padding:14px 16px;background:#fff;color:#1d2939;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;overflow-wrap:anywhere}
.satata-snap *{box-sizing:border-box}
.satata-snap__title{margin:0 0 4px;font-size:15px;font-weight:600}
.satata-snap__meta,.satata-snap__fresh,.satata-snap__note{margin:0;color:#475467;font-size:12px}
.satata-snap__value{margin:6px 0;font-size:28px;font-weight:700;line-height:1.1}
.satata-snap__facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:6px 0}
.satata-snap__facts dt{font-weight:600}
.satata-snap__facts dd{margin:0}
.satata-snap__badge{display:inline-block;border:1px solid #9a6b00;border-radius:999px;padding:0 8px;font-size:12px;font-weight:600;background:#fff6d6;color:#7a4f00}
.satata-snap__cat{display:inline-block;border-left:6px solid #98a2b3;border-radius:6px;padding:0 8px;font-weight:600;background:#f2f4f7}
${TONES.map(([bg, edge], i) => `.satata-snap__tone-${i}{background:${bg};border-color:${edge}}`).join('\n')}
.satata-snap__img{display:block;max-width:100%;height:auto;margin:8px 0}
.satata-snap details{margin-top:8px}
.satata-snap summary{cursor:pointer;font-weight:600}
.satata-snap__table-wrap{overflow-x:auto;max-width:100%}
.satata-snap table{border-collapse:collapse;font-size:13px;width:100%}
.satata-snap caption{text-align:left;font-weight:600;padding:4px 0}
.satata-snap th,.satata-snap td{border-bottom:1px solid #e4e7ec;padding:4px 8px;text-align:left;vertical-align:top}
.satata-snap td.satata-snap__num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.satata-snap a{color:#1849a9}
`;
