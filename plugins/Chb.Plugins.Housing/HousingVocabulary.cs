namespace Chb.Plugins.Housing;

/// <summary>The enumerated values of the format, spelt as the README lists them.</summary>
internal static class HousingVocabulary
{
    public const string Cuckooing = "Cuckooing";

    public const string Complainant = "Complainant";

    public static readonly string[] CaseTypes =
        ["ASB", "TenancyBreach", "RentArrears", "Subletting", "Abandonment", "PropertyDamage", Cuckooing, "IllegalOccupation"];

    public static readonly string[] CaseStatuses = ["Open", "Escalated", "Closed"];

    public static readonly string[] TenureTypes = ["Secure", "Introductory", "Flexible", "Assured", "AssuredShorthold", "Licence"];

    public static readonly string[] PartyRoles = ["Tenant", "JointTenant", "Household", "Perpetrator", "Visitor", Complainant];

    public static readonly string[] Sensitivities = ["OFFICIAL", "OFFICIAL-SENSITIVE"];

    /// <summary>Finds a value ignoring case, returning the format's own spelling.</summary>
    public static string? Match(string[] values, string raw)
        => Array.Find(values, v => string.Equals(v, raw, StringComparison.OrdinalIgnoreCase));
}
