import NoticeboardCore
import NoticeboardLoading
import NoticeboardModel
import NoticeboardValues

/// The records of one synthetic compound: compound.yaml and every month's statement and service list,
/// approvals, quarterly evaluations, plates and a notice.
struct SyntheticRecords {
    let plan: SyntheticPlan
    let index: Int
    let months: Int

    var compound: SyntheticPlan.CompoundPlan { plan.compounds[index] }
    var folder: String { "content/compounds/\(compound.slug)" }
    /// Every sixth month, a major repair through an approval.
    func hasMajorRepair(_ m: Int) -> Bool { (m + index) % 6 == 3 }

    func files() -> [(String, String)] {
        var files = [("\(folder)/compound.yaml", compoundYAML), ("\(folder)/notices/gongyue.md", notice)]
        var start = SeededRandom(index, 0)
        var balance = Int64(start.int(20_000...90_000)) * 100
        var allMonths = [SyntheticCommunity.firstMonth]
        while allMonths.count < months { allMonths.append(allMonths[allMonths.count - 1].next) }
        for (m, month) in allMonths.enumerated() {
            let (text, closing) = statement(m, month, opening: balance)
            balance = closing
            files.append(("\(folder)/ledger/\(month).yaml", text))
            files.append(("\(folder)/services/\(month).md", serviceList(m, month)))
            if hasMajorRepair(m) { files.append(("\(folder)/approvals/A-\(month).md", approval(m, month))) }
        }
        let latest = allMonths.last?.quarter
        for quarter in Set(allMonths.map(\.quarter)).sorted() where latest.map({ quarter < $0 }) ?? false {
            files.append(("\(folder)/evaluations/\(quarter).yaml", evaluation(quarter)))
        }
        for plate in 0..<min(4, compound.buildings * 4) { files.append(plateFile(plate)) }
        return files
    }

    var compoundYAML: String {
        let c = compound
        let members = [(c.secretary, "主任", true, "party_group")] + (1...4).map { (SyntheticNames.person(index, 10 + $0), "委员", $0 < 3, ["residents", "party_group", "self", "residents"][$0 - 1]) }
        let memberLines = members.map { "    - {name: \($0.0), role: \($0.1), party_member: \($0.2), nominated_by: \($0.3)}" }.joined(separator: "\n")
        return """
            name: \(c.name)
            households: \(c.households)
            buildings: \(c.buildings)
            property_management: none
            committee:
              name: \(c.name)物业管理委员会
              party_secretary: \(c.secretary)
              review: {by: 示例街道党工委, date: 2021-06-01}
              election: {date: 2021-06-12, eligible: \(c.households), voted: \(c.households - 3), approved: \(c.households - 6)}
              members:
            \(memberLines)
            account:
              bank: 某银行某支行
              managers:
                - {name: \(c.secretary), capacity: branch_secretary}
                - {name: \(members[1].0), capacity: committee_member}
                - {name: \(SyntheticNames.person(index, 20)), capacity: owner_representative}
              supervisors: [\(SyntheticNames.person(index, 21)), \(SyntheticNames.person(index, 22))]
            fees:
              policy: 卫生费每户每月10元，按季度收取
              decided: {date: 2021-07-05, by: 居民议事会, approved: \(c.households - 8), of: \(c.households)}
            station:
              name: \(c.name)党群服务站
              area_m2: \(60 + index % 5 * 20)
              origin: 整合闲置空间
              eight_haves: [place, sign, rules, facilities, staff, activities, records, funds]
            institutions: [unit_head_reporting, red_white_council, residents_convention]

            """
    }

    /// A month of 10–40 lines that balances; the closing carries over.
    func statement(_ m: Int, _ month: Month, opening: Int64) -> (String, Int64) {
        var random = SeededRandom(index, m, 1)
        let lines = random.int(10...40)
        var income: [String] = [], expenses: [String] = []
        var total = opening
        func day(_ d: Int) -> String { "\(month)-\(String(format: "%02d", min(d, 28)))" }
        // The quarter's fee is collected in its first month; every month posts how the collection stands (FEE-003).
        let exempt = max(1, compound.households / 60), paid = compound.households - exempt
        if month.month % 3 == 1 {
            income.append("  - {date: \(day(3)), item: \(month.month)-\(month.month + 2)月卫生费, amount: \(paid * 30), voucher: S-\(month)-01}")
            total += Int64(paid * 3000)
        }
        let collection = "collection:\n  due: \(compound.households)\n  paid: \(paid)\n  exempt:\n    - {count: \(exempt), reason: 低保户减免}\n"
        let incomeItems = ["院内停车管理费", "废品回收收入", "充电桩电费分成", "场地租用费"]
        let expenseItems = ["保洁员工资", "生活垃圾清运费", "公共照明电费", "楼道灯维修", "下水道疏通", "单元门闭门器更换", "绿化修剪", "消防器材检查", "化粪池清掏"]
        let payees = ["某某五金店", "某某水暖维修部", "小区环卫服务站", "国网供电公司", "某某绿化队"]
        while income.count + expenses.count < lines {
            let d = day(random.int(1...28))
            if random.int(0...9) < 3 {
                let fen = Int64(random.int(50...900)) * 100
                total += fen
                income.append("  - {date: \(d), item: \(random.pick(incomeItems)), amount: \"\(Money(fen: fen))\", voucher: S-\(month)-\(String(format: "%02d", income.count + 1))}")
            } else {
                let fen = Int64(random.int(20...180)) * 100 + Int64(random.int(0...1)) * 50
                total -= fen
                expenses.append("  - {date: \(d), item: \(random.pick(expenseItems)), amount: \"\(Money(fen: fen))\", voucher: Z-\(month)-\(String(format: "%02d", expenses.count + 1)), payee: \(random.pick(payees))}")
            }
        }
        if hasMajorRepair(m) {
            let fen = Int64(random.int(25...80)) * 10_000
            total -= fen
            expenses.append("  - {date: \(day(20)), item: 屋面防水维修, amount: \"\(Money(fen: fen))\", voucher: Z-\(month)-\(String(format: "%02d", expenses.count + 1)), payee: 某某防水工程队, approval: A-\(month)}")
        }
        let next = month.next
        let text = """
            month: \(month)
            opening: "\(Money(fen: opening))"
            income:
            \(income.joined(separator: "\n"))
            expenses:
            \(expenses.joined(separator: "\n"))
            closing: "\(Money(fen: total))"
            \(collection)prepared_by: \(SyntheticNames.person(index, 11))
            checked_by: [\(SyntheticNames.person(index, 21))]
            posted: \(next)-05

            """
        return (text, total)
    }

    /// The approval of a month's major repair, decided in the days before it.
    func approval(_ m: Int, _ month: Month) -> String {
        """
            ---
            subject: 屋面防水维修
            budget: "8,000.00"
            proposal:     {date: \(month)-02, by: 物管会}
            consultation: {date: \(month)-05, by: 居民议事会}
            deliberation: {date: \(month)-08, by: 小区党支部}
            resolution:   {date: \(month)-12, by: 居民代表会议, for: \(20 + index % 20), against: 1, abstain: 1}
            ---
            物管会主任介绍顶层住户漏水情况，比较三家报价后选定报价最低者。监督小组全程跟进，完工验收后付款。

            """
    }

    func serviceList(_ m: Int, _ month: Month) -> String {
        var random = SeededRandom(index, m, 2)
        let items = ["楼道及公共区域清扫", "生活垃圾清运", "公共照明巡查", "下水管道巡查疏通", "电动自行车充电设施维护", "绿化修剪"]
        let statuses = ["done", "done", "done", "in_progress", "planned"]
        let lines = items.prefix(random.int(4...6)).map { "  - {name: \($0), standard: 每周一次, by: 物管会, status: \(random.pick(statuses))}" }
        return """
            ---
            month: \(month)
            items:
            \(lines.joined(separator: "\n"))
            feedback: {phone: 0351-7000000, place: \(compound.name)党群服务站}
            ---
            本月重点：入冬前完成公共水管防冻包裹。

            """
    }

    func evaluation(_ quarter: Quarter) -> String {
        let participants = max(10, compound.households - 12)
        let followingMonth = Month(year: quarter.year, month: quarter.quarter * 3)!.next
        return """
            quarter: \(quarter)
            date: \(followingMonth)-10
            participants: \(participants)
            results:
              - {item: 楼道及公共区域清扫, satisfied: \(participants - 8), basic: 6, unsatisfied: 2}
              - {item: 生活垃圾清运, satisfied: \(participants - 5), basic: 4, unsatisfied: 1}
            issues:
              - {raised: 车棚照明不足, response: 已加装感应灯}

            """
    }

    func plateFile(_ plate: Int) -> (String, String) {
        let building = plate % compound.buildings + 1, unit = plate / compound.buildings + 1
        let door = "\(building)-\(unit)-\(301 + plate)"
        return ("\(folder)/households/\(door).md", """
            ---
            name: \(SyntheticNames.person(index, 30 + plate))
            unit: \(door)
            joined: \(1975 + (index + plate) % 40)
            identity: 中共党员
            specialty: 家电维修
            duty: \(building)号楼\(unit)单元环境卫生监督
            commitment: 邻里有事，随叫随到
            post: 环境卫生先锋岗
            area: \(building)号楼\(unit)单元
            ---

            """)
    }

    var notice: String {
        """
        ---
        title: \(compound.name)居民公约
        date: 2021-07-05
        kind: convention
        ---
        1. 爱护公共设施，不私搭乱建。
        2. 垃圾分类投放，不高空抛物。

        """
    }

    static let communityNotices = [("content/notices/caiwu-gongkai.md", """
        ---
        title: 无物业小区财务公开制度
        date: 2021-07-01
        kind: rules
        ---
        每月收支明细经监督小组审核后，于次月10日前在门房张贴，并发到小区微信群。

        """)]
}
