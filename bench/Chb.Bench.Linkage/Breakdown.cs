using System.Globalization;
using Chb.Linking;

namespace Chb.Bench.Linkage;

/// <summary>
/// Attributes every true pair the matcher left unlinked to one cause (never compared, a relatives rule, weight
/// under the threshold, or clustering), so a recall gap is explained pair by pair rather than guessed at.
/// </summary>
internal static class Breakdown
{
    public static int Print(IReadOnlyList<LabelledPerson> people, bool twoFiles, LinkageOptions options, TextWriter output)
    {
        var model = new PersonModel(options);
        var features = people.Select(p => PersonFeatures.From(p.Record)).ToArray();
        Func<int, int, bool>? crossFiles = twoFiles ? (a, b) => people[a].File != people[b].File : null;
        var result = new BatchLinker<PersonFeatures>(model, options).Link(features, crossFiles);
        var scored = result.Pairs.ToDictionary(p => (p.A, p.B), p => p.Result);
        var keys = features.Select(f => model.Keys(f).ToHashSet()).ToArray();
        var counts = keys.SelectMany(k => k).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var frequencies = new KeyCounts(counts);
        var causes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        var examples = new List<string>();
        var refusals = new List<string>();
        foreach (var group in Enumerable.Range(0, people.Count).GroupBy(i => people[i].Entity, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            for (var x = 0; x < members.Length; x++)
            {
                for (var y = x + 1; y < members.Length; y++)
                {
                    var (a, b) = (Math.Min(members[x], members[y]), Math.Max(members[x], members[y]));
                    if (twoFiles && people[a].File == people[b].File)
                    {
                        continue;
                    }

                    total++;
                    var cause = Cause(model, features, keys, counts, frequencies, options, scored, result.ClusterOf, a, b);
                    causes[cause] = causes.GetValueOrDefault(cause) + 1;
                    if (cause.StartsWith("never", StringComparison.Ordinal) && examples.Count < 12)
                    {
                        examples.Add($"{Describe(people[a].Record)}  ~  {Describe(people[b].Record)}");
                    }

                    if (cause.Contains("clustering", StringComparison.Ordinal) && refusals.Count < 8)
                    {
                        refusals.Add(Refusal(people, features, model, frequencies, result.ClusterOf, a, b));
                    }
                }
            }
        }

        output.WriteLine(Invariant($"true pairs {total:N0}"));
        foreach (var (cause, n) in causes.OrderByDescending(c => c.Value))
        {
            output.WriteLine(Invariant($"  {n,6:N0}  {(double)n / total,7:P2}  {cause}"));
        }

        foreach (var example in examples)
        {
            output.WriteLine($"  never compared: {example}");
        }

        foreach (var refusal in refusals)
        {
            output.WriteLine(refusal);
        }

        return 0;
    }

    /// <summary>Shows a refused pair with both clusters: each member, its entity and whether it conflicts with the other side.</summary>
    private static string Refusal(
        IReadOnlyList<LabelledPerson> people, PersonFeatures[] features, PersonModel model, KeyCounts counts, int[] clusterOf, int a, int b)
    {
        var lines = new List<string> { Invariant($"  clustering refused: {a} ~ {b} ({model.Compare(features[a], features[b], counts).Weight:F1})") };
        foreach (var side in new[] { a, b })
        {
            foreach (var m in Enumerable.Range(0, people.Count).Where(i => clusterOf[i] == clusterOf[side]))
            {
                var other = side == a ? b : a;
                var toOther = model.Compare(features[m], features[other], counts);
                lines.Add(Invariant($"    [{clusterOf[side]}] {m} {people[m].Entity}: {Describe(people[m].Record)}  vs other side: {toOther.Outcome} {toOther.Weight:F1}{(model.Conflicts(features[m], features[other]) ? " CONFLICT" : string.Empty)}"));
            }
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Describe(PersonRecord p)
        => $"{p.Names[0].Given}/{p.Names[0].Family}/{p.DateOfBirth}/{p.Addresses[0].Text}/{p.Addresses[0].Locality}/{p.Addresses[0].Postcode}";

    private static string Cause(
        PersonModel model, PersonFeatures[] features, HashSet<long>[] keys, Dictionary<long, int> counts, KeyCounts frequencies, LinkageOptions options,
        Dictionary<(int, int), MatchResult> scored, int[] clusterOf, int a, int b)
    {
        if (clusterOf[a] == clusterOf[b])
        {
            return "linked";
        }

        var shared = keys[a].Where(k => keys[b].Contains(k) && LinkKeys.IsBlocking(k)).ToList();
        if (!shared.Any(k => counts[k] <= options.BlockCap(k)))
        {
            var would = model.Compare(features[a], features[b], frequencies).Outcome.ToString().ToLowerInvariant();
            return (shared.Count == 0 ? "never compared: no shared blocking key" : "never compared: shared blocks all over the cap") + $" (would score {would})";
        }

        var lines = new List<string>();
        var r = model.Compare(features[a], features[b], frequencies, lines);
        var given = Level(lines, "given:");
        var dob = Level(lines, "dob:");
        if (r.Outcome == LinkOutcome.Link)
        {
            return scored.ContainsKey((a, b)) ? "scored link, clustering refused (conflict with another member)" : "scored link, not stored";
        }

        var rule = lines.Any(l => l.StartsWith("rule:", StringComparison.Ordinal));
        return rule
            ? $"rule {r.Outcome}: given {given}, dob {dob}"
            : $"weight {r.Outcome}: given {given}, dob {dob}, family {Level(lines, "family:")}";
    }

    private static string Level(List<string> lines, string prefix)
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line is null ? "missing" : line[prefix.Length..].Split(' ')[0];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
