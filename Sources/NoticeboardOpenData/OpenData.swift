import Foundation
import NoticeboardModel
import NoticeboardSupport
import NoticeboardValues

/// Every data file of a community's site, made from the model: pure functions from the records to bytes
/// (docs/site.md, "Open data"). The caller publishes them through the same masking boundary as the pages
/// and then makes the package of their final bytes (`DataPackage`).
package struct OpenData: Sendable {
    package let community: Community
    package let baseURL: String
    /// Each compound's chain of statement fingerprints (`StatementFingerprint.chain`), by slug.
    package let chains: [String: [Month: StatementFingerprint]]
    /// The numbers the records publish in full (`Community.publishedNumbers`); every other is masked.
    package let published: Set<String>
    /// The check's warnings by compound slug and rule id.
    package let warnings: [String: [String: Int]]

    package init(community: Community, baseURL: String, chains: [String: [Month: StatementFingerprint]], published: Set<String>,
                 warnings: [String: [String: Int]]) {
        self.community = community
        self.baseURL = baseURL
        self.chains = chains
        self.published = published
        self.warnings = warnings
    }

    package var licence: String { community.site.licence ?? DataPackage.defaultLicence }

    /// Every data file and schema, but the package itself: the compounds spread over all cores.
    package func files() async -> [OpenDataFile] {
        let perCompound = await community.compounds.concurrentMap { compound in files(of: compound) }
        return schemaFiles + overviewFiles + perCompound.flatMap { $0 }
    }

    /// The data of a statement as published: what `verify` reads back.
    package func statement(_ statement: Statement, of compound: Compound) -> StatementData {
        StatementData(community: community, compound: compound, statement: statement, chain: chains[compound.slug] ?? [:], published: published)
    }

    package func files(of compound: Compound) -> [OpenDataFile] {
        let slug = compound.slug
        var files: [OpenDataFile] = []
        func add(_ path: String, _ bytes: [UInt8], _ table: String, _ format: OpenDataPaths.Format, property: String? = nil, kind: String, period: String) {
            files.append(OpenDataFile(path: path, bytes: bytes, table: .init(schema: OpenDataPaths.schema(table, format), format: format, property: property,
                                                                            about: .init(kind: kind, compound: slug, period: period))))
        }
        let statements = compound.statements.map { statement($0, of: compound) }
        for (s, data) in zip(compound.statements, statements) {
            let month = s.month.value
            add(OpenDataPaths.statement(slug, month, .json), DataJSON.encode(data), StatementData.Line.table.name, .json, property: "lines",
                kind: "statement", period: month.description)
            add(OpenDataPaths.statement(slug, month, .csv), StatementData.Line.table.csv(data.lines), StatementData.Line.table.name, .csv,
                kind: "statement", period: month.description)
        }
        for year in Set(compound.statements.map(\.month.value.year)).sorted() {
            add(OpenDataPaths.year(slug, year), YearData.csv(of: statements.filter { $0.month.hasPrefix("\(year)-") }), StatementData.Line.table.name, .csv,
                kind: "year", period: String(year))
        }
        for list in compound.serviceLists {
            let data = ServiceListData(compound: compound, list: list, published: published), month = list.month.value
            add(OpenDataPaths.serviceList(slug, month, .json), DataJSON.encode(data), ServiceListData.Item.table.name, .json, property: "items",
                kind: "services", period: month.description)
            add(OpenDataPaths.serviceList(slug, month, .csv), ServiceListData.Item.table.csv(data.items), ServiceListData.Item.table.name, .csv,
                kind: "services", period: month.description)
        }
        for evaluation in compound.evaluations {
            let data = EvaluationData(compound: compound, evaluation: evaluation, published: published), quarter = evaluation.quarter.value
            add(OpenDataPaths.evaluation(slug, quarter, .json), DataJSON.encode(data), EvaluationData.Result.table.name, .json, property: "results",
                kind: "evaluation", period: quarter.description)
            add(OpenDataPaths.evaluation(slug, quarter, .csv), EvaluationData.Result.table.csv(data.results), EvaluationData.Result.table.name, .csv,
                kind: "evaluation", period: quarter.description)
        }
        for approval in compound.approvals {
            let data = ApprovalData(compound: compound, approval: approval, published: published)
            add(OpenDataPaths.approval(slug, approval.id, .json), DataJSON.encode(data), ApprovalData.Step.table.name, .json, property: "steps",
                kind: "approval", period: approval.id)
            add(OpenDataPaths.approval(slug, approval.id, .csv), ApprovalData.Step.table.csv(data.steps), ApprovalData.Step.table.name, .csv,
                kind: "approval", period: approval.id)
        }
        return files
    }

    package var overview: OverviewData {
        OverviewData(community: community, baseURL: baseURL, licence: licence, warnings: warnings, published: published)
    }

    private var overviewFiles: [OpenDataFile] {
        let data = overview
        let about = { (kind: String) in DataPackage.About(kind: kind, compound: nil, period: nil) }
        let table = OverviewData.Row.table, warnings = OverviewData.Warning.table
        return [
            OpenDataFile(path: OpenDataPaths.overview(.json), bytes: DataJSON.encode(data),
                         table: .init(schema: OpenDataPaths.schema(table.name, .json), format: .json, property: "compounds", about: about("overview"))),
            OpenDataFile(path: OpenDataPaths.overview(.csv), bytes: table.csv(data.compounds),
                         table: .init(schema: OpenDataPaths.schema(table.name, .csv), format: .csv, property: nil, about: about("overview"))),
            OpenDataFile(path: OpenDataPaths.overviewWarnings, bytes: warnings.csv(data.warningRows),
                         table: .init(schema: OpenDataPaths.schema(warnings.name, .csv), format: .csv, property: nil, about: about("overview-warnings"))),
        ]
    }

    /// One schema per table and format (`schemas/<table>.<format>.json`), named by the resources.
    private var schemaFiles: [OpenDataFile] {
        let schemas: [(String, TableSchema, TableSchema)] = [
            (StatementData.Line.table.name, StatementData.Line.table.schema(json: false), StatementData.Line.table.schema(json: true)),
            (ServiceListData.Item.table.name, ServiceListData.Item.table.schema(json: false), ServiceListData.Item.table.schema(json: true)),
            (EvaluationData.Result.table.name, EvaluationData.Result.table.schema(json: false), EvaluationData.Result.table.schema(json: true)),
            (ApprovalData.Step.table.name, ApprovalData.Step.table.schema(json: false), ApprovalData.Step.table.schema(json: true)),
            (OverviewData.Row.table.name, OverviewData.Row.table.schema(json: false), OverviewData.Row.table.schema(json: true)),
            (OverviewData.Warning.table.name, OverviewData.Warning.table.schema(json: false), OverviewData.Warning.table.schema(json: true)),
        ]
        return schemas.flatMap { name, csv, json in
            [OpenDataFile(path: OpenDataPaths.schema(name, .csv), bytes: DataJSON.encode(csv), table: nil),
             OpenDataFile(path: OpenDataPaths.schema(name, .json), bytes: DataJSON.encode(json), table: nil)]
        }
    }

    /// The package of the files as they are published.
    package func package(of published: [(file: OpenDataFile, bytes: [UInt8])]) -> [UInt8] {
        DataJSON.encode(DataPackage(site: community.site, baseURL: baseURL, files: published))
    }
}
