using System.Globalization;
using System.Text;

namespace Chb.Cli.Demo;

/// <summary>
/// Writes <c>env-enforcement.jsonl</c>: fly-tipping with suspects, drivers' vehicles and reporters, licensing, noise,
/// abandoned vehicles; the group's names spelt the council's way; two lines the adapter must reject.
/// </summary>
internal sealed class EnvExport(DemoSite site, DemoRandom random, DemoFeatures features)
{
    private static readonly IReadOnlyList<((string Service, string Prefix, string? Offence) Item, int Weight)> Services =
    [
        (("FlyTipping", "FT", "EPA1990-s33"), 30), (("Noise", "NS", "EPA1990-s80"), 14), (("WasteCarrier", "WC", "COPA1989-s1"), 10),
        (("HMOLicensing", "HMO", null), 10), (("PremisesLicensing", "PL", "LA2003-s136"), 8), (("AbandonedVehicle", "AV", null), 10),
        (("Scrapyard", "SY", null), 4), (("Graffiti", "GR", null), 6), (("FoodHygiene", "FH", null), 4), (("PestControl", "PC", null), 4),
    ];

    private static readonly string[] Outcomes = ["None", "None", "Warning", "FPN", "CPN", "Prosecution", "LicenceReview", "Seizure", "Closure"];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly EnvParties _parties = new(site, random, features);

    public DemoExport Build()
    {
        var lines = new List<string>();
        foreach (var showcase in Showcase())
        {
            lines.Add(EnvJsonLines.Line(showcase));
        }

        for (var i = lines.Count; i < Math.Max(12, site.People.Count / 8); i++)
        {
            var service = random.PickWeighted(Services);
            var place = service.Service switch
            {
                "FlyTipping" or "Graffiti" or "Scrapyard" => random.Pick(site.Hotspots.Where(h => h.Kind == PlaceKind.Hotspot).ToList()),
                "PremisesLicensing" or "FoodHygiene" => random.Pick(site.Hotspots.Where(h => h.Kind == PlaceKind.Premises).ToList()),
                _ => random.Pick(site.Homes),
            };
            lines.Add(EnvJsonLines.Line(Next(service, place, _parties.For(service.Service, place))));
        }

        foreach (var bad in EnvJsonLines.BadLines)
        {
            lines.Insert(random.Between(0, lines.Count), bad);
        }

        var content = Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));
        return new DemoExport(DemoFiles.Environment with { Rows = lines.Count, BadRows = EnvJsonLines.BadLines.Count }, content);
    }

    /// <summary>The principals as environmental services wrote them: "Sean Paul OConnor" in an HMO, "Immy Khan" driving his uninsured car.</summary>
    private IEnumerable<EnvCase> Showcase()
    {
        var principals = site.OfKind(PersonKind.OcgMember).Where(m => m.OcgRole == "PrincipalMember").ToList();
        var (khan, oConnor) = (principals[0], principals[1]);
        features.NameVariants += 2;
        yield return Next(
            Services.First(s => s.Item.Service == "HMOLicensing").Item,
            oConnor.Home,
            [new EnvParty("Owner", "Farid", "Rahman", CompanyNumber: "09876543"), new EnvParty("Occupier", "Sean Paul", "OConnor", oConnor.DateOfBirth)]);
        var vrm = khan.Vehicles[0].Vrm;
        yield return Next(
            Services.First(s => s.Item.Service == "WasteCarrier").Item,
            site.Hotspots[1],
            [new EnvParty("Driver", NameVariants.Alias(khan.Given) ?? khan.Given, khan.Family, khan.DateOfBirth, $"{vrm[..4].ToLowerInvariant()} {vrm[4..].ToLowerInvariant()}")]);
    }

    private EnvCase Next((string Service, string Prefix, string? Offence) kind, DemoPlace place, IReadOnlyList<EnvParty> parties)
    {
        var (service, prefix, offence) = kind;
        var reported = random.Date(new DateOnly(2023, 6, 1), DemoSpec.ExportDate.AddDays(-1));
        var at = new DateTimeOffset(reported, new TimeOnly(random.Between(6, 23), random.Between(0, 11) * 5), TimeSpan.Zero);
        var number = _numbers[prefix] = _numbers.GetValueOrDefault(prefix, random.Between(10, 200)) + random.Between(1, 12);
        var hasReporter = parties.Any(p => p.Role == "Reporter");
        return new EnvCase(
            string.Create(CultureInfo.InvariantCulture, $"{prefix}-{reported.Year}-{number:0000}"),
            service,
            offence,
            at,
            random.Chance(0.5),
            random.Chance(0.75) ? "Open" : "Closed",
            Location(place, service),
            parties,
            random.Pick(Outcomes),
            hasReporter || random.Chance(0.3) ? random.Chance(0.6) : null,
            EnvNotes.For(service, random));
    }

    private EnvLocation Location(DemoPlace place, string service)
    {
        if (service == "AbandonedVehicle")
        {
            var street = place.Line2.Length > 0 ? place.Line2 : place.Line1[(place.Line1.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            return new EnvLocation(null, null, null, street, place.Postcode);
        }

        var grid = random.Chance(0.5);
        var postcode = random.Chance(0.8) ? (random.Chance(0.2) ? place.Postcode.ToLowerInvariant() : place.Postcode) : null;
        return new EnvLocation(
            random.Chance(0.7) ? place.Uprn : null,
            grid ? place.Easting : null,
            grid ? place.Northing : null,
            random.Chance(0.8) || postcode is null ? place.OneLine : null,
            postcode);
    }
}
