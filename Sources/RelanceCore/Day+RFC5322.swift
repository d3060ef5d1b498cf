extension Day {
    /// The day at 08:00 UTC as an e-mail's `Date:` header writes it (RFC 5322): a fixed hour keeps
    /// the bytes stable; only the day matters.
    public var rfc5322: String {
        let (year, month, dayOfMonth) = components
        // 1970-01-01, ordinal 0, was a Thursday (index 3 from Monday).
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(weekdays[(Int(ordinal) % 7 + 7 + 3) % 7]), \(dayOfMonth) \(months[month - 1]) \(year) 08:00:00 +0000"
    }
}
