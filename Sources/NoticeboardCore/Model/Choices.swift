/// An enumeration staff may write as its English key or its Chinese label.
protocol LabeledChoice: RawRepresentable<String>, CaseIterable, Sendable {
    var label: String { get }
}

/// The enumerations of the content format; staff write the key or the Chinese label.

public enum BranchKind: String, LabeledChoice {
    case own, joint
    public var label: String { self == .own ? "单独建支" : "联合党支部" }
}

public enum PropertyManagement: String, LabeledChoice {
    case none, company, `self`
    public var label: String {
        switch self {
        case .none: "无物业"
        case .company: "物业公司"
        case .self: "自管"
        }
    }
}

public enum Nomination: String, LabeledChoice {
    case partyGroup = "party_group", residents, `self`
    public var label: String {
        switch self {
        case .partyGroup: "党小组推荐"
        case .residents: "群众举荐"
        case .self: "个人自荐"
        }
    }
}

public enum ManagerCapacity: String, LabeledChoice {
    case branchSecretary = "branch_secretary", committeeMember = "committee_member", ownerRepresentative = "owner_representative"
    public var label: String {
        switch self {
        case .branchSecretary: "党支部书记"
        case .committeeMember: "物管会成员"
        case .ownerRepresentative: "业主代表"
        }
    }
}

public enum Institution: String, LabeledChoice {
    case unitHeadReporting = "unit_head_reporting", redWhiteCouncil = "red_white_council", residentsConvention = "residents_convention"
    public var label: String {
        switch self {
        case .unitHeadReporting: "单元长报到"
        case .redWhiteCouncil: "红白理事会"
        case .residentsConvention: "居民公约"
        }
    }
}

public enum ServiceStatus: String, LabeledChoice {
    case planned, inProgress = "in_progress", done, delayed
    public var label: String {
        switch self {
        case .planned: "计划"
        case .inProgress: "进行中"
        case .done: "已完成"
        case .delayed: "延期"
        }
    }
}

public enum NoticeKind: String, LabeledChoice {
    case notice, convention, rules
    public var label: String {
        switch self {
        case .notice: "公告"
        case .convention: "居民公约"
        case .rules: "制度"
        }
    }
}

/// A rule pack's per-rule override.
public enum SeverityOverride: String, LabeledChoice {
    case error, warning, off
    public var label: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .off: "关闭"
        }
    }
}
