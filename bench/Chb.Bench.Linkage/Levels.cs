using System.Globalization;
using Chb.Linking;

namespace Chb.Bench.Linkage;

/// <summary>
/// Tuning aid (run it on a training file only): every pair of the file is compared, and each field's comparison level
/// is counted among true pairs (m) and other pairs (u), so a level's weight can be checked against log2(m/u).
/// </summary>
internal static class Levels
{
    private static readonly string[] Fields = ["family", "given", "dob", "address"];

    public static int Print(IReadOnlyList<LabelledPerson> people, LinkageOptions options, TextWriter output)
    {
        var model = new PersonModel(options);
        var features = people.Select(p => PersonFeatures.From(p.Record)).ToArray();
        var counts = new Dictionary<long, int>();
        foreach (var key in features.SelectMany(model.Keys))
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var frequencies = new KeyCounts(counts);
        var tallies = new Dictionary<string, (long M, long U)>(StringComparer.Ordinal);
        long trueTotal = 0, otherTotal = 0;
        var gate = new object();
        Parallel.For(
            0,
            features.Length,
            () => (Tally: new Dictionary<string, (long M, long U)>(StringComparer.Ordinal), M: 0L, U: 0L),
            (i, state, local) =>
            {
                var lines = new List<string>();
                for (var j = i + 1; j < features.Length; j++)
                {
                    lines.Clear();
                    model.Compare(features[i], features[j], frequencies, lines);
                    var same = string.Equals(people[i].Entity, people[j].Entity, StringComparison.Ordinal);
                    if (same) { local.M++; } else { local.U++; }
                    foreach (var field in Fields)
                    {
                        var line = lines.FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
                        var level = field + ":" + (line is null ? "missing" : line[(field.Length + 1)..].Split(' ')[0]);
                        foreach (var part in field == "address" ? level["address:".Length..].Split('+').Select(p => "address:" + p) : [level])
                        {
                            var (m, u) = local.Tally.GetValueOrDefault(part);
                            local.Tally[part] = same ? (m + 1, u) : (m, u + 1);
                        }
                    }
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    trueTotal += local.M;
                    otherTotal += local.U;
                    foreach (var (level, (m, u)) in local.Tally)
                    {
                        var (tm, tu) = tallies.GetValueOrDefault(level);
                        tallies[level] = (tm + m, tu + u);
                    }
                }
            });

        output.WriteLine(Invariant($"{trueTotal:N0} true pairs, {otherTotal:N0} other pairs"));
        foreach (var (level, (m, u)) in tallies.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var pm = (double)m / trueTotal;
            var pu = (double)u / otherTotal;
            var weight = m > 0 && u > 0 ? Math.Log2(pm / pu).ToString("F1", CultureInfo.InvariantCulture) : "-";
            output.WriteLine(Invariant($"  {level,-40} m {m,6:N0} ({pm,6:P1})  u {u,10:N0} ({pu,8:P3})  log2(m/u) {weight}"));
        }

        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
