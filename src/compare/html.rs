//! The html report: one self-contained file (inline CSS and SVG, no script, no
//! external asset) that opens offline. Every text from inputs is escaped.

use super::render::{Kind, Options, Section, Tone, View, sections};
use super::svg::{self, esc};
use super::words::word;
use super::{By, Comparison};
use std::fmt::Write;

const STYLE: &str = r#"
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ccc;padding-bottom:3px}
.meta{color:#555;margin:0 0 8px}.note{background:#fff8e1;border-left:4px solid #f0b400;padding:6px 10px;margin:6px 0}
.scroll{overflow-x:auto}.chart svg{width:100%;height:auto;max-width:100%}
table{border-collapse:collapse;margin:4px 0 12px;font-size:13px}
th,td{border:1px solid #d0d0d0;padding:3px 7px;vertical-align:middle}
th{background:#f3f3f3;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.good{color:#17692f;font-weight:600}td.bad{color:#b3261e;font-weight:600}td.strong{font-weight:600}
svg{font:11px system-ui,sans-serif;display:block}svg .h{font-weight:600}svg .tick{font-size:9px;fill:#555}
svg .above{fill:#1a9850}svg .below{fill:#d7301f}svg .mean{stroke:#111;stroke-width:2}
svg .grid{stroke:#e3e3e3}svg polyline{fill:none;stroke-width:2}svg .panel{fill:#fafafa;stroke:#ddd}
svg .up{stroke:#1a9850;fill:#1a9850}svg .down{stroke:#d7301f;fill:#d7301f}svg .flat{stroke:#4575b4;fill:#4575b4}
svg polyline.up,svg polyline.down,svg polyline.flat{fill:none}
svg .network{stroke:#111;stroke-width:1.5;stroke-dasharray:5 3;fill:none}
.legend span{display:inline-block;width:28px;height:12px;margin:0 3px 0 8px;vertical-align:middle}
.legend span.tick{width:3px;background:#111}
ul.links{columns:3;font-size:13px;margin:6px 0 12px;padding-left:18px}
dl.key{columns:2;font-size:12.5px;margin:4px 0 10px}dl.key dt{font-weight:600;float:left;margin-right:6px}dl.key dd{margin:0 0 2px}
@page{size:A4;margin:12mm}
@media print{body{margin:0;font-size:11px}.scroll{overflow:visible}h2{break-before:page}
h2.first{break-before:auto}.chart{break-inside:avoid}.chart svg{max-width:100%!important;height:auto}
table{font-size:8.5px;width:calc(100% - 2px)}thead{display:table-header-group}tr{break-inside:avoid}
th,td{padding:2px 3px}th{hyphens:auto}td.n{white-space:normal}td svg{width:70px;height:auto}
.scroll{max-width:100%}details.each{display:none}a{color:inherit;text-decoration:none}}
"#;

pub fn html(c: &Comparison, opts: Options) -> String {
    page(c, opts, &Links::default())
}

/// A link: its text and relative address.
pub type Link = (String, String);

/// A structure's name and the links to its documents.
pub type Documents = (String, Vec<Link>);

/// The other documents of an `aqor report` folder.
#[derive(Debug, Default)]
pub struct Links {
    /// The folder's documents, listed under the heading.
    pub main: Vec<Link>,
    /// Caption of the per-structure list, and for each structure its name and documents
    /// (a folded list: it can be long, and does not print).
    pub each: Option<(String, Vec<Documents>)>,
}

/// The report with links to the other documents of its folder.
pub fn page(c: &Comparison, opts: Options, links: &Links) -> String {
    let lang = c.lang.as_str();
    let mut s = String::new();
    let title = format!("{} — {}", word("grid", lang), c.grid.title);
    let _ = writeln!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1><p class=\"meta\">{} {} · {}</p>",
        esc(lang),
        esc(&title),
        esc(&heading(c)),
        esc(&c.grid.id),
        esc(&c.grid.version),
        esc(&campaign_line(c)),
    );
    if !links.main.is_empty() {
        s.push_str("<ul class=\"links\">");
        for (text, href) in &links.main {
            let _ = write!(s, "<li><a href=\"{}\">{}</a></li>", esc(href), esc(text));
        }
        s.push_str("</ul>\n");
    }
    if let Some((caption, each)) = &links.each {
        let _ = write!(
            s,
            "<details class=\"each\"><summary>{}</summary><ul class=\"links\">",
            esc(caption)
        );
        for (name, docs) in each {
            let _ = write!(s, "<li>{}:", esc(name));
            for (text, href) in docs {
                let _ = write!(s, " <a href=\"{}\">{}</a>", esc(href), esc(text));
            }
            s.push_str("</li>");
        }
        s.push_str("</ul></details>\n");
    }
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
            "<h2>{}</h2><p class=\"legend meta\"><span style=\"background:#1a9850\"></span>{} <span style=\"background:#d7301f\"></span>{} <span style=\"background:#4575b4\"></span>{} <span style=\"background:repeating-linear-gradient(90deg,#111 0 5px,#fff 5px 8px);height:3px\"></span>{}</p><div class=\"chart\">{}</div>",
            esc(word("trend_lines", lang)),
            esc(word("improved", lang)),
            esc(word("declined", lang)),
            esc(word("steady", lang)),
            esc(word("network_mean", lang)),
            svg::trend_panels(c),
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

/// The page's heading: the network's name when the assessments give one, else the grid.
fn heading(c: &Comparison) -> String {
    match &c.network {
        Some(n) => format!("{n} — {}", c.grid.title),
        None => c.grid.title.clone(),
    }
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
                esc(&k.campaign),
                k.network.assessments,
                word("assessments", lang)
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The code and name of each column, beside charts that only have room for codes.
fn key(columns: &[super::Column]) -> String {
    let mut s = String::from("<dl class=\"key\">");
    for k in columns {
        let _ = write!(s, "<dt>{}</dt><dd>{}</dd>", esc(&k.id), esc(&k.title));
    }
    s + "</dl>"
}

fn charts_side(c: &Comparison, by: By, s: &mut String) {
    let lang = c.lang.as_str();
    let Some(latest) = c.latest() else { return };
    let (columns, values, title): (&[super::Column], svg::Values, &str) = match by {
        By::Criterion => (&c.criteria, |r| r.criteria.clone(), "heatmap"),
        By::Indicator => (&c.indicators, |r| r.indicators.clone(), "heatmap_indicator"),
    };
    let ids: Vec<String> = columns.iter().map(|k| k.id.clone()).collect();
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
        "<h2 class=\"first\">{} — {} {}</h2><p class=\"legend meta\">{legend}<span style=\"background:{}\"></span>{} · Σ = {}</p>{}<div class=\"chart\">{}</div>",
        esc(word(title, lang)),
        esc(word("campaign", lang)),
        esc(&latest.campaign),
        svg::colour(None),
        esc(word("no_score", lang)),
        esc(word("overall", lang)),
        key(columns),
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
        "<h2>{}</h2><p class=\"legend meta\"><span style=\"background:#1a9850\"></span>{} <span style=\"background:#d7301f\"></span>{} <span class=\"tick\"></span>{}</p><div class=\"chart\">{}</div>",
        esc(word("against_network", lang)),
        esc(word("at_or_above_mean", lang)),
        esc(word("below_mean", lang)),
        esc(word("network_mean", lang)),
        svg::against_network(c, &means)
    );
}

/// The colours of the level bars, lowest level first, for a legend.
fn level_legend(c: &Comparison) -> String {
    let lang = c.lang.as_str();
    let Some(i) = c.latest().and_then(|k| k.network.indicators.first()) else {
        return String::new();
    };
    let n = i.levels.len().max(2) - 1;
    let mut s = String::from("<p class=\"legend meta\">");
    for (k, l) in i.levels.iter().enumerate() {
        let _ = write!(
            s,
            "<span style=\"background:{}\"></span>{} ",
            svg::colour(Some(100.0 * k as f64 / n as f64)),
            esc(&l.id)
        );
    }
    let _ = write!(
        s,
        "<span style=\"background:#9ecae1\"></span>{} <span style=\"background:#f0f0f0\"></span>{}</p>",
        esc(crate::assessment::NA),
        esc(word("unanswered", lang))
    );
    s
}

fn table(c: &Comparison, sec: &Section, s: &mut String) {
    let bars = sec.kind == Kind::Indicators;
    let _ = write!(
        s,
        "<h2>{}</h2>{}<div class=\"scroll\"><table><thead><tr>",
        esc(&sec.title),
        if bars { level_legend(c) } else { String::new() }
    );
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
                Tone::Poor => "bad",
                Tone::Strong => "strong",
                Tone::Fair | Tone::Plain => "",
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
