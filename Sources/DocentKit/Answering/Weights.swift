/// Word weights (a stem to how much it tells) and the sums answering is scored by.
///
/// A dictionary's order changes from one run to the next, and floating-point addition is not
/// associative: summed in that order, the same weights may come to 1.0 in one run and
/// 0.9999999999999999 in the next, and a tie between two sentences go either way. Sums are
/// taken in the stems' order, so a question gets the same answer every time.
extension Dictionary where Key == String, Value == Double {
  /// The sum of the weights, in the stems' order.
  var total: Double {
    keys.sorted().reduce(0) { $0 + self[$1, default: 0] }
  }
}

/// Scores that differ by less than this are the same score, and a score this close below a
/// threshold clears it: what divides them is rounding.
let scoreTolerance = 1e-9
