using System.Text.Json;
using Chb.Hub.Data;
using Chb.Linking;

namespace Chb.Hub.Linking;

/// <summary>
/// Scores the dirty mentions of a batch against their blocking candidates and stores the pairs that link or
/// go to review. A mention is also dirty when a key it holds crossed a frequency level (a block grew past
/// the size cap, or a value became common), so every stored score reflects the final counts, exactly as a
/// rebuild from scratch would compute it.
/// </summary>
internal sealed class PairScorer(LinkSubjects subjects)
{
    public async Task RescoreAsync(WriteScope scope, BatchState state, CancellationToken cancellationToken)
    {
        var relevelled = await MarkLevelChangesAsync(scope, state, cancellationToken);
        var before = await PairStore.PairsOfAsync(scope, state.Dirty.Concat(state.Removed), cancellationToken);
        var rows = await MentionStore.ByIdAsync(scope, state.Dirty, cancellationToken);
        state.Scored = rows.Count;
        var after = new Dictionary<string, StoredPair>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => r.SubjectKind, StringComparer.Ordinal))
        {
            foreach (var pair in await ScoreAsync(scope, subjects[group.Key], group.ToList(), cancellationToken))
            {
                after[pair.LinkId] = pair;
            }
        }

        // Only rows that differ are written; what a rebuild would store is what is left either way.
        var stale = before.Values.Where(b => !after.TryGetValue(b.LinkId, out var a) || !a.SameAs(b)).ToList();
        var fresh = after.Values.Where(a => !before.TryGetValue(a.LinkId, out var b) || !b.SameAs(a)).ToList();
        await PairStore.DeleteAsync(scope, stale.Select(p => p.LinkId), cancellationToken);
        await PairStore.InsertAsync(scope, fresh, cancellationToken);
        state.PairsStored = fresh.Count;

        // Clusters are drawn from link edges and the mentions' own evidence: a mention rescored only because a key's
        // count moved, whose edges all came out the same, cannot change any cluster.
        state.Recluster.UnionWith(state.Dirty.Where(m => !relevelled.Contains(m)));
        state.Recluster.UnionWith(stale.Concat(fresh).Where(p => p.Outcome == LinkOutcomes.Link).SelectMany(p => new[] { p.LeftMention, p.RightMention }));
    }

    /// <summary>Marks the holders of every key whose frequency level moved as dirty; answers those not already dirty for their own evidence.</summary>
    private async Task<HashSet<string>> MarkLevelChangesAsync(WriteScope scope, BatchState state, CancellationToken cancellationToken)
    {
        var relevelled = new HashSet<string>(StringComparer.Ordinal);
        var moved = state.KeyDelta.Where(p => p.Value != 0).ToList();
        if (moved.Count == 0)
        {
            return relevelled;
        }

        var options = subjects.Options;
        var after = await MentionStore.CountKeysAsync(scope, moved.Select(p => p.Key), cancellationToken);
        var changed = moved.Where(p => Level(options, p.Key, after.GetValueOrDefault(p.Key) - p.Value) != Level(options, p.Key, after.GetValueOrDefault(p.Key)))
            .Select(p => p.Key).ToList();
        foreach (var (_, mentionId) in await MentionStore.HoldersAsync(scope, changed, cancellationToken))
        {
            if (state.Dirty.Add(mentionId))
            {
                relevelled.Add(mentionId);
            }
        }

        return relevelled;
    }

    /// <summary>What the model can observe of a key's count: whether a block is used, or how much a shared value is weighed down.</summary>
    private static int Level(LinkageOptions options, long key, int count)
        => LinkKeys.IsBlocking(key) ? (count <= options.BlockCap(key) ? 0 : 1) : Math.Min(options.Penalty(count), options.PenaltyCeiling(key));

    private static async Task<List<StoredPair>> ScoreAsync(WriteScope scope, ILinkSubject subject, List<StoredMention> dirty, CancellationToken cancellationToken)
    {
        var features = new Dictionary<string, object>(StringComparer.Ordinal);
        AddFeatures(subject, features, dirty);
        var keysOf = features.ToDictionary(p => p.Key, p => subject.Keys(p.Value), StringComparer.Ordinal);
        var blocking = keysOf.Values.SelectMany(k => k).Where(LinkKeys.IsBlocking).Distinct().ToList();
        var blockSizes = await MentionStore.CountKeysAsync(scope, blocking, cancellationToken);
        var usable = blocking.Where(k => blockSizes.GetValueOrDefault(k) <= subject.Options.BlockCap(k)).ToList();
        var members = (await MentionStore.HoldersAsync(scope, usable, cancellationToken))
            .GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.Select(h => h.MentionId).ToList());

        var candidates = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (id, keys) in keysOf)
        {
            candidates[id] = keys.Where(members.ContainsKey).SelectMany(k => members[k]).Where(c => c != id).ToHashSet(StringComparer.Ordinal);
        }

        var missing = candidates.Values.SelectMany(c => c).Where(c => !features.ContainsKey(c)).Distinct(StringComparer.Ordinal).ToList();
        AddFeatures(subject, features, await MentionStore.ByIdAsync(scope, missing, cancellationToken));
        var frequencyKeys = features.Values.SelectMany(subject.Keys).Where(k => !LinkKeys.IsBlocking(k));
        var counts = new KeyCounts(await MentionStore.CountKeysAsync(scope, frequencyKeys, cancellationToken));

        var scored = new HashSet<string>(StringComparer.Ordinal);
        var stored = new List<StoredPair>();
        foreach (var (id, found) in candidates)
        {
            foreach (var other in found.Where(features.ContainsKey))
            {
                var (left, right) = (LinkIds.Min(id, other), LinkIds.Max(id, other));
                var linkId = LinkIds.Link(subject.Kind, left, right);
                if (!scored.Add(linkId))
                {
                    continue;
                }

                var lines = new List<string>();
                var result = subject.Compare(features[left], features[right], counts, lines);
                if (result.Outcome != LinkOutcome.Apart)
                {
                    stored.Add(Pair(subject.Kind, linkId, left, right, result, lines));
                }
            }
        }

        return stored;
    }

    private static void AddFeatures(ILinkSubject subject, Dictionary<string, object> features, IEnumerable<StoredMention> rows)
    {
        foreach (var row in rows)
        {
            features[row.MentionId] = subject.Normalise(row.Features);
        }
    }

    private static StoredPair Pair(string kind, string linkId, string left, string right, MatchResult result, List<string> lines) => new()
    {
        LinkId = linkId,
        SubjectKind = kind,
        LeftMention = left,
        RightMention = right,
        Outcome = result.Outcome == LinkOutcome.Link ? LinkOutcomes.Link : LinkOutcomes.Review,
        Method = LinkOutcomes.Method(result.Method),
        Score = Math.Round(result.Weight, 3),
        Conflict = result.Conflict ? 1 : 0,
        Features = JsonSerializer.Serialize(lines.ToArray(), LinkingJson.Default.StringArray),
    };
}
