using Chb.Adapters;

namespace Chb.Hub.Tactics;

/// <summary>The date and liveness of a partner case.</summary>
internal static class CaseDates
{
    /// <summary>Gets the date the case was opened, on the partner's own calendar (the offset it gave).</summary>
    public static DateOnly? OpenedOn(CaseDetails details)
        => details.OpenedAt is { } opened ? DateOnly.FromDateTime(opened.DateTime) : null;

    /// <summary>Gets whether the case is still open on <paramref name="today"/>.</summary>
    public static bool IsLive(CaseDetails details, DateOnly today)
        => !string.Equals(details.Status, "Closed", StringComparison.OrdinalIgnoreCase)
            && (details.ClosedOn is null || details.ClosedOn > today);
}
