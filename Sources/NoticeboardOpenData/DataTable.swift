import Foundation

/// One cell of a published table, typed as its schema says.
package enum Cell: Sendable, Equatable {
    case text(String?)
    case integer(Int64?)
    /// A decimal written as text (`3720.00`): exact, never a binary float.
    case decimal(String?)
    /// A JSON object of counts (warnings by rule id): in the JSON rows only.
    case counts([String: Int])
    /// A JSON object of words (each month's state): in the JSON rows only.
    case words([String: String])
}

/// The Table Schema types the tables use (https://specs.frictionlessdata.io/table-schema/).
package enum FieldType: String, Sendable {
    case string, integer, number, date, yearmonth, object
}

/// One column of a published table: its key in the JSON rows, its heading in the CSV (Chinese, for the
/// spreadsheets of Excel and WPS), its type, and how it is read from a record. The same list makes the
/// CSV, the JSON rows and both schemas, so the three cannot disagree.
package struct Column<Record>: Sendable {
    package let key: String
    package let header: String
    package let type: FieldType
    /// The type in the JSON rows when it differs (an amount in yuan is a string there, `"3720.00"`).
    package let jsonType: FieldType?
    package let required: Bool
    package let description: String
    /// What the CSV shows when it differs from the JSON value (a Chinese label for an English key).
    package let csv: (@Sendable (Record) -> String?)?
    /// In the JSON rows only (an object), not in the CSV.
    package let jsonOnly: Bool
    package let get: @Sendable (Record) -> Cell

    package init(_ key: String, _ header: String, _ type: FieldType, jsonType: FieldType? = nil, required: Bool = false,
                 _ description: String, csv: (@Sendable (Record) -> String?)? = nil, jsonOnly: Bool = false, _ get: @escaping @Sendable (Record) -> Cell) {
        self.key = key
        self.header = header
        self.type = type
        self.jsonType = jsonType
        self.required = required
        self.description = description
        self.csv = csv
        self.jsonOnly = jsonOnly
        self.get = get
    }
}

/// A table kind: its columns, primary key and foreign keys (by JSON key), and the name of its schema files.
package struct DataTable<Record>: Sendable {
    package let name: String
    package let title: String
    package let columns: [Column<Record>]
    package let primaryKey: [String]
    /// Columns naming a compound, which must be one of the overview's (`overview` resources).
    package let compoundKey: String?

    /// The CSV of `records`: UTF-8 with a byte-order mark (so Excel and WPS open it as Chinese), the
    /// headings in the first row, fields quoted when they hold a comma, a quote or a line break, CRLF line ends.
    package func csv(_ records: [Record]) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        let columns = columns.filter { !$0.jsonOnly }
        // By index, not `enumerated()`: called through a protocol (`RecordData`), this code is not specialised, and
        // each (offset, element) pair asked the runtime for its type.
        for index in columns.indices {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            Self.append(field: columns[index].header, to: &out)
        }
        out += [0x0D, 0x0A]
        // Field by field into the bytes: a city's open data has millions of cells, each once a String in an array.
        for record in records {
            for index in columns.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                let column = columns[index]
                if let csv = column.csv {
                    Self.append(field: csv(record) ?? "", to: &out)
                } else {
                    switch column.get(record) {
                    case .text(let text), .decimal(let text): Self.append(field: text ?? "", to: &out)
                    case .integer(let number): if let number { DecimalDigits.append(number, to: &out) }
                    case .counts, .words: break
                    }
                }
            }
            out += [0x0D, 0x0A]
        }
        return out
    }

    /// One field, quoted when it holds a comma, a quote or a line break, its quotes doubled.
    private static func append(field: String, to out: inout [UInt8]) {
        var field = field
        field.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in bytes {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    /// The JSON rows of `records`: every key present, absent values as `null`.
    package func rows(_ records: [Record]) -> [DataRow] {
        records.map { record in DataRow(cells: columns.map { ($0.key, $0.get(record)) }) }
    }

    /// The Table Schema of the CSV (`json: false`, fields named by heading, in the CSV's order) or of the JSON
    /// rows (fields named by key, in the order of the keys in the file, which are sorted: a JSON table's
    /// columns are its first row's keys in their order).
    package func schema(json: Bool) -> TableSchema {
        let all = columns
        let name = { (key: String) in json ? key : all.first { $0.key == key }!.header }
        let ordered = json ? all.sorted { $0.key < $1.key } : all.filter { !$0.jsonOnly }
        return TableSchema(
            fields: ordered.map { column in
                TableSchema.Field(name: json ? column.key : column.header, title: json ? column.header : column.key,
                                  type: (json ? column.jsonType : nil) ?? column.type, description: column.description,
                                  constraints: column.required ? .init(required: true) : nil)
            },
            primaryKey: primaryKey.map(name),
            foreignKeys: compoundKey.map { key in
                [TableSchema.ForeignKey(fields: [name(key)], reference: .init(resource: json ? OpenDataPaths.overviewJSONResource : OpenDataPaths.overviewCSVResource,
                                                                          fields: [json ? "compound" : "小区"]))]
            } ?? [])
    }
}

/// A JSON row: its cells under their keys, null when absent.
package struct DataRow: Encodable, Sendable {
    package let cells: [(String, Cell)]

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DataKey.self)
        // An absent value is written as the optional's own encoding writes it (null), without going through it: a
        // city's open data has millions of cells.
        for (key, cell) in cells {
            switch cell {
            case .text(let text), .decimal(let text):
                if let text { try container.encode(text, forKey: DataKey(key)) } else { try container.encodeNil(forKey: DataKey(key)) }
            case .integer(let number):
                if let number { try container.encode(number, forKey: DataKey(key)) } else { try container.encodeNil(forKey: DataKey(key)) }
            case .counts(let counts): try container.encode(counts, forKey: DataKey(key))
            case .words(let words): try container.encode(words, forKey: DataKey(key))
            }
        }
    }
}

/// A key of a JSON object named at run time.
package struct DataKey: CodingKey {
    package let stringValue: String
    package init(_ string: String) { stringValue = string }
    package init?(stringValue: String) { self.stringValue = stringValue }
    package var intValue: Int? { nil }
    package init?(intValue: Int) { nil }
}

/// A Table Schema (fields, types, primary and foreign keys), as published beside the package.
package struct TableSchema: Codable, Sendable, Equatable {
    package struct Constraints: Codable, Sendable, Equatable {
        package let required: Bool
    }

    package struct Field: Codable, Sendable, Equatable {
        package let name: String
        package let title: String
        package let type: FieldType
        package let description: String
        package let constraints: Constraints?
    }

    package struct Reference: Codable, Sendable, Equatable {
        package let resource: String
        package let fields: [String]
    }

    package struct ForeignKey: Codable, Sendable, Equatable {
        package let fields: [String]
        package let reference: Reference
    }

    package let fields: [Field]
    package let primaryKey: [String]
    package let foreignKeys: [ForeignKey]
}

extension FieldType: Codable {}

/// How every JSON file of the open data is written: keys sorted, no escaped slashes, indented, a newline at
/// the end. The same values give the same bytes.
package enum DataJSON {
    package static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        if let bytes = try? DataJSONEncoder.encode(value) { return bytes + [0x0A] }
        return encodedByFoundation(value)
    }

    /// The same through JSONEncoder, which `DataJSONEncoder` matches byte for byte for the values it takes.
    package static func encodedByFoundation<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Values the tool makes itself: encoding them cannot fail.
        return Array((try? encoder.encode(value)) ?? Data("null".utf8)) + [0x0A]
    }
}
