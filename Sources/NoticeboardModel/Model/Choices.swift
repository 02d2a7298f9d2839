/// An enumeration staff may write as its English key or its Chinese label.
package protocol LabeledChoice: RawRepresentable<String>, CaseIterable, Sendable {
    var label: String { get }
}

/// 党支部: its own compound's (`own`) or a joint one for several small compounds (`joint`, 联合党支部).
package enum BranchKind: String, LabeledChoice {
    case own, joint
    package var label: String { self == .own ? "单独建支" : "联合党支部" }
}

/// Who manages a compound: nobody (无物业, the compounds this tool is for), a company, or the residents themselves.
package enum PropertyManagement: String, LabeledChoice {
    case none, company, `self`
    package var label: String {
        switch self {
        case .none: "无物业"
        case .company: "物业公司"
        case .self: "自管"
        }
    }
}

/// How a committee member was put forward: by the party group, by residents, or by themselves (COM-003).
package enum Nomination: String, LabeledChoice {
    case partyGroup = "party_group", residents, `self`
    package var label: String {
        switch self {
        case .partyGroup: "党小组推荐"
        case .residents: "群众举荐"
        case .self: "个人自荐"
        }
    }
}

/// In what capacity one of the account's three managers signs (三方共管, FIN-007).
package enum ManagerCapacity: String, LabeledChoice {
    case branchSecretary = "branch_secretary", committeeMember = "committee_member", ownerRepresentative = "owner_representative"
    package var label: String {
        switch self {
        case .branchSecretary: "党支部书记"
        case .committeeMember: "物管会成员"
        case .ownerRepresentative: "业主代表"
        }
    }
}

/// The compound institutions INS-001 looks for.
package enum Institution: String, LabeledChoice {
    case unitHeadReporting = "unit_head_reporting", redWhiteCouncil = "red_white_council", residentsConvention = "residents_convention"
    package var label: String {
        switch self {
        case .unitHeadReporting: "单元长报到"
        case .redWhiteCouncil: "红白理事会"
        case .residentsConvention: "居民公约"
        }
    }
}

/// Where an item of the service list stands.
package enum ServiceStatus: String, LabeledChoice {
    case planned, inProgress = "in_progress", done, delayed
    package var label: String {
        switch self {
        case .planned: "计划"
        case .inProgress: "进行中"
        case .done: "已完成"
        case .delayed: "延期"
        }
    }
}

/// What a notice is: an announcement (公告), a convention (公约) or rules (制度).
package enum NoticeKind: String, LabeledChoice {
    case notice, convention, rules
    package var label: String {
        switch self {
        case .notice: "公告"
        case .convention: "居民公约"
        case .rules: "制度"
        }
    }
}

/// A rule pack's per-rule override.
/// Where the audit warnings (FIN-010…014, SVC-005: what the supervision group should look into) are shown:
/// on the 社区's overview only, or also on the residents' compound pages. The rule pack's choice (`audit_warnings`).
package enum AuditWarningsShown: String, LabeledChoice {
    case overview, residents
    package var label: String {
        switch self {
        case .overview: "仅社区总览"
        case .residents: "总览和居民页面"
        }
    }
}

package enum SeverityOverride: String, LabeledChoice {
    case error, warning, off
    package var label: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .off: "关闭"
        }
    }
}
