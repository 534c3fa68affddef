using Chb.Contracts.V1;

namespace Chb.Hub.GainCoordination;

/// <summary>One way of breaking a population down: the measure's name, its parts, and which parts a unit falls in.</summary>
/// <remarks>A unit may fall in several parts (an option serves two strands): the parts then count pairs, not units.</remarks>
internal sealed record Breakdown<T>(string Measure, IReadOnlyList<string> Parts, Func<T, IEnumerable<string>> PartsOf);

/// <summary>
/// Builds the cells of one aggregated view with small-count suppression (DESIGN.md §6.6 asks for aggregates; these are
/// the rules that keep aggregates from singling out people):
/// <list type="number">
/// <item>Primary: a count with 0 &lt; value &lt; threshold is published as 0, suppressed.</item>
/// <item>Complementary: in a group of parts, while fewer than two parts are suppressed or the suppressed parts together
/// hold fewer than the threshold, the smallest remaining non-zero part is suppressed too, so even a true total learnt
/// elsewhere gives only the sum of several hidden cells.</item>
/// <item>Consistent: a unit (an option, an intervention) in a suppressed cell is left out of every other breakdown of the
/// same population, repeating until nothing changes, so a second breakdown cannot show what the first hid.</item>
/// <item>Totals are the sum of the published parts, never the true total. Every published number therefore counts
/// published units only, and subtracting totals, parts or whole views from one another yields only published units.</item>
/// </list>
/// </summary>
internal sealed class ViewCells(int suppressBelow)
{
    private readonly List<Cell> _cells = [];
    private readonly Dictionary<string, Cell> _byKey = new(StringComparer.Ordinal);
    private readonly List<string> _suppressed = [];

    public IReadOnlyList<Cell> Cells => _cells;

    /// <summary>Gets the suppressed cells, each as its dimensions joined by "/".</summary>
    public IReadOnlyList<string> Suppressed => _suppressed;

    public static string Key(IEnumerable<string> dimensions) => string.Join('/', dimensions);

    public Cell? Find(params string[] dimensions) => _byKey.GetValueOrDefault(Key(dimensions));

    /// <summary>A count on its own, such as the number of members: primary suppression only.</summary>
    public Cell Count(IReadOnlyList<string> dimensions, long value)
        => Add(dimensions, IsSmall(value) ? 0 : value, IsSmall(value), false);

    /// <summary>A score, such as MoRiLE: not a count of people or events, never suppressed.</summary>
    public Cell Score(IReadOnlyList<string> dimensions, long value) => Add(dimensions, value, false, false);

    /// <summary>
    /// A population broken down one or more ways. Each breakdown gives a total cell (its measure, then <paramref name="at"/>)
    /// and one cell per part ("key:value" appended), every part listed, zeros included, so an absent cell says nothing.
    /// </summary>
    public void Population<T>(IReadOnlyList<string> at, IReadOnlyList<T> units, IReadOnlyList<Breakdown<T>> breakdowns)
    {
        var live = Enumerable.Repeat(true, units.Count).ToArray();
        var memberships = breakdowns.Select(b => units.Select(u => b.PartsOf(u).ToHashSet(StringComparer.Ordinal)).ToArray()).ToArray();
        var hidden = breakdowns.Select(b => new bool[b.Parts.Count]).ToArray();
        bool changed;
        do
        {
            changed = false;
            for (var b = 0; b < breakdowns.Count; b++)
            {
                var parts = breakdowns[b].Parts;
                var inPart = memberships[b];
                var counts = parts.Select(p => (long)Enumerable.Range(0, units.Count).Count(u => live[u] && inPart[u].Contains(p))).ToArray();
                var totals = parts.Select(p => (long)inPart.Count(m => m.Contains(p))).ToArray();
                Suppress(counts, totals, hidden[b]);
                for (var u = 0; u < units.Count; u++)
                {
                    if (live[u] && parts.Where((_, i) => hidden[b][i]).Any(inPart[u].Contains))
                    {
                        live[u] = false;
                        changed = true;
                    }
                }
            }
        }
        while (changed);

        for (var b = 0; b < breakdowns.Count; b++)
        {
            var (measure, parts, _) = breakdowns[b];
            var inPart = memberships[b];
            var published = parts.Select((p, i) => hidden[b][i] ? 0L : Enumerable.Range(0, units.Count).Count(u => live[u] && inPart[u].Contains(p))).ToArray();
            var partial = parts.Select((p, i) => !hidden[b][i] && published[i] < inPart.Count(m => m.Contains(p))).ToArray();
            Add([measure, .. at], published.Sum(), false, hidden[b].Any(h => h) || partial.Any(p => p));
            for (var i = 0; i < parts.Count; i++)
            {
                Add([measure, .. at, parts[i]], published[i], hidden[b][i], partial[i]);
            }
        }
    }

    /// <summary>Primary then complementary suppression of one group; <paramref name="hidden"/> only ever gains parts.</summary>
    private void Suppress(long[] counts, long[] totals, bool[] hidden)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            hidden[i] |= IsSmall(counts[i]);
        }

        while (hidden.Any(h => h) && (hidden.Count(h => h) < 2 || totals.Where((_, i) => hidden[i]).Sum() < suppressBelow))
        {
            var next = Enumerable.Range(0, counts.Length).Where(i => !hidden[i] && counts[i] > 0).OrderBy(i => counts[i]).ThenBy(i => i).FirstOrDefault(-1);
            if (next < 0)
            {
                break;
            }

            hidden[next] = true;
        }
    }

    private bool IsSmall(long value) => value > 0 && value < suppressBelow;

    private Cell Add(IReadOnlyList<string> dimensions, long value, bool suppressed, bool excludesSuppressed)
    {
        var cell = new Cell { Value = value, Suppressed = suppressed, ExcludesSuppressed = excludesSuppressed };
        cell.Dimensions.AddRange(dimensions);
        _cells.Add(cell);
        _byKey[Key(dimensions)] = cell;
        if (suppressed)
        {
            _suppressed.Add(Key(dimensions));
        }

        return cell;
    }
}
