// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace concord {

// The inline style sheet of the HTML agreement report: a quiet, print-friendly layout (navy
// header, white cards, tabular figures) that needs no web font and no external file.
inline constexpr const char *AgreementReportStyle = R"(
*{box-sizing:border-box}
body{margin:0;background:#f4f6f9;color:#1f2937;font:14px/1.5 'Segoe UI','Helvetica Neue',Arial,sans-serif}
.wrap{max-width:1080px;margin:0 auto;padding:0 28px}
header{background:#0f2540;color:#fff;padding:26px 0 22px;border-bottom:4px solid #0e7490}
header .kicker{text-transform:uppercase;letter-spacing:.12em;font-size:11px;color:#7dd3fc;font-weight:600}
header h1{margin:4px 0 6px;font-size:26px;font-weight:600}
header .meta{color:#cbd5e1;font-size:13px}
header .chips{margin-top:10px}
.chip{display:inline-block;background:rgba(255,255,255,.1);border:1px solid rgba(255,255,255,.2);border-radius:12px;padding:1px 10px;margin:0 6px 4px 0;font-size:12px;color:#e2e8f0}
main.wrap{padding-top:24px;padding-bottom:40px}
section{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:18px 22px;margin-bottom:18px}
h2{font-size:16px;margin:0 0 4px;color:#0f2540;font-weight:600}
.sub{color:#64748b;font-size:12.5px;margin:0 0 14px}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;background:none;border:0;padding:0}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:14px 16px;border-top:3px solid #0e7490}
.card .name{font-size:13px;color:#475569;font-weight:600}
.card .value{font-size:30px;font-weight:600;color:#0f2540;margin:2px 0}
.card .ci{font-size:12px;color:#475569;min-height:18px}
.card .note{font-size:11.5px;color:#94a3b8}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:11.5px;font-weight:600;color:#fff;background:#94a3b8;white-space:nowrap}
.b-poor{background:#b91c1c}.b-slight{background:#c2410c}.b-fair{background:#b45309}
.b-moderate{background:#a16207}.b-substantial{background:#15803d}.b-almost-perfect{background:#166534}
table{border-collapse:collapse;width:100%;font-size:13px}
th{text-align:left;color:#475569;font-weight:600;border-bottom:2px solid #e2e8f0;padding:6px 8px;font-size:12.5px}
td{border-bottom:1px solid #f1f5f9;padding:6px 8px;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.warn{background:#fffbeb;border:1px solid #fcd34d;border-left:4px solid #f59e0b;color:#78350f}
.warn ul{margin:4px 0 0;padding-left:18px}
.notes{font-size:12.5px;color:#475569;padding:12px 22px}
.notes ul{margin:4px 0 0;padding-left:18px}
.muted{color:#94a3b8}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.charts h3{font-size:13px;color:#334155;margin:0 0 4px;font-weight:600}
.grid2{display:flex;flex-wrap:wrap;gap:16px}
.confusion{border:1px solid #e2e8f0;border-radius:6px;padding:8px 10px;font-size:12px}
.confusion strong{font-size:12.5px;color:#334155}
.confusion table{width:auto;font-size:12px}
.confusion th{font-size:11px;padding:3px 6px;border-bottom:1px solid #e2e8f0}
.confusion td{border:1px solid #f1f5f9;text-align:right;min-width:30px;padding:3px 6px}
.confusion td.hit{background:#e0f2fe;font-weight:600}
footer{color:#64748b;font-size:12px;line-height:1.6}
svg{max-width:100%;height:auto}
@media print{body{background:#fff}section{break-inside:avoid}}
)";

} // namespace concord
