using System.Globalization;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli.GainCoordination;

/// <summary>Turns the hub's Gain answers into the views <c>chb</c> prints and writes as JSON; a suppressed figure gets no value.</summary>
internal static class GainMapper
{
    public static AggregateResult View(AggregateView view)
        => new(view.Title, view.AsOfSequence, view.SuppressBelow, [.. view.Cells.Select(Cell)], LroMapper.Withheld(view.Withheld));

    public static HoldingsResult Holdings(string subjectKind, string subjectId, GetHoldingsResponse response)
        => new(subjectKind, subjectId, response.AsOfSequence, [.. response.Holdings.Select(Holding)]);

    public static BaselineResult Baseline(BaselineResponse response)
        => new(response.SiteId, response.AsOfSequence, response.SuppressBelow, [.. response.Months.Select(Month)], response.Csv.Length > 0 ? response.Csv : null);

    private static CellView Cell(Cell cell)
        => new(string.Join('/', cell.Dimensions), [.. cell.Dimensions], cell.Suppressed ? null : cell.Value, cell.Suppressed, cell.ExcludesSuppressed);

    private static HoldingView Holding(Holding h) => new(
        h.Agency,
        h.RecordKind,
        h.HoldingReference,
        h.Latest is { } latest ? latest.ToDateTime().ToString("yyyy-MM", CultureInfo.InvariantCulture) : string.Empty,
        h.AgencyContact);

    private static BaselineMonthView Month(BaselineMonth m)
    {
        long? Published(string field, long value) => m.SuppressedFields.Contains(field) ? null : value;
        return new BaselineMonthView(
            m.Month,
            m.Phase == ChbPhase.Unspecified ? null : EnumText.Kebab(m.Phase),
            Published("opportunities_raised", m.OpportunitiesRaised),
            Published("interventions", m.Interventions),
            Published("disruptions_major", m.DisruptionsMajor),
            Published("disruptions_moderate", m.DisruptionsModerate),
            Published("disruptions_minor", m.DisruptionsMinor),
            [.. m.StrandBalance.Select(Cell)],
            m.AgenciesEngaged,
            [.. m.SuppressedFields],
            [.. m.PartialFields]);
    }
}
