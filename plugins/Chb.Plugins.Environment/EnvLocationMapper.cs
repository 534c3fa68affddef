using System.Text.Json;
using Chb.Adapters;

namespace Chb.Plugins.Environment;

internal static class EnvLocationMapper
{
    private const int MaxEasting = 700_000;
    private const int MaxNorthing = 1_300_000;

    public static LocationReference? Map(JsonElement root, RowProblems problems)
    {
        var location = JsonFields.OptionalObject(root, "location", "location", problems);
        if (location is not { } loc)
        {
            if (!JsonFields.Has(root, "location"))
            {
                problems.Add("location", "location is required");
            }

            return null;
        }

        var before = problems.Count;
        var uprn = JsonFields.OptionalText(loc, "uprn", "location.uprn", problems);
        var easting = JsonFields.OptionalInt(loc, "easting", "location.easting", problems);
        var northing = JsonFields.OptionalInt(loc, "northing", "location.northing", problems);
        var address = JsonFields.OptionalString(loc, "address", "location.address", problems);
        var postcodeText = JsonFields.OptionalString(loc, "postcode", "location.postcode", problems);

        if (uprn is not null && (uprn.Length > 12 || !uprn.All(char.IsAsciiDigit)))
        {
            problems.Add("location.uprn", "location.uprn must be 1 to 12 digits");
        }

        CheckGrid(loc, easting, northing, problems);
        string? postcode = null;
        if (postcodeText is not null && !Postcodes.TryNormalise(postcodeText, out postcode))
        {
            problems.Add("location.postcode", "location.postcode is not a valid UK postcode");
        }

        if (problems.Count == before && uprn is null && easting is null && address is null && postcode is null)
        {
            problems.Add("location", "location needs at least one of uprn, easting and northing, address or postcode");
        }

        return problems.Count > before
            ? null
            : new LocationReference(LocationRelation.Subject)
            {
                Uprn = uprn, Easting = easting, Northing = northing, Address = address, Postcode = postcode,
            };
    }

    private static void CheckGrid(JsonElement loc, int? easting, int? northing, RowProblems problems)
    {
        if (easting is null && northing is not null && !JsonFields.Has(loc, "easting"))
        {
            problems.Add("location.easting", "location.easting is required with location.northing");
        }

        if (northing is null && easting is not null && !JsonFields.Has(loc, "northing"))
        {
            problems.Add("location.northing", "location.northing is required with location.easting");
        }

        if (easting is < 0 or > MaxEasting)
        {
            problems.Add("location.easting", $"location.easting must be between 0 and {MaxEasting} metres");
        }

        if (northing is < 0 or > MaxNorthing)
        {
            problems.Add("location.northing", $"location.northing must be between 0 and {MaxNorthing} metres");
        }
    }
}
