/// The wordings of `selfassess keyring list`'s table for people.
///
/// Column headers, each key's status and the summary line; the JSON output keeps its own stable
/// words (``KeyringRenderer/statusWord(_:)``).
enum KeyringRenderMessages: String, MessageCatalog {
    case signatoryColumn = "keyring-list.column.signatory"
    case nameColumn = "keyring-list.column.name"
    case categoryColumn = "keyring-list.column.category"
    case keyIDColumn = "keyring-list.column.key-id"
    case validFromColumn = "keyring-list.column.valid-from"
    case validUntilColumn = "keyring-list.column.valid-until"
    case statusColumn = "keyring-list.column.status"
    case active = "keyring-list.active"
    case notYetValid = "keyring-list.not-yet-valid"
    case notYetValidFrom = "keyring-list.not-yet-valid-from"
    case expired = "keyring-list.expired"
    case revoked = "keyring-list.revoked"
    case revokedOn = "keyring-list.revoked-on"
    case noLimit = "keyring-list.no-limit"
    case heading = "keyring-list.heading"
    case headingWithSociety = "keyring-list.heading-society"
    case signatoriesOne = "keyring-list.signatories.one"
    case signatories = "keyring-list.signatories"
    case keysOne = "keyring-list.keys.one"
    case keys = "keyring-list.keys"
    case summary = "keyring-list.summary"
    case summaryWithStatus = "keyring-list.summary-status"
    case statusCount = "keyring-list.status-count"

    var english: String {
        switch self {
        case .signatoryColumn: "signatory"
        case .nameColumn: "name"
        case .categoryColumn: "category"
        case .keyIDColumn: "key id"
        case .validFromColumn: "valid from"
        case .validUntilColumn: "valid until"
        case .statusColumn: "status"
        case .active: "active"
        case .notYetValid: "not yet valid"
        case .notYetValidFrom: "not yet valid (from {date})"
        case .expired: "expired"
        case .revoked: "revoked"
        case .revokedOn: "revoked {date}: {reason}"
        case .noLimit: "—"
        case .heading: "Keyring {file}"
        case .headingWithSociety: "Keyring {file} · {society}"
        case .signatoriesOne: "{count} signatory"
        case .signatories: "{count} signatories"
        case .keysOne: "{count} key"
        case .keys: "{count} keys"
        case .summary: "{signatories}, {keys} (on {date})."
        case .summaryWithStatus: "{signatories}, {keys}: {statuses} (on {date})."
        case .statusCount: "{count} {status}"
        }
    }

    var chinese: String? {
        switch self {
        case .signatoryColumn: "签约单位"
        case .nameColumn: "名称"
        case .categoryColumn: "类别"
        case .keyIDColumn: "密钥标识"
        case .validFromColumn: "生效日"
        case .validUntilColumn: "失效日"
        case .statusColumn: "状态"
        case .active: "有效"
        case .notYetValid: "尚未生效"
        case .notYetValidFrom: "尚未生效（自 {date} 起）"
        case .expired: "已过期"
        case .revoked: "已吊销"
        case .revokedOn: "{date} 已吊销：{reason}"
        case .noLimit: "—"
        case .heading: "名册 {file}"
        case .headingWithSociety: "名册 {file} · {society}"
        case .signatoriesOne: "{count} 个签约单位"
        case .signatories: "{count} 个签约单位"
        case .keysOne: "{count} 个密钥"
        case .keys: "{count} 个密钥"
        case .summary: "{signatories}，{keys}（截至 {date}）。"
        case .summaryWithStatus: "{signatories}，{keys}：{statuses}（截至 {date}）。"
        case .statusCount: "{count} 个{status}"
        }
    }

}
