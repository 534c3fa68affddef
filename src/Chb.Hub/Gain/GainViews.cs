using System.Globalization;
using Chb.Hub.Tactics;

namespace Chb.Hub.GainCoordination;

/// <summary>
/// Lays the counted figures out as cells. Every group lists all its parts (every agency, grade, phase and strand, zeros
/// included), so the shape of a view never depends on the data and an absent cell says nothing.
/// </summary>
internal static class GainViews
{
    /// <summary>Disruption grades as interventions store them, the least first.</summary>
    public static readonly string[] Grades = ["none", "minor", "moderate", "major"];

    private static readonly (ChbPhase Phase, string Name)[] Phases = [(ChbPhase.Clear, "CLEAR"), (ChbPhase.Hold, "HOLD"), (ChbPhase.Build, "BUILD")];

    private static readonly (FourPStrand Strand, string Name)[] Strands =
        [(FourPStrand.Pursue, "PURSUE"), (FourPStrand.Prevent, "PREVENT"), (FourPStrand.Protect, "PROTECT"), (FourPStrand.Prepare, "PREPARE")];

    public static IEnumerable<string> StrandNames => Strands.Select(s => s.Name);

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// An OCG: members and places (counts), live options by owning agency, phase and strand, every intervention on its
    /// picture by grade and strand, and its MoRiLE score.
    /// </summary>
    public static ViewCells Ocg(
        OcgPicture picture, IReadOnlyList<CountedOpportunity> opportunities, IReadOnlyList<CountedIntervention> interventions,
        TacticCatalogue catalogue, IEnumerable<string> agencies, DateOnly today, int suppressBelow)
    {
        var cells = new ViewCells(suppressBelow);
        cells.Count(["members"], picture.Members.Count);
        cells.Count(["locations"], picture.Locations.Count);
        var live = opportunities.Where(o => o.IsLive && catalogue.Find(o.TacticId) is { } t && t.IsEffectiveOn(today)).ToList();
        var owners = AgencyList(agencies, opportunities);
        Opportunities(cells, "opportunities", [], live, catalogue, owners);
        Interventions(cells, [], interventions, catalogue);
        if (picture.Morile is { } morile)
        {
            cells.Score(["morile_score"], morile);
        }

        return cells;
    }

    /// <summary>
    /// A site, month by month: options raised on its places and the people named with them (by owning agency, phase and
    /// strand) and interventions taken (by grade and strand); the counts of places and people; the MoRiLE scores of the
    /// OCGs those people are members of.
    /// </summary>
    public static ViewCells Site(SiteFigureSet figures, IReadOnlyList<DateOnly> months, TacticCatalogue catalogue, IEnumerable<string> agencies, int suppressBelow)
    {
        var cells = new ViewCells(suppressBelow);
        cells.Count(["locations"], figures.Locations.Count);
        cells.Count(["nominals"], figures.Nominals.Count);
        var owners = AgencyList(agencies, figures.Opportunities);
        foreach (var month in months)
        {
            string[] at = [$"month:{Month(month)}"];
            Opportunities(cells, "opportunities_raised", at, [.. figures.Opportunities.Where(o => o.RaisedOn is { } d && SameMonth(d, month))], catalogue, owners);
            Interventions(cells, at, [.. figures.Interventions.Where(i => SameMonth(i.TakenOn, month))], catalogue);
        }

        foreach (var (ocg, morile) in figures.Ocgs.Where(o => o.Morile is not null).OrderBy(o => o.Ocg, StringComparer.Ordinal))
        {
            cells.Score(["morile_score", $"ocg:{ocg}"], morile!.Value);
        }

        return cells;
    }

    /// <summary>Agencies that acted in a month or own the power acted on: agencies, not people, so not suppressed.</summary>
    public static int AgenciesEngaged(SiteFigureSet figures, DateOnly month)
        => figures.Interventions.Where(i => SameMonth(i.TakenOn, month))
            .SelectMany(i => i.OwningAgency is null ? [i.Agency] : new[] { i.Agency, i.OwningAgency })
            .Distinct(StringComparer.Ordinal)
            .Count();

    /// <summary>Every month from <paramref name="from"/>'s to <paramref name="to"/>'s, as the first day of each.</summary>
    public static List<DateOnly> Months(DateOnly from, DateOnly to)
    {
        var months = new List<DateOnly>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        return months;
    }

    private static bool SameMonth(DateOnly day, DateOnly month) => day.Year == month.Year && day.Month == month.Month;

    private static List<string> AgencyList(IEnumerable<string> agencies, IEnumerable<CountedOpportunity> opportunities)
        => [.. agencies.Concat(opportunities.Select(o => o.OwningAgency)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static void Opportunities(
        ViewCells cells, string measure, string[] at, IReadOnlyList<CountedOpportunity> opportunities, TacticCatalogue catalogue, IReadOnlyList<string> agencies)
    {
        IEnumerable<T> Of<T>(CountedOpportunity o, Func<Tactic, IEnumerable<T>> pick) => catalogue.Find(o.TacticId) is { } t ? pick(t) : [];
        cells.Population(at, opportunities, new Breakdown<CountedOpportunity>[]
        {
            new(measure, [.. agencies.Select(a => $"agency:{a}")], o => [$"agency:{o.OwningAgency}"]),
            new($"{measure}_by_phase", [.. Phases.Select(p => $"phase:{p.Name}")], o => Of(o, t => Phases.Where(p => t.Phases.Contains(p.Phase)).Select(p => $"phase:{p.Name}"))),
            new($"{measure}_by_strand", [.. Strands.Select(s => $"strand:{s.Name}")], o => Of(o, t => Strands.Where(s => t.Strands.Contains(s.Strand)).Select(s => $"strand:{s.Name}"))),
        });
    }

    private static void Interventions(ViewCells cells, string[] at, IReadOnlyList<CountedIntervention> interventions, TacticCatalogue catalogue)
        => cells.Population(at, interventions, new Breakdown<CountedIntervention>[]
        {
            new("interventions", [.. Grades.Select(g => $"grade:{g}")], i => [$"grade:{i.Grade}"]),
            new("interventions_by_strand", [.. Strands.Select(s => $"strand:{s.Name}")],
                i => catalogue.Find(i.TacticId) is { } t ? Strands.Where(s => t.Strands.Contains(s.Strand)).Select(s => $"strand:{s.Name}") : []),
        });
}

/// <summary>What a site's views count: its places, the people named with them, their options, interventions and OCGs.</summary>
internal sealed record SiteFigureSet(
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> Nominals,
    IReadOnlyList<CountedOpportunity> Opportunities,
    IReadOnlyList<CountedIntervention> Interventions,
    IReadOnlyList<(string Ocg, long? Morile)> Ocgs);
