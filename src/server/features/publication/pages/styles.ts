import { FONT_FACES, FONT_FAMILIES } from './fonts.ts';

/**
 * The public pages' one style sheet, inlined in each page (a few kilobytes: no second request
 * before the first paint). Mobile first: readable at 360 px, tables scroll inside their box,
 * targets of 44 px, WCAG AA contrast on white, like the public survey form.
 */
export const PAGE_STYLE = `${FONT_FACES}
:root{--ink:#1a1d21;--muted:#4a5158;--line:#d3d9df;--head:#eef1f4;--accent:#1c4f96;--bg:#f4f6f8;--up:#17693a;--down:#a4161a}
*,*::before,*::after{box-sizing:border-box}
html{font-family:'Noto Sans',${FONT_FAMILIES},system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink);background:var(--bg);line-height:1.5;font-size:16px;-webkit-text-size-adjust:100%;text-size-adjust:100%}
:lang(lo),:lang(km),:lang(th){line-height:1.7}
body{margin:0}
a{color:var(--accent);text-underline-offset:.22em;text-decoration-thickness:1px}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.top{background:var(--accent);color:#fff;padding:8px 16px;display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center;justify-content:space-between}
.top a{color:#fff}
.top a:focus-visible{outline-color:#fff}
.brand{font-weight:700;text-decoration:none;padding:6px 0}
.langs{display:flex;flex-wrap:wrap;gap:0 14px;font-size:.92rem}
.langs a,.langs span{display:inline-block;padding:8px 0}
.langs [aria-current]{font-weight:700;text-decoration:underline;text-underline-offset:4px}
main{display:block;max-width:980px;margin:0 auto;padding:16px;background:#fff}
h1{font-size:1.4rem;line-height:1.3;margin:.2rem 0 .4rem}
h2{font-size:1.15rem;line-height:1.35;margin:1.6rem 0 .6rem;padding-top:.9rem;border-top:2px solid var(--line)}
h3{font-size:1rem;margin:1.2rem 0 .4rem}
p{margin:.4rem 0}
.lead,.muted{color:var(--muted)}
.small{font-size:.88rem}
.box{position:relative;overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid var(--line);border-radius:6px;margin:.5rem 0 1rem;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;padding:8px 10px;font-weight:700;background:var(--head)}
th,td{padding:7px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top;white-space:nowrap}
thead th{background:var(--head);font-size:.85rem}
tbody tr:last-child td{border-bottom:0}
td.name{white-space:normal;min-width:9.5rem}
/* The first column stays in view while a wide table scrolls under it. */
.box td:first-child,.box th:first-child{padding-left:10px;position:sticky;left:0;z-index:1;background:#fff;box-shadow:inset -1px 0 0 var(--line)}
.box thead th:first-child{background:var(--head)}
.num{text-align:right;font-variant-numeric:tabular-nums}
.up{color:var(--up);font-weight:700}
.down{color:var(--down);font-weight:700}
.band{display:inline-block;min-width:1.8em;text-align:center;padding:0 8px;border-radius:12px;background:#e6edf7;font-weight:700;font-size:.88rem}
.band-excellent{background:#d4eedc}.band-good{background:#e3efd4}.band-fair{background:#fbeccb}.band-weak{background:#f8d9d9}
.headline{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 12px;margin:.4rem 0}
.figure{font-size:2.2rem;font-weight:700;line-height:1.1}
.chart{max-width:560px;margin:.5rem 0}
.chart svg{display:block;width:100%;height:auto}
.chart text{font-family:inherit;font-size:11px;fill:var(--muted)}
.legend{font-size:.85rem;color:var(--muted)}
details{margin:.4rem 0 1rem}
summary{cursor:pointer;color:var(--accent);padding:8px 0;min-height:44px}
ul.plain{list-style:none;padding:0;margin:.4rem 0}
ul.plain li{padding:8px 0;border-bottom:1px solid var(--line)}
ul.plain li:last-child{border-bottom:0}
ul.links li{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:6px 12px}
.links a.go{display:inline-block;flex:none;padding:10px 16px;min-height:44px;border-radius:8px;background:var(--accent);color:#fff;font-weight:700;text-decoration:none}
.downloads{font-size:.88rem;color:var(--muted)}
.downloads a{display:inline-block;padding:6px 4px}
.note{border-left:4px solid var(--accent);background:#e8f1fb;padding:8px 12px;margin:.6rem 0;font-size:.92rem}
footer{max-width:980px;margin:0 auto;padding:16px;color:var(--muted);font-size:.88rem}
footer p{margin:.25rem 0}
.vh{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
@media (min-width:720px){h1{font-size:1.7rem}main{padding:24px 32px}}
html.widget{background:#fff}
.widget main{padding:10px 12px 4px;max-width:none}
.widget h1{font-size:1.05rem;margin:0}
.widget .headline{margin:.1rem 0}
.widget .figure{font-size:1.9rem}
.widget .chart{max-width:none;margin:.2rem 0}
.widget p{margin:.1rem 0;font-size:.9rem}
.widget p.small,.widget .legend{font-size:.8rem}
.widget footer{padding:2px 12px 8px;font-size:.72rem;line-height:1.4}
`;
