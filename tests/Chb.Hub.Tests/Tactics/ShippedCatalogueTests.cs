using Chb.Adapters;
using Chb.Hub.Tactics;

namespace Chb.Hub.Tests.Tactics;

public sealed class ShippedCatalogueTests
{
    private static readonly DateOnly VersionDay = new(2026, 11, 25);

    internal static TacticCatalogue Shipped { get; } = TacticCatalogue.Load(new TacticsOptions().ResolveCataloguePath());

    [Fact]
    public void Load_ShippedCatalogue_IsVersionedAndHoldsAtLeastThirtyTactics()
    {
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\.[0-9]+$", Shipped.Version);
        Assert.True(Shipped.Tactics.Count >= 30, $"only {Shipped.Tactics.Count} tactics");
        Assert.Equal(Shipped.Tactics.Select(t => t.Id).Order(StringComparer.Ordinal), Shipped.Tactics.Select(t => t.Id));
    }

    [Fact]
    public void Load_ShippedCatalogue_EveryAgencyKindOwnsATactic()
    {
        var owners = Shipped.Tactics.Select(t => t.OwningAgencyKind).ToHashSet();

        Assert.All(Enum.GetValues<AgencyKind>().Where(k => k != AgencyKind.Unspecified), kind => Assert.Contains(kind, owners));
    }

    [Theory]
    [InlineData("H", 6)]
    [InlineData("A", 5)]
    [InlineData("R", 2)]
    [InlineData("E", 5)]
    [InlineData("L", 3)]
    [InlineData("I", 1)]
    [InlineData("T", 2)]
    [InlineData("V", 5)]
    [InlineData("F", 3)]
    [InlineData("X", 6)]
    [InlineData("B", 2)]
    public void Load_ShippedCatalogue_CoversEachSeriesOfTheDomainCatalogue(string series, int atLeast)
        => Assert.True(Shipped.Tactics.Count(t => t.Id.StartsWith(series, StringComparison.Ordinal) && char.IsAsciiDigit(t.Id[1])) >= atLeast);

    [Fact]
    public void Load_ShippedCatalogue_HoldsARepealedAndAProspectivePower()
    {
        Assert.Contains(Shipped.Tactics, t => t.EffectiveTo < VersionDay && !string.IsNullOrEmpty(t.Note));
        Assert.Contains(Shipped.Tactics, t => t.EffectiveFrom > VersionDay && !string.IsNullOrEmpty(t.Note));
    }

    [Fact]
    public void Load_ShippedCatalogue_NoPossessionTacticCanReachAVictim()
    {
        var possession = Shipped.Tactics.Where(t => t.Category == "tenancy enforcement").ToList();

        Assert.NotEmpty(possession);
        Assert.All(possession.Where(t => t.SubjectType == FactSubject.Person), t => Assert.Contains(FactNames.CuckooingVictim, t.When.None));
        Assert.All(possession.Where(t => t.SubjectType == FactSubject.Location), t => Assert.Contains(FactNames.CuckooingAddress, t.When.None));
        Assert.All(possession, t => Assert.DoesNotContain(FactNames.CuckooingVictim, t.When.All.Concat(t.When.Any)));
    }

    [Theory]
    [InlineData("X5", FactNames.WarrantOutstanding)]
    [InlineData("V4", FactNames.VehicleUninsured)]
    [InlineData("H6", FactNames.CuckooingVictim)]
    [InlineData("H4", FactNames.TenantInBreach)]
    public void Load_ShippedCatalogue_RequiredTriggersAreOnTheRightFacts(string id, string fact)
        => Assert.Contains(fact, Shipped.Find(id)!.When.All);

    [Fact]
    public void Load_ShippedCatalogue_ChainedTacticsNeedBothFacts()
    {
        Assert.Equal([FactNames.ClosureOrder, FactNames.SocialTenancy], Shipped.Find("H2")!.When.All.Order(StringComparer.Ordinal));
        Assert.Equal([FactNames.AsbPerpetrator, FactNames.Convicted], Shipped.Find("A2")!.When.All.Order(StringComparer.Ordinal));
        Assert.Contains("H2", Shipped.Find("R2")!.FeedsInto);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull() => Assert.Null(Shipped.Find("Z9"));
}
