/// What the build found in one file of the book's attachments/ that a case file uses: its SHA-256,
/// whether its bytes are what its name says, and for an e-mail the headers the chronology shows.
public struct AttachmentFacts: Hashable, Sendable {
    public struct EmailHeaders: Hashable, Sendable {
        public var date: String?
        public var from: String?
        public var subject: String?

        public init(date: String? = nil, from: String? = nil, subject: String? = nil) {
            self.date = date; self.from = from; self.subject = subject
        }
    }

    public let sha256: String
    /// Why the file cannot serve as it is (damaged, or not what its extension says); nil when sound.
    public let problem: String?
    public let email: EmailHeaders?

    public init(sha256: String, problem: String?, email: EmailHeaders? = nil) {
        self.sha256 = sha256; self.problem = problem; self.email = email
    }
}
