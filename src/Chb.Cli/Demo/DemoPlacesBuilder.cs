using System.Globalization;

namespace Chb.Cli.Demo;

/// <summary>Lays out the site's homes (houses and flats) and hotspots, each with its own UPRN.</summary>
internal static class DemoPlacesBuilder
{
    public static void Build(DemoSite site, int people, DemoRandom random)
    {
        var next = 1;
        var houseNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var flatNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var homes = Math.Max(30, people * 10 / 23);
        for (var i = 0; i < homes; i++)
        {
            var street = random.Pick(DemoStreets.All);
            var postcode = random.Pick(street.Postcodes);
            var (easting, northing) = Near(street.Easting, street.Northing, random);
            if (street.Block is { } block && random.Chance(0.4))
            {
                var flat = flatNumbers[block] = flatNumbers.GetValueOrDefault(block) + 1;
                site.Homes.Add(new(Uprn(next++), $"Flat {flat} {block}", street.Name, postcode, easting, northing, PlaceKind.Flat));
            }
            else
            {
                var number = houseNumbers[street.Name] = houseNumbers.GetValueOrDefault(street.Name) + random.Between(1, 4);
                var line1 = string.Create(CultureInfo.InvariantCulture, $"{number} {street.Name}");
                site.Homes.Add(new(Uprn(next++), line1, string.Empty, postcode, easting, northing, PlaceKind.House));
            }
        }

        foreach (var (line1, streetName, postcode, kind) in DemoStreets.Hotspots)
        {
            var street = DemoStreets.All.First(s => s.Name == streetName);
            var (easting, northing) = Near(street.Easting, street.Northing, random);
            site.Hotspots.Add(new(Uprn(next++), line1, string.Empty, postcode, easting, northing, kind));
        }
    }

    private static (int Easting, int Northing) Near(int easting, int northing, DemoRandom random)
        => (easting + random.Between(-80, 80), northing + random.Between(-80, 80));

    private static string Uprn(int n) => string.Create(CultureInfo.InvariantCulture, $"1000510{n:00000}");
}
