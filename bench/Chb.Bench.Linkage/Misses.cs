using System.Globalization;
using Chb.Linking;

namespace Chb.Bench.Linkage;

/// <summary>Lists true pairs the model did not link and false pairs it did, with the model's explanation (for tuning on a training file only).</summary>
internal static class Misses
{
    public static int Print(IReadOnlyList<LabelledPerson> people, LinkageOptions options, int limit, TextWriter output)
    {
        var model = new PersonModel(options);
        var features = people.Select(p => PersonFeatures.From(p.Record)).ToArray();
        var result = new BatchLinker<PersonFeatures>(model, options).Link(features);
        var everything = new BatchLinker<PersonFeatures>(new PersonModel(Wide(options)), Wide(options)).Link(features);
        var counts = new Dictionary<long, int>();
        foreach (var key in features.SelectMany(model.Keys))
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var frequencies = new KeyCounts(counts);
        var shown = 0;
        foreach (var group in Enumerable.Range(0, people.Count).GroupBy(i => people[i].Entity, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            for (var x = 0; x < members.Length && shown < limit; x++)
            {
                for (var y = x + 1; y < members.Length && shown < limit; y++)
                {
                    var (a, b) = (members[x], members[y]);
                    if (result.ClusterOf[a] != result.ClusterOf[b])
                    {
                        shown++;
                        Show(output, "MISSED", people, features, model, frequencies, a, b);
                    }
                }
            }
        }

        foreach (var pair in everything.Pairs.Where(p => people[p.A].Entity != people[p.B].Entity).OrderByDescending(p => p.Result.Weight).Take(limit))
        {
            Show(output, "FALSE", people, features, model, frequencies, pair.A, pair.B);
        }

        return 0;
    }

    private static void Show(TextWriter output, string kind, IReadOnlyList<LabelledPerson> people, PersonFeatures[] features, PersonModel model, KeyCounts counts, int a, int b)
    {
        var lines = new List<string>();
        var r = model.Compare(features[a], features[b], counts, lines);
        var shared = model.Keys(features[a]).Intersect(model.Keys(features[b])).Count(LinkKeys.IsBlocking);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} {r.Weight:F1} {r.Outcome} blocks:{shared} | {string.Join(", ", lines)}"));
        output.WriteLine($"   {Describe(people[a].Record)}");
        output.WriteLine($"   {Describe(people[b].Record)}");
    }

    private static LinkageOptions Wide(LinkageOptions o) => new()
    {
        ReviewThreshold = -100, LinkThreshold = o.LinkThreshold, KeepRelativesApart = o.KeepRelativesApart, Person = o.Person,
        MaxBlockSize = o.MaxBlockSize, MaxNameBlockSize = o.MaxNameBlockSize, MaxDateBlockSize = o.MaxDateBlockSize, FreeFrequency = o.FreeFrequency,
    };

    private static string Describe(PersonRecord p)
        => $"{p.Id}: {p.Names[0].Given} / {p.Names[0].Family} / {p.DateOfBirth} / {p.Addresses[0].Text} / {p.Addresses[0].Locality} / {p.Addresses[0].Postcode}";
}
