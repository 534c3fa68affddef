using Chb.Contracts.Security;
using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Disruption;
using Chb.Hub.FunctionalTests.Support;
using Chb.Tests.Shared;
using Google.Protobuf.WellKnownTypes;

// Not "...Gain": a namespace of that name would hide the generated Gain service class from sibling test namespaces.
namespace Chb.Hub.FunctionalTests.GainCoordination;

/// <summary>Asks as GAIN coordinators (and sets sites up as an administrator), reading the pushes' writes through min_sequence.</summary>
public sealed class GainClient(HubFactory hub)
{
    public LroClient Data { get; } = new(hub);

    public static Dictionary<string, string?> Settings(int suppressBelow = 5)
    {
        var settings = LroClient.Settings();
        settings["Hub:Gain:SuppressBelow"] = suppressBelow.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    public ReadOptions Options() => new()
    {
        Purpose = new QueryPurpose { Code = PurposeCode.GainCoordination, Justification = "GAIN request YH-2024-017" },
        MinSequence = Data.LastSequence,
    };

    public Contracts.V1.Gain.GainClient As(HubPersona persona) => new(hub.CreateChannel(persona));

    public Contracts.V1.Gain.GainClient Coordinator(string agency = TestSettings.Police) => As(TestIdentity.Gain(agency));

    public Admin.AdminClient Admin() => new(hub.Admin());

    public Task<GetHoldingsResponse> HoldingsAsync(SubjectRef subject, string agency = TestSettings.Police)
        => Coordinator(agency).GetHoldingsAsync(new GetHoldingsRequest { Options = Options(), Subject = subject }).ResponseAsync;

    public async Task<string> NominalAsync(string family) => (await Data.NominalNamedAsync(family)).HubId;

    /// <summary>A site over the Kenmore Road sector (BD3 8), baseline 1 January 2024, cleared from February, held from April.</summary>
    public Task<Site> KenmoreSiteAsync(string id = "BD3-KENMORE")
    {
        var site = new Site { SiteId = id, Name = "Kenmore", Lead = "Bradford CSP", BaselineDate = Day(2024, 1, 1) };
        site.PostcodeAreas.Add("bd3 8");
        site.Phases.Add(new SitePhase { Phase = ChbPhase.Clear, From = Day(2024, 2, 1) });
        site.Phases.Add(new SitePhase { Phase = ChbPhase.Hold, From = Day(2024, 4, 15) });
        return Admin().UpsertSiteAsync(new UpsertSiteRequest { Site = site }).ResponseAsync;
    }

    /// <summary>What the Kenmore Crew's LRO records against an opportunity: an intervention taken on <paramref name="takenAt"/>.</summary>
    public Task<RecordOutcomeResponse> RecordAsync(string opportunityId, string requestId, DisruptionGrade grade, Timestamp takenAt)
        => Data.Lro().RecordOutcomeAsync(new RecordOutcomeRequest
        {
            Options = LroClient.Options(),
            OpportunityId = opportunityId,
            RequestId = requestId,
            TakenAt = takenAt,
            AssessedDisruption = grade,
            OutcomeSummary = "Recorded for the GAIN views",
        }).ResponseAsync;

    /// <summary>Every total equals the sum of its published parts (the cells that add one dimension to it).</summary>
    public static void AssertTotalsAddUp(IReadOnlyList<Cell> cells)
    {
        var checkedTotals = 0;
        foreach (var total in cells)
        {
            var parts = cells.Where(c => c.Dimensions.Count == total.Dimensions.Count + 1 && c.Dimensions.Take(total.Dimensions.Count).SequenceEqual(total.Dimensions)).ToList();
            if (parts.Count > 0)
            {
                Assert.True(total.Value == parts.Sum(p => p.Value), $"{string.Join('/', total.Dimensions)} is {total.Value}, its parts add up to {parts.Sum(p => p.Value)}");
                Assert.False(total.Suppressed);
                Assert.Equal(parts.Any(p => p.Suppressed || p.ExcludesSuppressed), total.ExcludesSuppressed);
                checkedTotals++;
            }
        }

        Assert.True(checkedTotals > 0);
    }

    public static Cell CellAt(AggregateView view, params string[] dimensions)
        => Assert.Single(view.Cells, c => c.Dimensions.SequenceEqual(dimensions));

    public static Timestamp Day(int year, int month, int day) => Timestamp.FromDateTime(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc));

    public static Period Months(int year, int fromMonth, int toMonth)
        => new() { From = Day(year, fromMonth, 1), To = Day(year, toMonth, 28) };
}
