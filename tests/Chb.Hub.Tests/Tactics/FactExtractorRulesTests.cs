using System.Text.RegularExpressions;
using Chb.Adapters;
using Chb.Hub.Linking;
using Chb.Hub.Tactics;
using Chb.Hub.Tests.Tactics.Support;
using Chb.Linking;

namespace Chb.Hub.Tests.Tactics;

/// <summary>Properties every extraction must keep, checked over every accepted sample record.</summary>
public sealed partial class FactExtractorRulesTests
{
    private static readonly DateOnly Today = new(2024, 3, 10);

    [Fact]
    public async Task Extract_EverySample_IndexesAreTheLinkingMentionIndexes()
    {
        foreach (var sample in await SampleRecords.AllAsync())
        {
            var mentions = MentionExtractor.Extract(sample.Agency, sample.Record.PartnerReference, sample.Record)
                .Select(m => (m.Kind == SubjectKinds.Nominal ? FactSubject.Person : FactSubject.Location, m.Index))
                .ToHashSet();

            Assert.All(FactExtractor.Extract(sample.Record, sample.Kind.ToString(), Today), f => Assert.Contains((f.Subject, f.ItemIndex), mentions));
        }
    }

    [Fact]
    public async Task Extract_EverySample_DetailIsACodeAndNeverProtectedOrOwnerOnlyText()
    {
        var samples = await SampleRecords.AllAsync();
        var facts = samples.SelectMany(s => FactExtractor.Extract(s.Record, s.Kind.ToString(), Today)).ToList();

        Assert.NotEmpty(facts);
        foreach (var sample in samples)
        {
            foreach (var secret in Secrets(sample.Record))
            {
                Assert.DoesNotContain(facts, f => f.Detail is { } d && d.Contains(secret, StringComparison.OrdinalIgnoreCase));
            }
        }

        Assert.All(facts, f => Assert.True(f.Detail is null || Code().IsMatch(f.Detail), $"'{f.Detail}' is not a code"));
        Assert.All(facts, f => Assert.True(FactNames.IsKnown(f.Fact), f.Fact));
        Assert.All(facts, f => Assert.Equal(f.Subject, FactNames.SubjectOf(f.Fact)));
    }

    [Fact]
    public async Task Extract_SameInput_SameOrderedFacts()
    {
        var sample = await SampleRecords.OneAsync("NOMINAL:2001/0123456F");

        Assert.Equal(FactExtractor.Extract(sample.Record, "Police", Today), FactExtractor.Extract(sample.Record, "police", Today));
    }

    [Theory]
    [InlineData("Dvla")]
    [InlineData("Unspecified")]
    [InlineData("2")]
    public void Extract_UnknownAgencyKind_Throws(string kind)
    {
        var record = new CanonicalRecord { PartnerReference = "X", Kind = RecordKind.Nominal };

        Assert.Throws<ArgumentException>(() => FactExtractor.Extract(record, kind, Today));
    }

    [Fact]
    public void Extract_VictimsOwnVehicleInAFlyTip_ImplicatesNobody()
    {
        var record = new CanonicalRecord
        {
            PartnerReference = "C1",
            Kind = RecordKind.Case,
            Case = new CaseDetails("C1", "FlyTipping", "Open"),
            Parties =
            [
                new Party(PartyRole.Victim) { Person = Person("Ann"), Vrm = "AB12CDE" },
                new Party(PartyRole.Suspect) { Person = Person("Bob") },
            ],
            Vehicles = [new VehicleReference("AB12CDE", "NoInsurance")],
        };

        var facts = FactExtractor.Extract(record, "EnvironmentalServices", Today);

        Assert.Equal(
            [FactNames.VehicleLinked, FactNames.VehicleUninsured, FactNames.Victim],
            facts.Where(f => f.ItemIndex == 0).Select(f => f.Fact).Order(StringComparer.Ordinal));
        Assert.Equal([FactNames.FlyTippingSuspect], facts.Where(f => f.ItemIndex == 1).Select(f => f.Fact));
    }

    [Fact]
    public void Extract_WarrantExpiredYesterday_NoLiveWarrant()
    {
        var record = new CanonicalRecord
        {
            PartnerReference = "N1",
            Kind = RecordKind.Nominal,
            Parties = [new Party(PartyRole.Nominal) { Person = Person("Cy") }],
            Markers =
            [
                new Marker(MarkerKind.Warrant, "Arrest") { ExpiresOn = Today.AddDays(-1) },
                new Marker(MarkerKind.Warning, "WEAPONS") { ExpiresOn = Today },
            ],
        };

        var facts = FactExtractor.Extract(record, "Police", Today).Select(f => f.Fact).ToList();

        Assert.DoesNotContain(FactNames.WarrantOutstanding, facts);
        Assert.Contains(FactNames.WeaponsWarning, facts);
    }

    private static PersonDetails Person(string given) => new() { Names = [new PersonName("Test", given)] };

    private static IEnumerable<string> Secrets(CanonicalRecord record)
    {
        var values = new List<string?> { record.Notes?.Value };
        values.AddRange(record.Intelligence.Select(i => i.Text?.Value));
        values.AddRange(record.Markers.Select(m => m.Detail?.Value));
        foreach (var person in record.Parties.Select(p => p.Person).OfType<PersonDetails>())
        {
            values.AddRange([person.PncId, person.CroNumber]);
            values.AddRange(person.Names.SelectMany(n => new[] { n.Family, n.Given }));
        }

        return values.OfType<string>().Where(v => v.Trim().Length >= 3);
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex Code();
}
