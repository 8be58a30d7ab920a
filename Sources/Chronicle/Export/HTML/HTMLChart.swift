/// Inline SVG: events per month, stacked by kind.
enum HTMLChart {
    struct Month: Hashable, Comparable {
        let year: Int, month: Int
        static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
        var next: Month { month == 12 ? Month(year: year + 1, month: 1) : Month(year: year, month: month + 1) }
    }

    /// At most this many months are drawn as a continuous axis; longer spans draw only
    /// the months that have events, so a stray 1921 cannot make the chart thousands wide.
    static let maxContinuousMonths = 36
    static let barWidth = 28, gap = 10, plotHeight = 120, left = 32, top = 22, bottom = 36

    /// The one month an entry falls in: where its slot starts, else the month its value
    /// covers; nil for values wider than a month that are off calendars (一季度, 去年).
    static func month(of entry: TimelineEntry) -> Month? {
        if entry.slot == .unplaced, let span = CalendarMeaning.coveredDays(entry.event.timex),
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
        guard let first = present.first, let last = present.last else { return "" }
        var months: [Month] = []
        if (last.year - first.year) * 12 + last.month - first.month < maxContinuousMonths {
            var m = first
            while m <= last { months.append(m); m = m.next }
        } else {
            months = present
        }
        let peak = max(1, counts.values.map { $0.values.reduce(0, +) }.max() ?? 1)
        let width = left + months.count * (barWidth + gap) + gap
        let height = top + plotHeight + bottom
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" aria-label=\"\(HTMLText.escape(ExportLexicon.htmlChartTitle))\">"
        let baseline = top + plotHeight
        s += "<line x1=\"\(left - 4)\" y1=\"\(baseline)\" x2=\"\(width)\" y2=\"\(baseline)\" stroke=\"#d0d7de\"/>"
        s += "<text x=\"\(left - 8)\" y=\"\(top + 10)\" text-anchor=\"end\">\(peak)</text>"
        s += "<text x=\"\(left - 8)\" y=\"\(baseline)\" text-anchor=\"end\">0</text>"
        for (i, month) in months.enumerated() {
            let x = left + gap + i * (barWidth + gap)
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
            if i == 0 || month.month == 1 || months[i - 1].year != month.year {
                s += "<text x=\"\(x + barWidth / 2)\" y=\"\(baseline + 31)\" text-anchor=\"middle\">"
                    + "\(month.year)\(ExportLexicon.yearSuffix)</text>"
            }
        }
        return s + "</svg>"
    }
}
