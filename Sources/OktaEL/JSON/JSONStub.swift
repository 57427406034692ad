// Temporary stand-in until the JSON codec lands.
import Foundation
public struct JSONError: Error, Sendable, Equatable { public var message: String; public var offset: Int }
public enum JSONReader {
    public static func parse(_ text: String) throws(JSONError) -> Value {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            throw JSONError(message: "invalid JSON", offset: 0)
        }
        return convert(object)
    }
    static func convert(_ any: Any) -> Value {
        switch any {
        case is NSNull: return .null
        case let n as NSNumber:
            if String(cString: n.objCType) == "c" { return .bool(n.boolValue) }
            let d = n.doubleValue
            if d == d.rounded(), abs(d) < 2147483648 , !String(describing: n).contains(".") { return .int(Int32(d)) }
            if d == d.rounded(), abs(d) < 9e18, !String(describing: n).contains(".") { return .long(Int64(d)) }
            return .double(d)
        case let s as String: return .string(s)
        case let a as [Any]: return .array(a.map(convert))
        case let o as [String: Any]: return .object(ObjectValue(o.keys.sorted().map { ($0, convert(o[$0]!)) }))
        default: return .null
        }
    }
}
public enum JSONWriter {
    public static func write(_ value: Value, sortedKeys: Bool = false, dateTime: (ZonedDateTime) -> String) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .long(let l): return String(l)
        case .double(let d): return JavaNumberFormat.doubleToString(d)
        case .string(let s): return quote(s)
        case .array(let a): return "[" + a.map { write($0, dateTime: dateTime) }.joined(separator: ",") + "]"
        case .object(let o): return "{" + o.entries.map { quote($0.key) + ":" + write($0.value, dateTime: dateTime) }.joined(separator: ",") + "}"
        case .dateTime(let z): return quote(dateTime(z))
        case .country(let c): return quote(c.alpha2)
        }
    }
    public static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: if ch.value < 0x20 { out += String(format: "\\u%04x", ch.value) } else { out.unicodeScalars.append(ch) }
            }
        }
        return out + "\""
    }
}
