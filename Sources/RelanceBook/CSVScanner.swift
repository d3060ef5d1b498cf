/// The CSV dialect of the book (assets/docs/book-format.md), scanned over raw UTF-8 bytes.
///
/// Hand-written rather than taken from a CSV package, for two reasons: the error contract needs the
/// physical line and column of every field, also inside and after multi-line quoted records, which the
/// packaged parsers do not report; and a million-row ledger must be read in well under a second,
/// which a byte loop over an unsafe buffer does without allocating per field.
///
/// Dialect: RFC 4180 quoting (`""` inside quotes; separators and line breaks allowed inside quotes),
/// LF, CRLF and lone CR line breaks, freely mixed; spaces around an unquoted value, or around the
/// quotes of a quoted one, are not part of the value.
/// A record start in a scanned buffer: byte offset, its line, and that line's first byte.
struct ScanPosition: Equatable {
    var offset: Int
    var line: Int
    var lineStart: Int
}

struct CSVScanner {
    let buffer: UnsafeBufferPointer<UInt8>
    let start: Int
    let fileName: String
    let log: ErrorLog

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let space = UInt8(ascii: " ")
    private static let tab: UInt8 = 0x09

    static let candidates: [(byte: UInt8, name: String)] = [
        (UInt8(ascii: ";"), "';'"), (tab, "tab"), (UInt8(ascii: ","), "','"),
    ]

    /// The separator: whichever of `;`, tab and `,` occurs most often outside quotes in the header line
    /// (the first line that is not blank). Logs an error and returns nil on a tie or an empty file.
    func detectSeparator() -> UInt8? {
        var index = start
        var line = 1
        // Skip blank lines before the header.
        while index < buffer.count {
            let byte = buffer[index]
            if byte == Self.lineFeed || byte == Self.carriageReturn {
                if byte == Self.carriageReturn && index + 1 < buffer.count && buffer[index + 1] == Self.lineFeed {
                    index += 1
                }
                line += 1
            } else if byte != Self.space && byte != Self.tab {
                break
            }
            index += 1
        }
        guard index < buffer.count else {
            log.add(fileName, line: 1, column: 1, nil, "expected a header line naming the columns, found an empty file")
            return nil
        }
        var counts = [0, 0, 0]
        var inQuotes = false
        while index < buffer.count {
            let byte = buffer[index]
            if byte == Self.quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == Self.lineFeed || byte == Self.carriageReturn { break }
                for (k, candidate) in Self.candidates.enumerated() where candidate.byte == byte { counts[k] += 1 }
            }
            index += 1
        }
        let best = counts.max()!
        let winners = Self.candidates.indices.filter { counts[$0] == best }
        if best == 0 {
            log.add(fileName, line: line, column: 1, nil,
                    "expected a header line with columns separated by ';', tab or ',', found none of them")
            return nil
        }
        if winners.count > 1 {
            let names = winners.map { Self.candidates[$0].name }.joined(separator: " and ")
            log.add(fileName, line: line, column: 1, nil,
                    "cannot tell the separator: the header line has as many \(names) (\(best) each) outside quotes")
            return nil
        }
        return Self.candidates[winners[0]].byte
    }

    /// Where scanning starts: just after the byte-order mark, line 1.
    var beginning: ScanPosition { ScanPosition(offset: start, line: 1, lineStart: start) }

    /// Calls `body` with every record that is well formed, in file order, from `origin` (a record
    /// start), until `body` returns false or a record would start at or after `limit`. Blank lines are
    /// delivered too (the caller skips them). A malformed record is logged and not delivered. An
    /// unterminated quote is logged at the opening quote and ends the scan, since the rest of the file
    /// is inside it. Returns where the next record starts (the end of the buffer when all is read).
    @discardableResult
    func scan(
        separator: UInt8, from origin: ScanPosition, until limit: Int? = nil, _ body: (CSVRecord) -> Bool
    ) -> ScanPosition {
        let count = buffer.count
        let stop = min(limit ?? count, count)
        let trimsTabs = separator != Self.tab
        var position = origin.offset
        var line = origin.line
        var lineStart = origin.lineStart
        var record = CSVRecord(
            buffer: buffer, fields: [], line: line, lineStart: lineStart, startOffset: position,
            endOffset: position, endLine: line, endLineStart: lineStart
        )
        record.fields.reserveCapacity(32)

        @inline(__always) func isTrimmable(_ byte: UInt8) -> Bool {
            byte == Self.space || (trimsTabs && byte == Self.tab)
        }

        while position < stop {
            record.fields.removeAll(keepingCapacity: true)
            record.line = line
            record.lineStart = lineStart
            record.startOffset = position
            var malformed = false
            var atEndOfRecord = false

            while !atEndOfRecord {
                let fieldLine = line
                let fieldLineStart = lineStart
                var cursor = position
                while cursor < count && isTrimmable(buffer[cursor]) { cursor += 1 }

                if cursor < count && buffer[cursor] == Self.quote {
                    let openQuote = cursor
                    cursor += 1
                    let valueStart = cursor
                    var escaped = false
                    var closed = false
                    while cursor < count {
                        let byte = buffer[cursor]
                        if byte == Self.quote {
                            if cursor + 1 < count && buffer[cursor + 1] == Self.quote {
                                escaped = true
                                cursor += 2
                                continue
                            }
                            closed = true
                            break
                        }
                        if byte == Self.lineFeed || byte == Self.carriageReturn {
                            if byte == Self.carriageReturn && cursor + 1 < count && buffer[cursor + 1] == Self.lineFeed {
                                cursor += 1
                            }
                            line += 1
                            lineStart = cursor + 1
                        } else if byte == 0 && !malformed {
                            report(at: cursor, line: line, lineStart: lineStart, Self.nulMessage)
                            malformed = true
                        }
                        cursor += 1
                    }
                    guard closed else {
                        report(at: openQuote, line: fieldLine, lineStart: fieldLineStart,
                               "this quote is never closed: expected a closing \" before the end of the file")
                        return ScanPosition(offset: count, line: line, lineStart: lineStart)
                    }
                    record.fields.append(CSVField(
                        rawStart: openQuote, start: valueStart, end: cursor, line: fieldLine,
                        lineStart: fieldLineStart, quoted: true, escapedQuotes: escaped
                    ))
                    cursor += 1
                    while cursor < count && isTrimmable(buffer[cursor]) { cursor += 1 }
                    if cursor < count {
                        let next = buffer[cursor]
                        if next != separator && next != Self.lineFeed && next != Self.carriageReturn {
                            if !malformed {
                                report(at: cursor, line: line, lineStart: lineStart,
                                       "expected the separator or the end of the line after the closing quote, "
                                       + "found other text")
                                malformed = true
                            }
                            // Skip the junk up to the next separator or line break.
                            while cursor < count {
                                let byte = buffer[cursor]
                                if byte == separator || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                                cursor += 1
                            }
                        }
                    }
                } else {
                    let valueStart = cursor
                    while cursor < count {
                        let byte = buffer[cursor]
                        // Every special byte is at most ';' (0x3B): one comparison for ordinary text.
                        if byte > 0x3B { cursor += 1; continue }
                        if byte == separator || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                        if byte == 0 && !malformed {
                            report(at: cursor, line: line, lineStart: lineStart, Self.nulMessage)
                            malformed = true
                        }
                        cursor += 1
                    }
                    var valueEnd = cursor
                    while valueEnd > valueStart && isTrimmable(buffer[valueEnd - 1]) { valueEnd -= 1 }
                    record.fields.append(CSVField(
                        rawStart: valueStart, start: valueStart,
                        end: valueEnd, line: fieldLine, lineStart: fieldLineStart, quoted: false, escapedQuotes: false
                    ))
                }

                if cursor < count && buffer[cursor] == separator {
                    position = cursor + 1
                    continue
                }
                record.endOffset = cursor
                record.endLine = line
                record.endLineStart = lineStart
                if cursor < count {
                    if buffer[cursor] == Self.carriageReturn && cursor + 1 < count && buffer[cursor + 1] == Self.lineFeed {
                        cursor += 1
                    }
                    cursor += 1
                    line += 1
                    lineStart = cursor
                }
                position = cursor
                atEndOfRecord = true
            }
            if !malformed && !body(record) { break }
        }
        return ScanPosition(offset: position, line: line, lineStart: lineStart)
    }

    private static let nulMessage = "expected text, found a NUL byte (0x00): is this a binary or UTF-16 file?"

    /// Never inlined: inlined into the scan loops, the log's exclusive access was hoisted around every
    /// field's byte loop, a dynamic check per field that cost a seventh of the whole read.
    @inline(never)
    private func report(at offset: Int, line: Int, lineStart: Int, _ message: String) {
        log.add(fileName, line: line, column: TextPosition.column(buffer, lineStart: lineStart, offset: offset), nil,
                message)
    }
}
