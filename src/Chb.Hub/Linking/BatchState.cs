namespace Chb.Hub.Linking;

/// <summary>What one projector batch changed: mentions to score again, mentions gone, clusters to redraw, key counts moved.</summary>
internal sealed class BatchState
{
    /// <summary>Gets mentions whose pairs must be scored again (new, changed, or holding a key whose frequency level fell).</summary>
    public HashSet<string> Dirty { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets mentions whose clusters must be drawn again: new evidence, or a link edge that came, went or changed score.</summary>
    public HashSet<string> Recluster { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets mentions deleted in this batch.</summary>
    public HashSet<string> Removed { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets mentions whose cluster must be drawn again without rescoring (a judgement named them).</summary>
    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets hub ids whose clusters lost or changed a member.</summary>
    public HashSet<string> OldHubs { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets hub ids that lost a mention to a deletion (a retraction, or a new version with other evidence).</summary>
    public HashSet<string> Shrunk { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the change sequence the batch starts after: a mention whose record version is later was written by this batch.</summary>
    public long From { get; set; }

    /// <summary>Gets how many holders each key gained or lost.</summary>
    public Dictionary<long, int> KeyDelta { get; } = [];

    public int Records { get; set; }

    public int Skipped { get; set; }

    public int PairsStored { get; set; }

    /// <summary>Gets or sets how many mentions were scored again.</summary>
    public int Scored { get; set; }

    /// <summary>Gets or sets how many stored pairs were weighed again because a key their ends hold grew more common.</summary>
    public int Reweighed { get; set; }

    /// <summary>Gets or sets how many mentions the redrawn components held.</summary>
    public int Reclustered { get; set; }

    /// <summary>Gets or sets how many clusters came out different (new, changed or gone).</summary>
    public int ClustersChanged { get; set; }

    public void Count(IEnumerable<long> keys, int delta)
    {
        foreach (var key in keys)
        {
            KeyDelta[key] = KeyDelta.GetValueOrDefault(key) + delta;
        }
    }
}
