import Testing
@testable import OktaEL

@Suite struct LexerTests {
    private func tokens(_ source: String) -> (tokens: [Token], bytes: [UInt8]) {
        var lexer = Lexer(SourceText(source))
        return (lexer.tokenize(), lexer.bytes)
    }

    private func kinds(_ source: String) -> [TokenKind] {
        tokens(source).tokens.map(\.kind)
    }

    /// The source text of each token before the end.
    private func texts(_ source: String) -> [String] {
        let (tokens, bytes) = tokens(source)
        return tokens.dropLast().map { $0.text(in: bytes) }
    }

    /// The value of each name, number and string token: a name as its text, a number or a
    /// string literal as the `Value` it stands for.
    private func values(_ source: String) -> [Value] {
        let (tokens, bytes) = tokens(source)
        return tokens.compactMap { token -> Value? in
            switch token.kind {
            case .identifier: return .string(token.text(in: bytes))
            case .int: return .int(token.int)
            case .long: return .long(token.long)
            case .real: return .double(token.real)
            case .string, .curlyString: return .string(token.stringValue(in: bytes))
            default: return nil
            }
        }
    }

    private func codes(_ source: String) -> [DiagnosticCode] {
        var lexer = Lexer(SourceText(source))
        _ = lexer.tokenize()
        return lexer.diagnostics.map(\.code)
    }

    @Test func punctuationAndOperators() {
        #expect(kinds("a?.b ?: c") == [.identifier, .safeNavigation, .identifier, .elvis, .identifier, .endOfInput])
        #expect(values("a?.b ?: c") == ["a", "b", "c"])
        #expect(kinds("x.![y]") == [.identifier, .dot, .project, .identifier, .rightBracket, .endOfInput])
        #expect(values("x.![y]") == ["x", "y"])
        #expect(kinds("x.$[y]") == [.identifier, .dot, .selectLast, .identifier, .rightBracket, .endOfInput])
        #expect(values("x.$[y]") == ["x", "y"])
        #expect(kinds("a != b == c <= d >= e && f || g") == [
            .identifier, .notEqual, .identifier, .equalEqual, .identifier, .lessEqual, .identifier,
            .greaterEqual, .identifier, .ampAmp, .identifier, .barBar, .identifier, .endOfInput,
        ])
        #expect(values("a != b == c <= d >= e && f || g") == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(kinds("a++ --") == [.identifier, .plusPlus, .minusMinus, .endOfInput])
        #expect(values("a++ --") == ["a"])
    }

    @Test func symbolsSpellTheirTokens() {
        // Every punctuation and operator token, scanned from its own text, is itself.
        for kind in TokenKind.allCases {
            guard let symbol = kind.symbol else { continue }
            let source = kind == .project || kind == .select || kind == .selectFirst || kind == .selectLast ? "x." + symbol : symbol
            #expect(kinds(source).dropLast().last == kind, "\(symbol)")
            #expect(texts(source).last == symbol)
        }
    }

    @Test func numbers() {
        #expect(kinds("1234") == [.int, .endOfInput])
        #expect(values("1234") == [.int(1234)])
        #expect(values("2147483647") == [.int(2147483647)])
        #expect(kinds("3000000000L") == [.long, .endOfInput])
        #expect(values("3000000000L") == [.long(3_000_000_000)])
        #expect(values("0x1F") == [.int(31)])
        #expect(kinds("1.5e3") == [.real, .endOfInput])
        #expect(values("1.5e3") == [.double(1500)])
        #expect(values("1.5f") == [.double(1.5)])
        #expect(kinds("3.toString") == [.int, .dot, .identifier, .endOfInput])
        #expect(values("3.toString") == [.int(3), "toString"])
        #expect(codes("2147483648") == [.intLiteralOutOfRange])
        #expect(codes("99999999999999999999L") == [.longLiteralOutOfRange])
        #expect(codes("0x") == [.malformedNumber])
        #expect(codes("1e") == [.malformedNumber])
    }

    @Test func strings() {
        #expect(kinds("'it''s'") == [.string, .endOfInput])
        #expect(values("'it''s'") == ["it's"])
        #expect(values(#""say ""hi""""#) == [.string(#"say "hi""#)])
        #expect(values(#""a\nb""#) == [.string(#"a\nb"#)])
        #expect(values(#""\""#) == ["\\"])
        #expect(codes("'open") == [.unterminatedString])
    }

    @Test func invalidCharactersKeepScanning() {
        #expect(codes("a \\ b") == [.strayBackslash])
        #expect(codes("“x” + ‘y’") == [.smartQuote, .smartQuote])
        #expect(kinds("“x”") == [.curlyString, .endOfInput])
        #expect(values("“x”") == ["x"])
        #expect(codes("“unclosed") == [.smartQuote])
        #expect(codes("a ~ b § c") == [.invalidCharacter, .invalidCharacter])
        #expect(codes("a\u{0}b") == [.invalidCharacter])
    }

    @Test func rangesAreUTF8Offsets() {
        let (tokens, _) = tokens("'é' + x")
        #expect(tokens[0].range == SourceRange(start: 0, end: 4))
        #expect(tokens[1].range == SourceRange(start: 5, end: 6))
        #expect(tokens[2].range == SourceRange(start: 7, end: 8))
    }
}

@Suite struct KeywordTests {
    @Test func everyKeywordIsRecognisedInAnyCase() {
        for keyword in Keyword.allCases where keyword != .none {
            for spelling in [keyword.word, keyword.word.uppercased(), keyword.word.prefix(1).uppercased() + keyword.word.dropFirst()] {
                let bytes = Array(spelling.utf8)
                let found = bytes.withUnsafeBufferPointer { Keywords.match($0, 0, $0.count) }
                #expect(found == keyword, "\(spelling)")
            }
        }
        let bytes = Array("name".utf8)
        #expect(bytes.withUnsafeBufferPointer { Keywords.match($0, 0, $0.count) } == Keyword.none)
    }
}
