using System.Text.Json;
using Chb.Hub.Data;
using Chb.Linking;

namespace Chb.Hub.Linking;

/// <summary>
/// Scores the dirty mentions of a batch against their blocking candidates and stores the pairs that link or
/// go to review, so every stored score reflects the final counts exactly as a rebuild from scratch would compute it.
/// When a key's frequency level moves, its holders are looked at again: where the level fell (a value grew rarer, a
/// block came back under its cap) they may meet new candidates, so they are scored in full; where it rose, a pair's
/// outcome can only fall (see the person model's name pairing), so only the pairs they already have are weighed again.
/// A strong identifier's block (PNC, CRO, UPRN) is never capped and is stored as a star around its least holder.
/// </summary>
internal sealed class PairScorer(LinkSubjects subjects)
{
    public async Task RescoreAsync(WriteScope scope, BatchState state, CancellationToken cancellationToken)
    {
        var (relevelled, reweigh) = await MarkLevelChangesAsync(scope, state, cancellationToken);
        var before = await PairStore.PairsOfAsync(scope, state.Dirty.Concat(state.Removed).Concat(reweigh), cancellationToken);
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

        // A pair with a dirty end was looked for from that end; one with a removed end is gone. The rest of the
        // relevelled holders' pairs are weighed again where they stand.
        var again = before.Values.Where(p => !Involves(p, state.Dirty) && !Involves(p, state.Removed)).ToList();
        state.Reweighed = again.Count;
        foreach (var group in again.GroupBy(p => p.SubjectKind, StringComparer.Ordinal))
        {
            foreach (var pair in await ReweighAsync(scope, subjects[group.Key], group.ToList(), cancellationToken))
            {
                after[pair.LinkId] = pair;
            }
        }

        // Only rows that differ are written (a pair kept with a new score in place); what a rebuild would store is what
        // is left either way.
        var stale = before.Values.Where(b => !after.TryGetValue(b.LinkId, out var a) || !a.SameAs(b)).ToList();
        var fresh = after.Values.Where(a => !before.TryGetValue(a.LinkId, out var b) || !b.SameAs(a)).ToList();
        await PairStore.DeleteAsync(scope, stale.Where(p => !after.ContainsKey(p.LinkId)).Select(p => p.LinkId), cancellationToken);
        await PairStore.UpdateAsync(scope, [.. fresh.Where(p => before.ContainsKey(p.LinkId))], cancellationToken);
        await PairStore.InsertAsync(scope, [.. fresh.Where(p => !before.ContainsKey(p.LinkId))], cancellationToken);
        state.PairsStored = fresh.Count;

        // Clusters are drawn from link edges and the mentions' own evidence: a mention looked at again only because a
        // key's count moved, whose edges all came out the same, cannot change any cluster.
        state.Recluster.UnionWith(state.Dirty.Where(m => !relevelled.Contains(m)));
        state.Recluster.UnionWith(stale.Concat(fresh).Where(p => p.Outcome == LinkOutcomes.Link).SelectMany(p => new[] { p.LeftMention, p.RightMention }));
    }

    private static bool Involves(StoredPair pair, HashSet<string> mentions) => mentions.Contains(pair.LeftMention) || mentions.Contains(pair.RightMention);

    /// <summary>
    /// Finds the holders of every key whose frequency level moved. Holders of a key whose level fell are marked dirty
    /// (answered as relevelled when not dirty for their own evidence); holders of a key whose level only rose, and not
    /// dirty, are answered as the mentions whose stored pairs must be weighed again. A strong identifier that gained or
    /// lost a holder marks its representative dirty and its other holders for weighing again.
    /// </summary>
    private async Task<(HashSet<string> Relevelled, HashSet<string> Reweigh)> MarkLevelChangesAsync(WriteScope scope, BatchState state, CancellationToken cancellationToken)
    {
        var relevelled = new HashSet<string>(StringComparer.Ordinal);
        var reweigh = new HashSet<string>(StringComparer.Ordinal);
        var moved = state.KeyDelta.Where(p => p.Value != 0).ToList();
        if (moved.Count == 0)
        {
            return (relevelled, reweigh);
        }

        var options = subjects.Options;
        var after = await MentionStore.CountKeysAsync(scope, moved.Select(p => p.Key), cancellationToken);
        var fell = new List<long>();
        var rose = new List<long>();
        foreach (var (key, delta) in moved)
        {
            var now = Level(options, key, after.GetValueOrDefault(key));
            var then = Level(options, key, after.GetValueOrDefault(key) - delta);
            (now < then ? fell : now > then ? rose : null)?.Add(key);
        }

        foreach (var (_, mentionId) in await MentionStore.HoldersAsync(scope, fell, cancellationToken))
        {
            if (state.Dirty.Add(mentionId))
            {
                relevelled.Add(mentionId);
            }
        }

        foreach (var (_, mentionId) in await MentionStore.HoldersAsync(scope, rose, cancellationToken))
        {
            if (!state.Dirty.Contains(mentionId))
            {
                reweigh.Add(mentionId);
            }
        }

        // A strong identifier that gained or lost a holder may have a new representative: it is scored in full (it meets
        // every holder), and the other holders' pairs are weighed again (those with a former representative go).
        var strong = moved.Where(p => LinkKeys.IsStrong(p.Key)).Select(p => p.Key).ToList();
        foreach (var holders in (await MentionStore.HoldersAsync(scope, strong, cancellationToken)).GroupBy(h => h.Key))
        {
            var representative = Representative(holders.Select(h => h.MentionId));
            if (state.Dirty.Add(representative))
            {
                relevelled.Add(representative);
            }

            reweigh.UnionWith(holders.Select(h => h.MentionId));
        }

        reweigh.ExceptWith(state.Dirty);
        return (relevelled, reweigh);
    }

    /// <summary>What the model can observe of a key's count: whether a block is used, or how much a shared value is weighed down.</summary>
    private static int Level(LinkageOptions options, long key, int count)
        => LinkKeys.IsBlocking(key) ? (count <= options.BlockCap(key) ? 0 : 1) : Math.Min(options.Penalty(count), options.PenaltyCeiling(key));

    private static async Task<List<StoredPair>> ScoreAsync(WriteScope scope, ILinkSubject subject, List<StoredMention> dirty, CancellationToken cancellationToken)
    {
        var features = new Dictionary<string, object>(StringComparer.Ordinal);
        AddFeatures(subject, features, dirty);
        var keysOf = dirty.ToDictionary(m => m.MentionId, m => subject.Keys(features[m.MentionId]), StringComparer.Ordinal);
        var blocking = keysOf.Values.SelectMany(k => k).Where(LinkKeys.IsBlocking).Distinct().ToList();
        var blockSizes = await MentionStore.CountKeysAsync(scope, blocking, cancellationToken);
        var usable = blocking.Where(k => blockSizes.GetValueOrDefault(k) <= subject.Options.BlockCap(k)).ToList();
        var members = (await MentionStore.HoldersAsync(scope, usable, cancellationToken))
            .GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.Select(h => h.MentionId).ToList());
        var representatives = members.Where(m => LinkKeys.IsStrong(m.Key)).ToDictionary(m => m.Key, m => Representative(m.Value));

        // A strong identifier's block is a star: its representative meets every holder, the others only the representative.
        IEnumerable<string> Met(string id, long key)
            => !members.TryGetValue(key, out var holders) ? []
                : representatives.TryGetValue(key, out var representative) && representative != id ? [representative]
                : holders;

        var missing = keysOf.SelectMany(d => d.Value.SelectMany(k => Met(d.Key, k))).Where(c => !features.ContainsKey(c)).Distinct(StringComparer.Ordinal).ToList();
        AddFeatures(subject, features, await MentionStore.ByIdAsync(scope, missing, cancellationToken));
        var counts = await FrequencyCountsAsync(scope, keysOf.Values.Concat(missing.Where(features.ContainsKey).Select(c => subject.Keys(features[c]))), cancellationToken);

        var stored = new List<StoredPair>();
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, keys) in keysOf)
        {
            candidates.Clear();
            foreach (var key in keys)
            {
                candidates.UnionWith(Met(id, key));
            }

            foreach (var other in candidates)
            {
                // A pair of two dirty mentions is scored once, from its lesser end.
                var both = keysOf.ContainsKey(other);
                if (other == id || (both && string.CompareOrdinal(other, id) < 0) || !features.ContainsKey(other))
                {
                    continue;
                }

                var (left, right) = (LinkIds.Min(id, other), LinkIds.Max(id, other));
                if (Compare(subject, left, right, features[left], features[right], counts) is { } pair)
                {
                    stored.Add(pair);
                }
            }
        }

        return stored;
    }

    /// <summary>
    /// Weighs stored pairs again under the final counts: a pair whose ends no longer share a block under its cap is
    /// dropped (a rebuild would not meet it), as is one that falls apart.
    /// </summary>
    private static async Task<List<StoredPair>> ReweighAsync(WriteScope scope, ILinkSubject subject, List<StoredPair> pairs, CancellationToken cancellationToken)
    {
        var features = new Dictionary<string, object>(StringComparer.Ordinal);
        var ends = pairs.SelectMany(p => new[] { p.LeftMention, p.RightMention }).Distinct(StringComparer.Ordinal);
        AddFeatures(subject, features, await MentionStore.ByIdAsync(scope, ends, cancellationToken));
        var keysOf = features.ToDictionary(p => p.Key, p => subject.Keys(p.Value), StringComparer.Ordinal);
        var blockSizes = await MentionStore.CountKeysAsync(scope, keysOf.Values.SelectMany(k => k).Where(LinkKeys.IsBlocking).Distinct(), cancellationToken);
        var strong = pairs.SelectMany(p => keysOf.GetValueOrDefault(p.LeftMention, []).Intersect(keysOf.GetValueOrDefault(p.RightMention, []))).Where(LinkKeys.IsStrong).Distinct();
        var representatives = (await MentionStore.HoldersAsync(scope, strong, cancellationToken))
            .GroupBy(h => h.Key).ToDictionary(g => g.Key, g => Representative(g.Select(h => h.MentionId)));
        var counts = await FrequencyCountsAsync(scope, keysOf.Values, cancellationToken);

        // Two mentions still meet through a shared block under its cap, or a strong identifier one of them represents.
        bool Meet(StoredPair pair, long key)
            => LinkKeys.IsStrong(key) ? representatives.TryGetValue(key, out var r) && (r == pair.LeftMention || r == pair.RightMention)
                : LinkKeys.IsBlocking(key) && blockSizes.GetValueOrDefault(key) <= subject.Options.BlockCap(key);

        var stored = new List<StoredPair>();
        foreach (var pair in pairs)
        {
            if (!keysOf.TryGetValue(pair.LeftMention, out var leftKeys) || !keysOf.TryGetValue(pair.RightMention, out var rightKeys))
            {
                continue;
            }

            var met = leftKeys.Intersect(rightKeys).Any(k => Meet(pair, k));
            if (met && Compare(subject, pair.LeftMention, pair.RightMention, features[pair.LeftMention], features[pair.RightMention], counts) is { } again)
            {
                stored.Add(again);
            }
        }

        return stored;
    }

    /// <summary>A strong identifier's representative: its least holder, so a rebuild chooses the same one.</summary>
    private static string Representative(IEnumerable<string> holders) => holders.Min(StringComparer.Ordinal)!;

    /// <summary>How many mentions hold each frequency key among <paramref name="keys"/> (each loaded mention's keys, worked out once).</summary>
    private static async Task<KeyCounts> FrequencyCountsAsync(WriteScope scope, IEnumerable<IReadOnlyList<long>> keys, CancellationToken cancellationToken)
        => new(await MentionStore.CountKeysAsync(scope, keys.SelectMany(k => k).Where(k => !LinkKeys.IsBlocking(k)).Distinct(), cancellationToken));

    /// <summary>Compares a pair (left the lesser mention id) and answers the row to store, or null when it falls apart.</summary>
    private static StoredPair? Compare(ILinkSubject subject, string left, string right, object leftFeatures, object rightFeatures, KeyCounts counts)
    {
        // Most candidates fall apart: the explanation is written only for pairs that are kept.
        if (subject.Compare(leftFeatures, rightFeatures, counts, null).Outcome == LinkOutcome.Apart)
        {
            return null;
        }

        var lines = new List<string>();
        var result = subject.Compare(leftFeatures, rightFeatures, counts, lines);
        return Pair(subject.Kind, LinkIds.Link(subject.Kind, left, right), left, right, result, lines);
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
