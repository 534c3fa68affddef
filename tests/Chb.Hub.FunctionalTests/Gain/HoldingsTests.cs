using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Chb.Tests.Shared;
using Google.Protobuf;
using Grpc.Core;

namespace Chb.Hub.FunctionalTests.GainCoordination;

/// <summary>Hit/no-hit: which agencies hold what kind of record, never what is in it, and never that a source exists.</summary>
public sealed class HoldingsTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new(GainClient.Settings());
    private readonly GainClient _gain;

    public HoldingsTests() => _gain = new GainClient(_hub);

    public Task InitializeAsync() => _gain.Data.PushAllSamplesAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Theory]
    [InlineData(TestSettings.Police)]
    [InlineData(TestSettings.Housing)]
    public async Task GetHoldings_OnAMemberHeldByThreeAgencies_ListsEachAgencyAndKindAndNothingElse(string coordinatorAgency)
    {
        var khan = await _gain.NominalAsync("Khan");

        var response = await _gain.HoldingsAsync(new SubjectRef { NominalHubId = khan }, coordinatorAgency);

        Assert.Equal(
            [(TestSettings.Environment, "environmental case"), (TestSettings.Housing, "housing case"), (TestSettings.Police, "police nominal")],
            response.Holdings.Select(h => (h.Agency, h.RecordKind)));
        Assert.All(response.Holdings, h => Assert.Matches("^HLD-[0-9A-F]{16}$", h.HoldingReference));
        Assert.Equal(response.Holdings.Count, response.Holdings.Select(h => h.HoldingReference).Distinct().Count());
        var text = JsonFormatter.Default.Format(response);
        // Partner references (the police one is built from the PNC ID), content, and any sign of a covert source.
        string[] never =
        [
            "NOMINAL:", "2001/0123456F", "123456/01X", "ASB/2024/00123", "WC-2024-0031", "T-88231", "Cuckooing", "Kenmore", "Khan", "YX19ABC",
            "CHIS", "intelligence", "INT-2024", "DSU-WYP-0917", "Stores cash", "Seen handing", "covert", "source",
        ];
        Assert.All(never, value => Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetHoldings_LatestMonth_IsNeverTimedByAProtectedSource()
    {
        var khan = await _gain.NominalAsync("Khan");

        var response = await _gain.HoldingsAsync(new SubjectRef { NominalHubId = khan });

        // Khan's police record: warrant 10 Feb, officer intelligence 28 Feb, and a CHIS report on 1 March that must not show.
        var police = response.Holdings.Single(h => h.Agency == TestSettings.Police);
        Assert.Equal(new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc), police.Latest.ToDateTime());
        var housing = response.Holdings.Single(h => h.Agency == TestSettings.Housing);
        Assert.Equal(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc), housing.Latest.ToDateTime());
        Assert.StartsWith("Bradford", housing.AgencyContact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHoldings_OnAPlaceAndOnAnOcg_ListsTheAgenciesBehindThem()
    {
        var ocg = await _gain.Data.OcgAsync();
        var flat = ocg.Locations.Single(l => l.Uprn == "100051000001").HubId;

        var place = await _gain.HoldingsAsync(new SubjectRef { LocationHubId = flat });
        var group = await _gain.HoldingsAsync(new SubjectRef { OcgReference = "OCG-WYP-0042" });

        Assert.Contains(place.Holdings, h => h.Agency == TestSettings.Housing && h.RecordKind == "housing case");
        Assert.Contains(place.Holdings, h => h.Agency == TestSettings.Police && h.RecordKind == "police nominal");
        Assert.Contains(group.Holdings, h => h.Agency == TestSettings.Police && h.RecordKind == "police OCG record");
        Assert.Contains(group.Holdings, h => h.Agency == TestSettings.Environment);
        Assert.DoesNotContain("intelligence", JsonFormatter.Default.Format(group), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetHoldings_OnAnUnknownSubject_IsNotFound()
    {
        var nominal = await Assert.ThrowsAsync<RpcException>(async () => await _gain.HoldingsAsync(new SubjectRef { NominalHubId = "NOM-0000000000000000" }));
        var ocg = await Assert.ThrowsAsync<RpcException>(async () => await _gain.HoldingsAsync(new SubjectRef { OcgReference = "OCG-XX-9999" }));
        var none = await Assert.ThrowsAsync<RpcException>(async () => await _gain.HoldingsAsync(new SubjectRef()));

        Assert.Equal(StatusCode.NotFound, nominal.StatusCode);
        Assert.Equal(StatusCode.NotFound, ocg.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, none.StatusCode);
    }

    [Fact]
    public async Task GetHoldings_IsAuditedWithItsPurposeBeforeItAnswers()
    {
        var khan = await _gain.NominalAsync("Khan");

        var response = await _gain.HoldingsAsync(new SubjectRef { NominalHubId = khan });

        var audit = new Contracts.V1.Audit.AuditClient(_hub.CreateChannel(TestIdentity.Auditor()));
        var entries = await audit.QueryAsync(new AuditQueryRequest
        {
            Subject = $"nominal:{khan}",
            Actor = "gain.coordinator",
            Purpose = new QueryPurpose { Code = PurposeCode.Audit, Justification = "check" },
            Page = new PageRequest { PageSize = 100 },
        });
        var entry = Assert.Single(entries.Entries);
        Assert.Equal("Gain.GetHoldings GAIN_COORDINATION: GAIN request YH-2024-017", entry.Purpose);
        Assert.Equal(response.Holdings.Select(h => $"holding:{h.HoldingReference}/existence"), entry.Disclosed);
    }
}
