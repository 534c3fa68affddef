using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Chb.Hub.Tactics;
using Grpc.Core;
using FourPStrand = Chb.Contracts.V1.FourPStrand;
using Microsoft.Extensions.DependencyInjection;

namespace Chb.Hub.FunctionalTests.Disruption;

/// <summary>End to end: the three sample exports in, and the options an LRO should be offered out.</summary>
public sealed class NominalOptionsTests : IAsyncLifetime
{
    private static readonly string[] Possession = ["H1", "H2", "H3", "H4", "H5", "H7"];

    private readonly HubFactory _hub = new(LroClient.Settings());
    private readonly LroClient _lro;

    public NominalOptionsTests() => _lro = new LroClient(_hub);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Samples_OfferTheWarrantAndUninsuredVehicleSeizureForTheOcgPrincipal()
    {
        await _lro.PushAllSamplesAsync();

        var khan = await _lro.NominalNamedAsync("Khan");
        var options = await _lro.NominalOptionsAsync(khan.HubId);

        Assert.Equal("Imran Khan", options.Nominal.DisplayName);
        Assert.Contains(options.Opportunities, o => o.TacticId == "X5" && o.OwningAgency == TestSettings.Police);
        var seizure = Assert.Single(options.Opportunities, o => o.TacticId == "V4");
        Assert.Contains("165A", seizure.Statute, StringComparison.Ordinal);
        Assert.Equal(OpportunityStatus.Open, seizure.Status);
        Assert.False(string.IsNullOrEmpty(seizure.OwningAgencyContact));
    }

    [Fact]
    public async Task Samples_OfferClosureOfTheCuckooedFlatAndSafeguardingNeverEvictionOfTheVictim()
    {
        await _lro.PushAllSamplesAsync();
        var ocg = await _lro.OcgAsync();

        var flat = Assert.Single(ocg.Locations, l => l.Uprn == "100051000001");
        Assert.Contains(ocg.Opportunities, o => o.SubjectHubId == flat.HubId && o.TacticId == "R1");
        var walsh = await _lro.NominalNamedAsync("Walsh");
        var forVictim = ocg.Opportunities.Where(o => o.SubjectHubId == walsh.HubId).ToList();
        Assert.Contains(forVictim, o => o.Strands.Contains(FourPStrand.Protect));
        Assert.DoesNotContain(forVictim, o => Possession.Contains(o.TacticId) || o.TacticCategory.Contains("tenancy", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(ocg.Members, m => m.HubId == walsh.HubId);
    }

    [Fact]
    public async Task Samples_OfferFlyTippingVehicleSeizureAndALicenceReview()
    {
        await _lro.PushAllSamplesAsync();

        var holt = await _lro.NominalOptionsAsync((await _lro.NominalNamedAsync("Holt")).HubId);
        var leedsRoad = await _lro.OcgAsync(LroClient.LeedsRoadGroup);

        Assert.Contains(holt.Opportunities, o => o.TacticId == "E4" && o.OwningAgency == TestSettings.Environment);
        var shop = Assert.Single(leedsRoad.Locations, l => l.Uprn == "100051004444");
        Assert.Contains(leedsRoad.Opportunities, o => o.SubjectHubId == shop.HubId && o.TacticId == "L1");
    }

    [Fact]
    public async Task TenancyBreach_OfAnOcgAssociate_OffersPossessionOwnedByHousing()
    {
        await _lro.PushAllSamplesAsync();
        await _lro.PushSampleBytesAsync(TestSettings.Police, "police-nominals-xml/1", ExtraExports.PoliceAssociate());

        var oconnor = await _lro.NominalNamedAsync("O'Connor", ocg: LroClient.LeedsRoadGroup);
        var asPolice = await _lro.NominalOptionsAsync(oconnor.HubId, ocg: LroClient.LeedsRoadGroup);
        var asHousing = await _lro.NominalOptionsAsync(oconnor.HubId, TestSettings.Housing, LroClient.LeedsRoadGroup);

        // Possession acts visibly on a person: outside the owning agency it shows whom to talk to, not why.
        var seen = Assert.Single(asPolice.Opportunities, o => o.TacticId == "H4");
        Assert.Equal(TestSettings.Housing, seen.OwningAgency);
        Assert.Equal(seen.OwningAgencyContact, seen.DeconflictionContact);
        Assert.Empty(seen.JustifyingRecordIds);
        Assert.Empty(seen.Rationale);
        Assert.Contains(seen.Withheld, w => w.Reason == WithheldReason.Deconfliction && w.Field == "justifying_record_ids");
        var owned = Assert.Single(asHousing.Opportunities, o => o.TacticId == "H4");
        Assert.Contains(TestSettings.Housing, owned.CorroboratingAgencies);
        Assert.NotEmpty(owned.JustifyingRecordIds);
        Assert.Empty(owned.Withheld);
    }

    [Fact]
    public async Task ChainedCbo_AppearsOnlyOnceBothTheHousingAsbCaseAndThePoliceRecordArePresent()
    {
        await _lro.PushPoliceAsync();
        var holt = await _lro.NominalNamedAsync("Holt");
        var policeOnly = await _lro.NominalOptionsAsync(holt.HubId);

        await _lro.PushHousingAsync();
        var both = await _lro.NominalOptionsAsync(holt.HubId);

        Assert.DoesNotContain(policeOnly.Opportunities, o => o.TacticId == "A2");
        var cbo = Assert.Single(both.Opportunities, o => o.TacticId == "A2");
        Assert.Equal([TestSettings.Housing, TestSettings.Police], cbo.CorroboratingAgencies);
    }

    [Fact]
    public async Task ExpiredTactic_NeverAppearsWhileItsInForceNeighbourDoes()
    {
        var catalogue = _hub.Services.GetRequiredService<TacticCatalogue>();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        Assert.False(catalogue.Find("H7")!.IsEffectiveOn(today));
        await _lro.PushPoliceAsync();
        await _lro.PushSampleBytesAsync(TestSettings.Housing, "housing-cases-csv/1", ExtraExports.ShortholdBreach());

        var ocg = await _lro.OcgAsync();

        Assert.Contains(ocg.Opportunities, o => o.TacticId == "H4");
        Assert.DoesNotContain(ocg.Opportunities, o => o.TacticId == "H7");
        Assert.All(ocg.Opportunities, o => Assert.True(catalogue.Find(o.TacticId)!.IsEffectiveOn(today), o.TacticId));
    }

    [Fact]
    public async Task Options_AreRankedAndGroupedWithTheStrandBalanceShown()
    {
        await _lro.PushAllSamplesAsync();

        var ocg = await _lro.OcgAsync();

        var live = ocg.Opportunities.Where(o => o.Status is OpportunityStatus.Open or OpportunityStatus.InProgress).ToList();
        Assert.Equal(live.Select(o => o.Priority).OrderDescending(), live.Select(o => o.Priority));
        Assert.Equal(4, ocg.Balance.Count);
        Assert.Equal(live.Count(o => o.Strands.Contains(FourPStrand.Pursue)), ocg.Balance.Single(b => b.Strand == FourPStrand.Pursue).OpenOptions);
        Assert.All(ocg.Groups, g => Assert.All(g.OpportunityIds, id => Assert.Contains(live, o => o.OpportunityId == id && o.Phases.Contains(g.Phase) && o.Strands.Contains(g.Strand))));
        Assert.Equal(live.Sum(o => o.Phases.Count * o.Strands.Count), ocg.Groups.Sum(g => g.OpportunityIds.Count));
    }

    [Fact]
    public async Task AnyRead_WithoutAPurpose_IsInvalidArgument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await _lro.Lro().GetOcgOptionsAsync(new GetOcgOptionsRequest { OcgReference = LroClient.KenmoreCrew }));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }
}
