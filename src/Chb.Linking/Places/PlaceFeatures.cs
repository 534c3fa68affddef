using Chb.Linking.Text;

namespace Chb.Linking;

/// <summary>A place mention normalised once.</summary>
public sealed class PlaceFeatures
{
    private PlaceFeatures(PlaceRecord record)
    {
        Id = record.Id;
        Uprn = string.IsNullOrWhiteSpace(record.Address.Uprn) ? null : record.Address.Uprn.Trim();
        Parts = AddressParser.Parse(record.Address.Text, record.Address.Postcode, record.Address.Locality);
        Easting = record.Easting;
        Northing = record.Northing;
    }

    /// <summary>Gets the mention id.</summary>
    public string Id { get; }

    /// <summary>Gets the UPRN, when known.</summary>
    public string? Uprn { get; }

    /// <summary>Gets the normalised postcode, when known (possibly read from the address text).</summary>
    public string? Postcode => Parts is { Postcode.Length: > 0 } parts ? parts.Postcode : null;

    /// <summary>Gets the British National Grid easting.</summary>
    public int? Easting { get; }

    /// <summary>Gets the British National Grid northing.</summary>
    public int? Northing { get; }

    internal AddressParts? Parts { get; }

    /// <summary>Normalises a place mention.</summary>
    public static PlaceFeatures From(PlaceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new PlaceFeatures(record);
    }
}
