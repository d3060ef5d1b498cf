import Foundation

/// The HTML to put into a tab in place of navigating to a file: the file's text, with a
/// `<base href>` naming the file first thing in its `<head>`, so that its relative links (the
/// style sheet in `../letters.css`, images) resolve as if the tab had navigated to it — the tab's
/// own URL stays that of its first document.
///
/// Nil, and the tab navigates, whenever the replacement might not render exactly like a
/// navigation: a file that is not UTF-8 (its own charset declaration would be lost), that has no
/// `<head>` tag to put the base in, that sets its own `<base>`, that runs scripts (they would see
/// another URL), or that links to its own fragments (`href="#…"` would point at the file, not
/// within the printed document).
///
/// A replacement keeps the tab's `Document` object (it is `document.open()`), and with it the
/// Content-Security-Policy of every document it held: the site's `base-uri 'none'` would block
/// the base, and the policies would pile up. So tabs that replace content bypass CSP
/// (`Page.setBypassCSP`). The policy only ever blocks what a page should not contain (inline
/// styles and scripts, remote resources — the generated pages have none, and the browser is
/// offline anyway), so a correct page prints the same; the pixel tests compare with navigation
/// under the policy.
enum ReplacementHTML {
    static func of(_ source: URL) -> String? {
        guard let data = try? Data(contentsOf: source) else { return nil }
        // A byte-order mark would become text at the start of the body.
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard let html = String(validating: bytes, as: UTF8.self) else { return nil }
        let lowercased = html.lowercased()
        for marker in ["<base", "<script", "href=\"#", "href='#", "href=#"] where lowercased.contains(marker) {
            return nil
        }
        guard let insertion = endOfHeadTag(in: html) else { return nil }
        let base = "<base href=\"\(escapeAttribute(source.absoluteString))\">"
        return String(html[..<insertion]) + base + String(html[insertion...])
    }

    /// Just after the `<head …>` start tag (any case, not `<header>`), if there is one.
    private static func endOfHeadTag(in html: String) -> String.Index? {
        var searchFrom = html.startIndex
        while let found = html.range(of: "<head", options: .caseInsensitive, range: searchFrom..<html.endIndex) {
            searchFrom = found.upperBound
            guard found.upperBound < html.endIndex else { return nil }
            let next = html[found.upperBound]
            guard next == ">" || next == "/" || next.isWhitespace else { continue }
            guard let close = html[found.upperBound...].firstIndex(of: ">") else { return nil }
            return html.index(after: close)
        }
        return nil
    }

    private static func escapeAttribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
