using Chb.Hub.FunctionalTests.Support;
using static Chb.Hub.FunctionalTests.Linking.PartnerRecords;

namespace Chb.Hub.FunctionalTests.Linking;

/// <summary>The three partner samples, pushed through real gRPC, resolve into shared nominals and locations.</summary>
public sealed class CrossAgencyLinkingTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new(LinkingClient.Settings());
    private LinkingClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = new LinkingClient(_hub);
        await _client.PushAsync(TestSettings.Housing, Housing());
        await _client.PushAsync(TestSettings.Police, Police());
        await _client.PushAsync(TestSettings.Environment, Environment());
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Khan_HousingPerpetratorAndPoliceNominal_AreOneNominalWithARolePerRecord()
    {
        var housing = await _client.SubjectsAsync(TestSettings.Housing, "ASB/2024/00123");
        var police = await _client.SubjectsAsync(TestSettings.Police, "WYP-N-0001");

        var perpetrator = housing.Single(s => s.SubjectKind == "nominal" && s.Index == 1);
        var nominal = police.Single(s => s.SubjectKind == "nominal");
        Assert.Equal(perpetrator.HubId, nominal.HubId);
        Assert.Equal("Perpetrator", perpetrator.Role);
        Assert.Equal("Nominal", nominal.Role);
        Assert.NotEqual(perpetrator.HubId, housing.Single(s => s.SubjectKind == "nominal" && s.Index == 0).HubId);
    }

    [Fact]
    public async Task Hussain_ThreeTransliterationsAcrossTwoAgencies_AreOneNominal()
    {
        var tenant = await _client.NominalAsync(TestSettings.Housing, "SUB/2024/00007", 0);
        var household = await _client.NominalAsync(TestSettings.Housing, "SUB/2024/00007", 1);
        var police = await _client.NominalAsync(TestSettings.Police, "WYP-N-0002");

        Assert.Equal(tenant, household);
        Assert.Equal(tenant, police);
    }

    [Fact]
    public async Task OConnorAndHolt_PunctuationAndAgencyDifferences_LinkAcrossHousingEnvironmentAndPolice()
    {
        Assert.Equal(await _client.NominalAsync(TestSettings.Housing, "TB/2024/00045"), await _client.NominalAsync(TestSettings.Environment, "HMO-2023-0112"));
        var holt = await _client.NominalAsync(TestSettings.Housing, "ASB/2024/00150");
        Assert.Equal(holt, await _client.NominalAsync(TestSettings.Environment, "FT-2024-0457"));
        Assert.Equal(holt, await _client.NominalAsync(TestSettings.Police, "WYP-N-0003"));
    }

    [Fact]
    public async Task KenmoreFlat_ByUprnAndByMessyAddress_IsOneLocation()
    {
        var housing = await _client.LocationAsync(TestSettings.Housing, "ASB/2024/00123");

        Assert.Equal(housing, await _client.LocationAsync(TestSettings.Police, "WYP-N-0001"));
        Assert.Equal(housing, await _client.LocationAsync(TestSettings.Environment, "AV-2024-0201"));
        Assert.NotEqual(housing, await _client.LocationAsync(TestSettings.Police, "WYP-N-0003"));
        Assert.NotEqual(
            await _client.LocationAsync(TestSettings.Police, "WYP-N-0003"), await _client.LocationAsync(TestSettings.Environment, "FT-2024-0457"));
    }

    [Fact]
    public async Task Links_CarryMethodScoreAndEvidence_WithoutPersonalValues()
    {
        var links = await _client.LinksAsync(TestSettings.Housing);

        // The housing administrator sees its own references and the police record only by its hub record id.
        var police = Hub.Opportunities.OpportunityIds.Record(TestSettings.Police, "WYP-N-0001");
        var uprn = Assert.Single(links, l => l.SubjectKind == "location"
            && ((l.LeftRecordId.EndsWith("ASB/2024/00123", StringComparison.Ordinal) && l.RightRecordId == police) || (l.RightRecordId.EndsWith("ASB/2024/00123", StringComparison.Ordinal) && l.LeftRecordId == police)));
        Assert.DoesNotContain(links, l => l.LeftRecordId.Contains("WYP-N-", StringComparison.Ordinal) || l.RightRecordId.Contains("WYP-N-", StringComparison.Ordinal));
        Assert.Equal("strong-identifier", uprn.Method);
        var hussain = links.Where(l => l.SubjectKind == "nominal" && l.LeftRecordId.Contains("SUB/2024/00007", StringComparison.Ordinal) && l.RightRecordId.Contains("SUB/2024/00007", StringComparison.Ordinal));
        var pair = Assert.Single(hussain);
        Assert.Equal("probabilistic", pair.Method);
        Assert.Equal("link", pair.Outcome);
        Assert.True(pair.Score >= 12);
        Assert.Contains(pair.Features, f => f.StartsWith("given:variant", StringComparison.Ordinal));
        Assert.DoesNotContain(links.SelectMany(l => l.Features), f => f.Contains("HUSSAIN", StringComparison.OrdinalIgnoreCase) || f.Contains("1985", StringComparison.Ordinal));
    }
}
