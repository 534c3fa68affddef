using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Chb.Tests.Shared;
using Google.Rpc;
using Grpc.Core;

namespace Chb.Hub.FunctionalTests.GainCoordination;

/// <summary>CHB sites as data: stored normalised, validated field by field, never overlapping, and audited.</summary>
public sealed class SiteTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new(GainClient.Settings());
    private readonly GainClient _gain;

    public SiteTests() => _gain = new GainClient(_hub);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task UpsertSite_StoresItNormalisedWithItsPhasesInOrder_AndReplacesItByItsId()
    {
        var site = new Site { Name = "Leeds Road", Lead = "Insp. Patel", BaselineDate = GainClient.Day(2024, 1, 1) };
        site.PostcodeAreas.Add(" bd3  9 ");
        site.Uprns.Add("100051004444");
        site.Phases.Add(new SitePhase { Phase = ChbPhase.Hold, From = GainClient.Day(2024, 6, 1) });
        site.Phases.Add(new SitePhase { Phase = ChbPhase.Clear, From = GainClient.Day(2024, 2, 1) });
        site.Phases.Add(new SitePhase { Phase = ChbPhase.Clear, From = GainClient.Day(2024, 9, 1) });

        var stored = await _gain.Admin().UpsertSiteAsync(new UpsertSiteRequest { Site = site });
        var replaced = stored.Clone();
        replaced.Name = "Leeds Road corridor";
        replaced.Phases.Clear();
        var again = await _gain.Admin().UpsertSiteAsync(new UpsertSiteRequest { Site = replaced });

        Assert.Matches("^SITE-[0-9A-F]{8}$", stored.SiteId);
        Assert.Equal(["BD3 9"], stored.PostcodeAreas);
        Assert.Equal(["100051004444"], stored.Uprns);
        Assert.Equal([ChbPhase.Clear, ChbPhase.Hold, ChbPhase.Clear], stored.Phases.Select(p => p.Phase));
        Assert.Equal(stored.SiteId, again.SiteId);
        Assert.Equal("Leeds Road corridor", again.Name);
        Assert.Empty(again.Phases);
        var audit = new Contracts.V1.Audit.AuditClient(_hub.CreateChannel(TestIdentity.Auditor()));
        var entries = await audit.QueryAsync(new AuditQueryRequest
        {
            Subject = $"site:{stored.SiteId}", Purpose = new QueryPurpose { Code = PurposeCode.Audit, Justification = "check" }, Page = new PageRequest { PageSize = 10 },
        });
        Assert.Equal(2, entries.Entries.Count);
        Assert.All(entries.Entries, e => Assert.Equal("alteration", e.Action));
    }

    [Fact]
    public async Task UpsertSite_WithBadFields_NamesEachOneAndStoresNothing()
    {
        var site = new Site { SiteId = "has spaces", Name = "", BaselineDate = null };
        site.PostcodeAreas.Add("BD3 8QX");
        site.Uprns.Add("12345678901234");
        site.Phases.Add(new SitePhase { Phase = ChbPhase.Clear, From = GainClient.Day(2024, 2, 1) });
        site.Phases.Add(new SitePhase { Phase = ChbPhase.Clear, From = GainClient.Day(2024, 3, 1) });
        site.Phases.Add(new SitePhase { Phase = ChbPhase.Unspecified, From = GainClient.Day(2024, 4, 1) });

        var error = await Assert.ThrowsAsync<RpcException>(async () => await _gain.Admin().UpsertSiteAsync(new UpsertSiteRequest { Site = site }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Equal(
            ["site.site_id", "site.name", "site.postcode_areas[0]", "site.uprns[0]", "site.baseline_date", "site.phases[2].phase", "site.phases[1].phase"],
            fields);
    }

    [Fact]
    public async Task UpsertSite_OverlappingAnotherSite_IsRefused()
    {
        await _gain.KenmoreSiteAsync();
        var wider = new Site { SiteId = "BD3-ALL", Name = "All of BD3", BaselineDate = GainClient.Day(2024, 1, 1) };
        wider.PostcodeAreas.Add("BD3");

        var error = await Assert.ThrowsAsync<RpcException>(async () => await _gain.Admin().UpsertSiteAsync(new UpsertSiteRequest { Site = wider }));
        var neighbour = new Site { SiteId = "BD3-NINE", Name = "Laisteridge", BaselineDate = GainClient.Day(2024, 1, 1) };
        neighbour.PostcodeAreas.Add("BD3 9");
        var stored = await _gain.Admin().UpsertSiteAsync(new UpsertSiteRequest { Site = neighbour });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("site.postcode_areas", violation.Field);
        Assert.Contains("BD3-KENMORE", violation.Description, StringComparison.Ordinal);
        Assert.Equal("BD3-NINE", stored.SiteId);
    }
}
