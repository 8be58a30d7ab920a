import Foundation
import Logging

/// swift-log handler for cron-friendly standard error: one line per message, no
/// timestamps (they would depend on TZ), errors exactly as worded (`FILE: what to do`).
struct StderrLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    init(level: Logger.Level) { self.logLevel = level }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let prefix: String
        switch event.level {
        case .error, .critical, .info, .notice: prefix = ""
        case .warning: prefix = "warning: "
        case .debug, .trace: prefix = "debug: "
        }
        Terminal.writeError(prefix + "\(event.message)\n")
    }
}
