/// Repairs what a crash in the middle of the fallback swap (see `AtomicSwap`) left behind, so that
/// `out` again holds exactly one complete output before a new build starts or after one fails.
enum InterruptedSwap {
    static func repair(_ location: OutputLocation) throws {
        let parkedInStaging = location.staging + "/" + PublishNames.parkedOutput
        if PublishFS.kind(location.out) == .missing, PublishFS.kind(parkedInStaging) == .folder {
            // Stopped after step 1: the previous output is parked in the staging folder; restore it.
            try PublishFS.rename(parkedInStaging, location.out)
        }
        let parkedInOut = location.out + "/" + PublishNames.parkedOutput
        if PublishFS.kind(parkedInOut) == .folder {
            // Stopped after step 2: the new output is complete but still holds the old one.
            try PublishFS.removeTree(location.staging)
            try PublishFS.rename(parkedInOut, location.staging)
            try PublishFS.removeTree(location.staging)
        }
    }
}
