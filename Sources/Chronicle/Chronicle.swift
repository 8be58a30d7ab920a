/// chronicle turns Chinese local news into dated, typed events.
///
/// The pipeline, one folder per stage:
/// bytes → Decode → Layout (articles, issue date, datelines) → Time (mentions)
/// → Events → Timeline (uids, calendar meaning) → Export (ics, csv, jsonl, html).
public enum ChronicleInfo {
    public static let version = "0.1.0"
    /// Fixed PRODID of every calendar chronicle writes.
    public static let productID = "-//chronicle//chronicle \(version)//ZH"
}
