using Chb.Hub.GainCoordination;

namespace Chb.Hub.FunctionalTests.GainCoordination;

/// <summary>The suppression rules on their own, without a hub: primary, complementary, consistent, totals from published parts.</summary>
public sealed class SuppressionRuleTests
{
    private static readonly Breakdown<(string Grade, string[] Strands)> ByGrade =
        new("interventions", ["grade:none", "grade:minor", "grade:major"], u => [$"grade:{u.Grade}"]);

    private static readonly Breakdown<(string Grade, string[] Strands)> ByStrand =
        new("interventions_by_strand", ["strand:PURSUE", "strand:PREVENT"], u => u.Strands.Select(s => $"strand:{s}"));

    [Fact]
    public void Group_WithOneSmallPart_HidesASecondSoTheTotalCannotGiveItAway()
    {
        var cells = Build(5, Units(("none", 7, "PURSUE"), ("minor", 9, "PURSUE"), ("major", 1, "PURSUE")), ByGrade);

        Assert.True(cells.Find("interventions", "grade:major")!.Suppressed);
        Assert.True(cells.Find("interventions", "grade:none")!.Suppressed);
        Assert.False(cells.Find("interventions", "grade:minor")!.Suppressed);
        Assert.Equal(9, cells.Find("interventions")!.Value);
        Assert.True(cells.Find("interventions")!.ExcludesSuppressed);
    }

    [Fact]
    public void Group_WithTwoSmallPartsBelowTheThreshold_HidesAThird()
    {
        var cells = Build(5, Units(("none", 1, "PURSUE"), ("minor", 1, "PURSUE"), ("major", 8, "PURSUE")), ByGrade);

        Assert.All(["grade:none", "grade:minor", "grade:major"], p => Assert.True(cells.Find("interventions", p)!.Suppressed));
        Assert.Equal(0, cells.Find("interventions")!.Value);
    }

    [Fact]
    public void Population_HiddenInOneBreakdown_IsLeftOutOfTheOther()
    {
        // One major disruption among Prevent work: hidden by grade, so it must not show as the strand counts' difference.
        var cells = Build(3, Units(("none", 6, "PREVENT"), ("minor", 5, "PREVENT"), ("major", 1, "PURSUE")), ByGrade, ByStrand);

        Assert.True(cells.Find("interventions", "grade:major")!.Suppressed);
        Assert.Equal(0, cells.Find("interventions_by_strand", "strand:PURSUE")!.Value);
        var prevent = cells.Find("interventions_by_strand", "strand:PREVENT")!;
        Assert.Equal(cells.Find("interventions")!.Value, cells.Find("interventions_by_strand")!.Value);
        Assert.Equal(prevent.Value, cells.Find("interventions_by_strand")!.Value);
        Assert.True(prevent.Value is 0 or >= 3);
    }

    [Fact]
    public void Count_AndScore_FollowTheirOwnRules()
    {
        var cells = new ViewCells(5);

        var members = cells.Count(["members"], 3);
        var places = cells.Count(["locations"], 12);
        var morile = cells.Score(["morile_score"], 2);

        Assert.True(members.Suppressed);
        Assert.Equal(0, members.Value);
        Assert.Equal(12, places.Value);
        Assert.Equal(2, morile.Value);
        Assert.False(morile.Suppressed);
    }

    private static ViewCells Build(int threshold, List<(string Grade, string[] Strands)> units, params Breakdown<(string Grade, string[] Strands)>[] breakdowns)
    {
        var cells = new ViewCells(threshold);
        cells.Population([], units, breakdowns);
        return cells;
    }

    private static List<(string Grade, string[] Strands)> Units(params (string Grade, int Count, string Strand)[] groups)
        => [.. groups.SelectMany(g => Enumerable.Repeat((g.Grade, new[] { g.Strand }), g.Count))];
}
