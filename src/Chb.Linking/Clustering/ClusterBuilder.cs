namespace Chb.Linking;

/// <summary>
/// Joins mentions into clusters greedily, strongest evidence first, refusing any join that would put two
/// conflicting mentions (a hard rule or an analyst's rejection) in one cluster. Unlike plain connected
/// components, one bridging mention cannot chain twins or a father and son together. The result depends
/// only on the edges and indexes given, never on their order.
/// </summary>
public static class ClusterBuilder
{
    /// <summary>Clusters <paramref name="count"/> mentions.</summary>
    /// <param name="count">How many mentions; index order should be anchor order (oldest first).</param>
    /// <param name="edges">The pairs that may join.</param>
    /// <param name="conflicts">Whether the model says two mentions are different subjects.</param>
    /// <param name="rejected">Pairs an analyst said are different, as (lower index, higher index).</param>
    /// <returns>For each mention, the lowest index in its cluster.</returns>
    public static int[] Build(int count, IEnumerable<ClusterEdge> edges, Func<int, int, bool> conflicts, IReadOnlySet<(int, int)>? rejected = null)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(conflicts);
        var root = new int[count];
        var members = new List<int>?[count];
        for (var i = 0; i < count; i++)
        {
            root[i] = i;
        }

        var failed = new HashSet<(int, int)>();
        foreach (var edge in edges.OrderByDescending(e => e.Confirmed).ThenByDescending(e => e.Weight).ThenBy(e => Math.Min(e.A, e.B)).ThenBy(e => Math.Max(e.A, e.B)))
        {
            var a = Find(root, edge.A);
            var b = Find(root, edge.B);
            if (a == b || failed.Contains((Math.Min(a, b), Math.Max(a, b))))
            {
                continue;
            }

            var left = members[a] ??= [a];
            var right = members[b] ??= [b];
            if (Blocked(left, right, edge.Confirmed, conflicts, rejected))
            {
                // Conflicts only grow as clusters grow, so a refused pair of clusters stays refused.
                failed.Add((Math.Min(a, b), Math.Max(a, b)));
                continue;
            }

            var (keep, drop) = left.Count >= right.Count ? (a, b) : (b, a);
            members[keep]!.AddRange(members[drop]!);
            members[drop] = null;
            root[drop] = keep;
        }

        var result = new int[count];
        var lowest = new Dictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            var r = Find(root, i);
            result[i] = lowest.TryGetValue(r, out var low) ? low : lowest[r] = i;
        }

        return result;
    }

    private static bool Blocked(List<int> left, List<int> right, bool confirmed, Func<int, int, bool> conflicts, IReadOnlySet<(int, int)>? rejected)
    {
        foreach (var x in left)
        {
            foreach (var y in right)
            {
                if (rejected is not null && rejected.Contains((Math.Min(x, y), Math.Max(x, y))))
                {
                    return true;
                }

                if (!confirmed && conflicts(x, y))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Find(int[] root, int i)
    {
        while (root[i] != i)
        {
            root[i] = root[root[i]];
            i = root[i];
        }

        return i;
    }
}
