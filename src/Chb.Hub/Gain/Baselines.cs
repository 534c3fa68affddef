using System.Globalization;
using System.Text;
using Chb.Contracts.V1;

namespace Chb.Hub.GainCoordination;

/// <summary>
/// A site's monthly baseline, read from the same cells as its site view, so the two always agree and comparing them
/// recovers nothing: a suppressed figure is 0 here too and named in <see cref="BaselineMonth.SuppressedFields"/>.
/// </summary>
internal static class Baselines
{
    public const string Csv = "csv";

    /// <summary>What CSV readers see for a suppressed value (the GSS convention for "confidential").</summary>
    public const string SuppressedMark = "[c]";

    private static readonly string[] Header =
    [
        "site_id", "month", "phase", "opportunities_raised", "interventions", "disruptions_major", "disruptions_moderate", "disruptions_minor",
        "interventions_pursue", "interventions_prevent", "interventions_protect", "interventions_prepare", "agencies_engaged", "note",
    ];

    public static BaselineMonth Month(StoredSite site, ViewCells cells, SiteFigureSet figures, DateOnly month)
    {
        var at = $"month:{GainViews.Month(month)}";
        var result = new BaselineMonth
        {
            Month = GainViews.Month(month),
            AgenciesEngaged = GainViews.AgenciesEngaged(figures, month),
            Phase = site.PhaseAt(new DateTimeOffset(month.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddTicks(-1)),
        };
        result.OpportunitiesRaised = Read(result, "opportunities_raised", cells.Find("opportunities_raised", at));
        result.Interventions = Read(result, "interventions", cells.Find("interventions", at));
        result.DisruptionsMajor = Read(result, "disruptions_major", cells.Find("interventions", at, "grade:major"));
        result.DisruptionsModerate = Read(result, "disruptions_moderate", cells.Find("interventions", at, "grade:moderate"));
        result.DisruptionsMinor = Read(result, "disruptions_minor", cells.Find("interventions", at, "grade:minor"));
        foreach (var strand in GainViews.StrandNames)
        {
            if (cells.Find("interventions_by_strand", at, $"strand:{strand}") is { } cell)
            {
                result.StrandBalance.Add(cell.Clone());
            }
        }

        if (cells.Find("interventions_by_strand", at) is { ExcludesSuppressed: true })
        {
            result.PartialFields.Add("strand_balance");
        }

        return result;
    }

    public static string ToCsv(string siteId, IEnumerable<BaselineMonth> months)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Header)).Append('\n');
        foreach (var month in months)
        {
            string Value(string field, long value) => month.SuppressedFields.Contains(field) ? SuppressedMark : value.ToString(CultureInfo.InvariantCulture);
            string Strand(string name) => month.StrandBalance.FirstOrDefault(c => c.Dimensions[^1] == $"strand:{name}") is { } c
                ? c.Suppressed ? SuppressedMark : c.Value.ToString(CultureInfo.InvariantCulture)
                : "0";

            string[] row =
            [
                Quote(siteId), month.Month, month.Phase == ChbPhase.Unspecified ? string.Empty : SitePhaseFrom.Name(month.Phase),
                Value("opportunities_raised", month.OpportunitiesRaised), Value("interventions", month.Interventions),
                Value("disruptions_major", month.DisruptionsMajor), Value("disruptions_moderate", month.DisruptionsModerate),
                Value("disruptions_minor", month.DisruptionsMinor), Strand("PURSUE"), Strand("PREVENT"), Strand("PROTECT"), Strand("PREPARE"),
                month.AgenciesEngaged.ToString(CultureInfo.InvariantCulture),
                month.PartialFields.Count > 0 ? "totals leave out suppressed figures" : string.Empty,
            ];
            text.Append(string.Join(',', row)).Append('\n');
        }

        return text.ToString();
    }

    private static long Read(BaselineMonth month, string field, Cell? cell)
    {
        if (cell is null)
        {
            return 0;
        }

        if (cell.Suppressed)
        {
            month.SuppressedFields.Add(field);
        }

        if (cell.ExcludesSuppressed)
        {
            month.PartialFields.Add(field);
        }

        return cell.Value;
    }

    private static string Quote(string value)
        => value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
