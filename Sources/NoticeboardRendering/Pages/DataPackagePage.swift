import NoticeboardModel
import NoticeboardOpenData

extension SiteRenderer {
    /// Every data file the pages hold beside them (the records' `data.json` and `data.csv`, the years' and the
    /// overview's): what `datapackage.json` lists. The same records as the page kinds', the same paths. Made on all
    /// cores, at the end of a build: a city's are some 60,000.
    package func dataResources() async -> [DataResource] {
        let context = pageContext
        return await OverviewData.resources(beside: SitePaths.overview) + community.compounds.concurrentMap { compound in
            let slug = compound.slug
            let statements = compound.statements.flatMap {
                StatementData.resources(compound: slug, period: $0.month.value.description, beside: SitePaths.statement(slug, $0.month.value))
            }
            let lists = compound.serviceLists.flatMap {
                ServiceListData.resources(compound: slug, period: $0.month.value.description, beside: SitePaths.serviceList(slug, $0.month.value))
            }
            let evaluations = compound.evaluations.flatMap {
                EvaluationData.resources(compound: slug, period: $0.quarter.value.description, beside: SitePaths.evaluation(slug, $0.quarter.value))
            }
            let approvals = compound.approvals.flatMap { ApprovalData.resources(compound: slug, period: $0.id, beside: SitePaths.approval(slug, $0.id)) }
            let years = context.years(of: compound).map { StatementData.Line.yearResource(compound: slug, year: $0, beside: SitePaths.year(slug, $0)) }
            return statements + lists + evaluations + approvals + years
        }.flatMap { $0 }
    }

    /// `datapackage.json` and the tables' schemas, as one page: the package lists each data file with the SHA-256
    /// and size of its bytes as written (`written`: a file placed this build or carried over, as the page index
    /// keeps them), so its key is made of those and of the site's names, and an unchanged site carries it over.
    package func dataPackage(written: [(resource: DataResource, sha256: String, size: Int)]) -> SitePage {
        let site = community.site, baseURL = baseURL
        return SitePage {
            // Line by line, into one buffer: a city's package lists some 60,000 files.
            var listing = Array([site.community, site.street, site.district ?? "-", site.city ?? "-", baseURL, DataPackage.licence(of: site)].joined(separator: "\n").utf8)
            listing.reserveCapacity(listing.count + written.count * 128)
            for file in written {
                listing.append(0x0A)
                listing += file.resource.path.utf8
                listing.append(0x09)
                listing += file.sha256.utf8
                listing.append(0x09)
                listing += String(file.size).utf8
            }
            let key = PageKey(data: listing)
            return DataSchemas.files.map { dataOutput($0.path, .json, $0.bytes) } + [
                PageOutput(path: OpenDataPaths.package, format: .json, key: key) {
                    RenderedFile(path: OpenDataPaths.package, bytes: DataPackage.jsonBytes(site: site, baseURL: baseURL, written: written) { (bytes: consuming [UInt8]) in
                        publishedData(OpenDataPaths.package, consume bytes).bytes
                    })
                },
            ]
        }
    }
}
