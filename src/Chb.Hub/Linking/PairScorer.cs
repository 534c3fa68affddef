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
        await MarkLevelChangesAsync(scope, state, cancellationToken);
        await PairStore.DeleteForAsync(scope, state.Dirty.Concat(state.Removed), cancellationToken);
        var rows = await MentionStore.ByIdAsync(scope, state.Dirty, cancellationToken);
        state.Scored = rows.Count;
        foreach (var group in rows.GroupBy(r => r.SubjectKind, StringComparer.Ordinal))
        {
            state.PairsStored += await ScoreAsync(scope, subjects[group.Key], group.ToList(), cancellationToken);
        }
    }

    private async Task MarkLevelChangesAsync(WriteScope scope, BatchState state, CancellationToken cancellationToken)
    {
        var moved = state.KeyDelta.Where(p => p.Value != 0).ToList();
        if (moved.Count == 0)
        {
            return;
        }

        var options = subjects.Options;
        var after = await MentionStore.CountKeysAsync(scope, moved.Select(p => p.Key), cancellationToken);
        var changed = moved.Where(p => Level(options, p.Key, after.GetValueOrDefault(p.Key) - p.Value) != Level(options, p.Key, after.GetValueOrDefault(p.Key)))
            .Select(p => p.Key).ToList();
        var holders = await MentionStore.HoldersAsync(scope, changed, cancellationToken);
        state.Dirty.UnionWith(holders.Select(h => h.MentionId));
    }

    /// <summary>What the model can observe of a key's count: whether a block is used, or how much a shared value is weighed down.</summary>
    private static int Level(LinkageOptions options, long key, int count)
        => LinkKeys.IsBlocking(key) ? (count <= options.BlockCap(key) ? 0 : 1) : options.Penalty(count);

    private static async Task<int> ScoreAsync(WriteScope scope, ILinkSubject subject, List<StoredMention> dirty, CancellationToken cancellationToken)
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

        await PairStore.InsertAsync(scope, stored, cancellationToken);
        return stored.Count;
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
