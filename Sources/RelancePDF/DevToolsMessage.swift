import Foundation

/// A command to Chromium: `{"id":…,"method":…,"params":…,"sessionId":…}`. `sessionId` addresses a
/// page (flattened sessions); without it the command goes to the browser itself.
package struct DevToolsCommand<Parameters: Encodable>: Encodable {
    package let id: Int
    package let method: String
    package let params: Parameters
    package let sessionId: String?
}

/// What Chromium sends: the reply to a command (`id`, then `result` or `error`) or an event
/// (`method`, `params`). The envelope is decoded first; `result` and `params` are decoded into
/// the type the receiver expects only when it wants them, from the kept bytes.
package struct DevToolsMessage {
    package struct Failure: Decodable, Sendable {
        let code: Int?
        let message: String
    }

    private struct Envelope: Decodable {
        let id: Int?
        let method: String?
        let sessionId: String?
        let error: Failure?
    }

    private struct ResultBox<Result: Decodable>: Decodable { let result: Result }
    private struct ParamsBox<Params: Decodable>: Decodable { let params: Params }

    package let id: Int?
    package let method: String?
    package let sessionId: String?
    package let error: Failure?
    private let bytes: Data

    package init(_ bytes: [UInt8]) throws {
        let data = Data(bytes)
        let envelope = try JSONDecoder().decode(Envelope.self, from: data)
        id = envelope.id
        method = envelope.method
        sessionId = envelope.sessionId
        error = envelope.error
        self.bytes = data
    }

    package func result<Result: Decodable>(_ type: Result.Type) throws -> Result {
        try JSONDecoder().decode(ResultBox<Result>.self, from: bytes).result
    }

    package func params<Params: Decodable>(_ type: Params.Type) throws -> Params {
        try JSONDecoder().decode(ParamsBox<Params>.self, from: bytes).params
    }
}
