import Foundation

@inline(__always) func powImpl(_ x: Double, _ y: Double) -> Double {
    Foundation.pow(x, y)
}
