using System.Text.Json;
using Chb.Adapters;

namespace Chb.Plugins.Environment;

/// <summary>Reads the identifying fields of a non-reporter party: name and dob, vrm, companyNumber.</summary>
internal static class EnvPartyDetails
{
    private const int CompanyNumberLength = 8;

    /// <summary>Returns the party, or null when a problem was found.</summary>
    public static Party? Read(JsonElement element, string field, PartyRole role, RowProblems problems)
    {
        var before = problems.Count;
        var person = Person(element, field, problems);
        var vrmText = JsonFields.OptionalString(element, "vrm", $"{field}.vrm", problems);
        var companyText = JsonFields.OptionalString(element, "companyNumber", $"{field}.companyNumber", problems);

        string? vrm = null;
        if (vrmText is not null && !Vrms.TryNormalise(vrmText, out vrm))
        {
            problems.Add($"{field}.vrm", $"{field}.vrm is not a plausible registration mark (2 to 8 letters and digits)");
        }

        var company = companyText?.ToUpperInvariant();
        if (company is not null && (company.Length != CompanyNumberLength || !company.All(char.IsAsciiLetterOrDigit)))
        {
            problems.Add($"{field}.companyNumber", $"{field}.companyNumber must be 8 letters or digits, such as 09876543 or SC123456");
        }

        if (problems.Count == before && person is null && vrmText is null && companyText is null)
        {
            problems.Add(field, $"{field} needs a name, vrm or companyNumber");
        }

        return problems.Count > before
            ? null
            : new Party(role) { Person = person, Vrm = vrm, CompanyNumber = company };
    }

    private static PersonDetails? Person(JsonElement element, string field, RowProblems problems)
    {
        var name = JsonFields.OptionalObject(element, "name", $"{field}.name", problems);
        var dobText = JsonFields.OptionalString(element, "dob", $"{field}.dob", problems);
        if (name is not { } n)
        {
            if (dobText is not null)
            {
                problems.Add($"{field}.dob", $"{field}.dob is given without a name");
            }

            return null;
        }

        var family = JsonFields.RequiredString(n, "family", $"{field}.name.family", problems);
        var given = JsonFields.OptionalString(n, "given", $"{field}.name.given", problems) ?? string.Empty;
        DateOnly? dob = null;
        if (dobText is not null)
        {
            if (UkDates.TryParseIso(dobText, out var date))
            {
                dob = date;
            }
            else
            {
                problems.Add($"{field}.dob", $"{field}.dob must be a real date written yyyy-MM-dd");
            }
        }

        return new PersonDetails { Names = [new PersonName(family, given)], DateOfBirth = dob };
    }
}
