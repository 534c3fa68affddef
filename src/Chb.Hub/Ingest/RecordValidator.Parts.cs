using Chb.Adapters;

namespace Chb.Hub.Ingest;

internal static partial class RecordValidator
{
    private static void ValidateCase(Checker check, CaseDetails? details)
    {
        if (details is null)
        {
            return;
        }

        check.Reference("case.reference", details.Reference, required: true);
        check.Text("case.caseType", details.CaseType, MaxShortText, required: true);
        check.Text("case.status", details.Status, MaxShortText, required: true);
        check.Text("case.offenceCode", details.OffenceCode, MaxShortText, required: false);
        check.Text("case.outcome", details.Outcome, MaxShortText, required: false);
        if (details.Tenancy is not null)
        {
            check.Reference("case.tenancy.reference", details.Tenancy.Reference, required: true);
            check.Text("case.tenancy.tenure", details.Tenancy.Tenure, MaxShortText, required: false);
        }
    }

    private static void ValidateOcg(Checker check, OcgDetails? ocg)
    {
        if (ocg is null)
        {
            return;
        }

        check.Reference("ocg.reference", ocg.Reference, required: true);
        check.Text("ocg.name", ocg.Name, MaxShortText, required: false);
        check.Text("ocg.lroId", ocg.LroId, MaxShortText, required: false);
        if (ocg.MorileScore is < 0 or > 10_000)
        {
            check.Problem("ocg.morileScore", "must be between 0 and 10000");
        }
    }

    private static void ValidateParty(Checker check, string path, Party? party, DateOnly today)
    {
        if (party is null)
        {
            check.Problem(path, "is empty");
            return;
        }

        check.Defined($"{path}.role", party.Role);
        if (party.Person is null && party.Vrm is null && party.CompanyNumber is null)
        {
            check.Problem(path, "a party needs a person, a vehicle registration or a company number");
        }

        check.Vrm($"{path}.vrm", party.Vrm, required: false);
        check.Text($"{path}.companyNumber", party.CompanyNumber, 8, required: false);
        check.Text($"{path}.organisationName", party.OrganisationName, MaxShortText, required: false);
        if (party.Person is { } person)
        {
            ValidatePerson(check, $"{path}.person", person, today);
        }
    }

    private static void ValidatePerson(Checker check, string path, PersonDetails person, DateOnly today)
    {
        if (person.Names is null || person.Names.Count == 0)
        {
            check.Problem($"{path}.names", "at least one name is needed");
        }
        else
        {
            check.Items($"{path}.names", person.Names, (p, name) =>
            {
                check.Text($"{p}.family", name?.Family, MaxShortText, required: true);
                check.Text($"{p}.given", name?.Given, MaxShortText, required: false);
            });
        }

        if (person.DateOfBirth is { } dob && (dob > today || dob.Year < 1900))
        {
            check.Problem($"{path}.dateOfBirth", "must be after 1900 and not in the future");
        }

        if (person.PncId is not null && !PoliceIdentifiers.TryNormalisePnc(person.PncId, out _, out var pncProblem))
        {
            check.Problem($"{path}.pncId", pncProblem);
        }

        if (person.CroNumber is not null && !PoliceIdentifiers.TryNormaliseCro(person.CroNumber, out _, out var croProblem))
        {
            check.Problem($"{path}.croNumber", croProblem);
        }
    }

    private static void ValidateLocation(Checker check, string path, LocationReference? location)
    {
        if (location is null)
        {
            check.Problem(path, "is empty");
            return;
        }

        check.Defined($"{path}.relation", location.Relation);
        var hasGrid = location.Easting is not null || location.Northing is not null;
        if (location.Uprn is null && location.Postcode is null && location.Address is null && !hasGrid)
        {
            check.Problem(path, "a location needs a UPRN, a postcode, an address or a grid reference");
        }

        if (location.Uprn is { } uprn && (uprn.Length is 0 or > 12 || !uprn.All(char.IsAsciiDigit)))
        {
            check.Problem($"{path}.uprn", "must be 1 to 12 digits");
        }

        if (location.Postcode is { } postcode && (!Postcodes.TryNormalise(postcode, out var normal) || normal != postcode))
        {
            check.Problem($"{path}.postcode", "must be a normalised UK postcode such as BD3 8QX");
        }

        if (hasGrid && (location.Easting is not (>= 0 and <= 700_000) || location.Northing is not (>= 0 and <= 1_300_000)))
        {
            check.Problem($"{path}.easting", "a grid reference needs both easting (0-700000) and northing (0-1300000)");
        }

        check.Text($"{path}.address", location.Address, MaxShortText, required: false);
    }

    private static void ValidateMarker(Checker check, string path, Marker? marker)
    {
        if (marker is null)
        {
            check.Problem(path, "is empty");
            return;
        }

        check.Defined($"{path}.kind", marker.Kind);
        check.Text($"{path}.code", marker.Code, MaxShortText, required: true);
        check.Text($"{path}.reference", marker.Reference, MaxReference, required: false);
        check.Marked($"{path}.detail", marker.Detail);
    }

    private static void ValidateIntelligence(Checker check, string path, IntelligenceItem? item, DateOnly today)
    {
        if (item is null)
        {
            check.Problem(path, "is empty");
            return;
        }

        check.Reference($"{path}.reference", item.Reference, required: true);
        if (item.SourceEvaluation is < 1 or > 3)
        {
            check.Problem($"{path}.sourceEvaluation", "3x5x2 source evaluation is 1, 2 or 3");
        }

        if (item.Assessment is < 'A' or > 'E')
        {
            check.Problem($"{path}.assessment", "3x5x2 intelligence assessment is A to E");
        }

        check.Defined($"{path}.handling", item.Handling);
        check.Defined($"{path}.sourceType", item.SourceType);
        if (item.RecordedOn > today)
        {
            check.Problem($"{path}.recordedOn", "is in the future");
        }

        check.Marked($"{path}.text", item.Text);
    }
}
