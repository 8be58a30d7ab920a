// The exporters' library re-exports the core, so `import Chronicle` gives the whole
// pipeline; a program that wants only the time engine or the recognizer imports
// ChronicleCore and never links libical.
@_exported import ChronicleCore
