import RelanceCore

/// The data rows of a large file read on two threads (the machines this runs on have two cores or
/// more, and a million-row ledger must read in well under a second).
///
/// The body is cut in two at a line break that a quick pass takes to be outside quotes, and each half
/// is read on its own thread, the second one starting at the counted line. The cut is only a guess (a
/// quote inside an unquoted value fools the quick pass), so it is checked: the first half's own scan
/// must stop exactly there. When it does not, the second half's work is thrown away and the first
/// half's reader goes on to the end, so the result is always that of a sequential read.
enum CSVParallelRows {
    /// Below this, one thread is as fast as two.
    static let defaultMinimumBytes = 4 << 20

    /// Reads the rows from `start` into one part per thread used, in file order. `makePart(0)` makes
    /// the first part, which receives the others when they are merged (and every row when one thread
    /// reads them all): size it for the whole file. `readRow` is called on two threads at once, each
    /// with its own part: it must touch nothing else that is mutable.
    static func read<Part: Sendable>(
        _ source: SourceText, header: CSVHeader, from start: ScanPosition, log: ErrorLog,
        minimumBytes: Int = defaultMinimumBytes, makePart: (Int) -> Part,
        readRow: @escaping @Sendable (inout Part, CSVRow) -> Void
    ) -> [Part] {
        // Each reader fills a local part, handed over once done: a part reached through the shared
        // object on every row would pay a dynamic exclusivity check per row.
        guard source.bytes.count - start.offset >= minimumBytes, let cut = guessCut(source, from: start) else {
            var part = makePart(0)
            CSVTableReader.readRows(source, header: header, from: start, log: log) { readRow(&part, $0) }
            return [part]
        }
        let (firstPart, secondPart) = (makePart(0), makePart(1))
        let (first, second) = Parallel.both({
            PartState.read(firstPart, source, header: header, from: start, until: cut.offset, readRow: readRow)
        }, {
            PartState.read(secondPart, source, header: header, from: cut, until: nil, readRow: readRow)
        })
        var part = first.part
        guard let end = first.end, end == cut else {
            // The guess cut a quoted value: carry on from where the first half really stopped.
            if let end = first.end, end.offset < source.bytes.count {
                CSVTableReader.readRows(source, header: header, from: end, log: first.log) { readRow(&part, $0) }
            }
            for error in first.log.errors { log.add(error) }
            return [part]
        }
        for error in first.log.errors + second.log.errors { log.add(error) }
        return [part, second.part]
    }

    /// The first line break after the middle that is outside quotes by a simple count of `"`, with
    /// its line number (counting LF, CRLF and lone CR as the scanner does).
    static func guessCut(_ source: SourceText, from start: ScanPosition) -> ScanPosition? {
        source.bytes.withUnsafeBufferPointer { buffer -> ScanPosition? in
            let count = buffer.count
            let middle = start.offset + (count - start.offset) / 2
            var line = start.line
            var inQuotes = false
            var index = start.offset
            while index < count {
                let byte = buffer[index]
                if byte > 0x22 { index += 1; continue }
                if byte == UInt8(ascii: "\"") {
                    inQuotes.toggle()
                } else if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A { index += 1 }
                    line += 1
                    if index >= middle && !inQuotes {
                        return index + 1 < count ? ScanPosition(offset: index + 1, line: line, lineStart: index + 1) : nil
                    }
                }
                index += 1
            }
            return nil
        }
    }

    /// One thread's part, its own error log, and where its scan stopped.
    private struct PartState<Part> {
        var part: Part
        let log = ErrorLog()
        var end: ScanPosition?

        static func read(_ part: Part, _ source: SourceText, header: CSVHeader, from start: ScanPosition, until end: Int?,
                         readRow: (inout Part, CSVRow) -> Void) -> PartState {
            var state = PartState(part: part)
            var part = part
            state.end = CSVTableReader.readRows(source, header: header, from: start, until: end, log: state.log) { readRow(&part, $0) }
            state.part = part
            return state
        }
    }
}
