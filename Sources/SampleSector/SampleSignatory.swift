/// One signatory of a sample sector: who it is, how well it complies, and what is planted on it.
public struct SampleSignatory: Sendable, Equatable {
    /// Its position in the sector, from 0.
    public var index: Int
    /// The signatory id, such as `jinghua-news`.
    public var id: String
    /// The registered name, such as 北京京华资讯科技有限公司.
    public var name: String
    /// The declared category.
    public var category: String
    /// How well it complies over the years.
    public var profile: SampleProfile
    /// A critical indicator it fails every year, if any.
    public var criticalFailure: String?
    /// Whether it reports overdue regulator demands (A1.6 above 0) in the last year.
    public var overdueRectifications: Bool
    /// The problem planted on it, if any.
    public var plant: SamplePlant?

    /// Place names and words for company names: pinyin for ids, Chinese for names.
    static let places: [(String, String)] = [
        ("jinghua", "京华"), ("haidian", "海淀"), ("chaoyang", "朝阳"), ("yanjing", "燕京"),
        ("zhongguancun", "中关村"),
        ("xicheng", "西城"), ("dongcheng", "东城"), ("wangjing", "望京"), ("changping", "昌平"),
        ("tongzhou", "通州"),
        ("shunyi", "顺义"), ("daxing", "大兴"), ("fengtai", "丰台"), ("huairou", "怀柔"), ("miyun", "密云"),
        ("yanqing", "延庆"), ("pinggu", "平谷"), ("fangshan", "房山"), ("xinyu", "新宇"), ("tianyu", "天宇"),
        ("yunfan", "云帆"), ("qihang", "启航"), ("zhiyuan", "致远"), ("hengxin", "恒信"), ("ruixing", "瑞星"),
        ("boya", "博雅"), ("jiahe", "嘉禾"), ("huaxia", "华夏"), ("jinqiao", "金桥"), ("yinhe", "银河"),
        ("xingchen", "星辰"), ("lanhai", "蓝海"), ("qingshan", "青山"), ("baiyun", "白云"),
        ("changcheng", "长城"),
        ("kunlun", "昆仑"), ("taihang", "太行"), ("yongding", "永定"), ("jishui", "积水"), ("houhai", "后海"),
    ]

    /// The words of each category in ids and names.
    static let categoryWords: [String: (String, String)] = [
        "news": ("news", "资讯"), "social": ("social", "社交"), "video": ("video", "视频"),
        "app-store": ("apps", "应用商店"),
        "e-commerce": ("shop", "电商"), "tools": ("tools", "工具"), "games": ("games", "游戏"),
        "lifestyle": ("life", "生活"),
        "education": ("edu", "教育"), "finance": ("pay", "金融"), "other": ("tech", "网络"),
    ]

    /// Categories in the order they are given out: six in 25 are news, five social, four video,
    /// three e-commerce and three tools, two games, one app store and one lifestyle, so that a
    /// sector of 50 has categories too small to publish on their own.
    static let categoryCycle = [
        "news", "social", "video", "news", "e-commerce", "social", "tools", "news", "video",
        "social", "games", "news",
        "e-commerce", "social", "video", "tools", "news", "app-store", "social", "video", "news",
        "e-commerce", "games",
        "tools", "lifestyle",
    ]

    /// The id and name of the signatory at an index, in a category.
    static func identity(index: Int, category: String) -> (id: String, name: String) {
        let place = places[index % places.count]
        let word = categoryWords[category] ?? ("tech", "网络")
        let round = index / places.count
        let id = "\(place.0)-\(word.0)" + (round > 0 ? "-\(round + 1)" : "")
        let name = "北京\(place.1)\(word.1)科技有限公司" + (round > 0 ? "（\(round + 1)）" : "")
        return (id, name)
    }
}
