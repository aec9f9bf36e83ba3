import { THEMES, themeVariables } from './theme.ts';

const themeBlocks = Object.entries(THEMES)
  .map(([name, tokens]) => `.satata-root[data-satata-theme="${name}"]{${themeVariables(tokens)}}`)
  .join('\n');

/**
 * The whole component stylesheet as a string: theme variables plus component rules, all under `.satata-root`.
 * The provider inserts it into `document.head`; inside a Shadow DOM adopt it with
 * `sheet.replaceSync(SATATA_CSS); shadowRoot.adoptedStyleSheets = [sheet]` (a `<style>` element there is blocked
 * under a strict `style-src`).
 */
export const SATATA_CSS = `${themeBlocks}
.satata-root{color:var(--satata-fg);background:var(--satata-bg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;font-size:14px;line-height:1.45}
.satata-root *,.satata-root *::before,.satata-root *::after{box-sizing:border-box}
.satata-root :focus-visible{outline:3px solid var(--satata-focus);outline-offset:2px}
.satata-root button,.satata-root select,.satata-root input{font:inherit;color:var(--satata-fg);background:var(--satata-bg);border:1px solid var(--satata-border);border-radius:6px;padding:4px 10px;min-height:32px}
.satata-root button{cursor:pointer}
.satata-root button:hover{background:var(--satata-surface)}
.satata-root button[aria-pressed="true"]{background:var(--satata-accent);color:var(--satata-accent-fg);border-color:var(--satata-accent)}
.satata-widget{background:var(--satata-bg);border:1px solid var(--satata-border);border-radius:10px;padding:14px 16px;min-width:0;max-width:100%}
.satata-muted{color:var(--satata-muted)}
.satata-visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.satata-title{margin:0 0 4px;font-size:15px;font-weight:600;overflow-wrap:anywhere}
.satata-badge{display:inline-flex;align-items:center;gap:4px;border:1px solid var(--satata-border);border-radius:999px;padding:1px 8px;font-size:12px;font-weight:600;white-space:nowrap;flex:none}
.satata-badge--stale,.satata-badge--illustrative,.satata-badge--rejected{background:var(--satata-warn-bg);color:var(--satata-warn-fg);border-color:var(--satata-warn-fg)}
.satata-category{display:inline-flex;align-items:center;gap:6px;border-radius:6px;padding:2px 8px;border-left:6px solid;font-weight:600;color:var(--satata-fg);max-width:100%;min-width:0;overflow-wrap:anywhere}
${[0, 1, 2, 3, 4].map((i) => `.satata-tone-${i}{background:var(--satata-tone-${i}-bg);border-color:var(--satata-tone-${i}-edge)}`).join('\n')}
.satata-tone-none{background:var(--satata-surface);border-color:var(--satata-border)}
.satata-change--membaik{color:var(--satata-good)}
.satata-change--memburuk{color:var(--satata-bad)}
.satata-change--tetap{color:var(--satata-muted)}
.satata-card{display:flex;flex-direction:column;gap:8px;overflow-wrap:anywhere}
.satata-card__head{display:flex;align-items:flex-start;justify-content:space-between;gap:8px}
.satata-card__value{margin:0;font-size:28px;font-weight:700;line-height:1.1;overflow-wrap:anywhere}
.satata-card__change{margin:0}
.satata-card--compact .satata-card__value{font-size:22px}
.satata-card__unit{font-size:14px;font-weight:500;margin-left:4px;color:var(--satata-muted)}
.satata-card__row{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center}
.satata-card__row>*{min-width:0;max-width:100%;overflow-wrap:anywhere}
.satata-card__note{margin:0;font-size:13px;overflow-wrap:anywhere}
.satata-card__notes{margin:0;padding-left:1.2em;font-size:13px;color:var(--satata-muted)}
.satata-card__notes li{overflow-wrap:anywhere}
.satata-card__freshness{margin:0;font-size:12px;color:var(--satata-muted)}
.satata-progress{display:block;width:100%;height:8px;border-radius:4px;background:var(--satata-surface);border:1px solid var(--satata-border);overflow:hidden}
.satata-progress__bar{fill:var(--satata-accent)}
.satata-info__close{margin-top:8px}
.satata-icon{vertical-align:-0.125em;flex:none}
.satata-scorecard__name{font-weight:500}
.satata-info{border-top:1px solid var(--satata-border);padding-top:8px}
.satata-info dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:4px 12px;margin:0}
.satata-info dt{font-weight:600}
.satata-info dd{margin:0;overflow-wrap:anywhere}
.satata-skeleton{display:flex;flex-direction:column;gap:8px}
.satata-skeleton>span{display:block;height:14px;border-radius:4px;background:var(--satata-surface);border:1px solid var(--satata-border)}
${[90, 73, 56, 84, 67, 50].map((w, i) => `.satata-skeleton__line--${i + 1}{width:${w}%}`).join('\n')}
.satata-skeleton>.satata-skeleton__chart{width:100%;height:160px}
@media (prefers-reduced-motion:no-preference){.satata-skeleton>span{animation:satata-pulse 1.2s ease-in-out infinite alternate}}
@keyframes satata-pulse{from{opacity:.55}to{opacity:1}}
.satata-state{display:flex;flex-direction:column;gap:8px;align-items:flex-start;min-width:0;overflow-wrap:anywhere}
.satata-state>*{max-width:100%}
.satata-state--error{border-left:4px solid var(--satata-bad);padding-left:10px}
.satata-state__details{font-size:12px;color:var(--satata-muted)}
.satata-state__export-error{flex-basis:100%;overflow-wrap:anywhere}
.satata-state__details summary{cursor:pointer}
.satata-state__details code{display:block;margin-top:4px;white-space:pre-wrap;overflow-wrap:anywhere}
.satata-frame__tools{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.satata-frame__summary{margin:4px 0 8px;overflow-wrap:anywhere}
.satata-chart{width:100%;min-height:120px}
.satata-root .satata-tooltip-host{white-space:normal!important;max-width:calc(100% - 8px);max-height:calc(100% - 8px);overflow:auto;overflow-wrap:anywhere}
.satata-root .satata-tooltip-host:has(.satata-tooltip--many){width:calc(100% - 8px)}
.satata-tooltip--many{font-size:12px;line-height:1.3}
.satata-tooltip--many .satata-tooltip__rows{display:grid;grid-template-columns:repeat(auto-fill,minmax(10em,1fr));gap:2px 12px}
.satata-table-wrap{position:relative;overflow-x:auto;max-width:100%;margin-top:8px}
.satata-table{border-collapse:collapse;width:100%;font-size:13px}
.satata-table caption{text-align:left;font-weight:600;padding:4px 0}
.satata-table th,.satata-table td{border-bottom:1px solid var(--satata-border);padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
.satata-table .satata-category{overflow-wrap:break-word}
.satata-table td.satata-num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.satata-table th button{border:0;padding:0;min-height:0;font-weight:600;background:transparent}
.satata-scorecard__toolbar{display:flex;flex-wrap:wrap;gap:8px;align-items:end;margin-bottom:10px}
.satata-scorecard__toolbar label{display:flex;flex-direction:column;gap:2px;font-size:12px;min-width:0;max-width:100%}
.satata-root select{max-width:100%}
.satata-scorecard__summary{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 10px;padding:0;list-style:none}
.satata-scorecard__summary li{min-width:0;max-width:100%;overflow-wrap:anywhere}
.satata-scorecard h3{font-size:14px;margin:14px 0 4px;overflow-wrap:anywhere}
.satata-map__bar{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-bottom:8px}
.satata-map__views{display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px}
.satata-map__views label{display:inline-flex;align-items:center;gap:4px}
.satata-root .satata-map__views input{min-height:0;padding:0;margin:0}
.satata-map__note{margin:8px 0 0;overflow-wrap:anywhere}
.satata-map__detail{margin:8px 0 0;min-height:1.45em;overflow-wrap:anywhere}
.satata-map__legend{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px}
.satata-map__legend li{display:flex;align-items:center;gap:6px;min-width:0;max-width:100%;overflow-wrap:anywhere}
.satata-map__legend li::before{content:"";flex:none;width:14px;height:14px;border:1px solid var(--satata-border);background:var(--satata-swatch)}
.satata-map__legend li[data-satata-class="suppressed"]::before{background:repeating-linear-gradient(45deg,var(--satata-suppressed) 0 3px,var(--satata-bg) 3px 6px)}
.satata-map__back::before{content:"← " / ""}
.satata-map__play::before{content:"▶ " / ""}
.satata-map__play[aria-pressed="true"]::before{content:"❚❚ " / ""}
.satata-map__slider{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:8px}
.satata-map__slider input{flex:1 1 8em;min-width:0;padding:0}
.satata-map__regions{display:flex;flex-wrap:wrap;gap:4px;margin:8px 0 0;padding:0;list-style:none;content-visibility:auto}
.satata-map__list-toggle{margin-top:8px}
.satata-map__regions button{font-size:12px;min-height:28px;padding:2px 8px;max-width:100%;overflow-wrap:anywhere}
.satata-map__regions li{min-width:0;max-width:100%}
.satata-rejected{margin:4px 0 8px;min-width:0;max-width:100%;overflow-wrap:anywhere}
.satata-rejected>button{border-color:var(--satata-warn-fg);background:var(--satata-warn-bg);color:var(--satata-warn-fg);max-width:100%;text-align:left;overflow-wrap:anywhere}
.satata-rejected__list{margin:6px 0 0;padding-left:1.2em;font-size:12px}
.satata-rejected__list li{overflow-wrap:anywhere}
`;
