import Foundation

/// Commands and replies over the DevTools pipe: numbers each command, encodes and decodes JSON.
/// Replies are matched to commands by the caller (`PrintScheduler` keeps several in flight);
/// `call` is the one-at-a-time form used while nothing else is in flight.
package final class DevToolsConnection {
    private let pipe: DevToolsPipe
    private var lastID = 0
    private let encoder = JSONEncoder()

    init(pipe: DevToolsPipe) {
        self.pipe = pipe
    }

    package struct NoParameters: Encodable {}

    /// Sends a command and returns its id, to recognise the reply.
    @discardableResult
    package func send(_ method: String, _ params: some Encodable = NoParameters(), session: String? = nil, until deadline: Deadline) throws -> Int {
        lastID += 1
        let command = DevToolsCommand(id: lastID, method: method, params: params, sessionId: session)
        try pipe.send(Array(try encoder.encode(command)), until: deadline)
        return lastID
    }

    package func receive(until deadline: Deadline) throws -> DevToolsMessage {
        try DevToolsMessage(try pipe.receive(until: deadline))
    }

    /// Sends a command and waits for its reply, ignoring the events that arrive meanwhile: only
    /// for set-up, while no page is being printed, when no event matters.
    package func call<Result: Decodable>(
        _ method: String, _ params: some Encodable = NoParameters(), session: String? = nil,
        returning type: Result.Type, until deadline: Deadline
    ) throws -> Result {
        let id = try send(method, params, session: session, until: deadline)
        while true {
            let message = try receive(until: deadline)
            guard message.id == id else { continue }
            if let failure = message.error { throw DevToolsCallError(method: method, failure: failure) }
            return try message.result(type)
        }
    }

    /// `call` for commands whose result is empty.
    package func call(_ method: String, _ params: some Encodable = NoParameters(), session: String? = nil, until deadline: Deadline) throws {
        _ = try call(method, params, session: session, returning: Empty.self, until: deadline)
    }

    package struct Empty: Decodable {}
}

/// Chromium answered a command with an error.
package struct DevToolsCallError: Error, CustomStringConvertible, Sendable {
    package let method: String
    package let failure: DevToolsMessage.Failure
    package var description: String { "Chromium refused \(method): \(failure.message)" }

    package init(method: String, failure: DevToolsMessage.Failure) {
        self.method = method
        self.failure = failure
    }
}
