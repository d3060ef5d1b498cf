/// The few Chrome DevTools Protocol commands and events the printer uses, as typed values.
/// Reference: https://chromedevtools.github.io/devtools-protocol/ (Target, Page, Runtime).
enum DevTools {
    struct CreateTarget: Encodable { let url: String }
    struct CreatedTarget: Decodable { let targetId: String }

    /// `flatten`: the page's session is addressed by `sessionId` on the same pipe.
    struct AttachToTarget: Encodable {
        let targetId: String
        let flatten = true
    }
    struct AttachedTarget: Decodable { let sessionId: String }

    struct SetLifecycleEventsEnabled: Encodable { let enabled = true }

    /// `Page.setBypassCSP`: see `ReplacementHTML` for why.
    struct SetBypassCSP: Encodable { let enabled = true }

    struct Navigate: Encodable { let url: String }
    /// `loaderId` is absent for a same-document navigation (only the fragment changed), which
    /// loads nothing; `errorText` is set when the file could not be opened.
    struct Navigated: Decodable {
        let frameId: String
        let loaderId: String?
        let errorText: String?
    }

    /// `Page.lifecycleEvent`: `name` is "load" when the document identified by `loaderId` and
    /// everything it loads (style sheets, images, fonts) are done.
    struct LifecycleEvent: Decodable {
        let frameId: String
        let loaderId: String
        let name: String
    }

    /// Replaces the document of `frameId` with `html`, parsed as if loaded, keeping the frame's
    /// URL (hence the `<base>` that `ReplacementHTML` adds).
    struct SetDocumentContent: Encodable {
        let frameId: String
        let html: String
    }

    struct Evaluate: Encodable {
        let expression: String
        let awaitPromise = true
        let returnByValue = true
    }

    /// The result of `Runtime.evaluate` with `returnByValue`: the value, when it is a `Value`.
    struct Evaluated<Value: Decodable>: Decodable {
        struct RemoteObject: Decodable { let value: Value? }
        let result: RemoteObject
    }

    /// `Page.printToPDF`. Paper defaults to A4 for pages whose CSS does not say (`preferCSSPageSize`
    /// lets `@page { size }` win); the margins then come from `@page { margin }`.
    struct PrintToPDF: Encodable {
        let preferCSSPageSize = true
        let printBackground = true
        let paperWidth = 210 / 25.4
        let paperHeight = 297 / 25.4
        let displayHeaderFooter: Bool
        let headerTemplate: String?
        let footerTemplate: String?
        /// An outline entry per heading (the marks of a `CombinedPrintDocument`); it needs the tags.
        var generateDocumentOutline: Bool?
        var generateTaggedPDF: Bool?

        static let plain = PrintToPDF(displayHeaderFooter: false, headerTemplate: nil, footerTemplate: nil)
        static let outlined = PrintToPDF(
            displayHeaderFooter: false, headerTemplate: nil, footerTemplate: nil,
            generateDocumentOutline: true, generateTaggedPDF: true)

        /// With a footer in the page's bottom margin and no header. An empty `headerTemplate`
        /// would bring back Chromium's default header (date and title), hence an empty element.
        static func numbered(footer: String) -> PrintToPDF {
            PrintToPDF(displayHeaderFooter: true, headerTemplate: "<span></span>", footerTemplate: footer)
        }
    }
    struct PrintedToPDF: Decodable { let data: String }
}
