using Chb.Hub.Tactics;
using Chb.Hub.Tests.Tactics.Support;

namespace Chb.Hub.Tests.Tactics;

/// <summary>End to end over the real samples: facts of linked records, unioned per subject, evaluated with the shipped catalogue.</summary>
public sealed class SampleScenarioTests
{
    private static readonly DateOnly Today = new(2024, 3, 10);
    private static readonly string[] PossessionIds = ["H1", "H2", "H3", "H4", "H5", "H7"];

    private static TacticCatalogue Catalogue => ShippedCatalogueTests.Shipped;

    [Fact]
    public async Task Evaluate_KhanNominal_ArrestOnWarrantAndUninsuredSeizure()
    {
        var matches = Evaluate(Subjects.From(FactSubject.Person, Today, (await SampleRecords.OneAsync("NOMINAL:2001/0123456F"), 0)));

        Assert.Contains("X5", matches.Ids());
        Assert.Contains("V4", matches.Ids());
        var v4 = matches.Single(m => m.Tactic.Id == "V4");
        Assert.Equal("YX19ABC", Assert.Single(v4.Justification).Detail);
        Assert.Equal([SampleRecords.Police], v4.Agencies);
    }

    [Fact]
    public async Task Evaluate_CuckooedTenant_SafeguardingAndNeverPossession()
    {
        var tenant = await SampleRecords.OneAsync("ASB/2024/00123#Tenant#");
        var breach = await SampleRecords.OneAsync("TB/2024/00045#Tenant#");

        // Even if the victim were also linked to a tenancy-breach record, no possession tactic may open.
        var alone = Evaluate(Subjects.From(FactSubject.Person, Today, (tenant, 0))).Ids();
        var withBreach = Evaluate(Subjects.From(FactSubject.Person, Today, (tenant, 0), (breach, 0))).Ids();

        Assert.Contains("H6", alone);
        Assert.Contains("X9", alone);
        Assert.Empty(alone.Intersect(PossessionIds));
        Assert.Empty(withBreach.Intersect(PossessionIds));
        Assert.DoesNotContain(withBreach, id => Catalogue.Find(id)!.Category == "tenancy enforcement");
    }

    [Fact]
    public async Task Evaluate_CuckooedFlat_ClosureNoticeAndNoAbsoluteGround()
    {
        var records = await SampleRecords.AllAsync();
        var flat = records.Where(r => r.Record.PartnerReference.StartsWith("ASB/2024/00123", StringComparison.Ordinal)).Select(r => (r, 0)).ToArray();
        var closure = await EnvironmentCaseAsync("CL-2024-0001", "100051000001", "Closure");

        var matches = Evaluate(Subjects.From(FactSubject.Location, Today, [.. flat, (closure, 0)])).Ids();
        var before = Evaluate(Subjects.From(FactSubject.Location, Today, flat)).Ids();

        Assert.Contains("R1", before);
        Assert.DoesNotContain("H2", matches);
    }

    [Fact]
    public async Task Evaluate_TenancyBreach_PossessionAgainstTheTenant()
    {
        var matches = Evaluate(Subjects.From(FactSubject.Person, Today, (await SampleRecords.OneAsync("TB/2024/00045#Tenant#"), 0)));

        Assert.Contains("H4", matches.Ids());
    }

    [Fact]
    public async Task Evaluate_ClosureOrderAndSocialTenancy_AbsoluteGroundOnlyWithBoth()
    {
        var tenancy = (await SampleRecords.OneAsync("TB/2024/00045#Tenant#"), 0);
        var closure = (await EnvironmentCaseAsync("CL-2024-0002", "100051000777", "Closure"), 0);

        var both = Evaluate(Subjects.From(FactSubject.Location, Today, tenancy, closure));

        Assert.DoesNotContain("H2", Evaluate(Subjects.From(FactSubject.Location, Today, tenancy)).Ids());
        Assert.DoesNotContain("H2", Evaluate(Subjects.From(FactSubject.Location, Today, closure)).Ids());
        var h2 = both.Single(m => m.Tactic.Id == "H2");
        Assert.Equal([SampleRecords.Council, SampleRecords.Environment], h2.Agencies);
    }

    [Fact]
    public async Task Evaluate_AsbHistoryAndConviction_CboOnlyWithBothAgencies()
    {
        var asb = (await SampleRecords.OneAsync("ASB/2024/00150#Perpetrator#"), 0);
        var nominal = (await SampleRecords.OneAsync("NOMINAL:2009/0456789W"), 0);

        var both = Evaluate(Subjects.From(FactSubject.Person, Today, asb, nominal));

        Assert.DoesNotContain("A2", Evaluate(Subjects.From(FactSubject.Person, Today, asb)).Ids());
        Assert.DoesNotContain("A2", Evaluate(Subjects.From(FactSubject.Person, Today, nominal)).Ids());
        Assert.Equal([SampleRecords.Council, SampleRecords.Police], both.Single(m => m.Tactic.Id == "A2").Agencies);
    }

    [Fact]
    public async Task Evaluate_FlyTipWithVehicle_VehicleSeizure()
    {
        var matches = Evaluate(Subjects.From(FactSubject.Person, Today, (await SampleRecords.OneAsync("FT-2024-0457"), 0)));

        Assert.Contains("E4", matches.Ids());
        Assert.Contains("E1", matches.Ids());
    }

    [Fact]
    public async Task Evaluate_LicensedPremisesWithAnOffence_LicenceReview()
    {
        var matches = Evaluate(Subjects.From(FactSubject.Location, Today, (await SampleRecords.OneAsync("PL-2024-0009"), 0)));

        Assert.Contains("L1", matches.Ids());
    }

    [Fact]
    public async Task Evaluate_GaragesWithAsbAndFlyTipping_HotspotAcrossAgencies()
    {
        var asb = (await SampleRecords.OneAsync("ASB/2024/00150#Perpetrator#"), 0);
        var flyTip = (await SampleRecords.OneAsync("FT-2024-0457"), 0);

        var b1 = Evaluate(Subjects.From(FactSubject.Location, Today, asb, flyTip)).Single(m => m.Tactic.Id == "B1");

        Assert.Equal([SampleRecords.Council, SampleRecords.Environment], b1.Agencies);
    }

    private static IReadOnlyList<TacticMatch> Evaluate(TacticSubject subject) => TacticEvaluator.Evaluate(Catalogue, subject, Today);

    /// <summary>An environmental case mirroring the sample's shape, parsed by the real plugin.</summary>
    private static async Task<SampleRecord> EnvironmentCaseAsync(string caseId, string uprn, string outcome)
    {
        var line = $$"""
            {"caseId":"{{caseId}}","service":"Noise","reportedAt":"2024-03-06T10:00:00Z","status":"Closed","location":{"uprn":"{{uprn}}","postcode":"BD3 9AB"},"parties":[],"outcome":"{{outcome}}"}
            """;
        var records = await SampleRecords.ParseTextAsync("Chb.Plugins.Environment", line, SampleRecords.Environment, Chb.Adapters.AgencyKind.EnvironmentalServices);
        return Assert.Single(records);
    }
}
