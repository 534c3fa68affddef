using Chb.Hub.Tactics;
using Chb.Hub.Tests.Tactics.Support;

namespace Chb.Hub.Tests.Tactics;

public sealed class TacticEvaluatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static TacticCatalogue Catalogue => ShippedCatalogueTests.Shipped;

    [Fact]
    public void Evaluate_RepealedPower_MatchesOnlyUntilItsLastDay()
    {
        var subject = Subjects.Person(FactNames.AssuredShortholdTenant, FactNames.TenantInBreach);

        Assert.Contains("H7", TacticEvaluator.Evaluate(Catalogue, subject, new DateOnly(2026, 4, 30)).Ids());
        Assert.DoesNotContain("H7", TacticEvaluator.Evaluate(Catalogue, subject, new DateOnly(2026, 5, 1)).Ids());
        Assert.DoesNotContain("H7", TacticEvaluator.Evaluate(Catalogue, subject, Today).Ids());
    }

    [Fact]
    public void Evaluate_ExpiredTactics_NeverMatchEvenWithEveryFact()
    {
        var everything = Subjects.Person([.. FactNames.All.Where(f => FactNames.SubjectOf(f) == FactSubject.Person && f != FactNames.CuckooingVictim && f != FactNames.Victim)]);

        var matches = TacticEvaluator.Evaluate(Catalogue, everything, Today);

        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.True(m.Tactic.IsEffectiveOn(Today), m.Tactic.Id));
        Assert.DoesNotContain(matches, m => m.Tactic.EffectiveTo < Today);
    }

    [Fact]
    public void Evaluate_ProspectivePower_DoesNotMatchBeforeCommencement()
    {
        var subject = Subjects.Person(FactNames.OcgPrincipal) with { Age = 30 };
        var from = Catalogue.Find("X3A")!.EffectiveFrom;

        Assert.True(from > Today);
        Assert.DoesNotContain("X3A", TacticEvaluator.Evaluate(Catalogue, subject, from.AddDays(-1)).Ids());
        Assert.Contains("X3", TacticEvaluator.Evaluate(Catalogue, subject, from.AddDays(-1)).Ids());
        Assert.Contains("X3A", TacticEvaluator.Evaluate(Catalogue, subject, from).Ids());
    }

    [Theory]
    [InlineData(17, false)]
    [InlineData(18, true)]
    [InlineData(45, true)]
    public void Evaluate_SeriousCrimePreventionOrder_AdultsOnly(int age, bool matches)
    {
        var ids = TacticEvaluator.Evaluate(Catalogue, Subjects.Person(FactNames.OcgPrincipal) with { Age = age }, Today).Ids();

        Assert.Equal(matches, ids.Contains("X3"));
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(17, true)]
    [InlineData(18, false)]
    public void Evaluate_YouthDiversion_WithinBothBounds(int age, bool matches)
    {
        var ids = TacticEvaluator.Evaluate(Catalogue, Subjects.Person(FactNames.AsbPerpetrator) with { Age = age }, Today).Ids();

        Assert.Equal(matches, ids.Contains("B2"));
    }

    [Fact]
    public void Evaluate_UnknownAge_AgeBoundedTacticsMatchMarkedUnverified()
    {
        var matches = TacticEvaluator.Evaluate(Catalogue, Subjects.Person(FactNames.OcgPrincipal, FactNames.WarrantOutstanding), Today);

        Assert.True(matches.Single(m => m.Tactic.Id == "X3").AgeUnverified);
        Assert.Contains(TacticMatch.AgeUnverifiedNote, matches.Single(m => m.Tactic.Id == "X3").Notes);
        Assert.Empty(matches.Single(m => m.Tactic.Id == "X5").Notes);
    }

    [Fact]
    public void Evaluate_PersonFactsOnALocation_NoPersonTactics()
    {
        var location = new TacticSubject(FactSubject.Location, [new SubjectFact(FactNames.WarrantOutstanding, "WYP", "R1", null)]);

        Assert.Empty(TacticEvaluator.Evaluate(Catalogue, location, Today));
    }

    [Fact]
    public void Evaluate_Justification_ListsOnlyTriggerFactsWithTheirRecords()
    {
        var subject = new TacticSubject(FactSubject.Person,
        [
            new SubjectFact(FactNames.AsbPerpetrator, "BDC", "BDC:1", new DateOnly(2026, 1, 1)),
            new SubjectFact(FactNames.Convicted, "WYP", "WYP:9", new DateOnly(2026, 6, 1)),
            new SubjectFact(FactNames.WeaponsWarning, "WYP", "WYP:9", null),
        ]);

        var a2 = TacticEvaluator.Evaluate(Catalogue, subject, Today).Single(m => m.Tactic.Id == "A2");

        Assert.Equal([FactNames.Convicted, FactNames.AsbPerpetrator], a2.Justification.Select(f => f.Fact));
        Assert.Equal(["BDC:1", "WYP:9"], a2.RecordIds);
    }
}
