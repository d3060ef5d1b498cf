import Testing
@testable import RelanceCore

/// A letter recalls the most recent steps only, so that it fits on a sheet and a log with
/// thousands of reminders does not make every regenerated letter thousands of lines long.
@Suite struct LetterHistoryTests {
    /// A first reminder on 1 February, then `calls` follow-up calls one day apart from 2 February.
    static func book(calls: Int) -> Book {
        var policy = CollectionPolicy()
        (policy.reminder1, policy.reminder2, policy.reminder3, policy.formalNotice) = (1, 100, 200, 300)
        let followUps = (0..<calls).map { index in
            log(String(describing: day("2026-02-02") + index), "D1", .call, invoices: ["F1"], channel: .phone)
        }
        return makeBook(
            debtors: [business("D1")],
            ledger: [invoice("F1", "D1", "500.00", date: "2026-01-01", due: "2026-01-31")],
            interactions: [log("2026-02-01", "D1", .reminder1, invoices: ["F1"], channel: .email)] + followUps,
            policy: policy)
    }

    static func reminder2(calls: Int) throws -> Letter {
        let r = try Receivables(book: book(calls: calls), asOf: day("2026-05-20"))
        return try #require(LetterPlan(r).letters.first { $0.level == .reminder2 })
    }

    @Test func aShortHistoryIsRecalledWhole() throws {
        let letter = try Self.reminder2(calls: 9)
        #expect(letter.history.count == 10)
        #expect(letter.history.first?.kind == .reminder1)
        #expect(letter.historyStartedOn == nil)
    }

    @Test func aLongHistoryRecallsTheLatestStepsTheFirstReminderAndWhenItAllBegan() throws {
        let letter = try Self.reminder2(calls: 30)
        // The 10 latest calls (the last on 2 + 29 = 3 March), plus the first reminder a second
        // reminder refers to, in log order.
        #expect(letter.history.count == LetterHistory.recalledAtMost + 1)
        #expect(letter.history.first?.kind == .reminder1)
        #expect(letter.history.dropFirst().allSatisfy { $0.kind == .call })
        #expect(letter.history[1].day == day("2026-02-22"))
        #expect(letter.history.last?.day == day("2026-03-03"))
        #expect(letter.historyStartedOn == day("2026-02-01"))
    }

    @Test func regeneratedLettersOfALongLogStayShort() throws {
        // 3 000 reminders over 100 days: each regenerated copy recalls at most 11 steps, and the
        // whole batch is computed once per distinct date.
        var policy = CollectionPolicy()
        (policy.reminder1, policy.reminder2, policy.reminder3, policy.formalNotice) = (1, 100, 200, 300)
        let lines = (0..<3_000).map { index in
            log(String(describing: day("2026-02-01") + index % 100), "D1", .reminder2, invoices: ["F1"], channel: .letter)
        }
        let book = makeBook(
            debtors: [business("D1")],
            ledger: [invoice("F1", "D1", "500.00", date: "2026-01-01", due: "2026-01-31")],
            interactions: lines, policy: policy)
        let r = try Receivables(book: book, asOf: day("2026-06-15"))
        let state = try #require(r.debtors.first)
        let requests = state.interactions.map { LetterAtDate.Request(line: $0, level: .reminder2) }
        let letters = try LetterAtDate.letters(for: requests, state: state, in: r)
        #expect(letters.count == 3_000)
        #expect(letters.allSatisfy { ($0?.history.count ?? 0) <= LetterHistory.recalledAtMost })
        // The first line of the log has nothing before it; a late one recalls the ten lines just
        // before it in log order, and says the steps began on 1 February.
        #expect(letters[0]?.history.isEmpty == true)
        let last = try #require(letters.last ?? nil)
        #expect(last.history.count == LetterHistory.recalledAtMost)
        #expect(last.history.allSatisfy { $0.precedesInLog(state.interactions.last!) })
        #expect(last.historyStartedOn == day("2026-02-01"))
        #expect(last.date == state.interactions.last?.day)
    }
}
