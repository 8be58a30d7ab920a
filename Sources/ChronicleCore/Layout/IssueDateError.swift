/// The issue date could not be found: it is needed to resolve 昨天, 4月12日, 上周五.
public struct IssueDateError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The name the user gave for the input.
    public let source: String

    public init(source: String) { self.source = source }

    public var description: String {
        "\(source): no issue date: pass --issue-date YYYY-MM-DD or name the file 2021-04-14.txt"
    }
}
