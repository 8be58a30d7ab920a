/// Inline SVG: events per month, stacked by kind.
enum HTMLChart {
    struct Month: Hashable, Comparable {
        let year: Int, month: Int
        static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
        var next: Month { month == 12 ? Month(year: year + 1, month: 1) : Month(year: year, month: month + 1) }
    }

    /// The month axis is spaced in time: empty months between events are drawn as empty
    /// slots, up to this many in a row; a longer stretch (a stray 1921 among 2021's
    /// events) is one break marked with its length, so the chart stays readable.
    static let longestDrawnGapMonths = 6
    static let barWidth = 28, gap = 10, plotHeight = 120, left = 32, top = 22, bottom = 36
    static let breakWidth = 56

    /// A place on the axis: a month, or a break of so many months without events.
    enum Slot: Hashable {
        case month(Month)
        case gap(months: Int)
    }

    static func axis(_ present: [Month]) -> [Slot] {
        var slots: [Slot] = []
        for (i, month) in present.enumerated() {
            if i > 0 {
                let previous = present[i - 1]
                let missing = (month.year - previous.year) * 12 + month.month - previous.month - 1
                if missing > longestDrawnGapMonths {
                    slots.append(.gap(months: missing))
                } else {
                    var m = previous.next
                    while m < month { slots.append(.month(m)); m = m.next }
                }
            }
            slots.append(.month(month))
        }
        return slots
    }

    /// The one month an entry falls in: where its slot starts, else the month its value
    /// covers; nil for values wider than a month that are off calendars (一季度, 去年).
    static func month(of entry: TimelineEntry) -> Month? {
        if entry.slot == .unplaced, let span = entry.event.timex.coveredDays,
           (span.first.year, span.first.month) != (span.last.year, span.last.month) { return nil }
        let d = entry.sortDay
        return Month(year: d.year, month: d.month)
    }

    static func svg(_ entries: [TimelineEntry], kinds: [String]) -> String {
        var counts: [Month: [String: Int]] = [:]
        for entry in entries {
            guard let month = month(of: entry) else { continue }
            counts[month, default: [:]][entry.event.kind, default: 0] += 1
        }
        let present = counts.keys.sorted()
        guard !present.isEmpty else { return "" }
        let slots = axis(present)
        let peak = max(1, counts.values.map { $0.values.reduce(0, +) }.max() ?? 1)
        let slotWidth: (Slot) -> Int = { slot in if case .gap = slot { return breakWidth } else { return barWidth + gap } }
        let width = left + slots.map(slotWidth).reduce(0, +) + gap
        let height = top + plotHeight + bottom
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" aria-label=\"\(HTMLText.escape(ExportLexicon.htmlChartTitle))\">"
        let baseline = top + plotHeight
        s += "<line x1=\"\(left - 4)\" y1=\"\(baseline)\" x2=\"\(width)\" y2=\"\(baseline)\" stroke=\"#d0d7de\"/>"
        s += "<text x=\"\(left - 8)\" y=\"\(top + 10)\" text-anchor=\"end\">\(peak)</text>"
        s += "<text x=\"\(left - 8)\" y=\"\(baseline)\" text-anchor=\"end\">0</text>"
        var x0 = left
        var previousYear: Int?
        for slot in slots {
            defer { x0 += slotWidth(slot) }
            guard case .month(let month) = slot else {
                if case .gap(let n) = slot {
                    // Two slanted strokes across the axis, and how long the break is.
                    let mid = x0 + breakWidth / 2
                    s += "<path d=\"M\(mid - 7) \(baseline + 6) L\(mid - 1) \(baseline - 6) M\(mid + 1) \(baseline + 6) L\(mid + 7) \(baseline - 6)\" "
                        + "stroke=\"#59636e\" stroke-width=\"1.5\" fill=\"none\"/>"
                    let label = n >= 24 ? ExportLexicon.format(ExportLexicon.htmlAxisGapYears, String(n / 12))
                        : ExportLexicon.format(ExportLexicon.htmlAxisGap, String(n))
                    s += "<text class=\"gap\" x=\"\(mid)\" y=\"\(baseline - 12)\" text-anchor=\"middle\">\(HTMLText.escape(label))</text>"
                    previousYear = nil
                }
                continue
            }
            let x = x0 + gap
            var y = baseline
            for kind in kinds {
                guard let n = counts[month]?[kind], n > 0 else { continue }
                let h = max(2, n * plotHeight / peak)
                y -= h
                let label = "\(month.year)\(ExportLexicon.yearSuffix)\(month.month)\(ExportLexicon.monthSuffix) "
                    + "\(ExportLexicon.label(forKind: kind)) \(n)"
                s += "<rect data-kind=\"\(HTMLText.escape(kind))\" x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(h)\" "
                    + "fill=\"\(ExportLexicon.colour(forKind: kind))\"><title>\(HTMLText.escape(label))</title></rect>"
            }
            let total = counts[month]?.values.reduce(0, +) ?? 0
            if total > 0 {
                s += "<text x=\"\(x + barWidth / 2)\" y=\"\(y - 3)\" text-anchor=\"middle\">\(total)</text>"
            }
            s += "<text x=\"\(x + barWidth / 2)\" y=\"\(baseline + 16)\" text-anchor=\"middle\">"
                + "\(month.month)\(ExportLexicon.monthSuffix)</text>"
            if previousYear != month.year {
                s += "<text x=\"\(x + barWidth / 2)\" y=\"\(baseline + 31)\" text-anchor=\"middle\">"
                    + "\(month.year)\(ExportLexicon.yearSuffix)</text>"
            }
            previousYear = month.year
        }
        return s + "</svg>"
    }
}
