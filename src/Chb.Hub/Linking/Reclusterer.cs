using Chb.Hub.Data;
using Chb.Linking;

namespace Chb.Hub.Linking;

/// <summary>
/// Redraws the clusters a batch touched: the whole connected component (link pairs and confirmations) around
/// every changed mention is clustered again from scratch, with analysts' judgements applied, so the result is
/// the same whatever order and batches the changes came in.
/// </summary>
internal sealed class Reclusterer(LinkSubjects subjects)
{
    public async Task RunAsync(WriteScope scope, BatchState state, long upto, CancellationToken cancellationToken)
    {
        var seeds = new HashSet<string>(state.Recluster, StringComparer.Ordinal);
        seeds.UnionWith(state.Touched);
        var current = await MentionStore.ByIdAsync(scope, seeds, cancellationToken);
        state.OldHubs.UnionWith(current.Select(m => m.SubjectHubId).OfType<string>());
        seeds.UnionWith(await MentionStore.MembersOfAsync(scope, state.OldHubs, cancellationToken));

        var component = new HashSet<string>(seeds, StringComparer.Ordinal);
        var edges = new Dictionary<string, StoredPair>(StringComparer.Ordinal);
        var judgements = new Dictionary<long, StoredJudgement>();
        var frontier = seeds.ToList();
        while (frontier.Count > 0)
        {
            var next = new List<string>();
            foreach (var link in await PairStore.LinksOfAsync(scope, frontier, cancellationToken))
            {
                edges[link.LinkId] = link;
                Reach(component, next, link.LeftMention, link.RightMention);
            }

            foreach (var judgement in await PairStore.JudgementsOfAsync(scope, frontier, upto, cancellationToken))
            {
                judgements[judgement.Sequence] = judgement;
                if (judgement.Judgement == LinkOutcomes.Confirm)
                {
                    Reach(component, next, judgement.LeftMention, judgement.RightMention);
                }
            }

            frontier = next;
        }

        var rows = await MentionStore.ByIdAsync(scope, component, cancellationToken);
        var oldHubs = new HashSet<string>(state.OldHubs, StringComparer.Ordinal);
        oldHubs.UnionWith(rows.Select(r => r.SubjectHubId).OfType<string>());
        var clusters = new List<(string Kind, string Hub, List<StoredMention> Members)>();
        foreach (var group in rows.GroupBy(r => r.SubjectKind, StringComparer.Ordinal))
        {
            clusters.AddRange(Cluster(subjects[group.Key], group.ToList(), edges.Values, judgements.Values));
        }

        // A cluster drawn again exactly as it was (same members, none of them written by this batch) is left alone:
        // its summary row stays, and the projections that follow are not told to recompute it.
        var before = rows.Where(r => r.SubjectHubId is not null).GroupBy(r => r.SubjectHubId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        bool Unchanged((string Kind, string Hub, List<StoredMention> Members) c)
            => !state.Shrunk.Contains(c.Hub) && before.GetValueOrDefault(c.Hub) == c.Members.Count
               && c.Members.TrueForAll(m => m.SubjectHubId == c.Hub && m.RecordSequence <= state.From);
        var changed = new List<(string Kind, string Hub, List<StoredMention> Members)>();
        foreach (var cluster in clusters)
        {
            if (Unchanged(cluster))
            {
                oldHubs.Remove(cluster.Hub);
            }
            else
            {
                changed.Add(cluster);
            }
        }

        state.Reclustered = rows.Count;
        state.ClustersChanged = oldHubs.Union(changed.Select(c => c.Hub), StringComparer.Ordinal).Count();

        var moved = changed.SelectMany(c => c.Members.Where(m => m.SubjectHubId != c.Hub).Select(m => (m.MentionId, c.Hub)));
        await MentionStore.SetHubsAsync(scope, moved, cancellationToken);
        await SummaryWriter.ReplaceAsync(scope, oldHubs, changed, upto, cancellationToken);
    }

    private static void Reach(HashSet<string> component, List<string> next, string left, string right)
    {
        foreach (var end in new[] { left, right })
        {
            if (component.Add(end))
            {
                next.Add(end);
            }
        }
    }

    private static IEnumerable<(string Kind, string Hub, List<StoredMention> Members)> Cluster(
        ILinkSubject subject, List<StoredMention> rows, IEnumerable<StoredPair> edges, IEnumerable<StoredJudgement> judgements)
    {
        var ordered = rows.OrderBy(r => r.FirstSequence).ThenBy(r => r.ItemIndex).ThenBy(r => r.MentionId, StringComparer.Ordinal).ToList();
        var index = ordered.Select((r, i) => (r.MentionId, i)).ToDictionary(p => p.MentionId, p => p.i, StringComparer.Ordinal);
        var features = ordered.Select(r => subject.Normalise(r.Features)).ToArray();
        var latest = judgements.OrderBy(j => j.Sequence)
            .Where(j => index.ContainsKey(j.LeftMention) && index.ContainsKey(j.RightMention))
            .GroupBy(j => (Math.Min(index[j.LeftMention], index[j.RightMention]), Math.Max(index[j.LeftMention], index[j.RightMention])))
            .ToDictionary(g => g.Key, g => g.Last().Judgement);
        var rejected = latest.Where(p => p.Value is LinkOutcomes.Reject or LinkOutcomes.Split).Select(p => p.Key).ToHashSet();
        var links = edges.Where(e => e.SubjectKind == subject.Kind && index.ContainsKey(e.LeftMention) && index.ContainsKey(e.RightMention))
            .Select(e => new ClusterEdge(index[e.LeftMention], index[e.RightMention], e.Score, false))
            .Concat(latest.Where(p => p.Value == LinkOutcomes.Confirm).Select(p => new ClusterEdge(p.Key.Item1, p.Key.Item2, double.MaxValue, true)));

        var clusterOf = ClusterBuilder.Build(ordered.Count, links, (a, b) => subject.Conflicts(features[a], features[b]), rejected);
        return Enumerable.Range(0, ordered.Count)
            .GroupBy(i => clusterOf[i])
            .Select(g => (subject.Kind, LinkIds.Hub(subject.Kind, ordered[g.Key].MentionId), g.Select(i => ordered[i]).ToList()));
    }
}
