import Testing
@testable import RelanceRecord

@Suite struct TrackingNumberTests {
    @Test func typedNumbersTakeThePrintedForm() {
        #expect(TrackingNumber.normalized("1A 123 456 7890 1") == "1A 123 456 7890 1")
        #expect(TrackingNumber.normalized("1a12345678901") == "1A 123 456 7890 1")
        #expect(TrackingNumber.normalized(" 2C\u{00A0}000 111 2222 3 ") == "2C 000 111 2222 3")
    }

    @Test func anythingElseIsRefused() {
        for text in ["", "1A 123 456 789 1", "1A 123 456 7890 12", "AA 123 456 7890 1", "12 123 456 7890 1", "1A 123 456 789O 1", "1É12345678901"] {
            #expect(TrackingNumber.normalized(text) == nil, "\(text)")
        }
    }
}
