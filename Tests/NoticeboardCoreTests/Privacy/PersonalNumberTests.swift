import Foundation
import Testing
@testable import NoticeboardLoading
@testable import NoticeboardModel
@testable import NoticeboardPrivacy
@testable import NoticeboardRendering
@testable import NoticeboardValues
@testable import NoticeboardCore
import NoticeboardTestSupport

/// PRV-001 and PRV-002 on numbers as people write them, and masking before values reach a template.
@Suite struct PersonalNumberTests {
    static let notice = "content/notices/tongzhi.md"

    @Test(arguments: [
        ("13812345678", "138****5678"),
        ("电话138-1234-5678。", "电话138-****-5678。"),
        ("138 1234 5678", "138 **** 5678"),
        ("+86 138 1234 5678", "+86 138 **** 5678"),
        ("86-13812345678", "86-138****5678"),
        ("+8613812345678", "+86138****5678"),
        ("１３８１２３４５６７８", "１３８****５６７８"),
        ("馨园小区13812345678", "馨园小区138****5678"),
        ("2026-10-03 138 1234 5678", "2026-10-03 138 **** 5678"),
    ])
    func mobilesAreMaskedInTheWritersSpelling(written: String, masked: String) {
        #expect(PersonalNumbers.masked(written, except: []) == masked)
    }

    @Test(arguments: ["0351-1234567", "A13812345678", "138123456789", "2026-10-03", "12345678901", "1,380.00 元", "1-2-302 室"])
    func otherNumbersAreLeftAlone(text: String) {
        #expect(PersonalNumbers.masked(text, except: []) == text)
        #expect(PersonalNumbers.find(in: text, file: "x").isEmpty)
    }

    @Test func aPublishedNumberStaysInFullHoweverItIsWritten() {
        #expect(PersonalNumbers.masked("138-1234-5678 与 13900001111", except: ["13812345678"]) == "138-1234-5678 与 139****1111")
    }

    @Test(arguments: ["11010519491231002X", "110105 19491231 002X", "1101 0519 4912 3100 2X", "ID11010519491231002X", "身份证：140105-19900101-1238"])
    func identityCardsAreFoundWithSpacesAndPrefixes(written: String) {
        let found = PersonalNumbers.find(in: "备注 \(written) 完", file: "x")
        #expect(found.map(\.kind) == [.identityCard], "\(written)")
    }

    /// Even where a rule pack turns PRV-001 off, an identity-card number never reaches a page whole.
    @Test func identityCardsAreMaskedInValuesWhatever() {
        #expect(PersonalNumbers.masked("号码 110105 19491231 002X。", except: []) == "号码 110105 ******** 002X。")
        #expect(PersonalNumbers.masked("ID11010519491231002X", except: []) == "ID110105********002X")
    }

    @Test func identityCardWithSpacesIsPRV001AtItsPlace() async throws {
        let text = "---\ntitle: 收费通知\ndate: 2026-09-25\n---\n联系人身份证 1101 0519 4912 3100 2X。\n"
        let d = try await findings([Self.notice: text])
        expectOne(d, .prv001, Self.notice, 5, 8, containing: "身份证号码")
    }

    @Test func aDashedMobileIsPRV002AtItsPlace() async throws {
        let text = "---\ntitle: 收费通知\ndate: 2026-09-25\n---\n有事请找 138-1234-5678。\n"
        let d = try await findings([Self.notice: text])
        expectOne(d, .prv002, Self.notice, 5, 6, containing: "138-****-5678", severity: .warning)
    }
}
