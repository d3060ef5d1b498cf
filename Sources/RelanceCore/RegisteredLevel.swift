/// The level of a French registered letter (recommandé R1, R2 or R3): what La Poste pays if it is
/// lost. The deposit list carries it for each letter; the choice is the creditor's.
public enum RegisteredLevel: String, Sendable, Hashable, CaseIterable {
    case r1 = "R1", r2 = "R2", r3 = "R3"
}
