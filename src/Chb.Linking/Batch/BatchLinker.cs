using System.Collections.Concurrent;

namespace Chb.Linking;

/// <summary>
/// Links a whole set of mentions in memory with the same model the hub's projector uses: keys, counts,
/// blocking (blocks over their family's size cap are skipped; a strong identifier's block is uncapped and compared as a
/// star), pair scoring in parallel, then constrained clustering.
/// </summary>
/// <typeparam name="TFeatures">The normalised mention.</typeparam>
public sealed class BatchLinker<TFeatures>(ISubjectModel<TFeatures> model, LinkageOptions options)
{
    /// <summary>Links <paramref name="mentions"/>; <paramref name="mayCompare"/> restricts pairs (two-file linkage).</summary>
    public BatchResult Link(IReadOnlyList<TFeatures> mentions, Func<int, int, bool>? mayCompare = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var n = mentions.Count;
        var keys = new IReadOnlyList<long>[n];
        Parallel.For(0, n, i => keys[i] = model.Keys(mentions[i]));

        var counts = new Dictionary<long, int>();
        foreach (var list in keys)
        {
            foreach (var key in list)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var blocks = new Dictionary<long, List<int>>();
        for (var i = 0; i < n; i++)
        {
            foreach (var key in keys[i])
            {
                if (LinkKeys.IsBlocking(key) && counts[key] is var c && c >= 2 && c <= options.BlockCap(key))
                {
                    if (!blocks.TryGetValue(key, out var block))
                    {
                        blocks[key] = block = new List<int>(c);
                    }

                    block.Add(i);
                }
            }
        }

        var frequencies = new KeyCounts(counts);
        var pairs = new List<ScoredPair>();
        long comparisons = 0;
        Parallel.ForEach(
            Partitioner.Create(0, n, Math.Max(1, n / (Environment.ProcessorCount * 16))),
            () => (Seen: new HashSet<int>(), Found: new List<ScoredPair>(), Compared: 0L),
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    local.Seen.Clear();
                    foreach (var key in keys[i])
                    {
                        // A strong identifier's block is a star: only its least member meets the others.
                        if (!blocks.TryGetValue(key, out var block) || (LinkKeys.IsStrong(key) && block[0] != i))
                        {
                            continue;
                        }

                        foreach (var j in block)
                        {
                            if (j <= i || !local.Seen.Add(j) || (mayCompare is not null && !mayCompare(i, j)))
                            {
                                continue;
                            }

                            local.Compared++;
                            var result = model.Compare(mentions[i], mentions[j], frequencies);
                            if (result.Outcome != LinkOutcome.Apart)
                            {
                                local.Found.Add(new ScoredPair(i, j, result));
                            }
                        }
                    }
                }

                return local;
            },
            local =>
            {
                lock (pairs)
                {
                    pairs.AddRange(local.Found);
                    comparisons += local.Compared;
                }
            });

        var edges = pairs.Where(p => p.Result.Outcome == LinkOutcome.Link).Select(p => new ClusterEdge(p.A, p.B, p.Result.Weight, false));
        var clusters = ClusterBuilder.Build(n, edges, (a, b) => model.Conflicts(mentions[a], mentions[b]));
        return new BatchResult(clusters, pairs, comparisons, blocks.Count);
    }
}

/// <summary>What a batch run produced.</summary>
/// <param name="ClusterOf">For each mention, the lowest index in its cluster.</param>
/// <param name="Pairs">Every pair scored link or review.</param>
/// <param name="Comparisons">How many pairs were compared.</param>
/// <param name="Blocks">How many blocks were used.</param>
public sealed record BatchResult(int[] ClusterOf, IReadOnlyList<ScoredPair> Pairs, long Comparisons, int Blocks);

/// <summary>A scored pair of mention indexes.</summary>
public readonly record struct ScoredPair(int A, int B, MatchResult Result);
