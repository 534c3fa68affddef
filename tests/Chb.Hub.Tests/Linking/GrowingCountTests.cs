using Chb.Linking;
using static Chb.Hub.Tests.Linking.People;

namespace Chb.Hub.Tests.Linking;

/// <summary>
/// When a value grows more common, the projector weighs again only the pairs its holders already have. That is sound
/// only if growing counts can never raise a pair's weight or outcome, nor change which names the model pairs up.
/// </summary>
public sealed class GrowingCountTests
{
    private static readonly LinkageOptions Options = new();
    private static readonly PersonModel Model = new(Options);

    [Fact]
    public void Compare_ACommonExactGivenName_IsStillPairedAsExact()
    {
        var aliases = WithNames(("John", "Smith"), ("Jhon", "Smith"));
        var plain = WithNames(("John", "Smith"));
        var john = Model.Keys(plain).Single(k => LinkKeys.FamilyOf(k) == KeyFamily.FrequencyGiven);

        var rare = Lines(aliases, plain, new KeyCounts(new Dictionary<long, int> { [john] = 1 }));
        var common = Lines(aliases, plain, new KeyCounts(new Dictionary<long, int> { [john] = 1 << 16 }));

        Assert.Contains(rare, l => l.StartsWith("given:exact", StringComparison.Ordinal));
        Assert.Contains(common, l => l.StartsWith("given:exact", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_GrowingCounts_NeverRaiseWeightOrOutcomeNorChangeTheLevels()
    {
        PersonFeatures[] people =
        [
            WithNames(("John", "Smith"), ("Jon", "Smith")),
            WithNames(("John", "Smith")),
            WithNames(("Smith", "John")),
            WithNames(("Mohammed", "Hussain"), ("Mo", "Hussain")),
            WithNames(("Muhammad", "Hussain")),
            Person("Dean", "Holt", "1991-07-14", "Bridge House Hostel, 1 Station Road, Bradford", "BD1 1AA", vrm: "YX18ABC"),
            Person("Dean", "Holt", "1991-07-14", "Bridge House Hostel, Station Rd, Bradford", "BD1 1AA"),
            Person("Dane", "Holt", "1991-07-14", "Bridge House Hostel, 1 Station Road, Bradford", "BD1 1AA", vrm: "YX18ABC"),
            Person("Dean", "Holt", "1961-02-01", "Bridge House Hostel, 1 Station Road, Bradford", "BD1 1AA", uprn: "100051000001"),
            Person("Dean", "Holt", null, null, null, uprn: "100051000001"),
        ];

        foreach (var a in people)
        {
            foreach (var b in people.Where(p => !ReferenceEquals(p, a)))
            {
                var keys = Model.Keys(a).Concat(Model.Keys(b)).Where(k => !LinkKeys.IsBlocking(k)).Distinct().ToList();
                foreach (var grown in keys.Select(k => (IReadOnlyList<long>)[k]).Append(keys))
                {
                    var previous = Score(a, b, grown, 1);
                    for (var count = 2; count <= 1 << 16; count *= 2)
                    {
                        var next = Score(a, b, grown, count);
                        Assert.True(next.Weight <= previous.Weight, $"{string.Join('|', next.Levels)} rose from {previous.Weight} to {next.Weight} at {count}");
                        Assert.True(next.Outcome <= previous.Outcome, $"{string.Join('|', next.Levels)} rose from {previous.Outcome} to {next.Outcome} at {count}");
                        Assert.Equal(previous.Levels, next.Levels);
                        previous = next;
                    }
                }
            }
        }
    }

    private static (double Weight, int Outcome, List<string> Levels) Score(PersonFeatures a, PersonFeatures b, IReadOnlyList<long> keys, int count)
    {
        var lines = new List<string>();
        var result = Model.Compare(a, b, new KeyCounts(keys.ToDictionary(k => k, _ => count)), lines);
        var rank = result.Outcome switch { LinkOutcome.Link => 2, LinkOutcome.Review => 1, _ => 0 };

        // The level each field reached, without its weight or the "(shared)" note a frequency penalty adds.
        return (result.Weight, rank, [.. lines.Select(l => l.Split(' ')[0].Replace("(shared)", string.Empty, StringComparison.Ordinal))]);
    }

    private static List<string> Lines(PersonFeatures a, PersonFeatures b, KeyCounts counts)
    {
        var lines = new List<string>();
        Model.Compare(a, b, counts, lines);
        return lines;
    }

    private static PersonFeatures WithNames(params (string Given, string Family)[] names)
        => PersonFeatures.From(new PersonRecord
        {
            Id = $"alias-{string.Join('-', names.Select(n => n.Given))}",
            Names = [.. names.Select(n => new NameInput(n.Given, n.Family))],
            DateOfBirth = "19850401",
        });
}

/// <summary>A strong identifier names one person however many records hold it: its block is never capped.</summary>
public sealed class StrongIdentifierBlockTests
{
    [Fact]
    public void Link_MoreRecordsOfOnePncThanTheBlockCap_StayOneNominalWithAStarOfPairs()
    {
        var options = new LinkageOptions { MaxBlockSize = 16 };
        var records = Enumerable.Range(0, 200).Select(_ => Person("Imran", "Khan", "1990-11-02", pnc: "1990/0123456X")).ToList();

        var result = new BatchLinker<PersonFeatures>(new PersonModel(options), options).Link(records);

        Assert.Single(result.ClusterOf.Distinct());
        Assert.Equal(records.Count - 1, result.Pairs.Count);
    }
}
