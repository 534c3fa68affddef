namespace Chb.Cli.Demo;

/// <summary>The streets of the fictional BD3 site: postcodes, a grid position, and the block of flats some have.</summary>
internal static class DemoStreets
{
    public static readonly IReadOnlyList<Street> All =
    [
        new("Kenmore Road", ["BD3 8QX", "BD3 8QY"], 417250, 433650, "Kenmore House"),
        new("Leeds Road", ["BD3 9LH", "BD3 9LJ"], 417900, 433300, null),
        new("Harris Street", ["BD3 0RT"], 417100, 433900, null),
        new("Barkerend Road", ["BD3 8AD", "BD3 8AE"], 417500, 433800, "Barkerend Heights"),
        new("Thornbury Road", ["BD3 8HU"], 418200, 433500, "Thornbury Court"),
        new("Killinghall Road", ["BD3 7DA", "BD3 7DB"], 418400, 434100, null),
        new("Laisteridge Lane", ["BD3 9AB"], 417700, 433100, null),
        new("Undercliffe Street", ["BD3 0PL"], 417000, 434200, null),
        new("Otley Road", ["BD3 0JA", "BD3 0JB"], 416900, 434000, null),
        new("Bowling Back Lane", ["BD3 9SN"], 418000, 432900, null),
        new("Church Street", ["BD3 0QZ"], 417300, 434300, null),
        new("Wapping Road", ["BD3 0EF"], 416800, 433700, null),
    ];

    /// <summary>Places where trouble gathers: garages, waste ground, a late shop.</summary>
    public static readonly IReadOnlyList<(string Line1, string Street, string Postcode, PlaceKind Kind)> Hotspots =
    [
        ("Garages rear of Kenmore Road", "Kenmore Road", "BD3 8QY", PlaceKind.Hotspot),
        ("Land off Wapping Road", "Wapping Road", "BD3 0EF", PlaceKind.Hotspot),
        ("Alley behind Harris Street", "Harris Street", "BD3 0RT", PlaceKind.Hotspot),
        ("Bowling Back Lane lay-by", "Bowling Back Lane", "BD3 9SN", PlaceKind.Hotspot),
        ("Moor Late Shop, 201 Leeds Road", "Leeds Road", "BD3 9LH", PlaceKind.Premises),
        ("Thornbury Car Wash, 12 Thornbury Road", "Thornbury Road", "BD3 8HU", PlaceKind.Premises),
    ];
}

/// <summary>A street, its postcodes, a grid position near its middle, and its block of flats if any.</summary>
internal sealed record Street(string Name, IReadOnlyList<string> Postcodes, int Easting, int Northing, string? Block);
