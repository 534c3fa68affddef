namespace Chb.Hub.GainCoordination;

/// <summary>The fields a disclosure request may name, in the order released values are listed.</summary>
internal static class ReleaseFields
{
    public const int MaxGateway = 200;

    public static readonly string[] All =
    [
        "case_type", "case_status", "opened_on", "closed_on", "outcome", "offence_code", "tenancy", "role", "address", "notes",
        "markers", "marker_details", "vehicles", "identity", "criminal_record_ids", "intelligence",
    ];

    public static bool IsKnown(string field) => All.Contains(field, StringComparer.Ordinal);

    public static IEnumerable<string> InOrder(IEnumerable<string> fields)
    {
        var wanted = fields.ToHashSet(StringComparer.Ordinal);
        return All.Where(wanted.Contains);
    }
}
