/// The few Chrome DevTools Protocol commands and events the printer uses, as typed values.
/// Reference: https://chromedevtools.github.io/devtools-protocol/ (Target, Page, Runtime).
package enum DevTools {
    package struct CreateTarget: Encodable {
        package let url: String
        package init(url: String) { self.url = url }
    }
    package struct CreatedTarget: Decodable { package let targetId: String }

    /// `flatten`: the page's session is addressed by `sessionId` on the same pipe.
    package struct AttachToTarget: Encodable {
        package let targetId: String
        package let flatten = true
        package init(targetId: String) { self.targetId = targetId }
    }
    package struct AttachedTarget: Decodable { package let sessionId: String }

    package struct SetLifecycleEventsEnabled: Encodable {
        package let enabled = true
        package init() {}
    }

    /// `Page.setBypassCSP`: see `ReplacementHTML` for why.
    package struct SetBypassCSP: Encodable { package let enabled = true }

    package struct Navigate: Encodable {
        package let url: String
        package init(url: String) { self.url = url }
    }
    /// `loaderId` is absent for a same-document navigation (only the fragment changed), which
    /// loads nothing; `errorText` is set when the file could not be opened.
    package struct Navigated: Decodable {
        package let frameId: String
        package let loaderId: String?
        package let errorText: String?
    }

    /// `Page.lifecycleEvent`: `name` is "load" when the document identified by `loaderId` and
    /// everything it loads (style sheets, images, fonts) are done.
    package struct LifecycleEvent: Decodable {
        package let frameId: String
        package let loaderId: String
        package let name: String
    }

    /// Replaces the document of `frameId` with `html`, parsed as if loaded, keeping the frame's
    /// URL (hence the `<base>` that `ReplacementHTML` adds).
    package struct SetDocumentContent: Encodable {
        package let frameId: String
        package let html: String
    }

    package struct Evaluate: Encodable {
        package let expression: String
        package let awaitPromise = true
        package let returnByValue = true
        package init(expression: String) { self.expression = expression }
    }

    /// The result of `Runtime.evaluate` with `returnByValue`: the value, when it is a `Value`.
    package struct Evaluated<Value: Decodable>: Decodable {
        package struct RemoteObject: Decodable { package let value: Value? }
        package let result: RemoteObject
    }

    /// `Page.printToPDF`. Paper defaults to A4 for pages whose CSS does not say (`preferCSSPageSize`
    /// lets `@page { size }` win); the margins then come from `@page { margin }`.
    package struct PrintToPDF: Encodable {
        package let preferCSSPageSize = true
        package let printBackground = true
        package let paperWidth = 210 / 25.4
        package let paperHeight = 297 / 25.4
        package let displayHeaderFooter: Bool
        package let headerTemplate: String?
        package let footerTemplate: String?
        /// Off: tagging a page of tables costs Chromium about half as much again as printing it,
        /// and the PDFs are made to be posted and filed (qpdf's assembly dropped the tags anyway).
        package let generateTaggedPDF = false

        static let plain = PrintToPDF(displayHeaderFooter: false, headerTemplate: nil, footerTemplate: nil)

        /// With a footer in the page's bottom margin and no header. An empty `headerTemplate`
        /// would bring back Chromium's default header (date and title), hence an empty element.
        static func numbered(footer: String) -> PrintToPDF {
            PrintToPDF(displayHeaderFooter: true, headerTemplate: "<span></span>", footerTemplate: footer)
        }
    }
    package struct PrintedToPDF: Decodable { package let data: String }
}
