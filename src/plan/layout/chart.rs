//! Figures: key-number tiles and a horizontal bar chart of percentages.

use super::{Color, Flow, GREY, Item, SHADE, Style, wrap};

/// A key number with its caption ("55.6 %" over "Overall").
pub struct Tile {
    pub caption: String,
    pub value: String,
}

/// One kind of bar (e.g. the structure's score, its target, the network mean).
pub struct Series {
    pub name: String,
    pub color: Color,
}

/// A labelled group of bars, one value per series (percentages; `None` draws no bar).
pub struct BarRow {
    pub label: String,
    pub values: Vec<Option<f64>>,
}

pub struct BarChart {
    pub series: Vec<Series>,
    pub rows: Vec<BarRow>,
    pub style: Style,
    /// Shown instead of a value that is missing.
    pub missing: String,
    /// Language the percentages are written in (`62,2 %` in French).
    pub lang: String,
}

const BAR: f32 = 7.0;
const GAP: f32 = 2.0;

impl Flow<'_> {
    /// Tiles side by side across the width, as tall as their longest caption: a caption
    /// wraps, and a value shrinks to fit, so that no text is cut.
    pub fn tiles(&mut self, tiles: &[Tile], accent: Color) {
        let gap = 8.0;
        let n = tiles.len().max(1) as f32;
        let w = (self.width() - gap * (n - 1.0)) / n;
        let caption = Style::new(8.5, false, GREY);
        let captions: Vec<Vec<String>> = tiles
            .iter()
            .map(|t| wrap(self.m, &t.caption, caption.size, false, w - 16.0))
            .collect();
        let lines = captions.iter().map(Vec::len).max().unwrap_or(1) as f32;
        let h = 36.0 + lines * caption.line_height();
        self.ensure(h);
        let top = self.y();
        for (i, (t, caption_lines)) in tiles.iter().zip(&captions).enumerate() {
            let x = self.left() + i as f32 * (w + gap);
            // Large, unless the value (a word such as "niespełnione") needs it smaller to fit.
            let fits = (w - 16.0) / self.m.width(&t.value, 1.0, true).max(f32::EPSILON);
            let value = Style::new(fits.clamp(6.0, 18.0), true, accent);
            self.push(Item::Rect {
                x,
                y: top,
                w,
                h,
                color: SHADE,
            });
            self.text_at(
                x + 8.0,
                top + 5.0 + (18.0 - value.size) / 2.0,
                &t.value,
                value,
            );
            for (k, line) in caption_lines.iter().enumerate() {
                self.text_at(
                    x + 8.0,
                    top + 30.0 + k as f32 * caption.line_height(),
                    line,
                    caption,
                );
            }
        }
        self.advance(h);
    }

    /// Bars kept on one page when the whole chart fits on one; the values' column is as
    /// wide as its longest text, so that every label stays inside the margins.
    pub fn bar_chart(&mut self, chart: &BarChart) {
        let st = chart.style;
        let lh = st.line_height();
        let small = Style::new(st.size - 1.0, false, GREY);
        let label_w = self.width() * 0.36;
        let value_w = chart
            .rows
            .iter()
            .flat_map(|r| &r.values)
            .map(|v| match v {
                Some(_) => self.m.width("100.0 %", small.size, false),
                None => self.m.width(&chart.missing, small.size, false),
            })
            .fold(self.m.width("100.0 %", small.size, false), f32::max)
            + 4.0;
        let x0 = self.left() + label_w + 6.0;
        let track = (self.left() + self.width() - value_w - x0).max(self.width() * 0.25);
        let bars_h = chart.series.len() as f32 * (BAR + GAP) - GAP;
        let heights: Vec<(Vec<String>, f32)> = chart
            .rows
            .iter()
            .map(|row| {
                let lines = wrap(self.m, &row.label, st.size, false, label_w);
                let h = (lines.len() as f32 * lh).max(bars_h) + 8.0;
                (lines, h)
            })
            .collect();
        let legend_h = st.line_height() + 2.0;
        self.ensure(legend_h + heights.iter().map(|(_, h)| h).sum::<f32>());
        self.chart_legend(chart);
        for (row, (lines, h)) in chart.rows.iter().zip(heights) {
            self.ensure(h);
            let top = self.y() + 4.0;
            for (n, line) in lines.iter().enumerate() {
                self.text_at(self.left(), top + n as f32 * lh, line, st);
            }
            for (s, (series, value)) in chart.series.iter().zip(&row.values).enumerate() {
                let y = top + s as f32 * (BAR + GAP);
                self.push(Item::Rect {
                    x: x0,
                    y,
                    w: track,
                    h: BAR,
                    color: SHADE,
                });
                let text = match value {
                    Some(v) => {
                        let v = v.clamp(0.0, 100.0) as f32;
                        if v > 0.0 {
                            self.push(Item::Rect {
                                x: x0,
                                y,
                                w: track * v / 100.0,
                                h: BAR,
                                color: series.color,
                            });
                        }
                        crate::typography::percent(f64::from(v), 1, &chart.lang)
                    }
                    None => chart.missing.clone(),
                };
                self.text_at(
                    x0 + track + 4.0,
                    y + (BAR - small.line_height()) / 2.0,
                    &text,
                    small,
                );
            }
            self.advance(h);
        }
    }

    /// Coloured squares naming the series, on as many lines as they need.
    fn chart_legend(&mut self, chart: &BarChart) {
        let st = Style {
            color: GREY,
            ..chart.style
        };
        self.ensure(st.line_height() + 40.0);
        let mut top = self.y();
        let mut x = self.left();
        let right = self.left() + self.width();
        for s in &chart.series {
            let w = BAR + 4.0 + self.m.width(&s.name, st.size, st.bold);
            if x > self.left() && x + w > right {
                top += st.line_height();
                x = self.left();
            }
            self.push(Item::Rect {
                x,
                y: top + (st.line_height() - BAR) / 2.0,
                w: BAR,
                h: BAR,
                color: s.color,
            });
            self.text_at(x + BAR + 4.0, top, &s.name, st);
            x += w + 14.0;
        }
        let h = top - self.y() + st.line_height() + 2.0;
        self.advance(h);
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::{Measure, Mono};
    use super::super::{ACCENT, BLACK, Geometry};
    use super::*;

    fn chart(rows: usize, missing: &str) -> BarChart {
        BarChart {
            series: vec![Series {
                name: "Wynik".into(),
                color: ACCENT,
            }],
            rows: (0..rows)
                .map(|n| BarRow {
                    label: format!("C{n} · Przyjęcie"),
                    values: vec![None],
                })
                .collect(),
            lang: "pl".into(),
            style: Style::new(9.0, false, BLACK),
            missing: missing.into(),
        }
    }

    #[test]
    fn a_long_missing_label_stays_inside_the_margin() {
        let mut f = Flow::new(&Mono, Geometry::A4);
        f.bar_chart(&chart(2, "— (bez odpowiedzi)"));
        let right = Geometry::A4.width - Geometry::A4.margin;
        for item in &f.finish(("", ""), "", "page")[0].items {
            if let Item::Text { x, text, style, .. } = item {
                let end = x + Mono.width(text, style.size, style.bold);
                assert!(end <= right + 0.01, "{text} ends at {end} > {right}");
            }
        }
    }

    #[test]
    fn a_chart_that_fits_a_page_is_not_split() {
        let mut f = Flow::new(&Mono, Geometry::A4);
        f.space(f.room() - 100.0);
        f.bar_chart(&chart(6, "—"));
        let pages = f.finish(("", ""), "", "page");
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[1].texts().filter(|t| t.starts_with('C')).count(), 6);
    }

    #[test]
    fn bars_are_as_long_as_their_value() {
        let mut f = Flow::new(&Mono, Geometry::A4);
        f.bar_chart(&BarChart {
            series: vec![
                Series {
                    name: "Score".into(),
                    color: ACCENT,
                },
                Series {
                    name: "Cible".into(),
                    color: GREY,
                },
            ],
            rows: vec![BarRow {
                label: "Accueil".into(),
                values: vec![Some(25.0), None],
            }],
            style: Style::new(9.0, false, BLACK),
            missing: "—".into(),
            lang: "fr".into(),
        });
        let page = &f.finish(("", ""), "", "page")[0];
        let widths: Vec<f32> = page
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Rect { w, h, .. } if *h == BAR => Some(*w),
                _ => None,
            })
            .collect();
        // Legend squares (2), then per series a track, and a bar only for the value given.
        assert_eq!(widths.len(), 2 + 2 + 1);
        assert!((widths[3] - widths[2] / 4.0).abs() < 1e-3);
        let texts: Vec<&str> = page.texts().collect();
        assert!(texts.contains(&"25,0\u{a0}%") && texts.contains(&"—"));
    }
}
