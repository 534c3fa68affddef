using Chb.Linking.People;
using Chb.Linking.Text;

namespace Chb.Linking;

/// <summary>A person mention normalised once, ready to key and compare many times.</summary>
public sealed class PersonFeatures
{
    private PersonFeatures(PersonRecord record)
    {
        Id = record.Id;
        Names = record.Names.Select(NameForm.From).Where(n => !n.IsEmpty).ToArray();
        Birth = BirthDate.Parse(record.DateOfBirth);
        Pnc = Blank(record.PncId);
        Cro = Blank(record.CroNumber);
        Addresses = record.Addresses
            .Select(a => new AddressForm(AddressParser.Parse(a.Text, a.Postcode, a.Locality), Blank(a.Uprn)))
            .Where(a => a.Parts is not null || a.Uprn is not null)
            .ToArray();
        Vrms = record.Vrms.Select(v => Fold.Upper(v).Replace(" ", string.Empty, StringComparison.Ordinal))
            .Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Gets the mention id.</summary>
    public string Id { get; }

    internal NameForm[] Names { get; }

    internal BirthDate? Birth { get; }

    internal string? Pnc { get; }

    internal string? Cro { get; }

    internal AddressForm[] Addresses { get; }

    internal string[] Vrms { get; }

    /// <summary>Normalises a person mention.</summary>
    public static PersonFeatures From(PersonRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new PersonFeatures(record);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
}

/// <summary>An address of a person mention: its parsed parts and UPRN, either of which may be absent.</summary>
internal sealed record AddressForm(AddressParts? Parts, string? Uprn);
