import ArgumentParser
import NoticeboardCore
import NoticeboardLoading
import NoticeboardModel
import NoticeboardRendering
import NoticeboardValues

/// `<YYYY-MM> [SLUG…]`, as `seal` and `new-month` take them.
struct MonthArguments: ParsableArguments {
    @Argument(help: "月份 YYYY-MM / the month")
    var month: Month

    @Argument(help: "小区（文件夹名），不写则为全部适用的小区 / compounds by folder name; default all that apply")
    var compounds: [String] = []
}
