/// Every rule of the governance catalogue (docs/rules.md), by its stable id.
public enum RuleID: String, Sendable, Hashable, CaseIterable, Codable {
    case in001 = "IN-001", in002 = "IN-002", in003 = "IN-003", in004 = "IN-004", in005 = "IN-005", in006 = "IN-006"
    case org001 = "ORG-001", org002 = "ORG-002", org003 = "ORG-003", org004 = "ORG-004", org005 = "ORG-005"
    case com001 = "COM-001", com002 = "COM-002", com003 = "COM-003", com004 = "COM-004"
    case stn001 = "STN-001", stn002 = "STN-002", ins001 = "INS-001"
    case fin001 = "FIN-001", fin002 = "FIN-002", fin003 = "FIN-003", fin004 = "FIN-004", fin005 = "FIN-005"
    case fin006 = "FIN-006", fin007 = "FIN-007", fin008 = "FIN-008", fin009 = "FIN-009"
    case fin010 = "FIN-010", fin011 = "FIN-011", fin012 = "FIN-012", fin013 = "FIN-013", fin014 = "FIN-014"
    case fee001 = "FEE-001", fee002 = "FEE-002", fee003 = "FEE-003"
    case svc001 = "SVC-001", svc002 = "SVC-002", svc003 = "SVC-003", svc004 = "SVC-004", svc005 = "SVC-005", svc006 = "SVC-006"
    case pmh001 = "PMH-001", pmh002 = "PMH-002", pmh003 = "PMH-003"
    case prv001 = "PRV-001", prv002 = "PRV-002", prv003 = "PRV-003"
    case int001 = "INT-001"

    /// Input rules are always errors; a rule pack cannot change them.
    public var isInputRule: Bool { rawValue.hasPrefix("IN-") }
}
