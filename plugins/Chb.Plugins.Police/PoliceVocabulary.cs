namespace Chb.Plugins.Police;

/// <summary>The closed lists of values the format allows, spelled as the hub stores them.</summary>
internal static class PoliceVocabulary
{
    public static readonly IReadOnlyList<string> OcgRoles = ["PrincipalMember", "SignificantMember", "Member", "Associate"];

    public static readonly IReadOnlyList<string> WarrantTypes = ["Arrest", "Search", "Commitment"];

    public static readonly IReadOnlyList<string> CivilOrderTypes = ["GangInjunction", "CBO", "SCPO", "CPI", "STPO", "SHPO", "DVPO"];

    public static readonly IReadOnlyList<string> VehicleStatuses = ["Ok", "NoInsurance", "NoTax", "NoMOT", "Stolen"];

    public static readonly IReadOnlyList<string> Handling = ["P", "C"];

    public static readonly IReadOnlyList<string> SourceTypes = ["Officer", "Partner", "Public", "CHIS", "Covert"];
}
