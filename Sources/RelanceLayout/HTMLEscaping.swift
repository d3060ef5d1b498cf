/// libxml2 2.9's HTML escaping, written straight into a page's bytes by the compiled renderer.
///
/// Each function restates what `htmlNodeDumpFormatOutput` does with a value the DOM path put in a
/// text node (`xmlEncodeEntitiesReentrant`) or an attribute (`xmlEncodeAttributeEntities`, then
/// `xmlURIEscapeStr` for URI attributes, then `xmlBufWriteQuotedString`). They are not trusted on
/// reading: `CompiledEscapingTests` compares them with libxml2's own output for every ASCII byte,
/// accents, emoji, quotes and server-side-include forms, and the differential layout tests compare
/// whole pages. Values arrive as Swift strings, so they are always valid UTF-8.
enum HTMLEscaping {
    /// The text of a text node outside `<script>` and `<style>`: `<`, `>`, `&` become entities; NUL
    /// becomes U+FFFD (as `withXMLChars` hands it to libxml2 on the DOM path); the other C0 controls
    /// but tab, line feed and carriage return are dropped (libxml2 writes nothing for them);
    /// everything else, UTF-8 included, is copied.
    static func appendText<Sink: ByteSink & ~Copyable>(_ text: String, to out: inout Sink) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices where !isPlainText(bytes[index]) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if bytes[index] == 0 {
                    out.append(bytesOf: replacementCharacter)
                } else {
                    appendEntity(for: bytes[index], to: &out)
                }
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// `="value"` after an attribute's name, as libxml2 writes the value of a non-boolean attribute.
    /// `uri`: the attribute is `href`, `src`, `action` (or `name` on `<a>`), which libxml2
    /// percent-escapes after skipping leading blanks.
    static func appendAttributeValue<Sink: ByteSink & ~Copyable>(_ value: String, uri: Bool, to out: inout Sink) {
        withNULSafeBytes(value) { bytes in
            out.append(UInt8(ascii: "="))
            if !uri, !bytes.contains(where: { !isPlainAttribute($0) }) {
                // The common case: nothing to escape, no quote to choose.
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: bytes)
                out.append(UInt8(ascii: "\""))
                return
            }
            var encoded = encodeAttributeEntities(bytes)
            if uri {
                let start = encoded.firstIndex(where: { !isBlank($0) }) ?? encoded.endIndex
                encoded = percentEscaped(encoded[start...])
            }
            appendQuoted(encoded, to: &out)
        }
    }

    // MARK: - The steps, named after libxml2's functions

    /// `xmlEncodeAttributeEntities` on an HTML document: as for text, except that libxml2 keeps what
    /// it takes for server-side includes verbatim: `<!--` up to the first `-->`, `&{` up to the
    /// first `}`.
    private static func encodeAttributeEntities(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), bytes[index...].starts(with: commentOpen),
               let end = firstIndex(of: commentClose, in: bytes, from: index) {
                out.append(contentsOf: bytes[index..<(end + commentClose.count)])
                index = end + commentClose.count
                continue
            }
            if byte == UInt8(ascii: "&"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
               let end = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "}")) {
                out.append(contentsOf: bytes[index...end])
                index = end + 1
                continue
            }
            if isPlainText(byte) { out.append(byte) } else { appendEntity(for: byte, to: &out) }
            index += 1
        }
        return out
    }

    /// `xmlURIEscapeStr(value, "@/:=?;#%&,+<>")`: letters, digits, `-_.!~*'()` and that list are
    /// kept, every other byte becomes `%XX` (uppercase).
    private static func percentEscaped(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in bytes {
            if isURIKept(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }

    /// `xmlBufWriteQuotedString`: double quotes, unless the value holds a double quote and no single
    /// one (then single quotes); with both, double quotes and `&quot;` inside.
    private static func appendQuoted<Sink: ByteSink & ~Copyable>(_ bytes: [UInt8], to out: inout Sink) {
        let hasDouble = bytes.contains(UInt8(ascii: "\""))
        guard hasDouble else {
            out.append(UInt8(ascii: "\""))
            out.append(bytesOf: bytes)
            out.append(UInt8(ascii: "\""))
            return
        }
        guard bytes.contains(UInt8(ascii: "'")) else {
            out.append(UInt8(ascii: "'"))
            out.append(bytesOf: bytes)
            out.append(UInt8(ascii: "'"))
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { out.append(bytesOf: quotEntity) } else { out.append(byte) }
        }
        out.append(UInt8(ascii: "\""))
    }

    // MARK: - Byte classes

    private static let quotEntity = Array("&quot;".utf8)
    private static let replacementCharacter = Array("\u{FFFD}".utf8)
    private static let ltEntity = Array("&lt;".utf8)
    private static let gtEntity = Array("&gt;".utf8)
    private static let ampEntity = Array("&amp;".utf8)
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)

    /// `xmlStrstr(bytes + from, needle)`.
    private static func firstIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0...].starts(with: needle) }
    }

    /// Copied as is in a text node (and, with the SSI exception, in an attribute): every byte but
    /// `<`, `>`, `&` and the C0 controls other than tab, line feed and carriage return. One test
    /// of a 64-bit mask, for the text of every value of every page.
    @inline(__always)
    private static func isPlainText(_ byte: UInt8) -> Bool {
        byte >= 64 || notPlainBelow64 & (1 << UInt64(byte)) == 0
    }

    /// Bit n set: byte n (under 64) is not plain text — 0x00–0x1F but 0x09, 0x0A and 0x0D
    /// (0xFFFF_D9FF), then `&` (bit 38), `<` (bit 60) and `>` (bit 62). A literal, so that reading it
    /// in the loop costs no lazy initialisation check; `CompiledEscapingTests` holds it to libxml2's
    /// escaping of every ASCII byte.
    private static let notPlainBelow64: UInt64 = 0x5000_0040_FFFF_D9FF

    /// Copied as is in a double-quoted attribute value: plain text that is not a quote.
    private static func isPlainAttribute(_ byte: UInt8) -> Bool {
        isPlainText(byte) && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
    }

    /// `IS_BLANK_CH`.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isURIKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return uriKeptMarks.contains(byte)
        }
    }

    private static let uriKeptMarks: Set<UInt8> = Set("-_.!~*'()@/:=?;#%&,+<>".utf8)

    /// The entity for `<`, `>` or `&`; nothing for the control characters libxml2 drops.
    private static func appendEntity<Sink: ByteSink & ~Copyable>(for byte: UInt8, to out: inout Sink) {
        switch byte {
        case UInt8(ascii: "<"): out.append(bytesOf: ltEntity)
        case UInt8(ascii: ">"): out.append(bytesOf: gtEntity)
        case UInt8(ascii: "&"): out.append(bytesOf: ampEntity)
        default: break
        }
    }

    /// The value's UTF-8, with NUL replaced as `withXMLChars` replaces it before handing a value to
    /// libxml2 on the DOM path, so both paths escape the same bytes.
    private static func withNULSafeBytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // One pass over a native string's own bytes in the common case (no NUL).
        let done = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(0) else { return false }
            body(bytes)
            return true
        }
        if done == true { return }
        Array(nulSafe(text).utf8).withUnsafeBufferPointer(body)
    }
}
