//! The guide as markdown and as a self-contained HTML page that prints on A4.

use super::content::{Block, Guide, colon, word};

// Text safe in markdown, inline or inside a table cell (the one rule every report
// follows).
use crate::report::markdown::escape as md;

pub fn markdown(g: &Guide) -> String {
    let lang = g.lang.as_str();
    let mut out = format!("# {}\n\n*{}*\n\n", md(&g.title), md(&g.kind));
    for (k, v) in &g.cover {
        out.push_str(&format!("- **{}**{} {}\n", md(k), colon(lang), md(v)));
    }
    if let Some((k, v)) = &g.source {
        out.push_str(&format!("- **{}**{} {}\n", md(k), colon(lang), md(v)));
    }
    out.push('\n');
    for b in &g.blocks {
        match b {
            Block::Heading { level, text } => {
                let marks = "#".repeat(usize::from(*level) + 1);
                out.push_str(&format!("{marks} {}\n\n", md(text)));
            }
            Block::Subheading(t) => out.push_str(&format!("#### {}\n\n", md(t))),
            Block::Para(t) => out.push_str(&format!("{}\n\n", md(t))),
            Block::Note(t) => out.push_str(&format!("*{}*\n\n", md(t))),
            Block::Lead { lead, text } => {
                out.push_str(&format!("**{}**{} {}\n\n", md(lead), colon(lang), md(text)))
            }
            Block::Bullets(items) => {
                for i in items {
                    out.push_str(&format!("- {}\n", md(i)));
                }
                out.push('\n');
            }
            Block::Levels { header, rows } => {
                out.push_str(&format!(
                    "| {} | {} |\n|---|---|\n",
                    md(&header[0]),
                    md(&header[1])
                ));
                for r in rows {
                    let level = if r.strong {
                        format!("**{}**", md(&r.level))
                    } else {
                        md(&r.level)
                    };
                    out.push_str(&format!("| {level} | {} |\n", md(&r.text)));
                }
                out.push('\n');
            }
        }
    }
    out.push_str(&format!("---\n{}\n", md(&g.grid_label)));
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const STYLE: &str = "body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:10pt;color:#1a1a1f;max-width:48em;margin:2em auto;line-height:1.35}\
h1{color:#1c5490;font-size:20pt}h2{color:#1c5490;font-size:15pt;break-before:page;border-bottom:1px solid #c7ccd6}\
h3{font-size:12pt;margin-top:1.4em}h4{color:#1c5490;font-size:10pt;margin:.8em 0 .2em}\
h2,h3,h4{break-after:avoid}table{border-collapse:collapse;width:100%;font-size:9pt;break-inside:avoid}\
th,td{border:1px solid #c7ccd6;padding:3px 5px;text-align:left;vertical-align:top}th{background:#e6edf5}\
.note{color:#6b7079;font-size:9pt}nav ol{padding-left:1.2em}nav ol ol{font-size:9pt}\
@page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none}}";

pub fn html(g: &Guide) -> String {
    let lang = g.lang.as_str();
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{} — {}</title><style>{STYLE}</style></head><body>\n",
        esc(lang),
        esc(&g.title),
        esc(&g.kind)
    );
    out.push_str(&format!(
        "<header><h1>{}</h1><p><strong>{}</strong></p><table>",
        esc(&g.title),
        esc(&g.kind)
    ));
    for (k, v) in g.cover.iter().chain(g.source.iter()) {
        out.push_str(&format!("<tr><th>{}</th><td>{}</td></tr>", esc(k), esc(v)));
    }
    out.push_str("</table></header>\n");
    out.push_str(&contents(g));
    let mut anchor = 0;
    for b in &g.blocks {
        match b {
            Block::Heading { level, text } => {
                anchor += 1;
                let tag = if *level == 1 { "h2" } else { "h3" };
                out.push_str(&format!("<{tag} id=\"s{anchor}\">{}</{tag}>\n", esc(text)));
            }
            Block::Subheading(t) => out.push_str(&format!("<h4>{}</h4>\n", esc(t))),
            Block::Para(t) => out.push_str(&format!("<p>{}</p>\n", esc(t))),
            Block::Note(t) => out.push_str(&format!("<p class=\"note\">{}</p>\n", esc(t))),
            Block::Lead { lead, text } => out.push_str(&format!(
                "<p><strong>{}</strong>{} {}</p>\n",
                esc(lead),
                esc(colon(lang)),
                esc(text)
            )),
            Block::Bullets(items) => {
                out.push_str("<ul>");
                for i in items {
                    out.push_str(&format!("<li>{}</li>", esc(i)));
                }
                out.push_str("</ul>\n");
            }
            Block::Levels { header, rows } => {
                out.push_str(&format!(
                    "<table><tr><th>{}</th><th>{}</th></tr>",
                    esc(&header[0]),
                    esc(&header[1])
                ));
                for r in rows {
                    let level = if r.strong {
                        format!("<strong>{}</strong>", esc(&r.level))
                    } else {
                        esc(&r.level)
                    };
                    out.push_str(&format!(
                        "<tr><td>{level}</td><td>{}</td></tr>",
                        esc(&r.text)
                    ));
                }
                out.push_str("</table>\n");
            }
        }
    }
    out.push_str(&format!(
        "<footer class=\"note\"><p>{}</p></footer>\n</body></html>\n",
        esc(&g.grid_label)
    ));
    out
}

/// The contents as nested links: parts, then their indicators.
fn contents(g: &Guide) -> String {
    let mut out = format!(
        "<nav><h2 style=\"break-before:auto\">{}</h2><ol>",
        esc(word("contents", &g.lang))
    );
    let mut anchor = 0;
    let mut nested = false;
    for b in &g.blocks {
        let Block::Heading { level, text } = b else {
            continue;
        };
        anchor += 1;
        let link = format!("<a href=\"#s{anchor}\">{}</a>", esc(text));
        match (level, nested) {
            (1, true) => {
                out.push_str(&format!("</ol></li><li>{link}"));
                nested = false;
            }
            (1, false) => {
                if anchor > 1 {
                    out.push_str("</li>");
                }
                out.push_str(&format!("<li>{link}"));
            }
            (_, false) => {
                out.push_str(&format!("<ol><li>{link}</li>"));
                nested = true;
            }
            (_, true) => out.push_str(&format!("<li>{link}</li>")),
        }
    }
    if nested {
        out.push_str("</ol>");
    }
    out.push_str("</li></ol></nav>\n");
    out
}
