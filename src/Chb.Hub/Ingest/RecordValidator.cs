using Chb.Adapters;

namespace Chb.Hub.Ingest;

/// <summary>
/// Checks a canonical record before it is stored. Adapters are untrusted input (they may be buggy or
/// hostile, in-process or at a partner's site), so the hub re-checks everything they produce.
/// </summary>
internal static partial class RecordValidator
{
    internal const int MaxReference = 200;
    internal const int MaxShortText = 400;
    internal const int MaxLongText = 20_000;
    internal const int MaxItems = 500;

    public static List<FieldProblem> Validate(CanonicalRecord? record, DateOnly today)
    {
        var problems = new List<FieldProblem>();
        if (record is null)
        {
            problems.Add(new("record", "the row carries no record"));
            return problems;
        }

        var check = new Checker(problems);
        check.Reference("partnerReference", record.PartnerReference, required: true);
        check.Defined("kind", record.Kind);
        switch (record.Kind)
        {
            case RecordKind.Case when record.Case is null:
                problems.Add(new("case", "a case record needs its case details"));
                break;
            case RecordKind.Ocg when record.Ocg is null:
                problems.Add(new("ocg", "an OCG record needs its OCG details"));
                break;
            case RecordKind.Nominal when record.Parties is not [{ Person: not null }]:
                problems.Add(new("parties", "a nominal record has exactly one party, a person"));
                break;
        }

        ValidateCase(check, record.Case);
        ValidateOcg(check, record.Ocg);
        check.Items("parties", record.Parties, (path, party) => ValidateParty(check, path, party, today));
        check.Items("locations", record.Locations, (path, location) => ValidateLocation(check, path, location));
        check.Items("vehicles", record.Vehicles, (path, vehicle) => check.Vrm($"{path}.vrm", vehicle?.Vrm, required: true));
        check.Items("ocgMemberships", record.OcgMemberships, (path, m) =>
        {
            check.Reference($"{path}.ocgReference", m?.OcgReference, required: true);
            check.Text($"{path}.role", m?.Role, MaxShortText, required: true);
        });
        check.Items("markers", record.Markers, (path, marker) => ValidateMarker(check, path, marker));
        check.Items("intelligence", record.Intelligence, (path, item) => ValidateIntelligence(check, path, item, today));
        check.Marked("notes", record.Notes);
        check.Text("classification", record.Classification, MaxShortText, required: false);
        return problems;
    }
}
