import Foundation
import Testing
@testable import OktaEL

/// The operator table (`Syntax/OperatorTable.swift`): the parser follows it, its lookups agree
/// with its rows, and `grammar/precedence.md` states the same table.
@Suite struct OperatorTableTests {
    private static let names = ["a", "b", "c"].map { Expr(.name($0), .at(0)) }

    private func tree(_ source: String) -> Expr? { Parser.parse(source).expression }

    private func binary(_ op: BinaryOperator, _ left: Expr, _ right: Expr) -> Expr {
        Expr(.binary(op, left, right), .at(0))
    }

    @Test func canonicalSpellingIsTheRawValue() {
        // The printer writes `rawValue`: it must be the row's first spelling.
        for op in BinaryOperator.allCases { #expect(op.row.spellings.first == op.rawValue, "\(op)") }
        for op in UnaryOperator.allCases { #expect(op.row.spellings.first == op.rawValue, "\(op)") }
    }

    @Test func lookupsAgreeWithTheRows() {
        for kind in TokenKind.allCases where kind != .identifier {
            let token = Token(kind: kind, range: .at(0))
            let binaries = BinaryOperator.allCases.filter { ($0.row.symbols + $0.row.mistaken).contains(kind) }
            #expect(binaries.count <= 1, "\(kind) spells \(binaries)")
            #expect(OperatorTable.binary(token) == binaries.first.map { BinaryMatch(op: $0, level: $0.precedence) }, "\(kind)")
            let unaries = UnaryOperator.allCases.filter { $0.row.symbols.contains(kind) }
            #expect(unaries.count <= 1, "\(kind) spells \(unaries)")
            #expect(OperatorTable.unary(token) == unaries.first, "\(kind)")
        }
        for keyword in Keyword.allCases {
            let token = Token(kind: .identifier, keyword: keyword, range: .at(0))
            let binaries = BinaryOperator.allCases.filter { $0.row.words.contains(keyword) }
            #expect(binaries.count <= 1, "\(keyword) spells \(binaries)")
            #expect(OperatorTable.binary(token) == binaries.first.map { BinaryMatch(op: $0, level: $0.precedence) }, "\(keyword)")
            let unaries = UnaryOperator.allCases.filter { $0.row.words.contains(keyword) }
            #expect(unaries.count <= 1, "\(keyword) spells \(unaries)")
            #expect(OperatorTable.unary(token) == unaries.first, "\(keyword)")
        }
        // A name that spells nothing is no operator.
        #expect(OperatorTable.binary(Token(kind: .identifier, range: .at(0))) == nil)
    }

    @Test func everySpellingParsesAsItsOperator() {
        let (a, b, _) = (Self.names[0], Self.names[1], Self.names[2])
        for op in BinaryOperator.allCases {
            for spelling in op.row.spellings + op.row.words.map({ $0.word.uppercased() }) {
                #expect(tree("a \(spelling) b") == binary(op, a, b), "a \(spelling) b")
            }
            for mistaken in op.row.mistaken.compactMap(\.symbol) {
                // Reported, read as the operator, and no tree.
                let result = Parser.parse("a \(mistaken) b")
                #expect(result.expression == nil)
                #expect(result.diagnostics.map(\.code) == [.singleBarOrAmpersand], "a \(mistaken) b")
            }
        }
        for op in UnaryOperator.allCases {
            for spelling in op.row.spellings + op.row.words.map({ $0.word.uppercased() }) {
                #expect(tree("\(spelling) a") == Expr(.unary(op, a), .at(0)), "\(spelling) a")
            }
        }
    }

    @Test func theParserGroupsByLevelAndAssociativity() {
        let (a, b, c) = (Self.names[0], Self.names[1], Self.names[2])
        for first in BinaryOperator.allCases {
            for second in BinaryOperator.allCases {
                let source = "a \(first.rawValue) b \(second.rawValue) c"
                let result = Parser.parse(source)
                if first.precedence < second.precedence {
                    #expect(result.expression == binary(first, a, binary(second, b, c)), "\(source)")
                } else if first.precedence > second.precedence {
                    #expect(result.expression == binary(second, binary(first, a, b), c), "\(source)")
                } else {
                    switch first.row.associativity {
                    case .left: #expect(result.expression == binary(second, binary(first, a, b), c), "\(source)")
                    case .right: #expect(result.expression == binary(first, a, binary(second, b, c)), "\(source)")
                    case .nonassociative: #expect(result.diagnostics.map(\.code) == [.chainedComparison], "\(source)")
                    }
                }
            }
        }
        // Unary operators bind tighter than every binary one.
        for op in BinaryOperator.allCases {
            #expect(tree("!a \(op.rawValue) b") == binary(op, Expr(.unary(.not, a), .at(0)), b), "!a \(op.rawValue) b")
        }
    }

    /// The rows of the table in `grammar/precedence.md`: level, name, the backquoted spellings
    /// of the operators cell, and the first word of the associativity cell.
    private struct DocumentedLevel {
        var level: Int
        var name: String
        var spellings: Set<String>
        var associativity: String
    }

    private static func documentedLevels() throws -> [DocumentedLevel] {
        let text = try String(contentsOf: TestSupport.root.appendingPathComponent("grammar/precedence.md"), encoding: .utf8)
        var levels: [DocumentedLevel] = []
        for line in text.components(separatedBy: "\n") where line.hasPrefix("| ") {
            // Cells split at unescaped bars; `\|` is a bar inside a cell.
            let cells = line.replacingOccurrences(of: "\\|", with: "\u{0}").split(separator: "|")
                .map { $0.replacingOccurrences(of: "\u{0}", with: "|").trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, let level = Int(cells[0]) else { continue }
            let quoted = cells[2].split(separator: "`", omittingEmptySubsequences: false)
                .enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            levels.append(DocumentedLevel(level: level, name: cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`")),
                                          spellings: Set(quoted),
                                          associativity: String(cells[3].prefix { $0.isLetter })))
        }
        return levels
    }

    @Test func precedenceDocumentAgreesWithTheTable() throws {
        let documented = try Self.documentedLevels()
        #expect(documented.map(\.level) == Precedence.allCases.map(\.rawValue), "one row per level, in order")
        var spellings: [Precedence: Set<String>] = [:]
        for op in BinaryOperator.allCases { spellings[op.precedence, default: []].formUnion(op.row.spellings) }
        for op in UnaryOperator.allCases { spellings[op.row.level, default: []].formUnion(op.row.spellings) }
        for row in documented {
            guard let level = Precedence(rawValue: row.level) else {
                Issue.record("grammar/precedence.md has level \(row.level), which the table lacks")
                continue
            }
            #expect(row.name == "\(level)", "level \(row.level) is named \(level)")
            let associativity = switch level.associativity {
            case .left: "left"
            case .right: "right"
            case .nonassociative: "none"
            }
            #expect(row.associativity == associativity, "level \(row.level) (\(level)) groups \(associativity)")
            // Levels with operators list exactly their spellings; the others (conditional,
            // postfix) are constructs the table has no rows for.
            if let expected = spellings[level] {
                #expect(row.spellings == expected, "level \(row.level) (\(level)) operators")
            }
        }
        #expect(Set(spellings.keys).isSubset(of: Set(documented.compactMap { Precedence(rawValue: $0.level) })))
    }
}
