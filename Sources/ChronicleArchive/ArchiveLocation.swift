/// Where the archive lives when `--db` is not given.
public enum ArchiveLocation {
    /// `$XDG_DATA_HOME/chronicle/archive.sqlite`, else `$HOME/.local/share/chronicle/archive.sqlite`
    /// (the XDG base-directory default). The environment is passed in, never read here.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return join(xdg, "chronicle/archive.sqlite")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return join(home, ".local/share/chronicle/archive.sqlite")
    }

    /// The lock file that serialises runs on one archive: beside the database.
    public static func lockPath(forDatabase path: String) -> String { path + ".lock" }

    private static func join(_ dir: String, _ rest: String) -> String {
        dir.hasSuffix("/") ? dir + rest : dir + "/" + rest
    }
}
