import Testing
@testable import OktaEL

@Suite struct LexerTests {
    private func kinds(_ source: String) -> [TokenKind] {
        var lexer = Lexer(SourceText(source))
        return lexer.tokenize().map(\.kind)
    }

    private func codes(_ source: String) -> [DiagnosticCode] {
        var lexer = Lexer(SourceText(source))
        _ = lexer.tokenize()
        return lexer.diagnostics.map(\.code)
    }

    @Test func punctuationAndOperators() {
        #expect(kinds("a?.b ?: c") == [.identifier("a"), .safeNavigation, .identifier("b"), .elvis, .identifier("c"), .endOfInput])
        #expect(kinds("x.![y]") == [.identifier("x"), .dot, .project, .identifier("y"), .rightBracket, .endOfInput])
        #expect(kinds("x.$[y]") == [.identifier("x"), .dot, .selectLast, .identifier("y"), .rightBracket, .endOfInput])
        #expect(kinds("a != b == c <= d >= e && f || g") == [
            .identifier("a"), .notEqual, .identifier("b"), .equalEqual, .identifier("c"), .lessEqual, .identifier("d"),
            .greaterEqual, .identifier("e"), .ampAmp, .identifier("f"), .barBar, .identifier("g"), .endOfInput,
        ])
        #expect(kinds("a++ --") == [.identifier("a"), .plusPlus, .minusMinus, .endOfInput])
    }

    @Test func numbers() {
        #expect(kinds("1234") == [.int(1234), .endOfInput])
        #expect(kinds("2147483647") == [.int(2147483647), .endOfInput])
        #expect(kinds("3000000000L") == [.long(3_000_000_000), .endOfInput])
        #expect(kinds("0x1F") == [.int(31), .endOfInput])
        #expect(kinds("1.5e3") == [.real(1500), .endOfInput])
        #expect(kinds("1.5f") == [.real(1.5), .endOfInput])
        #expect(kinds("3.toString") == [.int(3), .dot, .identifier("toString"), .endOfInput])
        #expect(codes("2147483648") == [.intLiteralOutOfRange])
        #expect(codes("99999999999999999999L") == [.longLiteralOutOfRange])
        #expect(codes("0x") == [.malformedNumber])
        #expect(codes("1e") == [.malformedNumber])
    }

    @Test func strings() {
        #expect(kinds("'it''s'") == [.string("it's"), .endOfInput])
        #expect(kinds(#""say ""hi""""#) == [.string(#"say "hi""#), .endOfInput])
        #expect(kinds(#""a\nb""#) == [.string(#"a\nb"#), .endOfInput])
        #expect(kinds(#""\""#) == [.string("\\"), .endOfInput])
        #expect(codes("'open") == [.unterminatedString])
    }

    @Test func invalidCharactersKeepScanning() {
        #expect(codes("a \\ b") == [.strayBackslash])
        #expect(codes("“x” + ‘y’") == [.smartQuote, .smartQuote])
        #expect(kinds("“x”") == [.string("x"), .endOfInput])
        #expect(codes("“unclosed") == [.smartQuote])
        #expect(codes("a ~ b § c") == [.invalidCharacter, .invalidCharacter])
        #expect(codes("a\u{0}b") == [.invalidCharacter])
    }

    @Test func rangesAreUTF8Offsets() {
        var lexer = Lexer(SourceText("'é' + x"))
        let tokens = lexer.tokenize()
        #expect(tokens[0].range == SourceRange(start: 0, end: 4))
        #expect(tokens[1].range == SourceRange(start: 5, end: 6))
        #expect(tokens[2].range == SourceRange(start: 7, end: 8))
    }
}
