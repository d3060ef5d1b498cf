import Testing
@testable import RelanceBook

/// The unquoted values TOMLGuard lets toml++ read: all of TOML 1.0's, and nothing else.
@Suite struct TOMLBareValueTests {
    /// TOML 1.0's own examples of booleans, integers, floats, dates and times.
    @Test(arguments: [
        "true", "false",
        "+99", "42", "0", "-17", "+0", "-0", "1_000", "5_349_221", "53_49_221", "1_2_3_4_5",
        "0xDEADBEEF", "0xdeadbeef", "0xdead_beef", "0o01234567", "0o755", "0b11010110",
        "+1.0", "3.1415", "-0.01", "5e+22", "1e06", "-2E-2", "6.626e-34", "224_617.445_991_228",
        "-0.0", "+0.0", "inf", "+inf", "-inf", "nan", "+nan", "-nan",
        "1979-05-27T07:32:00Z", "1979-05-27T00:32:00-07:00", "1979-05-27T00:32:00.999999-07:00",
        "1979-05-27 07:32:00Z", "1979-05-27t07:32:00z", "1979-05-27T07:32:00", "1979-05-27T00:32:00.999999",
        "1979-05-27", "07:32:00", "00:32:00.999999",
    ])
    func tomlsOwnExamplesAreAccepted(value: String) {
        #expect(TOMLBareValue.isValid(ArraySlice(value.utf8)))
    }

    /// TOML 1.0's counter-examples, and the shapes the fuzzers found toml++ could not take.
    @Test(arguments: [
        "", "True", "yes", "Dupont", "+", "-", "_1", "1_", "1__0", "01", "+01", "00", "0_0",
        "0x", "0x_1", "+0x1", "0XFF", "0o8", "0b2", "0b", ".7", "7.", "3.e+20", "1e", "1e_5", "1.2.3",
        "infinity", "NaN", "1e5.0",
        "2026-06-15T", "2026-06-15T/", "2026-06-15T:00", "2026-06-15 0", "2026-6-15", "2026/06/15",
        "2026-06-15T07:30", "2026-06-15T07:30:00.", "2026-06-15T07:30:00+2", "2026-06-15T07:30:00+02",
        "07:30", "7:30:00", "1919-05-me", "191--05-me", "1bcd-xx-me", "1_9_1_9-05-01", "1=2",
    ])
    func malformedValuesAreRefused(value: String) {
        #expect(!TOMLBareValue.isValid(ArraySlice(value.utf8)))
    }

    @Test func aDateCanStartADateTime() {
        #expect(TOMLBareValue.isDate(ArraySlice("2026-06-15".utf8)))
        #expect(!TOMLBareValue.isDate(ArraySlice("2026-06-15T07:30:00".utf8)))
        #expect(!TOMLBareValue.isDate(ArraySlice("1_026-06-15".utf8)))
    }
}
