using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Google.Protobuf;
using Grpc.Core;

namespace Chb.Hub.FunctionalTests.GainCoordination;

/// <summary>OCG and site views: totals are the sums of their published parts, and small counts stay hidden.</summary>
public sealed class ViewTests
{
    [Fact]
    public async Task GetOcgView_WithoutSuppression_CountsWhatTheLroSeesAndTotalsAddUp()
    {
        await using var hub = new HubFactory(GainClient.Settings(suppressBelow: 1));
        var gain = new GainClient(hub);
        await gain.Data.PushAllSamplesAsync();
        var lro = await gain.Data.OcgAsync();

        var view = await gain.Coordinator().GetOcgViewAsync(new GetOcgViewRequest { Options = gain.Options(), OcgReference = "OCG-WYP-0042" });

        GainClient.AssertTotalsAddUp(view.Cells);
        var live = lro.Opportunities.Where(o => o.Status is OpportunityStatus.Open or OpportunityStatus.InProgress).ToList();
        Assert.Equal(lro.Members.Count, GainClient.CellAt(view, "members").Value);
        Assert.Equal(lro.Locations.Count, GainClient.CellAt(view, "locations").Value);
        Assert.Equal(live.Count, GainClient.CellAt(view, "opportunities").Value);
        foreach (var owner in live.GroupBy(o => o.OwningAgency))
        {
            Assert.Equal(owner.Count(), GainClient.CellAt(view, "opportunities", $"agency:{owner.Key}").Value);
        }

        Assert.Equal(live.Count(o => o.Strands.Contains(FourPStrand.Pursue)), GainClient.CellAt(view, "opportunities_by_strand", "strand:PURSUE").Value);
        Assert.Equal(live.Count(o => o.Phases.Contains(ChbPhase.Clear)), GainClient.CellAt(view, "opportunities_by_phase", "phase:CLEAR").Value);
        Assert.Equal(148, GainClient.CellAt(view, "morile_score").Value);
        Assert.Empty(view.Withheld);
    }

    [Fact]
    public async Task GetOcgView_WithTheDefaultThreshold_HidesEverySmallCountButTheScore()
    {
        await using var hub = new HubFactory(GainClient.Settings());
        var gain = new GainClient(hub);
        await gain.Data.PushAllSamplesAsync();

        var view = await gain.Coordinator().GetOcgViewAsync(new GetOcgViewRequest { Options = gain.Options(), OcgReference = "OCG-WYP-0042" });

        GainClient.AssertTotalsAddUp(view.Cells);
        Assert.Equal(5u, view.SuppressBelow);
        Assert.All(view.Cells.Where(c => c.Dimensions[0] != "morile_score"), c => Assert.False(c.Value is > 0 and < 5, string.Join('/', c.Dimensions)));
        var members = GainClient.CellAt(view, "members");
        Assert.True(members.Suppressed);
        Assert.Equal(0, members.Value);
        Assert.Contains(view.Withheld, w => w.Field == "members" && w.Reason == WithheldReason.SmallCountSuppressed);
        Assert.Equal(148, GainClient.CellAt(view, "morile_score").Value);
        var unknown = await Assert.ThrowsAsync<RpcException>(async () => await gain.Coordinator().GetOcgViewAsync(new GetOcgViewRequest { Options = gain.Options(), OcgReference = "OCG-XX-0001" }));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task GetSiteView_TotalsAddUpEveryMonthAndTheBaselineAgreesWithIt()
    {
        await using var hub = new HubFactory(GainClient.Settings(suppressBelow: 2));
        var gain = new GainClient(hub);
        await gain.Data.PushAllSamplesAsync();
        var site = await gain.KenmoreSiteAsync();
        var khan = await gain.Data.NominalOptionsAsync(await gain.NominalAsync("Khan"));
        var warrant = khan.Opportunities.Single(o => o.TacticId == "X5").OpportunityId;
        await gain.RecordAsync(warrant, "m-1", DisruptionGrade.Major, GainClient.Day(2024, 3, 10));
        await gain.RecordAsync(warrant, "m-2", DisruptionGrade.Major, GainClient.Day(2024, 3, 12));
        var period = GainClient.Months(2024, 1, 6);

        var view = await gain.Coordinator().GetSiteViewAsync(new GetSiteViewRequest { Options = gain.Options(), SiteId = site.SiteId, Period = period });
        var baseline = await gain.Coordinator().GetBaselineAsync(new GetBaselineRequest { Options = gain.Options(), SiteId = site.SiteId, Period = period, Format = "csv" });

        GainClient.AssertTotalsAddUp(view.Cells);
        Assert.Equal(["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"], baseline.Months.Select(m => m.Month));
        Assert.True(GainClient.CellAt(view, "nominals").Value >= 2);
        Assert.True(GainClient.CellAt(view, "opportunities_raised", "month:2024-02").Value + GainClient.CellAt(view, "opportunities_raised", "month:2024-03").Value > 0);
        Assert.Equal(2, GainClient.CellAt(view, "interventions", "month:2024-03", "grade:major").Value);
        Assert.Equal(2, GainClient.CellAt(view, "interventions_by_strand", "month:2024-03", "strand:PURSUE").Value);
        foreach (var month in baseline.Months)
        {
            var at = $"month:{month.Month}";
            Assert.Equal(GainClient.CellAt(view, "opportunities_raised", at).Value, month.OpportunitiesRaised);
            Assert.Equal(GainClient.CellAt(view, "interventions", at).Value, month.Interventions);
            Assert.Equal(GainClient.CellAt(view, "interventions", at, "grade:major").Value, month.DisruptionsMajor);
            Assert.Equal(view.Cells.Where(c => c.Dimensions.Count == 3 && c.Dimensions[0] == "interventions_by_strand" && c.Dimensions[1] == at), month.StrandBalance);
        }

        var march = baseline.Months.Single(m => m.Month == "2024-03");
        Assert.Equal(2, march.DisruptionsMajor);
        Assert.Equal(1, march.AgenciesEngaged);
        Assert.Equal([ChbPhase.Unspecified, ChbPhase.Clear, ChbPhase.Clear, ChbPhase.Hold, ChbPhase.Hold, ChbPhase.Hold], baseline.Months.Select(m => m.Phase));
        var lines = baseline.Csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("site_id,month,phase,opportunities_raised,interventions,disruptions_major", lines[0], StringComparison.Ordinal);
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("BD3-KENMORE,2024-03,clear,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suppression_OneSmallNewFigure_CannotBeRecoveredBySubtractingTheViewBefore()
    {
        await using var hub = new HubFactory(GainClient.Settings(suppressBelow: 5));
        var gain = new GainClient(hub);
        await gain.Data.PushAllSamplesAsync();
        var site = await gain.KenmoreSiteAsync();
        var khan = await gain.Data.NominalOptionsAsync(await gain.NominalAsync("Khan"));
        var warrant = khan.Opportunities.Single(o => o.TacticId == "X5").OpportunityId;
        for (var i = 1; i <= 5; i++)
        {
            await gain.RecordAsync(warrant, $"none-{i}", DisruptionGrade.None, GainClient.Day(2024, 5, 10));
        }

        var request = new GetSiteViewRequest { Options = gain.Options(), SiteId = site.SiteId, Period = GainClient.Months(2024, 5, 5) };
        var before = await gain.Coordinator().GetSiteViewAsync(request);
        await gain.RecordAsync(warrant, "major-1", DisruptionGrade.Major, GainClient.Day(2024, 5, 20));
        var after = await gain.Coordinator().GetSiteViewAsync(request);
        await gain.RecordAsync(warrant, "major-2", DisruptionGrade.Major, GainClient.Day(2024, 5, 21));
        var afterTwo = await gain.Coordinator().GetSiteViewAsync(request);
        var baseline = await gain.Coordinator().GetBaselineAsync(new GetBaselineRequest { Options = gain.Options(), SiteId = site.SiteId, Period = request.Period });

        // Before: five interventions with no disruption, published as they are.
        Assert.Equal(5, GainClient.CellAt(before, "interventions", "month:2024-05").Value);
        Assert.Equal(5, GainClient.CellAt(before, "interventions", "month:2024-05", "grade:none").Value);
        Assert.Equal(5, GainClient.CellAt(before, "interventions_by_strand", "month:2024-05", "strand:PURSUE").Value);

        // After one major disruption: that cell is hidden, a second cell with it, and neither shows through the total or the
        // strand breakdown of the same interventions.
        var major = GainClient.CellAt(after, "interventions", "month:2024-05", "grade:major");
        Assert.True(major.Suppressed);
        Assert.Equal(0, major.Value);
        Assert.True(GainClient.CellAt(after, "interventions", "month:2024-05", "grade:none").Suppressed);
        Assert.Equal(0, GainClient.CellAt(after, "interventions", "month:2024-05").Value);
        Assert.Equal(0, GainClient.CellAt(after, "interventions_by_strand", "month:2024-05", "strand:PURSUE").Value);
        GainClient.AssertTotalsAddUp(after.Cells);

        // Subtracting the view before from the view after gives no cell the hidden value: every difference is a published count.
        foreach (var cell in after.Cells)
        {
            var earlier = before.Cells.Single(c => c.Dimensions.SequenceEqual(cell.Dimensions));
            Assert.NotEqual(1, cell.Value - earlier.Value);
        }

        // And the published view is the same whether the hidden figure is 1 or 2, so no arithmetic on it can tell which.
        Assert.Equal(Published(after), Published(afterTwo));
        var may = Assert.Single(baseline.Months);
        Assert.Equal(0, may.DisruptionsMajor);
        Assert.Contains("disruptions_major", may.SuppressedFields);
        Assert.Contains("interventions", may.PartialFields);
        Assert.Contains(after.Withheld, w => w.Field == "interventions/month:2024-05/grade:major" && w.Reason == WithheldReason.SmallCountSuppressed);
    }

    [Fact]
    public async Task GetSiteView_OnAnUnknownSiteOrABackwardsPeriod_IsRefused()
    {
        await using var hub = new HubFactory(GainClient.Settings());
        var gain = new GainClient(hub);
        await gain.Data.PushPoliceAsync();
        var site = await gain.KenmoreSiteAsync();

        var unknown = await Assert.ThrowsAsync<RpcException>(async () =>
            await gain.Coordinator().GetSiteViewAsync(new GetSiteViewRequest { Options = gain.Options(), SiteId = "NO-SUCH-SITE" }));
        var backwards = await Assert.ThrowsAsync<RpcException>(async () => await gain.Coordinator().GetSiteViewAsync(new GetSiteViewRequest
        {
            Options = gain.Options(), SiteId = site.SiteId, Period = new Period { From = GainClient.Day(2024, 6, 1), To = GainClient.Day(2024, 1, 1) },
        }));
        var format = await Assert.ThrowsAsync<RpcException>(async () =>
            await gain.Coordinator().GetBaselineAsync(new GetBaselineRequest { Options = gain.Options(), SiteId = site.SiteId, Format = "xlsx" }));

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, backwards.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, format.StatusCode);
    }

    private static string Published(AggregateView view)
        => JsonFormatter.Default.Format(new AggregateView { Cells = { view.Cells }, Withheld = { view.Withheld } });
}
