//! The html report: one self-contained file (inline CSS and SVG, no script, no
//! external asset) that opens offline. Every text from inputs is escaped.

use super::render::{Kind, Options, Section, Tone, View, sections};
use super::svg::{self, esc};
use super::words::word;
use super::{By, Comparison};
use std::fmt::Write;

const STYLE: &str = r#"
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222;max-width:1400px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ccc;padding-bottom:3px}
.meta{color:#555;margin:0 0 8px}.note{background:#fff8e1;border-left:4px solid #f0b400;padding:6px 10px;margin:6px 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;margin:4px 0 12px;font-size:13px}
th,td{border:1px solid #d0d0d0;padding:3px 7px;vertical-align:middle}
th{background:#f3f3f3;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.good{color:#17692f;font-weight:600}td.bad{color:#b3261e;font-weight:600}td.strong{font-weight:600}
svg{font:11px system-ui,sans-serif;display:block}svg .h{font-weight:600}
svg .above{fill:#1a9850}svg .below{fill:#d7301f}svg .mean{stroke:#111;stroke-width:2}
svg .grid{stroke:#e3e3e3}svg polyline{fill:none;stroke-width:1.5;opacity:.75}
svg .up{stroke:#1a9850}svg .down{stroke:#d7301f}svg .flat{stroke:#999}
svg .network{stroke:#111;stroke-width:3.5;stroke-dasharray:7 4;opacity:1}
.legend span{display:inline-block;width:28px;height:12px;margin-right:2px;vertical-align:middle}
"#;

pub fn html(c: &Comparison, opts: Options) -> String {
    let lang = c.lang.as_str();
    let mut s = String::new();
    let title = format!("{} — {}", word("grid", lang), c.grid.title);
    let _ = writeln!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1><p class=\"meta\">{} {} · {}</p>",
        esc(lang),
        esc(&title),
        esc(&c.grid.title),
        esc(&c.grid.id),
        esc(&c.grid.version),
        esc(&campaign_line(c)),
    );
    for n in &c.notes {
        let _ = writeln!(s, "<p class=\"note\">{}</p>", esc(n));
    }
    let shows = |v: View| opts.view == View::All || opts.view == v;
    if shows(View::Side) && !c.structures.is_empty() {
        charts_side(c, opts.by, &mut s);
    }
    if shows(View::Trend) && !c.trends.is_empty() {
        let _ = writeln!(
            s,
            "<h2>{}</h2><div class=\"scroll\">{}</div><p class=\"meta\">— — {} · <span style=\"color:#1a9850\">▲</span> / <span style=\"color:#d7301f\">▼</span> {}</p>",
            esc(word("trend_lines", lang)),
            svg::trend_lines(c, word("network_mean", lang)),
            esc(word("network_mean", lang)),
            esc(word("change", lang)),
        );
    }
    for sec in sections(c, opts) {
        table(c, &sec, &mut s);
    }
    if shows(View::Side) {
        comments(c, &mut s);
    }
    s.push_str("</body></html>\n");
    s
}

/// What the structures of the latest campaign wrote, indicator by indicator (with
/// `--anonymize` they are named by their codes).
fn comments(c: &Comparison, s: &mut String) {
    let lang = c.lang.as_str();
    let mut any = false;
    for k in &c.indicators {
        let said: Vec<String> = c
            .structures
            .iter()
            .flat_map(|r| {
                r.comments
                    .iter()
                    .filter(|(id, _)| *id == k.id)
                    .map(|(_, t)| {
                        format!(
                            "<li><b>{}</b>: {}</li>",
                            esc(super::render::shown_name(&r.structure)),
                            esc(t)
                        )
                    })
            })
            .collect();
        if said.is_empty() {
            continue;
        }
        if !any {
            let _ = writeln!(s, "<h2>{}</h2>", esc(word("comments", lang)));
            any = true;
        }
        let _ = writeln!(
            s,
            "<h3>{} {}</h3><ul>{}</ul>",
            esc(&k.id),
            esc(&k.title),
            said.concat()
        );
    }
}

fn campaign_line(c: &Comparison) -> String {
    let lang = c.lang.as_str();
    c.campaigns
        .iter()
        .map(|k| {
            format!(
                "{} {}: {} {}",
                word("campaign", lang),
                k.campaign,
                k.network.assessments,
                word("assessments", lang)
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn charts_side(c: &Comparison, by: By, s: &mut String) {
    let lang = c.lang.as_str();
    let Some(latest) = c.latest() else { return };
    let (ids, values): (Vec<String>, svg::Values) = match by {
        By::Criterion => (c.criteria.iter().map(|k| k.id.clone()).collect(), |r| {
            r.criteria.clone()
        }),
        By::Indicator => (c.indicators.iter().map(|k| k.id.clone()).collect(), |r| {
            r.indicators.clone()
        }),
    };
    let legend: String = [0.0, 25.0, 50.0, 75.0, 100.0]
        .iter()
        .map(|v| {
            format!(
                "<span style=\"background:{}\"></span>{v} ",
                svg::colour(Some(*v))
            )
        })
        .collect();
    let _ = writeln!(
        s,
        "<h2>{} — {} {}</h2><p class=\"legend meta\">{legend} · Σ = {}</p><div class=\"scroll\">{}</div>",
        esc(word("heatmap", lang)),
        esc(word("campaign", lang)),
        esc(&latest.campaign),
        esc(word("overall", lang)),
        svg::heatmap(c, &ids, values)
    );
    let means: Vec<Option<f64>> = latest
        .network
        .criteria
        .iter()
        .map(|k| k.score.map(|s| s.mean))
        .collect();
    let _ = writeln!(
        s,
        "<h2>{}</h2><p class=\"meta\">▮ {} · | {}</p><div class=\"scroll\">{}</div>",
        esc(word("against_network", lang)),
        esc(word("score", lang)),
        esc(word("network_mean", lang)),
        svg::against_network(c, &means)
    );
}

fn table(c: &Comparison, sec: &Section, s: &mut String) {
    let _ = write!(
        s,
        "<h2>{}</h2><div class=\"scroll\"><table><thead><tr>",
        esc(&sec.title)
    );
    let bars = sec.kind == Kind::Indicators;
    for h in &sec.header {
        let _ = write!(s, "<th>{}</th>", esc(h));
    }
    if bars {
        s.push_str("<th></th>");
    }
    s.push_str("</tr></thead><tbody>\n");
    let indicators = c
        .latest()
        .map(|k| k.network.indicators.as_slice())
        .unwrap_or_default();
    for (n, row) in sec.rows.iter().enumerate() {
        s.push_str("<tr>");
        for cell in row {
            let mut class = Vec::new();
            if cell.number {
                class.push("n");
            }
            class.push(match cell.tone {
                Tone::Good => "good",
                Tone::Bad => "bad",
                Tone::Strong => "strong",
                Tone::Plain => "",
            });
            let class = class.join(" ");
            let _ = write!(s, "<td class=\"{}\">{}</td>", class.trim(), esc(&cell.text));
        }
        if bars && let Some(i) = indicators.get(n) {
            let _ = write!(s, "<td>{}</td>", svg::level_bar(i));
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody></table></div>\n");
}
