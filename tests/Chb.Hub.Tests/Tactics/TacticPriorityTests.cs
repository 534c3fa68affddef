using Chb.Hub.Tactics;
using Chb.Hub.Tests.Tactics.Support;

namespace Chb.Hub.Tests.Tactics;

public sealed class TacticPriorityTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Compute_Extremes_MatchTheDocumentedFormula()
    {
        var five = Enumerable.Range(1, 5).Select(i => new SubjectFact(FactNames.WarrantOutstanding, $"A{i}", "R", Today)).ToList();

        Assert.Equal(100, TacticPriority.Compute(5, five, 100, Today));
        Assert.Equal(6.25, TacticPriority.Compute(5, [new SubjectFact(FactNames.WarrantOutstanding, "A", "R", null)], null, Today));
        Assert.Equal(Math.Round(100 * 0.6 * (0.25 + (0.75 * Math.Exp(-1))) / 4, 4), TacticPriority.Compute(3, [new SubjectFact("f", "A", "R", Today.AddDays(-365))], null, Today));
    }

    [Fact]
    public void Compute_MoreCorroboratingAgencies_StrictlyHigher()
    {
        var priorities = Enumerable.Range(1, 5)
            .Select(n => TacticPriority.Compute(3, [.. Enumerable.Range(0, n).Select(i => new SubjectFact("f", $"AG{i}", $"R{i}", Today))], null, Today))
            .ToList();

        Assert.Equal(priorities.Order(), priorities);
        Assert.Equal(priorities.Count, priorities.Distinct().Count());
    }

    [Fact]
    public void Compute_SameAgencyTwice_CountsOnce()
        => Assert.Equal(
            TacticPriority.Compute(3, [new SubjectFact("f", "WYP", "R1", Today)], null, Today),
            TacticPriority.Compute(3, [new SubjectFact("f", "WYP", "R1", Today), new SubjectFact("g", "WYP", "R2", Today)], null, Today));

    [Fact]
    public void Compute_OlderNewestFactAndLowerThreat_Lower()
    {
        SubjectFact[] fresh = [new("f", "A", "R", Today.AddDays(-10))];
        SubjectFact[] stale = [new("f", "A", "R", Today.AddDays(-400))];

        Assert.True(TacticPriority.Compute(3, fresh, null, Today) > TacticPriority.Compute(3, stale, null, Today));
        Assert.True(TacticPriority.Compute(3, fresh, 80, Today) > TacticPriority.Compute(3, fresh, 20, Today));
        Assert.Equal(TacticPriority.Compute(3, fresh, 100, Today), TacticPriority.Compute(3, fresh, 148, Today));
        Assert.Equal(TacticPriority.Compute(3, [new("f", "A", "R", Today)], null, Today), TacticPriority.Compute(3, [new("f", "A", "R", Today.AddDays(3))], null, Today));
    }

    [Fact]
    public void Evaluate_MoreAgencies_RaisesTheMatchsPriority()
    {
        var one = new TacticSubject(FactSubject.Person, [new(FactNames.VehicleUninsured, "WYP", "R1", Today)]);
        var two = one with { Facts = [.. one.Facts, new(FactNames.VehicleUninsured, "DVLA", "R2", Today)] };

        Assert.True(V4(two) > V4(one));
    }

    [Fact]
    public void Evaluate_SameInputInAnyOrder_SameOrderedResult()
    {
        var facts = new List<SubjectFact>
        {
            new(FactNames.WarrantOutstanding, "WYP", "R1", Today.AddDays(-3)),
            new(FactNames.VehicleUninsured, "WYP", "R1", Today.AddDays(-30)),
            new(FactNames.AsbPerpetrator, "BDC", "R2", Today.AddDays(-90)),
            new(FactNames.Convicted, "WYP", "R1", null),
            new(FactNames.OcgMember, "WYP", "R1", null, "Member"),
        };
        var subject = new TacticSubject(FactSubject.Person, facts) { MorileScore = 48 };
        var reversed = subject with { Facts = [.. Enumerable.Reverse(facts)] };

        var first = TacticEvaluator.Evaluate(ShippedCatalogueTests.Shipped, subject, Today);
        var second = TacticEvaluator.Evaluate(ShippedCatalogueTests.Shipped, reversed, Today);

        Assert.True(first.Count > 5);
        Assert.Equal(first.Select(m => (m.Tactic.Id, m.Priority)), second.Select(m => (m.Tactic.Id, m.Priority)));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Justification, pair.Second.Justification));
        Assert.Equal(
            first.OrderByDescending(m => m.Priority).ThenBy(m => m.Tactic.Id, StringComparer.Ordinal).Select(m => m.Tactic.Id),
            first.Select(m => m.Tactic.Id));
    }

    private static double V4(TacticSubject subject)
        => TacticEvaluator.Evaluate(ShippedCatalogueTests.Shipped, subject, Today).Single(m => m.Tactic.Id == "V4").Priority;
}
