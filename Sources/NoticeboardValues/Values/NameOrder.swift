import Foundation

/// The order people expect names in: numbers inside names compare as numbers (永康北路8号 before
/// 永康北路15号), the rest in Chinese pinyin order — ICU's collation, through Foundation.
package enum NameOrder {
    package static let locale = Locale(identifier: "zh@collation=pinyin")

    package static func ascending(_ a: String, _ b: String) -> Bool {
        switch a.compare(b, options: [.numeric], range: nil, locale: locale) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: a < b  // equal to ICU (full-width and half-width digits): any fixed order
        }
    }
}
