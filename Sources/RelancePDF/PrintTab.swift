/// A browser tab the printer prints in. After its first navigation, the next documents replace
/// the tab's content instead of navigating again (see `PrintScheduler` and `ReplacementHTML`).
struct PrintTab: Sendable {
    /// The DevTools session that addresses the tab.
    let session: String
    /// The tab's main frame, known after its first navigation.
    var frameID: String?

    init(session: String) {
        self.session = session
    }
}
