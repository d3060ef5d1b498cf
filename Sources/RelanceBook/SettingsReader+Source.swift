extension SettingsReader {
    /// relance.toml once decoded, checked for what TOMLKit's toml++ cannot be given before it is.
    static func parse(_ source: SourceText, log: ErrorLog) -> BookSettings {
        // toml++ reads a C string, which ends at the first NUL byte: without this check everything
        // after a stray NUL would be silently ignored.
        let nul = source.bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
            guard let offset = buffer[source.start...].firstIndex(of: 0) else { return nil }
            return TextPosition.lineAndColumn(buffer, from: source.start, offset: offset)
        }
        if let nul {
            log.add(fileName, line: nul.line, column: nul.column, nil,
                    "expected text, found a NUL byte (0x00): is this a binary or UTF-16 file?")
            return BookSettings()
        }
        // What would abort toml++ instead of being reported (see TOMLGuard).
        if let problem = TOMLGuard.firstProblem(source.bytes[source.start...]) {
            log.add(fileName, line: problem.line, column: problem.column, nil, problem.message)
            return BookSettings()
        }
        return parse(String(decoding: source.bytes[source.start...], as: UTF8.self), log: log)
    }
}
