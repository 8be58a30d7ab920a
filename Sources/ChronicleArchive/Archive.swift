import Chronicle
import GRDB

/// The SQLite archive of issues, articles and events (see issue 6).
public enum ArchiveSchema {
    public static let version = 1
}
