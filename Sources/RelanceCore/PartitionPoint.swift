extension RandomAccessCollection {
    /// The first index whose element satisfies `isInSecondPart`, for a collection where every
    /// element that does comes after every element that does not (binary search: O(log n)).
    func partitionPoint(where isInSecondPart: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try isInSecondPart(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
