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
