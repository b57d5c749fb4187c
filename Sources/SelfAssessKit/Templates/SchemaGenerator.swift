/// Writes JSON Schemas (draft 2020-12) of `assessment.yaml` and of an article file for a
/// framework, so editors (VS Code's YAML extension and others) complete and check while typing.
public struct SchemaGenerator: Sendable {
    /// The framework the schemas describe.
    public let framework: Framework

    public init(framework: Framework) {
        self.framework = framework
    }

    /// The schema files: name and content.
    public func files() -> [(name: String, content: String)] {
        [
            ("assessment.schema.json", JSONOutput.serialize(assessmentSchema())),
            ("article.schema.json", JSONOutput.serialize(articleSchema())),
        ]
    }

    private var idBase: String {
        "https://schemas.selfassess.invalid/\(framework.id)/\(framework.version)"
    }

    private var frameworkProperty: [String: Any] {
        [
            "type": "object",
            "description": "The framework this file answers: \(framework.title.en)",
            "additionalProperties": false,
            "required": ["id", "version"],
            "properties": [
                "id": ["const": framework.id],
                "version": [
                    "const": framework.version, "description": "Quote it: \"\(framework.version)\"",
                ],
            ],
        ]
    }

    private static var nonEmptyText: [String: Any] { ["type": "string", "minLength": 1] }
    private static var date: [String: Any] {
        [
            "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        ]
    }

    /// The schema of `assessment.yaml`.
    public func assessmentSchema() -> [String: Any] {
        [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "\(idBase)/assessment.schema.json",
            "title": "selfassess assessment.yaml (\(framework.id) \(framework.version))",
            "description": "自评估基本信息 · About this self-assessment",
            "type": "object",
            "additionalProperties": false,
            "required": ["framework", "signatory", "year", "contact", "declaration"],
            "properties": [
                "framework": frameworkProperty,
                "signatory": [
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["id", "name", "category"],
                    "properties": [
                        "id": [
                            "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{1,62}$",
                            "description": "The id registered with the society: a-z, 0-9 and -",
                        ],
                        "name": Self.nonEmptyText,
                        "category": [
                            "enum": framework.categories.map(\.id),
                            "description": framework.categories.map {
                                "\($0.id): \($0.title.zh) \($0.title.en)"
                            }
                            .joined(separator: "; "),
                        ],
                    ] as [String: Any],
                ] as [String: Any],
                "year": [
                    "type": "integer", "minimum": 2014, "maximum": 9999,
                    "description": "The reporting year",
                ],
                "contact": [
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["name", "email"],
                    "properties": [
                        "name": Self.nonEmptyText,
                        "email": [
                            "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$",
                        ],
                        "phone": ["type": ["string", "null"]],
                    ] as [String: Any],
                ] as [String: Any],
                "declaration": [
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["signed-by", "date"],
                    "properties": [
                        "signed-by": Self.nonEmptyText,
                        "role": ["type": ["string", "null"]],
                        "date": Self.date,
                        "statement": ["type": ["string", "null"]],
                    ] as [String: Any],
                ] as [String: Any],
            ] as [String: Any],
        ]
    }

    /// The schema of an article file; the indicators allowed depend on `article`.
    public func articleSchema() -> [String: Any] {
        var defs: [String: Any] = [
            "framework": frameworkProperty,
            "evidence": [
                "type": ["array", "null"],
                "description": "Files under the assessment folder that support the answer",
                "items": [
                    "anyOf": [
                        ["type": "string", "minLength": 1, "pattern": "^[^/\\\\~]"],
                        [
                            "type": "object",
                            "additionalProperties": false,
                            "required": ["path"],
                            "properties": [
                                "path": [
                                    "type": "string", "minLength": 1, "pattern": "^[^/\\\\~]",
                                ],
                                "date": Self.date,
                                "description": ["type": "string"],
                            ] as [String: Any],
                        ] as [String: Any],
                    ]
                ],
            ] as [String: Any],
        ]
        var branches: [[String: Any]] = []
        for article in framework.articles {
            let name = "article-\(article.number)"
            var properties: [String: Any] = [:]
            for indicator in article.indicators {
                defs[indicator.id] = indicatorSchema(indicator)
                properties[indicator.id] = ["$ref": "#/$defs/\(indicator.id)"]
            }
            defs[name] =
                [
                    "type": "object",
                    "description":
                        "Article \(article.number): \(article.title.zh) · \(article.title.en)",
                    "additionalProperties": false,
                    "required": article.indicators.map(\.id),
                    "properties": properties,
                ] as [String: Any]
            branches.append([
                "if": [
                    "properties": ["article": ["const": article.number]], "required": ["article"],
                ],
                "then": ["properties": ["indicators": ["$ref": "#/$defs/\(name)"]]],
            ])
        }
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "\(idBase)/article.schema.json",
            "title": "selfassess article file (\(framework.id) \(framework.version))",
            "type": "object",
            "additionalProperties": false,
            "required": ["framework", "article", "indicators"],
            "properties": [
                "framework": ["$ref": "#/$defs/framework"],
                "article": ["type": "integer", "minimum": 1, "maximum": framework.articles.count],
                "indicators": ["type": "object"],
            ] as [String: Any],
            "allOf": branches,
            "$defs": defs,
        ]
    }

    private func indicatorSchema(_ indicator: Indicator) -> [String: Any] {
        var answer: [String: Any]
        switch indicator.answer.type {
        case .yesNo, .yesPartialNo:
            answer = ["enum": indicator.answer.choices ?? []]
        case .maturity:
            answer = ["type": "integer", "minimum": 0, "maximum": 4]
        case .number(let rule):
            answer = ["type": rule.integer ? "integer" : "number"]
            if let min = rule.min { answer["minimum"] = NSDecimalBridge.number(min) }
            if let max = rule.max { answer["maximum"] = NSDecimalBridge.number(max) }
        case .date:
            answer = Self.date
        case .text:
            answer = Self.nonEmptyText
        }
        let answerDescription = indicator.question.en + "\n" + indicator.question.zh
        var answerSchema: [String: Any]
        if indicator.allowsNotApplicable {
            answerSchema = [
                "anyOf": [answer, ["const": "not-applicable"]], "description": answerDescription,
            ]
        } else {
            answer["description"] = answerDescription
            answerSchema = answer
        }
        var schema: [String: Any] = [
            "type": "object",
            "title": "\(indicator.id) \(indicator.title.zh) · \(indicator.title.en)",
            "description": indicator.guidance.en,
            "additionalProperties": false,
            "required": ["answer"],
            "properties": [
                "answer": answerSchema,
                "evidence": ["$ref": "#/$defs/evidence"],
                "note": ["type": ["string", "null"]],
                "justification": ["type": ["string", "null"]],
                "carried-forward": [
                    "type": "integer",
                    "description": "Written by init --from; delete once the answer is reviewed",
                ],
            ] as [String: Any],
        ]
        if indicator.allowsNotApplicable {
            schema["if"] = [
                "properties": ["answer": ["const": "not-applicable"]], "required": ["answer"],
            ]
            schema["then"] = [
                "required": ["justification"], "properties": ["justification": Self.nonEmptyText],
            ]
        }
        if indicator.evidence == .required {
            let applicable: [String: Any] = [
                "not": ["properties": ["answer": ["const": "not-applicable"]]]
            ]
            schema["allOf"] = [
                [
                    "if": applicable,
                    "then": [
                        "required": ["evidence"],
                        "properties": ["evidence": ["type": "array", "minItems": 1]],
                    ],
                ]
            ]
        }
        return schema
    }
}
