using Chb.Linking;
using static Chb.Hub.Tests.Linking.People;

namespace Chb.Hub.Tests.Linking;

/// <summary>Common values (a hostel, a town everyone shares) must not link different people.</summary>
public sealed class FrequencyTests
{
    private const string Hostel = "Bridge House Hostel, 1 Station Road, Bradford";
    private const string HostelPostcode = "BD1 1AA";

    [Fact]
    public void Link_DifferentPeopleSharingAHostel_StayUnlinked()
    {
        var residents = Residents(40);
        var holt = Person("Dean", "Holt", null, Hostel, HostelPostcode);
        var hall = Person("Dean", "Hall", null, Hostel, HostelPostcode);
        PersonFeatures[] everyone = [.. residents, holt, hall];
        var options = new LinkageOptions();

        var result = new BatchLinker<PersonFeatures>(new PersonModel(options), options).Link(everyone);

        Assert.Equal(everyone.Length, result.ClusterOf.Distinct().Count());
    }

    [Fact]
    public void Compare_SharedAddress_WeighsLessWhenManyPeopleShareIt()
    {
        var model = new PersonModel(new LinkageOptions());
        var holt = Person("Dean", "Holt", null, Hostel, HostelPostcode);
        var hall = Person("Dean", "Hall", null, Hostel, HostelPostcode);
        var crowd = Residents(40).Append(holt).Append(hall).SelectMany(model.Keys).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());

        var alone = model.Compare(holt, hall, KeyCounts.Empty);
        var shared = model.Compare(holt, hall, new KeyCounts(crowd));

        Assert.True(shared.Weight < alone.Weight - 3);
        Assert.Equal(LinkOutcome.Apart, shared.Outcome);
    }

    [Fact]
    public void Link_NoFixedAbode_IsNoEvidence()
    {
        var a = Person("Dean", "Holt", null, "No fixed abode");
        var b = Person("Dean", "Holt", null, "NFA");

        var result = Compare(a, b);

        Assert.Equal(Compare(Person("Dean", "Holt"), Person("Dean", "Holt")).Weight, result.Weight);
    }

    private static IEnumerable<PersonFeatures> Residents(int count)
    {
        string[] given = ["Adam", "Ben", "Carl", "Dale", "Eric", "Fred", "Gary", "Hugh", "Ivan", "Joel"];
        string[] family = ["Ackroyd", "Barker", "Crowther", "Dyson", "Firth", "Greenwood", "Haigh", "Ingham"];
        return Enumerable.Range(0, count).Select(i => Person(given[i % given.Length], family[i / given.Length % family.Length], null, Hostel, HostelPostcode));
    }
}

/// <summary>
/// The incremental scorer stops rescoring the holders of a value once its count passes the family's penalty ceiling;
/// that is only sound if no count past the ceiling can change a score.
/// </summary>
public sealed class PenaltyCeilingTests
{
    [Fact]
    public void Compare_CountsPastTheCeiling_GiveTheSameScoreAsAtTheCeiling()
    {
        var options = new LinkageOptions();
        var model = new PersonModel(options);
        var a = Person("Mohammed", "Hussain", "1985-04-01", "Flat 3, Kenmore House, 12 Kenmore Road, Bradford", "BD3 8QX", "100051234567", vrm: "YX18ABC");
        var b = Person("Muhammad", "Hussain", "1985-04-01", "Flat 3 Kenmore Ho, 12 Kenmore Rd, Bradford", "BD3 8QX", "100051234567", vrm: "YX18ABC");
        var c = Person("Mohammed", "Hussain", "1985-04-01", "Kenmore House, 12 Kenmore Road, Bradford", "BD3 8QX", vrm: "YX18ABC");
        var frequency = model.Keys(a).Concat(model.Keys(b)).Concat(model.Keys(c)).Where(k => !LinkKeys.IsBlocking(k)).Distinct().ToList();
        var capped = frequency.Where(k => options.PenaltyCeiling(k) < int.MaxValue).ToList();
        Assert.Contains(capped, k => LinkKeys.FamilyOf(k) == KeyFamily.FrequencySurname);
        Assert.Contains(capped, k => LinkKeys.FamilyOf(k) == KeyFamily.FrequencyGiven);
        Assert.Contains(capped, k => LinkKeys.FamilyOf(k) == KeyFamily.FrequencyBirthDate);
        Assert.Contains(capped, k => LinkKeys.FamilyOf(k) == KeyFamily.FrequencyUprn);
        Assert.Contains(capped, k => LinkKeys.FamilyOf(k) == KeyFamily.FrequencyPostcode);
        Assert.Contains(capped, k => LinkKeys.FamilyOf(k) == KeyFamily.FrequencyVrm);

        foreach (var key in capped)
        {
            // The smallest count whose penalty reaches the ceiling, and counts far beyond it.
            var atCeiling = Enumerable.Range(1, 1 << 20).First(n => options.Penalty(n) >= options.PenaltyCeiling(key));
            foreach (var (left, right) in new[] { (a, b), (a, c), (b, c) })
            {
                var expected = Score(model, left, right, key, atCeiling);
                foreach (var count in new[] { atCeiling * 2, atCeiling * 64, 1 << 24 })
                {
                    Assert.Equal(expected, Score(model, left, right, key, count));
                }
            }
        }
    }

    private static (double Weight, LinkOutcome Outcome, string Lines) Score(PersonModel model, PersonFeatures a, PersonFeatures b, long key, int count)
    {
        var lines = new List<string>();
        var result = model.Compare(a, b, new KeyCounts(new Dictionary<long, int> { [key] = count }), lines);
        return (result.Weight, result.Outcome, string.Join('|', lines));
    }
}
