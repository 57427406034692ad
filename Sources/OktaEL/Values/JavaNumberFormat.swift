// Temporary stand-in; replaced by the full implementation.
public enum JavaNumberFormat {
    public static func doubleToString(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        var text = "\(d)"
        if !text.contains(".") && !text.contains("e") { text += ".0" }
        return text
    }
}
