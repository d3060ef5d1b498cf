/// The four letters of the escalation ladder a build can write (README, "Letters").
public enum LetterLevel: String, Sendable, CaseIterable, Comparable {
    case reminder1 = "reminder_1", reminder2 = "reminder_2", reminder3 = "reminder_3"
    case formalNotice = "formal_notice"

    /// The level an action asks for, or nil when the action is not a letter (call, handover…).
    public init?(_ kind: Action.Kind) {
        switch kind {
        case .reminder1: self = .reminder1
        case .reminder2: self = .reminder2
        case .reminder3: self = .reminder3
        case .formalNotice: self = .formalNotice
        case .handover, .call, .promiseDue, .instalmentDue: return nil
        }
    }

    /// The level a logged interaction records, or nil for the other kinds.
    public init?(_ kind: Interaction.Kind) {
        switch kind {
        case .reminder1: self = .reminder1
        case .reminder2: self = .reminder2
        case .reminder3: self = .reminder3
        case .formalNotice: self = .formalNotice
        default: return nil
        }
    }

    /// Short code used in letter references and file names (`R1`…`R3`, `MED`).
    public var code: String {
        switch self {
        case .reminder1: return "R1"
        case .reminder2: return "R2"
        case .reminder3: return "R3"
        case .formalNotice: return "MED"
        }
    }

    public var isAmicable: Bool { self != .formalNotice }

    /// 1, 2, 3 for the reminders, 4 for the mise en demeure: what `[letters] penalties_from` counts.
    public var number: Int { LetterLevel.allCases.firstIndex(of: self)! + 1 }

    public static func < (a: LetterLevel, b: LetterLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
