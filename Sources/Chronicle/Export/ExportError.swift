/// Why an export failed. Each description is one line saying what to do; the command
/// line prefixes the output file it was writing.
public enum ExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `--tz` named a zone neither chronicle's table nor the system's zoneinfo knows.
    case unknownTimeZone(String)
    /// A libical call failed; `operation` names it.
    case libical(operation: String)
    /// The serialized calendar broke a rule of RFC 5545 that chronicle checks before writing.
    case invalidCalendar(String)
    /// The zip library could not assemble the .xlsx workbook.
    case workbook(String)

    public var description: String {
        switch self {
        case .unknownTimeZone(let name):
            return "unknown time zone '\(name)': pass an IANA name such as Asia/Shanghai with --tz "
                + "(other zones need the tzdata package)"
        case .libical(let operation):
            return "libical failed to \(operation): check that libical3 is installed, and report the input that caused it"
        case .invalidCalendar(let problem):
            return "refusing to write an invalid calendar (\(problem)): report the input that caused it"
        case .workbook(let problem):
            return "cannot assemble the workbook (\(problem)): write CSV with --layout report instead, and report the input that caused it"
        }
    }
}
