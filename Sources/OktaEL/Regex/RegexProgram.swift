// Compilation of the syntax tree into a Thompson-NFA program shared by the Pike VM
// and the budgeted backtracker.

enum RegexInstruction: Sendable, Equatable {
    /// Consume one scalar equal to the operand.
    case char(UInt32)
    /// Consume one scalar equal to the operand under case folding.
    case charFold(UInt32, CaseFold)
    /// Consume one scalar in `program.sets[index]`.
    case set(Int)
    /// Consume any scalar.
    case any
    /// Consume any scalar but a line terminator.
    case dot(unixLines: Bool)
    /// Fork: try `primary` first, then `secondary`.
    case split(primary: Int, secondary: Int)
    case jump(Int)
    case assert(RegexAnchor)
    /// Record the current position in capture slot `slot` (2*group, 2*group+1).
    case save(slot: Int)
    /// Empty-loop guard (backtracker only): remember loop-iteration start position in `register`.
    case loopMark(register: Int)
    /// Empty-loop guard (backtracker only): when the iteration consumed nothing, leave the loop.
    case loopCheck(register: Int, exit: Int)
    /// Match the text of capture group `group` again.
    case backreference(group: Int, fold: CaseFold)
    /// Lookaround: the body starts at pc+1 and ends with `.succeed`; continue at `next`.
    case lookaround(behind: Bool, negative: Bool, next: Int, minLength: Int, maxLength: Int?)
    /// Atomic group: the body starts at pc+1 and ends with `.succeed`; continue at `next`.
    case atomic(next: Int)
    /// End of a lookaround/atomic body.
    case succeed
    /// End of the whole pattern.
    case match
}

struct RegexProgram: Sendable {
    var instructions: [RegexInstruction] = []
    var sets: [CompiledSet] = []
    var groupCount = 0
    var registerCount = 0
    var usesWordBoundary = false
    var start = 0
}

struct RegexCompiler {
    private var program = RegexProgram()
    private let maxSize: Int

    init(maxSize: Int) {
        self.maxSize = maxSize
    }

    static func compile(_ parsed: ParsedPattern, limits: RegexLimits) throws(RegexError) -> RegexProgram {
        var c = RegexCompiler(maxSize: limits.maxProgramSize)
        c.program.groupCount = parsed.groupCount
        try c.emit(.save(slot: 0))
        try c.compile(parsed.root)
        try c.emit(.save(slot: 1))
        try c.emit(.match)
        return c.program
    }

    private var pc: Int { program.instructions.count }

    @discardableResult
    private mutating func emit(_ inst: RegexInstruction) throws(RegexError) -> Int {
        if program.instructions.count >= maxSize {
            throw RegexError(kind: .tooLarge, message: "Pattern compiles to more than \(maxSize) instructions", patternOffset: nil)
        }
        program.instructions.append(inst)
        return program.instructions.count - 1
    }

    private mutating func patch(_ at: Int, _ inst: RegexInstruction) {
        if at >= 0 && at < program.instructions.count { program.instructions[at] = inst }
    }

    private mutating func compile(_ node: RegexNode) throws(RegexError) {
        switch node {
        case .empty:
            break
        case .char(let c, let fold):
            if fold == .none || (fold == .ascii && !CaseMapping.isASCIILetter(c)) {
                try emit(.char(c))
            } else {
                try emit(.charFold(c, fold))
            }
        case .set(let s):
            program.sets.append(CompiledSet(s))
            try emit(.set(program.sets.count - 1))
        case .dot(let dotAll, let unixLines):
            try emit(dotAll ? .any : .dot(unixLines: unixLines))
        case .concat(let xs):
            for x in xs { try compile(x) }
        case .alternation(let xs):
            guard let last = xs.last else { return }
            var jumps: [Int] = []
            for x in xs.dropLast() {
                let split = try emit(.split(primary: 0, secondary: 0))
                try compile(x)
                jumps.append(try emit(.jump(0)))
                patch(split, .split(primary: split + 1, secondary: pc))
            }
            try compile(last)
            for j in jumps { patch(j, .jump(pc)) }
        case .group(let x, let capture):
            if let n = capture {
                try emit(.save(slot: 2 * n))
                try compile(x)
                try emit(.save(slot: 2 * n + 1))
            } else {
                try compile(x)
            }
        case .anchor(let a):
            if case .wordBoundary = a { program.usesWordBoundary = true }
            try emit(.assert(a))
        case .backreference(let n, let fold):
            try emit(.backreference(group: n, fold: fold))
        case .lookaround(let x, let behind, let negative):
            let bounds = x.lengthBounds
            let at = try emit(.lookaround(behind: behind, negative: negative, next: 0, minLength: 0, maxLength: nil))
            try compile(x)
            try emit(.succeed)
            patch(at, .lookaround(behind: behind, negative: negative, next: pc, minLength: bounds.min, maxLength: bounds.max))
        case .atomic(let x):
            let at = try emit(.atomic(next: 0))
            try compile(x)
            try emit(.succeed)
            patch(at, .atomic(next: pc))
        case .quantified(let x, let min, let max, let kind):
            if kind == .possessive {
                let at = try emit(.atomic(next: 0))
                try compileRepeat(x, min: min, max: max, greedy: true)
                try emit(.succeed)
                patch(at, .atomic(next: pc))
            } else {
                try compileRepeat(x, min: min, max: max, greedy: kind == .greedy)
            }
        }
    }

    private mutating func split(_ at: Int, body: Int, exit: Int, greedy: Bool) {
        patch(at, greedy ? .split(primary: body, secondary: exit) : .split(primary: exit, secondary: body))
    }

    private mutating func compileRepeat(_ x: RegexNode, min: Int, max: Int?, greedy: Bool) throws(RegexError) {
        // Quick size estimate so that a{100000} fails before expanding.
        if min > maxSize || (max ?? 0) > maxSize {
            throw RegexError(kind: .tooLarge, message: "Repetition count is too large for the program size limit (\(maxSize))", patternOffset: nil)
        }
        for _ in 0..<min { try compile(x) }
        let nullable = x.canMatchEmpty
        if let max = max {
            // (max - min) nested optional copies: x(x(x)?)?)?
            var exits: [Int] = []
            if max > min {
                for _ in min..<max {
                    exits.append(try emit(.split(primary: 0, secondary: 0)))
                    try compile(x)
                }
            }
            for s in exits { split(s, body: s + 1, exit: pc, greedy: greedy) }
            return
        }
        // x*
        let loop = try emit(.split(primary: 0, secondary: 0))
        var register = -1
        if nullable {
            register = program.registerCount
            program.registerCount += 1
            try emit(.loopMark(register: register))
        }
        try compile(x)
        let check = nullable ? try emit(.loopCheck(register: register, exit: 0)) : -1
        try emit(.jump(loop))
        split(loop, body: loop + 1, exit: pc, greedy: greedy)
        if check >= 0 { patch(check, .loopCheck(register: register, exit: pc)) }
    }
}
