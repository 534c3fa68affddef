using System.Text.RegularExpressions;

namespace Chb.Hub.GainCoordination;

/// <summary>One part of a site's area: a postcode district, a postcode sector or a listed UPRN.</summary>
internal sealed record SiteArea(string Kind, string Area)
{
    public const string District = "district";
    public const string Sector = "sector";
    public const string Uprn = "uprn";

    /// <summary>The district a postcode area lies in (a sector's outward code); null for a UPRN.</summary>
    public string? DistrictOf => Kind switch
    {
        District => Area,
        Sector => Area[..Area.IndexOf(' ', StringComparison.Ordinal)],
        _ => null,
    };

    /// <summary>Whether the two can contain the same place: the same UPRN, or a district and anything inside it.</summary>
    public bool Overlaps(SiteArea other)
        => (Kind == Uprn || other.Kind == Uprn)
            ? Kind == other.Kind && Area == other.Area
            : (Kind == District || other.Kind == District) ? DistrictOf == other.DistrictOf : Area == other.Area;

    public override string ToString() => Area;
}

/// <summary>Reads a postcode area as an administrator writes it ("bd3", "BD3  8").</summary>
internal static partial class SiteAreaParser
{
    public static SiteArea? Postcode(string raw)
    {
        var text = string.Join(' ', raw.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (DistrictShape().IsMatch(text))
        {
            return new SiteArea(SiteArea.District, text);
        }

        return SectorShape().IsMatch(text) ? new SiteArea(SiteArea.Sector, text) : null;
    }

    public static SiteArea? Uprn(string raw)
    {
        var text = raw.Trim();
        return UprnShape().IsMatch(text) ? new SiteArea(SiteArea.Uprn, text) : null;
    }

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?$", RegexOptions.CultureInvariant)]
    private static partial Regex DistrictShape();

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex SectorShape();

    [GeneratedRegex("^[0-9]{1,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex UprnShape();
}
