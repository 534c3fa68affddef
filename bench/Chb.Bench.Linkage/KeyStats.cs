using System.Globalization;
using Chb.Linking;

namespace Chb.Bench.Linkage;

/// <summary>Per blocking-key family: blocks, largest block, pairs it would put up (before de-duplication) and holders in skipped blocks.</summary>
internal static class KeyStats
{
    public static int Print(IReadOnlyList<LabelledPerson> people, LinkageOptions options, TextWriter output)
    {
        var model = new PersonModel(options);
        var features = new PersonFeatures[people.Count];
        Parallel.For(0, people.Count, i => features[i] = PersonFeatures.From(people[i].Record));
        var counts = new Dictionary<long, int>();
        foreach (var key in features.SelectMany(model.Keys).Where(LinkKeys.IsBlocking))
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var names = people.Where(p => p.Record.Names.Count > 0).Select(p => p.Record.Names[0]).ToList();
        output.WriteLine(Invariant(
            $"{people.Count:N0} records: {names.Select(n => n.Given).Distinct(StringComparer.OrdinalIgnoreCase).Count():N0} given names, {names.Select(n => n.Family).Distinct(StringComparer.OrdinalIgnoreCase).Count():N0} surnames, {names.Select(n => $"{n.Given}|{n.Family}").Distinct(StringComparer.OrdinalIgnoreCase).Count():N0} given/surname pairs"));
        foreach (var family in counts.GroupBy(p => LinkKeys.FamilyOf(p.Key)).OrderBy(g => g.Key))
        {
            var used = family.Where(p => p.Value >= 2 && p.Value <= options.BlockCap(p.Key)).ToList();
            var skipped = family.Where(p => p.Value > options.BlockCap(p.Key)).ToList();
            output.WriteLine(Invariant(
                $"  {family.Key,-20} blocks {used.Count,9:N0}  largest {family.Max(p => p.Value),7:N0}  pairs {used.Sum(p => (long)p.Value * (p.Value - 1) / 2),12:N0}  over cap {skipped.Count,6:N0} ({skipped.Sum(p => (long)p.Value):N0} holders)"));
        }

        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
