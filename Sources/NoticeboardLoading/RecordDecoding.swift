import NoticeboardModel
import NoticeboardValues

extension Approval {
    package init?(id: String, _ m: MappingReader, minutes: String) {
        m.expect(keys: ["subject", "budget", "proposal", "consultation", "deliberation", "resolution"])
        let subject = m.required("subject", .text)
        let budget = m.required("budget", .amount)
        func step(_ key: String) -> Step? {
            m.mapping(key).flatMap { s in
                s.expect(keys: ["date", "by"])
                guard let date = s.required("date", .day), let by = s.required("by", .text) else { return nil }
                return Step(date: date, by: by.value)
            }
        }
        let proposal = step("proposal")
        let consultation = step("consultation")
        let deliberation = step("deliberation")
        let resolution = m.mapping("resolution").flatMap { r -> Resolution? in
            r.expect(keys: ["date", "by", "for", "against", "abstain"])
            let date = r.required("date", .day)
            let by = r.required("by", .text)
            let votesFor = r.required("for", .wholeNumber)
            let against = r.optional("against", .wholeNumber)?.value ?? 0
            let abstain = r.optional("abstain", .wholeNumber)?.value ?? 0
            guard let date, let by, let votesFor else { return nil }
            return Resolution(date: date, by: by.value, votesFor: votesFor, votesAgainst: against, abstentions: abstain)
        }
        guard let subject, let budget else { return nil }
        self.init(id: id, subject: subject.value, budget: budget, proposal: proposal, consultation: consultation,
                  deliberation: deliberation, resolution: resolution, minutes: minutes, location: m.location)
    }
}

extension ServiceList {
    package init?(_ m: MappingReader, body: String) {
        m.expect(keys: ["month", "draft", "items", "feedback", "posted"])
        let month = m.required("month", .month)
        let posted = m.optional("posted", .day)
        let items = m.records("items", required: true) { i -> Item? in
            i.expect(keys: ["name", "standard", "by", "status", "note"])
            let name = i.required("name", .text)
            let status = i.required("status", .choice as ValueKind<ServiceStatus>)
            let standard = i.optional("standard", .text)?.value
            let by = i.optional("by", .text)?.value
            let note = i.optional("note", .text)?.value
            guard let name, let status else { return nil }
            return Item(name: name.value, standard: standard, by: by, status: status.value, note: note)
        }
        let feedback = m.mapping("feedback").map { f in
            f.expect(keys: ["phone", "place"])
            return Feedback(phone: f.optional("phone", .text)?.value, place: f.optional("place", .text)?.value)
        }
        guard let month else { return nil }
        self.init(month: month, items: items, itemsLocation: m.location(of: "items"), feedback: feedback, posted: posted, body: body,
                  isDraft: m.optional("draft", .flag)?.value ?? false, location: m.location)
    }
}

extension Evaluation {
    package init?(_ m: MappingReader) {
        m.expect(keys: ["quarter", "date", "participants", "results", "issues"])
        let quarter = m.required("quarter", .quarter)
        let date = m.required("date", .day)
        let participants = m.required("participants", .wholeNumber)
        let results = m.records("results", required: true) { r -> Result? in
            r.expect(keys: ["item", "satisfied", "basic", "unsatisfied"])
            let item = r.required("item", .text)
            let satisfied = r.required("satisfied", .wholeNumber)
            let basic = r.required("basic", .wholeNumber)
            let unsatisfied = r.required("unsatisfied", .wholeNumber)
            guard let item, let satisfied, let basic, let unsatisfied else { return nil }
            return Result(item: item.value, satisfied: satisfied.value, basic: basic.value, unsatisfied: unsatisfied.value, location: r.location)
        }
        let issues = m.records("issues") { i -> Issue? in
            i.expect(keys: ["item", "raised", "response"])
            return i.required("raised", .text).map {
                Issue(item: i.optional("item", .text)?.value, raised: $0.value, response: i.optional("response", .text)?.value)
            }
        }
        guard let quarter, let date, let participants else { return nil }
        self.init(quarter: quarter, date: date.value, participants: participants, results: results, issues: issues, location: m.location)
    }
}

extension HouseholdPlate {
    package init?(_ m: MappingReader, body: String) {
        m.expect(keys: ["name", "unit", "joined", "identity", "specialty", "duty", "commitment", "post", "area"])
        let name = m.required("name", .text)
        let unit = m.required("unit", .text)
        let joined = m.optional("joined", .year)?.value
        guard let name, let unit else { return nil }
        self.init(name: name.value, unit: unit, joined: joined, identity: m.optional("identity", .text),
                  specialty: m.optional("specialty", .text), duty: m.optional("duty", .text),
                  commitment: m.optional("commitment", .text), post: m.optional("post", .text),
                  area: m.optional("area", .text), body: body, location: m.location)
    }
}

extension Notice {
    package init?(name: String, _ m: MappingReader, body: String) {
        m.expect(keys: ["title", "date", "kind"])
        let title = m.required("title", .text)
        let date = m.required("date", .day)
        let kind = m.optional("kind", .choice as ValueKind<NoticeKind>)?.value ?? .notice
        guard let title, let date else { return nil }
        self.init(name: name, title: title.value, date: date.value, kind: kind, body: body, location: m.location)
    }
}

extension RulePack {
    package init?(file: String, _ m: MappingReader) {
        m.expect(keys: ["name", "thresholds", "categories", "eight_haves", "severity", "audit_warnings"])
        let name = m.required("name", .text)
        let thresholds = m.mapping("thresholds", required: true).flatMap { t -> Thresholds? in
            t.expect(keys: ["own_branch_min_households", "committee_party_ratio_min", "major_expense_min", "post_within_days",
                            "split_window_days", "evaluation_satisfied_min"])
            let households = t.required("own_branch_min_households", .positiveNumber)
            let ratio = t.required("committee_party_ratio_min", .ratio)
            let major = t.required("major_expense_min", .amount)
            let days = t.required("post_within_days", .positiveNumber)
            // Added later: a pack without them keeps working with the defaults.
            let window = t.optional("split_window_days", .positiveNumber)?.value ?? Thresholds.defaultSplitWindowDays
            let satisfied = t.optional("evaluation_satisfied_min", .ratio)?.value ?? Thresholds.defaultEvaluationSatisfiedMin
            guard let households, let ratio, let major, let days else { return nil }
            return Thresholds(ownBranchMinHouseholds: households.value, committeePartyRatioMin: ratio.value,
                              majorExpenseMin: major.value, postWithinDays: days.value,
                              splitWindowDays: window, evaluationSatisfiedMin: satisfied)
        }
        let haves: [(key: String, label: String)] = m.mapping("eight_haves").map { h in
            h.entries.compactMap { key, value in
                h.scalar(value, key: FieldName(key.value, in: h.path), .text).map { (key.value, $0.value) }
            }
        } ?? []
        var severities: [RuleID: SeverityOverride] = [:]
        if let s = m.mapping("severity") {
            for (key, value) in s.entries {
                guard let rule = RuleID(rawValue: key.value), !rule.isInputRule else {
                    let candidates = RuleID.allCases.filter { !$0.isInputRule }.map(\.rawValue)
                    s.reader.report(.in005, at: key.location, InputMessages.unresolved(.ruleID, key.value,
                                    suggestion: Suggestion.closest(to: key.value, among: candidates)))
                    continue
                }
                if let override = s.scalar(value, key: FieldName(key.value, in: s.path), .choice as ValueKind<SeverityOverride>) {
                    severities[rule] = override.value
                }
            }
        }
        let categories = m.scalars("categories", .text).map(\.value)
        let auditWarnings = m.optional("audit_warnings", .choice as ValueKind<AuditWarningsShown>)?.value ?? .overview
        guard let name, let thresholds else { return nil }
        self.init(name: name.value, thresholds: thresholds, categories: categories.isEmpty ? Self.defaultCategories : categories,
                  eightHaves: haves, severities: severities, auditWarnings: auditWarnings, file: file)
    }
}
