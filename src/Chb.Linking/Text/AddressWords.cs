using System.Collections.Frozen;

namespace Chb.Linking.Text;

/// <summary>Address vocabulary: street-type abbreviations, words that carry no identity, and placeholders for "no address".</summary>
internal static class AddressWords
{
    public static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ROAD"] = "RD", ["STREET"] = "ST", ["STR"] = "ST", ["AVENUE"] = "AVE", ["AV"] = "AVE", ["HOUSE"] = "HO", ["HSE"] = "HO",
        ["COURT"] = "CT", ["CRT"] = "CT", ["LANE"] = "LN", ["DRIVE"] = "DR", ["CLOSE"] = "CL", ["PLACE"] = "PL",
        ["CRESCENT"] = "CRES", ["CRESC"] = "CRES", ["TERRACE"] = "TCE", ["TERR"] = "TCE", ["GARDENS"] = "GDNS", ["GARDEN"] = "GDN",
        ["SQUARE"] = "SQ", ["GROVE"] = "GR", ["CIRCUIT"] = "CCT", ["PARADE"] = "PDE", ["HIGHWAY"] = "HWY", ["BUILDINGS"] = "BLDGS",
        ["MOUNT"] = "MT", ["ESTATE"] = "EST", ["BOULEVARD"] = "BVD", ["APARTMENT"] = "FLAT", ["APT"] = "FLAT", ["UNIT"] = "FLAT",
        ["FLT"] = "FLAT", ["NORTH"] = "N", ["SOUTH"] = "S", ["EAST"] = "E", ["WEST"] = "W", ["SAINT"] = "ST", ["VILLAGE"] = "VLGE",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Noise = new[] { "THE", "OF", "AND", "REAR", "FLAT", "NO", "NUMBER", "AT", "ADJ", "OPP" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> StreetTypes = new[]
    {
        "RD", "ST", "AVE", "HO", "CT", "LN", "DR", "CL", "PL", "CRES", "TCE", "GDNS", "GDN", "SQ", "GR", "CCT", "PDE", "HWY", "WAY",
        "WALK", "ROW", "HILL", "VIEW", "PARK", "YARD", "FOLD", "GATE", "GREEN", "MEWS", "BLDGS", "EST", "FLAT", "BANK", "BROW",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Placeholders = new[]
    {
        "NFA", "NO FIXED ABODE", "NO FIXED ADDRESS", "HOMELESS", "UNKNOWN", "NOT KNOWN", "NK", "N K", "N A", "NONE", "REFUSED", "TBC",
        "NO ADDRESS", "ADDRESS UNKNOWN", "NOT GIVEN", "NOT STATED",
    }.ToFrozenSet(StringComparer.Ordinal);
}
