using System.Globalization;

namespace Chb.Cli.Demo;

/// <summary>Turns a case and a party into one CSV row as a council system writes it: UK dates, postcodes typed any old way.</summary>
internal sealed class HousingRows(DemoRandom random, DemoFeatures features)
{
    public List<string[]> Rows { get; } = [];

    /// <summary>A party as the council recorded them; <paramref name="exact"/> skips the spelling and date-of-birth slips.</summary>
    public void Party(HousingCase c, DemoPerson person, string role, string notes, bool exact = false)
    {
        var (given, family, dob) = exact ? (person.Given, person.Family, person.DateOfBirth) : Appearance.Of(person, random, features);
        var knownDob = person.IsNominal || person.Kind == PersonKind.Vulnerable || random.Chance(0.9);
        Add(c, family, given, knownDob ? Uk(dob) : string.Empty, role, notes);
    }

    /// <summary>The same person written as given, such as the second spelling on a tenancy file.</summary>
    public void PartyAs(HousingCase c, string given, string family, DateOnly dob, string role, string notes)
        => Add(c, family, given, Uk(dob), role, notes);

    /// <summary>A complainant: their name and date of birth are in the export, and the adapter must keep none of it.</summary>
    public void Complainant(HousingCase c, DemoPerson witness, string notes)
    {
        features.ComplainantRows++;
        Add(c, witness.Family, witness.Given, Uk(witness.DateOfBirth), "Complainant", notes);
    }

    private void Add(HousingCase c, string family, string given, string dob, string role, string notes) => Rows.Add(
    [
        c.Reference, c.Type, c.Status, Uk(c.Opened), c.Closed is { } closed ? Uk(closed) : string.Empty, c.TenancyRef, c.Tenure,
        c.WithUprn ? c.Place.Uprn : string.Empty, c.Place.Line1, c.Place.Line2, "Bradford", AsTyped(c.Place.Postcode),
        family, given, dob, role, notes, c.Sensitivity,
    ]);

    /// <summary>Postcodes as staff type them: mostly right, sometimes lower case without the space, sometimes two spaces.</summary>
    private string AsTyped(string postcode) => random.Between(0, 9) switch
    {
        0 => postcode.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant(),
        1 => postcode.Replace(" ", "  ", StringComparison.Ordinal),
        _ => postcode,
    };

    public static string Uk(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
