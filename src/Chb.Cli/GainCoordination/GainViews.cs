using Chb.Cli.Lro;

namespace Chb.Cli.GainCoordination;

/// <summary>
/// One figure of an aggregated view: its measure and breakdown (<see cref="Key"/> is the dimensions joined by "/"). A
/// suppressed figure has no value (the hub publishes it as 0, which is not its count).
/// </summary>
internal sealed record CellView(string Key, IReadOnlyList<string> Dimensions, long? Value, bool Suppressed, bool ExcludesSuppressed);

/// <summary><c>chb site show</c> and <c>chb ocg view</c>: an aggregated view, its threshold, and the figures it withholds.</summary>
internal sealed record AggregateResult(
    string Title, ulong AsOfSequence, uint SuppressBelow, IReadOnlyList<CellView> Cells, IReadOnlyList<WithheldView> Withheld);

/// <summary>What one agency holds on the subject, by kind, without content: quote the holding reference to ask for more.</summary>
internal sealed record HoldingView(string Agency, string RecordKind, string HoldingReference, string LatestMonth, string AgencyContact);

/// <summary><c>chb holdings</c>: the subject asked about and who holds what on it.</summary>
internal sealed record HoldingsResult(string SubjectKind, string SubjectId, ulong AsOfSequence, IReadOnlyList<HoldingView> Holdings);

/// <summary>
/// One month of a site's baseline. A figure named in <see cref="SuppressedFields"/> has no value; one named in
/// <see cref="PartialFields"/> leaves out suppressed figures.
/// </summary>
internal sealed record BaselineMonthView(
    string Month,
    string? Phase,
    long? OpportunitiesRaised,
    long? Interventions,
    long? DisruptionsMajor,
    long? DisruptionsModerate,
    long? DisruptionsMinor,
    IReadOnlyList<CellView> StrandBalance,
    long AgenciesEngaged,
    IReadOnlyList<string> SuppressedFields,
    IReadOnlyList<string> PartialFields);

/// <summary><c>chb site baseline</c>: a site's months from its baseline date; <see cref="Csv"/> when asked for.</summary>
internal sealed record BaselineResult(string SiteId, ulong AsOfSequence, uint SuppressBelow, IReadOnlyList<BaselineMonthView> Months, string? Csv);
