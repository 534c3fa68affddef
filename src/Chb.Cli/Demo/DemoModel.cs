namespace Chb.Cli.Demo;

/// <summary>What a place is, which decides which partner holds it and how it is written.</summary>
internal enum PlaceKind
{
    House,
    Flat,
    Hotspot,
    Premises,
}

/// <summary>Why a person is in the site.</summary>
internal enum PersonKind
{
    Resident,
    OcgMember,
    Offender,
    Vulnerable,
    Witness,
    Landlord,
}

/// <summary>A place with its UPRN, address lines, postcode and British National Grid position.</summary>
internal sealed record DemoPlace(string Uprn, string Line1, string Line2, string Postcode, int Easting, int Northing, PlaceKind Kind)
{
    public string OneLine => Line2.Length == 0 ? $"{Line1}, Bradford" : $"{Line1}, {Line2}, Bradford";
}

/// <summary>An organised crime group as the police export lists it.</summary>
internal sealed record DemoOcg(string Reference, string Name, int MorileScore, string LroId);

/// <summary>A vehicle a nominal uses, with its police status (NoInsurance, NoTax, ...).</summary>
internal sealed record DemoVehicle(string Vrm, string Status);

/// <summary>One person of the fictional site; agencies write them with their own spellings.</summary>
internal sealed class DemoPerson
{
    public required string Given { get; init; }

    public required string Family { get; init; }

    public required DateOnly DateOfBirth { get; init; }

    public required DemoPlace Home { get; init; }

    public required PersonKind Kind { get; init; }

    public DemoOcg? Ocg { get; init; }

    public string? OcgRole { get; init; }

    public string? PncId { get; set; }

    public string? CroNumber { get; set; }

    public List<DemoVehicle> Vehicles { get; } = [];

    /// <summary>Gets the phone number a witness gave (PROTECTED wherever it appears).</summary>
    public string? Phone { get; init; }

    public string? CompanyNumber { get; init; }

    /// <summary>Gets or sets, for a cuckooing victim, the group member who has taken over their home.</summary>
    public DemoPerson? Exploiter { get; set; }

    public bool IsNominal => Kind is PersonKind.OcgMember or PersonKind.Offender;
}
